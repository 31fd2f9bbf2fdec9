#!/usr/bin/env node
// Runs every bench/*.mjs in turn (with tsx, so they can import the TypeScript sources) and
// prints the one JSON line of figures each prints. Benchmarks are not tests: nothing here fails on a number.
import { $, fs, path } from "zx";

const root = path.resolve(import.meta.dirname, "..");
const benches = (await fs.readdir(path.join(root, "bench"))).filter((f) => f.endsWith(".mjs")).sort();
let failed = 0;
for (const file of benches) {
  const run = await $({
    cwd: root,
    nothrow: true,
    quiet: true,
  })`node --expose-gc --import tsx ${path.join("bench", file)}`;
  if (run.exitCode === 0) process.stdout.write(run.stdout);
  else {
    failed++;
    process.stderr.write(`bench ${file} failed (${run.exitCode}):\n${run.stderr}\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
