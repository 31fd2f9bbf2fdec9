#!/usr/bin/env node
// Bundles the action and the CLI into dist/ (committed; test/action/dist.test.ts proves it is
// up to date). The output depends only on the sources and the lock file: no timestamps, no
// absolute paths, and the output directory is emptied first so no stale chunk survives.
//   node scripts/build.mjs [OUTDIR] [--metafile FILE]
// --metafile writes esbuild's account of which sources went into which chunk (outside OUTDIR),
// for tests of what a command loads.
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");

/**
 * zod's namespace re-exports all of its ~60 message locales (`z.locales`), which is 45% of
 * what zod adds to every command's start-up; nothing here switches zod's locale, so the bundle
 * keeps English only. (esbuild cannot drop them itself: the namespace object is materialised.)
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir)
        ? {
            // A fixed name: the bundle holds no absolute path.
            path: "zod/v4/locales/index.js",
            namespace: "zod-english-only",
            pluginData: { dir: path.join(args.resolveDir, "..", "locales") },
          }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-english-only" }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      resolveDir: args.pluginData.dir,
      loader: "js",
    }));
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
    plugins: [zodEnglishOnly],
    // CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);",
    },
  };
}

export async function buildDist(outdir = path.join(root, "dist"), o = {}) {
  await rm(outdir, { recursive: true, force: true });
  const result = await build({ ...bundleOptions(path.resolve(outdir)), metafile: Boolean(o.metafile) });
  if (o.metafile) await writeFile(o.metafile, JSON.stringify(result.metafile));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--metafile");
  const metafile = at >= 0 ? path.resolve(args.splice(at, 2)[1]) : undefined;
  await buildDist(args[0] ? path.resolve(args[0]) : undefined, { metafile });
}
