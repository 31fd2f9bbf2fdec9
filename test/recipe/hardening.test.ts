import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compileImage } from "../../src/recipe/compile.js";
import { secretScanCommands } from "../../src/recipe/secret-scan.js";
import { compileExample, exampleRecipe } from "./compiled-example.js";

interface Step {
  name: string;
  action: string;
  inputs: { commands: string[] };
}

function testSteps(data: string): Step[] {
  const doc = parse(data) as { phases: Array<{ name: string; steps: Step[] }> };
  return doc.phases.filter((p) => p.name === "test").flatMap((p) => p.steps);
}

/** Runs the image's secret scan, as the test phase runs it (set -euo pipefail), over `roots`. */
function scan(roots: string[]) {
  const script = ["set -euo pipefail", ...secretScanCommands(roots)].join("\n");
  return spawnSync("bash", ["-c", script], { encoding: "utf8" });
}

/** A directory tree standing in for an image's files. */
function imageTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "amipipe-image-"));
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

const CLEAN = {
  "etc/httpd/conf.d/app.conf": "ServerName web.example.jp\n",
  "etc/amipipe/manifest.json":
    '{"recipeHash":"98063f3bc210152d37b6ca44b48c29b6ff44e68bd2542f9ea94bf37d50983c9f"}\n',
  // The agent's sample config and docs mention keys without holding one.
  "etc/newrelic-infra/sample.yml": "license_key: YOUR_LICENSE_KEY\n",
  "opt/app/README": "Never commit keys like AKIA... or PEM private key blocks.\n",
  // Vendored gems ship sample keys for their own tests.
  "opt/fluent/lib/ruby/gems/3.2.0/gems/httpclient-2.8.3/sample/ssl/0key.pem":
    "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n",
};

describe("the image test phase finds secret material baked into the image", () => {
  it("passes a clean image", () => {
    const root = imageTree(CLEAN);
    const r = scan([path.join(root, "etc"), path.join(root, "opt"), path.join(root, "missing")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it.each([
    [
      "a private key",
      "root/.ssh/id_ed25519",
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----\n",
    ],
    ["an encrypted PKCS#8 key", "home/deploy/key.pem", "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIF\n"],
    [
      "an AWS access key id",
      "home/deploy/.aws/credentials",
      "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n",
    ],
    ["temporary AWS credentials", "etc/sysconfig/app", "AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE\n"],
    [
      "an AWS secret key",
      "root/.aws/credentials",
      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
    ],
    [
      "a New Relic license key",
      "var/log/cloud-init-output.log",
      "license: 0123456789abcdef0123456789abcdef0123NRAL\n",
    ],
    [
      "a baked license_key setting",
      "etc/newrelic-infra/integrations.d/app.yml",
      "license_key: 0123456789abcdef0123456789abcdef01234567\n",
    ],
  ])("fails on %s and names the file", (_what, file, content) => {
    const root = imageTree({ ...CLEAN, [file]: content });
    const roots = ["etc", "root", "home", "opt", "var"].map((d) => path.join(root, d));
    const r = scan(roots);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("secret material in the image");
    expect(r.stdout.trim().split("\n").slice(1)).toEqual([path.join(root, file)]);
  });

  it("allows a host key only at /etc/ssh itself, where this boot generated it", () => {
    const root = imageTree({ "etc/ssh/ssh_host_ed25519_key": "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n" });
    const r = scan([path.join(root, "etc")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(path.join(root, "etc/ssh/ssh_host_ed25519_key"));
  });

  it("is the scan the compiled test phase runs, over the image's own directories and not /proc", async () => {
    const image = await compileExample("amazon-linux-2", "x86_64");
    const checks = image.components.find((c) => c.name === "amipipe-web-checks")?.data as string;
    const step = testSteps(checks).find((s) => s.name === "CheckNoSecretsBaked");
    expect(step?.inputs.commands).toEqual(["set -euo pipefail", ...secretScanCommands()]);
    const roots = step?.inputs.commands[1] ?? "";
    for (const dir of ["/etc", "/root", "/home", "/opt", "/var/log"]) expect(roots).toContain(` ${dir}`);
    expect(roots).not.toMatch(/\/proc|\/sys\b/);
  });
});

describe("the image test phase checks users and SSH as the recipe says", () => {
  it("proves ec2-user is gone after cloud-init ran: no account, no home, no sudoers rule", async () => {
    const image = await compileExample("amazon-linux-2023", "arm64");
    const checks = image.components.find((c) => c.name === "amipipe-web-checks")?.data as string;
    const users = testSteps(checks).find((s) => s.name === "CheckUsers")?.inputs.commands ?? [];
    expect(users).toContain(
      "! id -u ec2-user >/dev/null 2>&1 || { echo 'user ec2-user still exists'; exit 1; }",
    );
    expect(users.some((l) => l.startsWith("test ! -e /home/ec2-user"))).toBe(true);
    expect(
      users.some((l) => l.includes("grep -rqsE '^ec2-user[[:space:]]' /etc/sudoers /etc/sudoers.d")),
    ).toBe(true);
    const system = image.components.find((c) => c.name === "amipipe-web-system")?.data as string;
    expect(system).toContain("/etc/cloud/cloud.cfg.d/99-amipipe-users.cfg");
    expect(system).toContain("sed -i -E '/^ec2-user[[:space:]]/d'");
  });

  it("keeps ec2-user when the recipe does not remove it", async () => {
    const loaded = await exampleRecipe("amazon-linux-2");
    const recipe = structuredClone(loaded.recipe);
    recipe.users.remove = [];
    const image = compileImage(
      { ...loaded, recipe },
      { arch: "x86_64", parentImage: "ami-0a1b2c3d4e5f60000", regions: ["ap-northeast-1"] },
    );
    const all = image.components.map((c) => c.data).join("\n");
    expect(all).not.toContain("ec2-user");
  });

  it("checks sshd's effective settings: no password login, also not through keyboard-interactive", async () => {
    const image = await compileExample("amazon-linux-2", "x86_64");
    const checks = image.components.find((c) => c.name === "amipipe-web-checks")?.data as string;
    const ssh =
      testSteps(checks)
        .find((s) => s.name === "CheckSshHardening")
        ?.inputs.commands.join("\n") ?? "";
    expect(ssh).toContain("grep -qx 'passwordauthentication no'");
    expect(ssh).toContain("(kbdinteractiveauthentication|challengeresponseauthentication) no");
    expect(ssh).toContain("grep -qx 'permitemptypasswords no'");
    const system = image.components.find((c) => c.name === "amipipe-web-system")?.data as string;
    expect(system).toContain("ChallengeResponseAuthentication no");
  });

  it("a recipe that keeps password login gets the opposite check, not a silent pass", async () => {
    const loaded = await exampleRecipe("amazon-linux-2");
    const recipe = structuredClone(loaded.recipe);
    recipe.ssh.passwordAuthentication = true;
    const image = compileImage(
      { ...loaded, recipe },
      { arch: "x86_64", parentImage: "ami-0a1b2c3d4e5f60000", regions: ["ap-northeast-1"] },
    );
    const checks = image.components.find((c) => c.name === "amipipe-web-checks")?.data as string;
    const ssh =
      testSteps(checks)
        .find((s) => s.name === "CheckSshHardening")
        ?.inputs.commands.join("\n") ?? "";
    expect(ssh).toContain("grep -qx 'passwordauthentication yes'");
    expect(ssh).not.toContain("kbdinteractiveauthentication");
  });
});
