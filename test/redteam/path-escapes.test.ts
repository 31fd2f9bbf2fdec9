import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { ConfigError } from "../../src/errors.js";
import { renderUserData } from "../../src/recipe/user-data.js";
import { amipipeCli, exampleProject, lineOf } from "../config/project-fixture.js";

/**
 * Red team: a path in a recipe names a file the runner reads and puts into launch-template
 * user data (readable by anyone with ec2:DescribeLaunchTemplateVersions, and by every process
 * on the instance). No path — as written, through a symbolic link, or from a template's
 * include — may read anything outside the config root: not the runner's environment, not its
 * credentials, not the checkout's .git/config (where actions/checkout keeps the token).
 */

const RECIPE = "image-recipes/web.yml";
const SECRET = "AKIAREDTEAMEXAMPLE00 wJalrXUtnFEMI/K7MDENG/bPxRfiCYREDTEAMKEY";
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A file outside any config root holding what a runner keeps secret. */
function outsideSecret(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "amipipe-outside-"));
  dirs.push(dir);
  const file = path.join(dir, "credentials");
  writeFileSync(file, `[default]\naws_access_key_id = ${SECRET}\n`);
  return file;
}

function project(edits: Record<string, (t: string) => string> = {}): string {
  const dir = exampleProject(edits);
  dirs.push(dir);
  return dir;
}

const withTemplate = (ref: string) => ({
  [RECIPE]: (t: string) => t.replace("template: templates/app.conf.njk", `template: ${ref}`),
});

function validate(dir: string, env: Record<string, string> = {}) {
  return amipipeCli(["-C", dir, "validate"], { cwd: dir, env });
}

describe("paths in a recipe stay inside the config root", () => {
  it("a relative path to the runner's environment is refused at its line and field, and nothing of it is printed", () => {
    const dir = project(withTemplate("../../../../../../../../proc/self/environ"));
    const r = validate(dir, { AMIPIPE_REDTEAM_TOKEN: "ghp_redteamredteamredteamredteamredteam00" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${RECIPE}:${lineOf(dir, RECIPE, "proc/self/environ")}:15: files[0].template: template '../../../../../../../../proc/self/environ' leads outside the config root`,
    );
    expect(r.stdout + r.stderr).not.toContain("ghp_redteam");
  });

  it("an absolute path is refused", () => {
    const dir = project(withTemplate("/proc/self/environ"));
    const r = validate(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/files\[0\]\.template: template '\/proc\/self\/environ' is an absolute path/);
  });

  it("a symbolic link inside the root that points outside is followed and refused", () => {
    const dir = project(withTemplate("templates/shared.njk"));
    symlinkSync(outsideSecret(), path.join(dir, "image-recipes/templates/shared.njk"));
    const r = validate(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^${RECIPE}:${lineOf(dir, RECIPE, "templates/shared.njk")}:\\d+: files\\[0\\]\\.template: template 'templates/shared.njk' is a symbolic link to .*, outside the config root`,
        "m",
      ),
    );
    expect(r.stderr).not.toContain("wJalr");
  });

  it("a file in the checkout's .git directory is refused even though it is inside the root", () => {
    const dir = project(withTemplate("../.git/config"));
    mkdirSync(path.join(dir, ".git"));
    writeFileSync(
      path.join(dir, ".git/config"),
      '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3JlZHRlYW0=\n',
    );
    const r = validate(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/files\[0\]\.template: template '\.\.\/\.git\/config' is inside '\.git'/);
  });

  it("the fluentd config path is held to the same rule", () => {
    const file = outsideSecret();
    const dir = project({
      [RECIPE]: (t) => t.replace("config: templates/fluentd.conf.njk", `config: ${file}`),
    });
    const r = validate(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^${RECIPE}:${lineOf(dir, RECIPE, file)}:\\d+: agents\\.fluentd\\.config: template '.*' is an absolute path`,
        "m",
      ),
    );
  });

  it("a template's include that leads outside the root is refused at the include tag", () => {
    // Both temp dirs sit in the same parent: from <root>/image-recipes/templates, three levels up.
    const secret = outsideSecret();
    const include = path.join("../../..", path.relative(tmpdir(), secret));
    const dir = project({
      "image-recipes/templates/app.env.njk": (t) => `${t}{% include "${include}" %}\n`,
    });
    const r = validate(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^image-recipes\/templates\/app\.env\.njk:3:4: files\[2\]\.template: include '.*' leads outside the config root/m,
    );
    expect(r.stderr).not.toContain("wJalr");
  });

  it("a template swapped for a link after validate is refused at launch, before user data exists", async () => {
    const dir = project();
    const loaded = await loadProject(dir);
    const template = path.join(dir, "image-recipes/templates/app.env.njk");
    rmSync(template);
    symlinkSync(outsideSecret(), template);
    let thrown: unknown;
    let userData: string | undefined;
    try {
      userData = renderUserData(loaded.recipes.get("web")!, loaded.environments.get("dev")!);
    } catch (error) {
      thrown = error;
    }
    expect(userData ?? "").not.toContain("wJalr");
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).message).toContain("outside the config root");
  });
});
