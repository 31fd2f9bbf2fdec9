import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_PACKAGES, type ServiceName } from "../../src/aws/clients.js";
import { COMMANDS } from "../../src/commands/registry.js";
import { EVIDENCE_SERVICES } from "../../src/github/action-main.js";
import { REPO } from "./project-fixture.js";

/**
 * What the bundled CLI loads, proven on a fresh build with esbuild's metafile (which sources
 * went into which chunk) and a module hook that records every chunk the process loads.
 */
interface Metafile {
  inputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }> }>;
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const node = path.join(REPO, "node_modules/.bin/node");
let scratch: string;
let bundle: string;
let meta: Metafile;
let recorder: string;

/** No AWS credentials anywhere the SDK's default chain looks: a call fails at once, offline. */
const NO_CREDENTIALS = {
  AWS_PROFILE: "",
  AWS_ACCESS_KEY_ID: "",
  AWS_SECRET_ACCESS_KEY: "",
  AWS_SESSION_TOKEN: "",
  AWS_WEB_IDENTITY_TOKEN_FILE: "",
  AWS_ROLE_ARN: "",
  AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: "",
  AWS_CONTAINER_CREDENTIALS_FULL_URI: "",
  AWS_ENDPOINT_URL: "",
  AMIPIPE_SIM: "",
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_CONFIG_FILE: "/nonexistent/amipipe-test/config",
  AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/amipipe-test/credentials",
};

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "amipipe-lazy-"));
  bundle = path.join(scratch, "dist");
  const metafile = path.join(scratch, "meta.json");
  const built = spawnSync(node, [path.join(REPO, "scripts/build.mjs"), bundle, "--metafile", metafile], {
    cwd: REPO,
    encoding: "utf8",
  });
  expect(built.status, built.stderr).toBe(0);
  meta = JSON.parse(readFileSync(metafile, "utf8"));
  recorder = path.join(scratch, "record-loads.mjs");
  writeFileSync(
    recorder,
    [
      'import { registerHooks } from "node:module";',
      'import { writeFileSync } from "node:fs";',
      "const loaded = [];",
      "registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });",
      'process.on("exit", () => writeFileSync(process.env.AMIPIPE_LOADED, loaded.join("\\n")));',
    ].join("\n"),
  );
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The npm packages (and src/ folders) inside the chunks a run of the bundled CLI loaded. */
function packagesLoadedBy(
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; packages: Set<string> } {
  const loadedFile = path.join(scratch, "loaded.txt");
  const r = spawnSync(
    node,
    ["--import", pathToFileURL(recorder).href, path.join(bundle, "cli.js"), ...args],
    {
      cwd: REPO,
      encoding: "utf8",
      env: { ...process.env, ...env, AMIPIPE_LOADED: loadedFile, NODE_DISABLE_COMPILE_CACHE: "1" },
    },
  );
  const outputs = new Map(
    Object.entries(meta.outputs).map(([key, value]) => [path.resolve(REPO, key), value]),
  );
  const packages = new Set<string>();
  for (const url of readFileSync(loadedFile, "utf8").split("\n")) {
    if (!url.startsWith("file:")) continue;
    const chunk = outputs.get(new URL(url).pathname);
    for (const input of Object.keys(chunk?.inputs ?? {})) packages.add(packageOf(input));
  }
  return { status: r.status, packages };
}

const packageOf = (input: string) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? input.split("/").slice(0, 2).join("/");

const sdk = (packages: Set<string>) => [...packages].filter((p) => p.startsWith("@aws-sdk/")).sort();

describe("start-up loads only what a command uses", () => {
  it("--version, --help and validate load no @aws-sdk module", () => {
    for (const args of [["--version"], ["--help"], ["-C", REPO, "validate"]]) {
      const run = packagesLoadedBy(args);
      expect(run.status, args.join(" ")).toBe(0);
      expect(sdk(run.packages), `amipipe ${args.join(" ")}`).toEqual([]);
    }
  });

  it("--version loads neither the command specs nor commander", () => {
    const run = packagesLoadedBy(["--version"]);
    expect([...run.packages].filter((p) => ["zod", "commander", "src/commands"].includes(p))).toEqual([]);
  });

  it("status loads the EC2 and ELBv2 clients it declares, and not Image Builder's", () => {
    const run = packagesLoadedBy(["-C", REPO, "status"], NO_CREDENTIALS);
    expect(run.status).toBe(1);
    expect(sdk(run.packages)).toEqual(
      expect.arrayContaining(["@aws-sdk/client-ec2", "@aws-sdk/client-elastic-load-balancing-v2"]),
    );
    expect(sdk(run.packages)).not.toContain("@aws-sdk/client-imagebuilder");
  });
});

/** Every @aws-sdk client package a module may reach, through static, dynamic and require imports. */
function clientsReachableFrom(modules: string[]): ServiceName[] {
  const seen = new Set<string>();
  const stack = [...modules];
  while (stack.length > 0) {
    const module = stack.pop()!;
    if (seen.has(module)) continue;
    seen.add(module);
    for (const edge of meta.inputs[module]?.imports ?? []) if (!edge.external) stack.push(edge.path);
  }
  const byPackage = new Map(
    Object.entries(CLIENT_PACKAGES).map(([service, pkg]) => [pkg, service as ServiceName]),
  );
  return [...new Set([...seen].flatMap((m) => byPackage.get(packageOf(m)) ?? []))].sort();
}

describe("each command declares the AWS clients it may use (they are loaded before it runs)", () => {
  it.each(COMMANDS.map((spec) => [spec.name, spec] as const))("%s", (_name, spec) => {
    const file = `src/commands/specs/${spec.name.replace(/ /g, "-")}.ts`;
    expect(meta.inputs, `${spec.name}'s spec is ${file}`).toHaveProperty([file]);
    expect([...spec.aws].sort()).toEqual(expect.arrayContaining(clientsReachableFrom([file])));
  });

  it("the action's promotion evidence declares the clients it uses", () => {
    const used = clientsReachableFrom(["src/github/evidence-aws.ts", "src/github/previous-pins.ts"]);
    expect(used.length).toBeGreaterThan(0);
    expect([...EVIDENCE_SERVICES].sort()).toEqual(expect.arrayContaining(used));
  });
});
