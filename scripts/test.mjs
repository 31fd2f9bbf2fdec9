#!/usr/bin/env node
// The whole test suite: tools set-up, then vitest, then the plain summary line CI reads.
import { $, fs, path } from "zx";
import { setupTools } from "./setup-tools.mjs";

const root = path.resolve(import.meta.dirname, "..");
await setupTools();
const report = path.join(root, ".tmp", "vitest-report.json");
await fs.ensureDir(path.dirname(report));
await fs.remove(report);

const args = process.argv.slice(2);
const run = await $({
  cwd: root,
  stdio: "inherit",
  nothrow: true,
})`vitest run --reporter=default --reporter=json --outputFile=${report} ${args}`;

let passed = 0;
let failed = 0;
if (await fs.pathExists(report)) {
  const result = await fs.readJson(report);
  passed = result.numPassedTests ?? 0;
  failed = (result.numFailedTests ?? 0) + (result.numRuntimeErrorTestSuites ?? 0);
  if (run.exitCode !== 0 && failed === 0) failed = 1;
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.exitCode === 0 && failed === 0 ? 0 : 1);
