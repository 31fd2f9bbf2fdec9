// Rollout wall time (simulated) against the critical-path lower bound of the configured
// procedure, and AWS API calls per polling round for fleets of 2, 20 and 200 instances: in all
// rounds, and apart for the rollout's own polling, soak-sample rounds and big-probe result fetches.
// Run: node --import tsx bench/rollout-critical-path.mjs
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { reconcile } from "../src/commands/reconcile.ts";
import { loadProject } from "../src/config/load.ts";
import { writePin } from "../src/gitops/pins.ts";
import { parseDuration } from "../src/ports/clock.ts";
import { Progress } from "../src/ports/progress.ts";
import { compileImage } from "../src/recipe/compile.ts";
import { createImageRecord } from "../src/sim/services/ec2-images.ts";
import { TIMINGS } from "../src/sim/services/ec2-lifecycle.ts";
import { COMMAND_TIMINGS } from "../src/sim/services/ssm.ts";
import { simulatorFromWorld } from "../src/sim/session.ts";

const REPO = path.resolve(import.meta.dirname, "..");
const REGION = "ap-northeast-1";
const READ_ONLY = /^(Describe|Get|List)/;
const SSM_RESULT_READ = /^ssm:(ListCommandInvocations|GetCommandInvocation)$/;

async function worldWithProd(count) {
  const root = await mkdtemp(path.join(tmpdir(), `amipipe-bench-${count}-`));
  for (const dir of ["image-recipes", "environments", "sim"])
    await cp(path.join(REPO, dir), path.join(root, dir), { recursive: true });
  const worldFile = path.join(root, "sim/world.yml");
  const world = await readFile(worldFile, "utf8");
  await writeFile(worldFile, world.replace(/(environment: prod, count: )\d+/, `$1${count}`));
  const envFile = path.join(root, "environments/prod.yml");
  await writeFile(envFile, (await readFile(envFile, "utf8")).replace(/count: \d+/, `count: ${count}`));
  return root;
}

