import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveConfigPath } from "../../src/config/config-paths.js";

const root = realpathSync(mkdtempSync(path.join(tmpdir(), "amipipe-root-")));
const outside = realpathSync(mkdtempSync(path.join(tmpdir(), "amipipe-elsewhere-")));
const recipes = path.join(root, "image-recipes");
mkdirSync(path.join(recipes, "templates"), { recursive: true });
mkdirSync(path.join(root, "shared"));
mkdirSync(path.join(root, ".git"));
writeFileSync(path.join(recipes, "templates", "app.njk"), "ok");
writeFileSync(path.join(root, "shared", "common.njk"), "ok");
writeFileSync(path.join(root, ".git", "config"), "[core]");
writeFileSync(path.join(outside, "secret"), "AKIA…");
symlinkSync(path.join(root, "shared", "common.njk"), path.join(recipes, "templates", "linked-inside.njk"));
symlinkSync(path.join(outside, "secret"), path.join(recipes, "templates", "linked-outside.njk"));
symlinkSync(outside, path.join(recipes, "templates", "dir-outside"));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const resolve = (ref: string) => resolveConfigPath({ root, from: recipes, ref });

describe("a recipe's file reference", () => {
  it("resolves to the real file when it stays inside the config root, links inside it included", () => {
    expect(resolve("templates/app.njk")).toEqual({
      ok: true,
      file: path.join(recipes, "templates", "app.njk"),
    });
    expect(resolve("../shared/common.njk")).toEqual({
      ok: true,
      file: path.join(root, "shared", "common.njk"),
    });
    expect(resolve("templates/linked-inside.njk")).toEqual({
      ok: true,
      file: path.join(root, "shared", "common.njk"),
    });
  });

  it.each([
    ["../../etc/passwd", "leads outside the config root"],
    ["/etc/passwd", "is an absolute path"],
    ["~/.aws/credentials", "is an absolute path"],
    [
      "templates/linked-outside.njk",
      `is a symbolic link to ${path.join(outside, "secret")}, outside the config root`,
    ],
    ["templates/dir-outside/secret", "outside the config root"],
    ["../.git/config", "is inside '.git', a hidden file or directory of the config root"],
    ["templates", "is not a regular file"],
    ["templates/app.njk\n", "a path with control characters"],
  ])("%s is refused: %s", (ref, reason) => {
    const r = resolve(ref);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.missing).toBe(false);
      expect(r.reason).toContain(reason);
    }
  });

  it("a missing file inside the root is reported as missing, with where it was looked for", () => {
    expect(resolve("templates/nope.njk")).toEqual({
      ok: false,
      missing: true,
      reason: "'templates/nope.njk' not found",
      looked: "image-recipes/templates/nope.njk",
    });
  });
});
