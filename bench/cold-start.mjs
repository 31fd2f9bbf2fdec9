#!/usr/bin/env node
// Cold start of the bundled CLI (dist/cli.js, built by `npm run build`) for `--version`, `--help`
// and `validate` of the example config: wall time as a ratio to a bare `node -e 0` measured in the
// same run (so the figure does not depend on how fast this machine is today), and peak RSS.
// Each case runs in a fresh node process; the cases are interleaved round by round so a slow
// moment of a shared machine hits them all alike. Targets (DESIGN §2, issue 11):
// `--version` ≤ 2× and ≤ 60 MiB; `validate` ≤ 5× and ≤ 90 MiB. Benchmarks are not tests: this
// prints the figures (one JSON line on stdout, a table on stderr) and fails only if a run fails.
//   node bench/cold-start.mjs [ROUNDS] [CLI]     (CLI: another build's cli.js, to compare)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const rounds = Number(process.argv[2] ?? 15);
const cli = path.resolve(process.argv[3] ?? path.join(root, "dist", "cli.js"));
const node = process.execPath;

const TARGETS = {
  "--version": { ratio: 2, rssMiB: 60 },
  validate: { ratio: 5, rssMiB: 90 },
};

const cases = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "--version", args: [cli, "--version"] },
  { name: "--help", args: [cli, "--help"] },
  { name: "validate", args: [cli, "-C", root, "validate"] },
];

function run(args) {
  const r = spawnSync(node, args, { encoding: "utf8", cwd: root });
  if (r.status !== 0) {
    process.stderr.write(`${node} ${args.join(" ")} exited ${r.status}:\n${r.stderr}`);
    process.exit(1);
  }
}

const times = new Map(cases.map((c) => [c.name, []]));
run(cases[3].args); // warm the file cache once, so the first round is not the odd one out
for (let i = 0; i < rounds; i++) {
  for (const c of cases) {
    const start = process.hrtime.bigint();
    run(c.args);
    times.get(c.name).push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Peak RSS: the process's own maxRSS at exit, written by a preloaded module (the same figure
// `/usr/bin/time -v` reports as "Maximum resident set size"). Measured apart from the timing
// runs, so the preload does not count in the times. The largest of three runs.
const scratch = mkdtempSync(path.join(tmpdir(), "amipipe-cold-"));
const probe = path.join(scratch, "max-rss.mjs");
const report = path.join(scratch, "rss");
writeFileSync(
  probe,
  `import { writeFileSync } from "node:fs";\nprocess.on("exit", () => writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));\n`,
);
function peakRssMiB(args) {
  let peak = 0;
  for (let i = 0; i < 3; i++) {
    run(["--import", probe, ...args]);
    peak = Math.max(peak, Number(readFileSync(report, "utf8")) / 1024);
  }
  return peak;
}

const base = median(times.get("node -e 0"));
const figures = {};
for (const c of cases) {
  const ms = median(times.get(c.name));
  figures[c.name] = {
    medianMs: Math.round(ms),
    ratio: Number((ms / base).toFixed(2)),
    peakRssMiB: Number(peakRssMiB(c.args).toFixed(1)),
  };
}
rmSync(scratch, { recursive: true, force: true });

function bytes(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? bytes(p) : statSync(p).size;
  }
  return total;
}

const lines = [
  `cold start of ${path.relative(root, cli)}, node ${process.version}, median of ${rounds} rounds:`,
];
for (const [name, f] of Object.entries(figures)) {
  const target = TARGETS[name];
  const verdict = target
    ? f.ratio <= target.ratio && f.peakRssMiB <= target.rssMiB
      ? `  (target ≤ ${target.ratio}×, ≤ ${target.rssMiB} MiB: met)`
      : `  (target ≤ ${target.ratio}×, ≤ ${target.rssMiB} MiB: MISSED)`
    : "";
  lines.push(
    `  ${name.padEnd(10)} ${String(f.medianMs).padStart(5)} ms  ${f.ratio.toFixed(2).padStart(5)}×  ${f.peakRssMiB.toFixed(1).padStart(6)} MiB${verdict}`,
  );
}
const dist = path.dirname(cli);
const distKiB = existsSync(dist) ? Math.round(bytes(dist) / 1024) : 0;
lines.push(`  bundle: ${distKiB} KiB in all; cli.js ${Math.round(statSync(cli).size / 1024)} KiB`);
process.stderr.write(`${lines.join("\n")}\n`);
console.log(JSON.stringify({ bench: "cold-start", node: process.version, rounds, ...figures, distKiB }));
