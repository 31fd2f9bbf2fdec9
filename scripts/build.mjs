#!/usr/bin/env node
// Bundles the action and the CLI into dist/ (committed; test/action/dist.test.ts proves it is
// up to date). The output depends only on the sources and the lock file: no timestamps, no
// absolute paths, and the output directory is emptied first so no stale chunk survives.
//   node scripts/build.mjs [OUTDIR]
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");

/**
 * The CLI imports package.json for its version: bundle only name and version, not the
 * dependency lists (the test-only, AGPL-licensed IAM evaluator among them has no place in dist/).
 */
const packageVersionOnly = {
  name: "package-version-only",
  setup(b) {
    b.onLoad({ filter: /[\\/]package\.json$/ }, async (args) => {
      if (args.path !== path.join(root, "package.json")) return undefined;
      const { name, version } = JSON.parse(await readFile(args.path, "utf8"));
      return { contents: JSON.stringify({ name, version }), loader: "json" };
    });
  },
};

export function bundleOptions(outdir) {
  return {
    absWorkingDir: root,
    entryPoints: { action: "src/action.ts", cli: "src/cli.ts" },
    bundle: true,
    platform: "node",
    target: "node24",
    format: "esm",
    outdir,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    legalComments: "none",
    sourcemap: false,
    logLevel: "warning",
    plugins: [packageVersionOnly],
    // CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);",
    },
  };
}

export async function buildDist(outdir = path.join(root, "dist")) {
  await rm(outdir, { recursive: true, force: true });
  await build(bundleOptions(path.resolve(outdir)));
}

if (import.meta.url === `file://${process.argv[1]}`)
  await buildDist(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
