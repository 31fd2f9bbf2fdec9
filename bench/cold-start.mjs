#!/usr/bin/env node
// Cold start of the bundled CLI running `validate` on the example config (median of
// repeated runs, each a fresh node process) and the size of the bundle in dist/.
// Build first: npm run build.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const cli = path.join(root, "dist", "cli.js");
const runs = Number(process.argv[2] ?? 15);

function bytes(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? bytes(p) : statSync(p).size;
  }
  return total;
}

const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, "-C", root, "validate"], { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  times.push(ms);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `validate cold start (dist/cli.js, node ${process.version}): median ${median.toFixed(0)} ms over ${runs} runs (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`,
);
console.log(
  `bundle: dist/ ${(bytes(path.join(root, "dist")) / 1024).toFixed(0)} KiB in all; dist/cli.js ${(statSync(cli).size / 1024).toFixed(0)} KiB`,
);
