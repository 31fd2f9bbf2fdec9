#!/usr/bin/env node
// Bundles the action and the CLI into dist/ (committed; a test proves it is up to date).
import { build } from "esbuild";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, "dist");

export const bundleOptions = {
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
  logLevel: "warning",
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);" },
};

await build(bundleOptions);
