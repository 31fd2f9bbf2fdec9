import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { ConfigError } from "../../src/errors.js";
import { renderUserData } from "../../src/recipe/user-data.js";
import { amipipeCli, exampleProject } from "../config/project-fixture.js";
import { armed, TEMPLATE_ESCAPES } from "./template-payloads.js";

/**
 * Red team: a recipe template is written by whoever can open a pull request, and it is
 * rendered on the runner, which holds the job's AWS role and repository token. No template may
 * reach JavaScript — not when validate checks it, not when compile reads it, not when a launch
 * renders user data from it.
 */

const TEMPLATE = "image-recipes/templates/app.conf.njk";
const scratch = mkdtempSync(path.join(tmpdir(), "amipipe-redteam-"));
const dirs: string[] = [];

afterEach(() => {
  expect((globalThis as { AMIPIPE_PWNED?: unknown }).AMIPIPE_PWNED, "the payload ran in this process").toBe(
    undefined,
  );
});
afterAll(() => {
  for (const dir of [scratch, ...dirs]) rmSync(dir, { recursive: true, force: true });
});

/** The example config with the payload as the last line of the Apache template. */
function projectWith(payload: string): { dir: string; line: number } {
  let line = 0;
  const dir = exampleProject({
    [TEMPLATE]: (t) => {
      const text = `${t.trimEnd()}\n${payload}\n`;
      line = text.trimEnd().split("\n").length;
      return text;
    },
  });
  dirs.push(dir);
  return { dir, line };
}

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await loadProject(dir);
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split("\n");
    throw error;
  }
  return [];
}

describe.each(TEMPLATE_ESCAPES)("the template escape '$name'", ({ template }) => {
  it("fails validate with the template's file:line:column and field, and never runs", async () => {
    const marker = path.join(scratch, `validate-${Math.abs(hash(template))}`);
    const { dir, line } = projectWith(armed(template, marker));
    const problems = await problemsOf(dir);
    expect(
      problems.some((p) => p.startsWith(`${TEMPLATE}:${line}:`) && p.includes(": files[0].template: ")),
    ).toBe(true);
    expect(existsSync(marker)).toBe(false);
  });

  it("is refused at launch even when the template changed after validate: no user data, no code run", async () => {
    const marker = path.join(scratch, `launch-${Math.abs(hash(template))}`);
    const dir = exampleProject();
    dirs.push(dir);
    const project = await loadProject(dir);
    const web = project.recipes.get("web")!;
    const file = path.join(dir, TEMPLATE);
    writeFileSync(file, `${readFileSync(file, "utf8")}${armed(template, marker)}\n`);
    let thrown: unknown;
    try {
      renderUserData(web, project.environments.get("prod")!);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).exitCode).toBe(2);
    expect(existsSync(marker)).toBe(false);
  });
});

describe("template escapes through the CLI", () => {
  it("validate and compile exit 2 naming the position, and the payload writes nothing", () => {
    const marker = path.join(scratch, "cli-marker");
    const { dir, line } = projectWith(armed(TEMPLATE_ESCAPES[0]!.template, marker));
    for (const command of [["validate"], ["compile", "web", "--out", path.join(dir, "out")]]) {
      const r = amipipeCli(["-C", dir, ...command], { cwd: dir });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(`^${TEMPLATE.replace(/\./g, "\\.")}:${line}:\\d+: files\\[0\\]\\.template: `, "m"),
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(marker)).toBe(false);
    }
  });

  it("an escape in the recipe's own hostname template is refused at the hostname field", () => {
    const marker = path.join(scratch, "hostname-marker");
    const dir = exampleProject({
      "image-recipes/web.yml": (t) =>
        t.replace(
          'hostname: "web-{{ environment }}-{{ instance_id }}"',
          `hostname: >-\n  ${armed(TEMPLATE_ESCAPES[0]!.template, marker)}`,
        ),
    });
    dirs.push(dir);
    const r = amipipeCli(["-C", dir, "validate"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^image-recipes\/web\.yml:\d+:\d+: hostname: /m);
    expect(existsSync(marker)).toBe(false);
  });
});

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) | 0;
  return h;
}
