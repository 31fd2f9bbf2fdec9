import { spawnSync } from "node:child_process";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { sshKeysScript } from "../../src/recipe/boot-scripts.js";
import { amipipeCli, exampleProject, lineOf } from "../config/project-fixture.js";
import { compileExample } from "../recipe/compiled-example.js";

/**
 * Red team: a boot script runs as root on every boot, on an instance where users own their
 * homes. Nothing it does may follow a path a user controls, and no recipe gets a root shell
 * for its users without saying so by name.
 */

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A user that exists on this machine with a group of the same name (the script chowns to both). */
const USER = ["daemon", "bin", "sys"].find(
  (u) => spawnSync("getent", ["passwd", u]).status === 0 && spawnSync("getent", ["group", u]).status === 0,
);
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIRedTeamKey deploy@laptop";

/**
 * Runs the SSH-keys boot script in a sandbox: /home and /etc/ssh/authorized_keys moved under a
 * temp dir, `curl` and `aws` replaced by stand-ins that answer what IMDS and SSM would.
 */
function runKeysScript(script: string, sandbox: string): { status: number | null; stderr: string } {
  const bin = path.join(sandbox, "bin");
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, "curl"), "#!/bin/sh\necho ap-northeast-1\n");
  writeFileSync(path.join(bin, "aws"), `#!/bin/sh\nprintf '%s\\n' '${KEY}'\n`);
  chmodSync(path.join(bin, "curl"), 0o755);
  chmodSync(path.join(bin, "aws"), 0o755);
  const sandboxed = script
    .replaceAll("/etc/ssh/authorized_keys", path.join(sandbox, "etc/ssh/authorized_keys"))
    .replaceAll("/home/", `${path.join(sandbox, "home")}/`);
  const r = spawnSync("bash", ["-c", sandboxed], {
    encoding: "utf8",
    env: { PATH: `${bin}:/usr/bin:/bin:/usr/sbin:/sbin` },
  });
  return { status: r.status, stderr: r.stderr };
}

describe("the SSH keys boot script", () => {
  it.runIf(USER !== undefined && process.getuid?.() === 0)(
    "does not write through a symbolic link the user planted in their home",
    () => {
      const user = USER as string;
      const sandbox = mkdtempSync(path.join(tmpdir(), "amipipe-keys-"));
      dirs.push(sandbox);
      const shadow = path.join(sandbox, "etc/shadow");
      mkdirSync(path.dirname(shadow), { recursive: true });
      writeFileSync(shadow, "root:$6$hash:19000:0:99999:7:::\n", { mode: 0o600 });
      // What the user did: their own ~/.ssh, with authorized_keys pointing at a root file.
      const ssh = path.join(sandbox, "home", user, ".ssh");
      mkdirSync(ssh, { recursive: true });
      symlinkSync(shadow, path.join(ssh, "authorized_keys"));

      const r = runKeysScript(
        sshKeysScript([{ name: user, parameter: `/web/${user}/authorized-keys` }]),
        sandbox,
      );

      expect(readFileSync(shadow, "utf8")).toBe("root:$6$hash:19000:0:99999:7:::\n");
      expect(statSync(shadow).uid).toBe(0);
      expect(lstatSync(path.join(ssh, "authorized_keys")).isSymbolicLink()).toBe(true);
      expect(r.status, r.stderr).toBe(0);
      const keys = path.join(sandbox, "etc/ssh/authorized_keys", user);
      expect(readFileSync(keys, "utf8")).toBe(`${KEY}\n`);
      expect(statSync(keys).uid).toBe(0);
      expect(statSync(keys).mode & 0o777).toBe(0o644);
    },
  );

  it("never names a path in a user's home, and sshd reads the root-owned keys", async () => {
    expect(sshKeysScript([{ name: "deploy", parameter: "/web/deploy/authorized-keys" }])).not.toContain(
      "/home/",
    );
    const image = await compileExample("amazon-linux-2023", "x86_64");
    const system = image.components.find((c) => c.name.endsWith("-system"))!.data;
    expect(system).toContain("AuthorizedKeysFile /etc/ssh/authorized_keys/%u .ssh/authorized_keys");
  });
});

describe("sudo", () => {
  it("'sudo: true' no longer means NOPASSWD:ALL: validate exits 2 at the field with how to say what is meant", () => {
    const dir = exampleProject({
      "image-recipes/web.yml": (t) =>
        t.replace("  remove: [ec2-user]", "    - { name: ops, sudo: true }\n  remove: [ec2-user]"),
    });
    dirs.push(dir);
    const r = amipipeCli(["-C", dir, "validate"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^image-recipes/web\\.yml:${lineOf(dir, "image-recipes/web.yml", "name: ops")}:26: users\\.create\\[\\d\\]\\.sudo: expected a list of commands the user may run as root`,
        "m",
      ),
    );
    expect(r.stderr).toContain("'sudo: all'");
  });

  it("the example grants no one NOPASSWD:ALL, and its cron jobs and app run as a user without sudo", async () => {
    const image = await compileExample("amazon-linux-2", "x86_64");
    const system = image.components.find((c) => c.name.endsWith("-system"))!.data;
    expect(system).not.toContain("NOPASSWD:ALL");
    const manifest = image.manifest as unknown as {
      cron: Array<{ user: string }>;
      users: { create: Array<{ name: string; groups: string[] }> };
    };
    const sudoers = [...system.matchAll(/'(\S+) ALL=\(/g)].map((m) => m[1]);
    expect(sudoers).toEqual(["deploy"]);
    for (const entry of manifest.cron) expect(sudoers).not.toContain(entry.user);
    const app = parse(readFileSync(path.resolve(import.meta.dirname, "../../image-recipes/web.yml"), "utf8"));
    const owners = (app.files as Array<{ owner?: string }>)
      .map((f) => f.owner ?? "root")
      .filter((o) => o !== "root");
    for (const owner of owners) expect(sudoers).not.toContain(owner);
    expect(manifest.users.create.find((u) => u.name === "deploy")?.groups).not.toContain("wheel");
  });
});
