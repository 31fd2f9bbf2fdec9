import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadProject } from "../../src/config/load.js";
import { recipeSchema } from "../../src/config/schema.js";
import { newRelicLicenseScript, sshKeysScript } from "../../src/recipe/boot-scripts.js";
import { cronCommand } from "../../src/recipe/components/app.js";
import { sudoersRule } from "../../src/recipe/components/system.js";
import { renderUserData } from "../../src/recipe/user-data.js";
import { REPO } from "./compiled-example.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** shellcheck's verdict on each script (empty when clean). */
function shellcheck(scripts: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "amipipe-shellcheck-"));
  dirs.push(dir);
  const files = Object.entries(scripts).map(([name, text]) => {
    const file = path.join(dir, `${name}.sh`);
    writeFileSync(file, text);
    return file;
  });
  try {
    return execFileSync(
      path.join(REPO, ".venv/bin/shellcheck"),
      ["--shell=bash", "--severity=style", ...files],
      {
        encoding: "utf8",
      },
    );
  } catch (error) {
    return (error as { stdout: string }).stdout || String(error);
  }
}

describe("boot scripts and user data", () => {
  it("are shellcheck-clean: the keys and license scripts, and every environment's user data", async () => {
    const project = await loadProject(REPO);
    const web = project.recipes.get("web")!;
    const scripts: Record<string, string> = {
      "ssh-keys": sshKeysScript([
        { name: "deploy", parameter: "/web/deploy/authorized-keys" },
        { name: "ops", parameter: "/web/ops/authorized-keys" },
      ]),
      "newrelic-license": newRelicLicenseScript("/web/newrelic/license", 'web "prod" #1'),
    };
    for (const env of project.environments.values())
      scripts[`user-data-${env.env.name}`] = renderUserData(web, env);
    expect(shellcheck(scripts)).toBe("");
  });

  it("the New Relic display name is written as a quoted YAML scalar, whatever it holds", () => {
    const script = newRelicLicenseScript("/web/newrelic/license", "web: prod # 1");
    const out = execFileSync(
      "bash",
      ["-c", script.split("\n").find((l) => l.includes("display_name")) ?? ""],
      {
        encoding: "utf8",
      },
    );
    expect(parse(out)).toEqual({ display_name: "web: prod # 1" });
  });
});

describe("sudo in a recipe", () => {
  const user = (sudo: unknown) =>
    recipeSchema.safeParse({
      name: "web",
      base: "amazon-linux-2023",
      users: { create: [{ name: "deploy", sudo }] },
    });

  it("a list of commands becomes a rule for exactly those commands as root", () => {
    expect(
      sudoersRule("deploy", ["/usr/bin/systemctl restart httpd", "/usr/bin/systemctl reload httpd"]),
    ).toBe("deploy ALL=(root) NOPASSWD: /usr/bin/systemctl restart httpd, /usr/bin/systemctl reload httpd");
  });

  it("NOPASSWD:ALL only when asked for by name; false and unset grant nothing", () => {
    expect(sudoersRule("deploy", "all")).toBe("deploy ALL=(ALL) NOPASSWD:ALL");
    expect(sudoersRule("deploy", false)).toBeUndefined();
    expect(user(undefined).data?.users.create[0]?.sudo).toBe(false);
    expect(user("all").success && user(false).success && user(["/usr/bin/true"]).success).toBe(true);
  });

  it.each([
    [true, "sudo: true no longer grants everything"],
    [["systemctl restart httpd"], "an absolute command path"],
    [["/usr/bin/systemctl restart *"], "an absolute command path"],
    [["/bin/sh -c id, /usr/bin/id"], "an absolute command path"],
    [[], "Too small"],
  ])("%j is refused", (sudo, message) => {
    const r = user(sudo);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain(message);
  });
});

describe("cron commands", () => {
  it("every '%' is escaped for cron, other characters are left as written", () => {
    expect(cronCommand("date +%Y-%m-%d > /tmp/x")).toBe("date +\\%Y-\\%m-\\%d > /tmp/x");
    expect(cronCommand('run "a b" \\n $HOME')).toBe('run "a b" \\n $HOME');
  });
});
