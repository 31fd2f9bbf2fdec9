import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describeInstancesById } from "../aws/fleet.js";
import { environmentsInOrder, loadProject } from "../config/load.js";
import { OperationFailed, UsageError } from "../errors.js";
import { type Inventory, PROBE_NAMES, type ProbeName } from "../probes/schema.js";
import { runProbe, SSM_INLINE_STDOUT_LIMIT } from "../verify/ssm-probe.js";
import type { CommandResult, Ports } from "./context.js";

/**
 * Runs the inventory probe (or another, with `probe`) on a server over SSM and returns (or
 * writes) its inventory JSON.
 */
export async function survey(
  ctx: Ports,
  input: { instance: string; region?: string; out?: string; probe?: string },
): Promise<CommandResult<Inventory>> {
  if (!/^i-[0-9a-f]{8,17}$/.test(input.instance))
    throw new UsageError(`not an instance id: '${input.instance}'`);
  const probe = probeOf(input.probe);
  const region = input.region ?? environmentsInOrder(await loadProject(ctx.root))[0]?.env.region;
  if (!region) throw new UsageError("no --region given and no environment to take it from");
  await requireRunning(ctx, { region, instance: input.instance, regionGiven: input.region !== undefined });
  const outcome = (
    await runProbe(ctx, {
      region,
      instanceIds: [input.instance],
      probe,
      phase: `survey ${input.instance}`,
    })
  ).get(input.instance);
  if (!outcome?.ok)
    throw new OperationFailed(
      `survey of ${input.instance} failed: ${outcome?.error ?? "no answer"}${outcome?.truncated ? tooBigAdvice(input.instance, probe) : ""}`,
      outcome?.truncated ? "survey-output-too-large" : "survey",
      { instance: input.instance, probe, ...(outcome?.truncated ? { limit: SSM_INLINE_STDOUT_LIMIT } : {}) },
    );
  const inv = outcome.inventory;
  if (input.out) await writeFile(path.resolve(ctx.root, input.out), `${JSON.stringify(inv, null, 2)}\n`);
  const text = [
    `${inv.host.hostname} (${inv.host.os})${inv.timezone ? `, ${inv.timezone.zone}` : ""}`,
    counts(inv),
    inv.agents ? `agents: ${inv.agents.map((a) => `${a.name} (${a.active})`).join(", ") || "none"}` : "",
    input.out ? `written to ${input.out}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return { ok: true, data: inv, text };
}

/**
 * One DescribeInstances before any SSM call: a stopped or terminated server has no SSM agent
 * to answer, and waiting minutes for it would only end in SSM's own error text.
 */
async function requireRunning(
  ctx: Ports,
  o: { region: string; instance: string; regionGiven: boolean },
): Promise<void> {
  const where = o.regionGiven
    ? o.region
    : `${o.region} (the first environment's region; pass --region for another)`;
  let state: string | undefined;
  try {
    state = (await describeInstancesById(ctx.aws, o.region, [o.instance])).get(o.instance)?.State?.Name;
  } catch (error) {
    if ((error as { name?: string }).name !== "InvalidInstanceID.NotFound") throw error;
  }
  if (state === undefined) throw new UsageError(`instance ${o.instance} does not exist in ${where}`);
  if (state === "running" || state === "pending") return;
  const advice =
    state === "stopped" || state === "stopping"
      ? "start it or survey a running server"
      : "survey a running server";
  throw new OperationFailed(`instance ${o.instance} is ${state}: ${advice}`, "instance-not-running", {
    instance: o.instance,
    state,
  });
}

function probeOf(name: string | undefined): ProbeName {
  if (name === undefined) return "inventory";
  if ((PROBE_NAMES as readonly string[]).includes(name)) return name as ProbeName;
  throw new UsageError(`unknown probe '${name}': expected one of ${PROBE_NAMES.join(", ")}`);
}

/** What to run instead when a probe's answer does not fit in SSM's inline output. */
function tooBigAdvice(instance: string, probe: ProbeName): string {
  if (probe !== "inventory")
    return ". Only an S3 output bucket on the command (SendCommand OutputS3BucketName) would carry all of it.";
  return [
    ". The package list is usually the largest part: survey it alone with",
    `\`amipipe survey --instance ${instance} --probe packages\`, and everything else with`,
    `\`amipipe survey --instance ${instance} --probe instance\`.`,
  ].join(" ");
}

/** "N processes, N listening ports, …" for the sections the inventory has. */
function counts(inv: Inventory): string {
  const parts: Array<[number | undefined, string]> = [
    [inv.processes?.length, "processes"],
    [inv.ports?.length, "listening ports"],
    [inv.cron?.entries.length, "cron entries"],
    [inv.packages?.length, "packages"],
  ];
  return parts
    .filter(([n]) => n !== undefined)
    .map(([n, what]) => `${n} ${what}`)
    .join(", ");
}
