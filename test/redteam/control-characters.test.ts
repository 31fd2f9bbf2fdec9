import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadProject } from "../../src/config/load.js";
import { compileImage } from "../../src/recipe/compile.js";
import { amipipeCli, exampleProject, lineOf } from "../config/project-fixture.js";

/**
 * Red team: config strings are written into generated files — the New Relic config, rendered
 * templates, cron files, user data. A control character in one of them adds a line to that
 * file (a second `license_key:`, an Apache `Include`, another cron job) or hides what a
 * reviewer sees (a carriage return, an ANSI escape). And cron reads a bare `%` as a newline.
 */

const RECIPE = "image-recipes/web.yml";
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function validate(edits: Record<string, (t: string) => string>) {
  const dir = exampleProject(edits);
  dirs.push(dir);
  return { dir, ...amipipeCli(["-C", dir, "validate"], { cwd: dir }) };
}

describe("control characters in config strings", () => {
  it("a newline in newrelic-infra.displayName is refused at its position", () => {
    const r = validate({
      [RECIPE]: (t) =>
        t.replace(
          "    license: ssm:/web/newrelic/license\n",
          '    license: ssm:/web/newrelic/license\n    displayName: "web\\nlicense_key: attacker-license"\n',
        ),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${RECIPE}:${lineOf(r.dir, RECIPE, "displayName:")}:18: agents.newrelic-infra.displayName: U+000A (line feed) in a one-line value`,
    );
  });

  it("a newline in a var rendered into the Apache config is refused in the environment file", () => {
    const r = validate({
      "environments/dev.yml": (t) =>
        t.replace(
          "  server_name: dev.web.example.jp",
          '  server_name: "dev.web.example.jp\\n  Include /etc/shadow"',
        ),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `environments/dev.yml:${lineOf(r.dir, "environments/dev.yml", "server_name:")}:16: vars.server_name: U+000A (line feed) in a one-line value`,
    );
  });

  it("a carriage return or an ANSI escape in a cron command is refused", () => {
    for (const [bad, name] of [
      ["\\r", "U+000D (carriage return)"],
      ["\\e[8m", "U+001B (escape (ANSI sequence))"],
    ] as const) {
      const r = validate({
        [RECIPE]: (t) =>
          t.replace(
            "    command: /var/www/app/current/bin/cron-run daily_mail",
            `    command: "/var/www/app/current/bin/cron-run daily_mail${bad} ; curl evil"`,
          ),
      });
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(`^${RECIPE}:\\d+:14: cron\\[0\\]\\.command: ${name.replace(/[()[\]+]/g, "\\$&")}`, "m"),
      );
    }
  });

  it("an escape sequence in a var is refused, whether a template uses it yet or not", () => {
    const r = validate({
      "environments/prod.yml": (t) => t.replace(/\nvars:\n/, '\nvars:\n  label: "\\e]0;owned\\a"\n'),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^environments\/prod\.yml:\d+:10: vars\.label: U\+001B/m);
  });
});

describe("'%' in cron commands", () => {
  it("is escaped in the cron file, so cron runs the command as written", async () => {
    const dir = exampleProject({
      [RECIPE]: (t) =>
        t.replace(
          "    command: /var/www/app/current/bin/cron-run daily_mail",
          '    command: "/var/www/app/current/bin/cron-run daily_mail > /var/log/app/mail-$(date +%Y%m%d).log"',
        ),
    });
    dirs.push(dir);
    const project = await loadProject(dir);
    const image = compileImage(project.recipes.get("web")!, {
      arch: "x86_64",
      parentImage: "ami-0123456789abcdef0",
      regions: ["ap-northeast-1"],
    });
    const app = parse(image.components.find((c) => c.name.endsWith("-app"))!.data);
    const files = app.phases[0].steps.flatMap((s: { action: string; inputs: unknown }) =>
      s.action === "CreateFile" ? (s.inputs as Array<{ path: string; content: string }>) : [],
    );
    const cron = files.find((f: { path: string }) => f.path === "/etc/cron.d/daily-mail")?.content;
    expect(cron).toContain(
      "/var/www/app/current/bin/cron-run daily_mail > /var/log/app/mail-$(date +\\%Y\\%m\\%d).log\n",
    );
  });

  it("a command already written with '\\%' is refused with what to write instead", () => {
    const r = validate({
      [RECIPE]: (t) =>
        t.replace(
          "    command: /var/www/app/current/bin/cron-run daily_mail",
          "    command: /var/www/app/current/bin/cron-run daily_mail --date=$(date +\\%F)",
        ),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cron\[0\]\.command: write '%' where the command needs one, not '\\%'/);
  });
});