async function measure(count) {
  const root = await worldWithProd(count);
  const sim = await simulatorFromWorld(root);
  const project = await loadProject(root);
  const compiled = compileImage(project.recipes.get("web"), {
    arch: "x86_64",
    parentImage: "ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2",
    regions: [REGION],
  });
  const { imageId } = createImageRecord(sim.engine.state, {
    region: REGION,
    name: "web-bench-x86_64",
    architecture: "x86_64",
    at: sim.clock.now(),
    manifest: compiled.manifest,
    tags: {
      "amipipe:recipe": "web",
      "amipipe:recipe-hash": compiled.recipeHash,
      // Verified in staging: the promotion policy lets prod's pin roll out.
      "amipipe:verified-in:staging": new Date(sim.clock.now()).toISOString(),
    },
  });
  const prod = project.environments.get("prod");
  await writePin(root, prod, { ami: imageId, at: new Date(sim.clock.now()).toISOString(), reason: "bench" });

  const ctx = {
    root,
    clock: sim.clock,
    progress: new Progress(sim.clock),
    aws: sim.aws,
    env: { ci: false, actor: "bench" },
  };
  const calls0 = sim.engine.calls.length;
  const t0 = sim.clock.now();
  const wall0 = performance.now();
  const result = await reconcile(ctx, { env: "prod" });
  const wallMs = performance.now() - wall0;
  const elapsed = sim.clock.now() - t0;
  if (!result.ok || !result.data.status.inSync)
    throw new Error(`N=${count}: rollout did not converge: ${JSON.stringify(result.data.findings)}`);

  // Critical path of the configured procedure: nothing can be faster than this.
  const env = prod.env;
  const tg = Object.values(sim.engine.state.regions[REGION].targetGroups).find(
    (t) => t.name === env.fleet.targetGroup,
  );
  const launch = TIMINGS.pendingToRunning + TIMINGS.runningToStatusOk;
  const checks = COMMAND_TIMINGS.pickUp + COMMAND_TIMINGS.run;
  const healthy = tg.healthCheck.healthyThreshold * tg.healthCheck.intervalSeconds * 1000;
  const wave = launch + checks + healthy;
  const canary = env.rollout.canary.count > 0 && env.rollout.canary.count < env.fleet.count;
  const bound =
    (canary ? wave + parseDuration(env.rollout.canary.soak) : 0) +
    wave +
    parseDuration(env.verify.soak) +
    tg.deregistrationDelaySeconds * 1000;

  // Polling rounds: instants at which the run only read (describes while it waits).
  const byInstant = new Map();
  for (const c of sim.engine.calls.slice(calls0)) {
    const round = byInstant.get(c.at) ?? [];
    round.push(`${c.service}:${c.operation}`);
    byInstant.set(c.at, round);
  }
  const rounds = [...byInstant.entries()].filter(([, ops]) =>
    ops.every((op) => READ_ONLY.test(op.split(":")[1])),
  );
  // SSM result reads at one instant are one polling round of the probe sent last before it: the
  // agents probe in soak samples; the instance probe (big: its output is fetched whole with
  // GetCommandInvocation) in instance checks and parity. Those instants may also hold the
  // rollout's next steps, so they are counted apart from the read-only rounds above.
  const commands = Object.values(sim.engine.state.regions[REGION].commands).sort(
    (a, b) => a.requestedAt - b.requestedAt,
  );
  const probeAt = (at) =>
    /amipipe probe (\S+)/.exec(commands.filter((c) => c.requestedAt <= at).at(-1)?.comment ?? "")?.[1];
  const ssmReads = [...byInstant.entries()]
    .map(([at, ops]) => ({ at, reads: ops.filter((op) => SSM_RESULT_READ.test(op)).length }))
    .filter((r) => r.reads > 0);
  const figures = (sizes) => {
    const sorted = [...sizes].sort((a, b) => a - b);
    return { rounds: sorted.length, median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) };
  };
  return {
    count,
    elapsedS: elapsed / 1000,
    boundS: bound / 1000,
    ratio: elapsed / bound,
    calls: sim.engine.calls.length - calls0,
    pollingRounds: rounds.length,
    callsPerRound: figures(rounds.map(([, ops]) => ops.length)),
    rolloutPolling: figures(
      rounds.filter(([, ops]) => ops.every((op) => !op.startsWith("ssm:"))).map(([, ops]) => ops.length),
    ),
    soakSamples: figures(ssmReads.filter((r) => probeAt(r.at) === "agents").map((r) => r.reads)),
    bigProbeFetches: figures(ssmReads.filter((r) => probeAt(r.at) !== "agents").map((r) => r.reads)),
    wallMs: Math.round(wallMs),
  };
}

const rows = [];
for (const n of [2, 20, 200]) rows.push(await measure(n));
const cell = (f) => `${f.median ?? "-"}/${f.max ?? "-"}`;
console.log(
  "rollout-critical-path: simulated rollout time vs the critical-path lower bound (target ratio ≤ 1.05)",
);
console.log(
  "and AWS API calls per polling round (median/max): all read-only rounds; the rollout's own polling; SSM result reads per soak-sample round (log-delivery probe) and per one-off fetch of big probes (instance checks, parity)",
);
console.log(
  "   N   simulated   lower bound   ratio   API calls   polling rounds   all rounds   rollout polling   soak samples   big-probe fetches   wall",
);
for (const r of rows) {
  console.log(
    `${String(r.count).padStart(4)}  ${`${r.elapsedS}s`.padStart(10)}  ${`${r.boundS}s`.padStart(12)}  ${r.ratio.toFixed(3).padStart(6)}  ${String(r.calls).padStart(10)}  ${String(r.pollingRounds).padStart(15)}  ${cell(r.callsPerRound).padStart(11)}  ${cell(r.rolloutPolling).padStart(16)}  ${cell(r.soakSamples).padStart(13)}  ${cell(r.bigProbeFetches).padStart(18)}  ${r.wallMs}ms`,
  );
}
