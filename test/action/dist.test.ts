import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const node = path.join(root, "node_modules/.bin/node");

async function files(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await files(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

describe("dist/", () => {
  it("is byte for byte what scripts/build.mjs makes from the sources (run `npm run build` and commit dist/)", async () => {
    const fresh = await mkdtemp(path.join(tmpdir(), "amipipe-dist-"));
    try {
      execFileSync(node, [path.join(root, "scripts/build.mjs"), fresh], {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      });
      const committed = path.join(root, "dist");
      const expected = await files(fresh);
      expect(await files(committed)).toEqual(expected);
      const stale = [];
      for (const file of expected) {
        const [a, b] = await Promise.all([
          readFile(path.join(fresh, file)),
          readFile(path.join(committed, file)),
        ]);
        if (!a.equals(b)) stale.push(file);
      }
      expect(stale).toEqual([]);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });
});
