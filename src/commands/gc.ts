import { environmentsInOrder, loadProject } from "../config/load.js";
import { UsageError } from "../errors.js";
import { applyGc, type GcFailure } from "../lifecycle/gc-apply.js";
import { observeRegion } from "../lifecycle/gc-observe.js";
import type { PinReference } from "../lifecycle/gc-observed.js";
import { type GcPlan, planGc } from "../lifecycle/gc-plan.js";
import { describeGc } from "../lifecycle/gc-report.js";
import { parseDuration } from "../ports/clock.js";
import type { CommandResult, Ports } from "./context.js";

export interface GcInput {
  dryRun?: boolean;
  keep?: string | number;
  olderThan?: string;
}

export type GcData = GcPlan & { dryRun: boolean; failures: GcFailure[] };

/** Deregisters unpinned old toolkit AMIs and deletes their snapshots, in every region the environments use. */
export async function gc(ctx: Ports, input: GcInput): Promise<CommandResult<GcData>> {
  const keep = Number(input.keep ?? 3);
  if (!Number.isInteger(keep) || keep < 0)
    throw new UsageError(`--keep needs a whole number ≥ 0, got: '${input.keep}'`);
  const olderThanMs = parseDuration(input.olderThan ?? "0s");
  if (olderThanMs === undefined)
    throw new UsageError(`--older-than needs a duration like 7d or 12h, got: '${input.olderThan}'`);
  const dryRun = Boolean(input.dryRun);

  const project = await loadProject(ctx.root);
  const environments = environmentsInOrder(project).map((e) => e.env);
  const pins: PinReference[] = environments.flatMap((env) => [
    ...(env.pin.ami ? [{ env: env.name, ami: env.pin.ami, kind: "pin" as const }] : []),
    ...env.pin.history.map((h) => ({ env: env.name, ami: h.ami, kind: "history" as const })),
  ]);
  const regions = [...new Set(environments.map((e) => e.region))].sort();

  const observed = [];
  for (const region of regions) {
    ctx.progress.waiting(
      "gc",
      `reading images, snapshots, instances and launch templates in ${region}`,
      "EC2 describe calls",
    );
    observed.push(await observeRegion(ctx.aws, region));
  }
  const plan = planGc(observed, pins, { now: ctx.clock.now(), keep, olderThanMs });
  const failures = dryRun ? [] : await applyGc(ctx.aws, plan, ctx.progress, ctx.clock);
  return {
    ok: failures.length === 0,
    data: { ...plan, dryRun, failures },
    text: describeGc(plan, { dryRun, failures }),
  };
}
