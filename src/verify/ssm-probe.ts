import {
  type CommandInvocation,
  GetCommandInvocationCommand,
  ListCommandInvocationsCommand,
  SendCommandCommand,
} from "@aws-sdk/client-ssm";
import { describeInstancesById } from "../aws/fleet.js";
import { messageOf, OperationFailed } from "../errors.js";
import type { Ports } from "../ports/context.js";
import { probeDocumentName } from "../probes/documents.js";
import { type Inventory, type ProbeName, parseProbeOutput } from "../probes/schema.js";
import { readPluginOutput } from "./plugin-output.js";

/** A failed probe; `truncated` when its answer was longer than SSM returns inline and arrived cut off. */
export type ProbeOutcome =
  | { ok: true; inventory: Inventory }
  | { ok: false; error: string; truncated?: boolean };

/**
 * GetCommandInvocation returns at most the first 24,000 characters of a command's stdout; the
 * rest only reaches an S3 bucket the command names
 * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetCommandInvocation.html).
 */
export const SSM_INLINE_STDOUT_LIMIT = 24_000;

/** SendCommand takes at most 50 instance ids; ListCommandInvocations returns at most 50 rows a page. */
const BATCH = 50;
const POLL_MS = 5_000;
const TIMEOUT_MS = 10 * 60_000;
const DONE = new Set([
  "Success",
  "Failed",
  "Cancelled",
  "TimedOut",
  "Undeliverable",
  "Terminated",
  "DeliveryTimedOut",
  "ExecutionTimedOut",
]);

/**
 * Runs one probe on many instances through its SSM document (the bootstrap stack's
 * `amipipe-probe-*`, holding exactly that probe's script): one SendCommand per 50
 * instances, then per polling round one ListCommandInvocations page (Details: true, 50 rows)
 * per 50 instances still running, which carries each finished invocation's status and
 * output — never one call per instance per round. Only an output the SSM agent cut at
 * 2,500 characters (the big inventory and instance probes) is read again, once, with
 * GetCommandInvocation. Waiting goes through the context's clock.
 */
export async function runProbe(
  ctx: Ports,
  o: { region: string; instanceIds: readonly string[]; probe: ProbeName; phase: string },
): Promise<Map<string, ProbeOutcome>> {
  const ssm = ctx.aws.ssm(o.region);
  const outcomes = new Map<string, ProbeOutcome>();
  const commands: Array<{ commandId: string; instanceIds: string[] }> = [];
  for (let i = 0; i < o.instanceIds.length; i += BATCH) {
    const ids = o.instanceIds.slice(i, i + BATCH);
    const sent = await sendWhenOnline(ctx, o, ids);
    const commandId = sent.Command?.CommandId;
    if (!commandId)
      throw new OperationFailed(`SSM SendCommand returned no command id for probe ${o.probe}`, "ssm");
    commands.push({ commandId, instanceIds: ids });
  }
  const started = ctx.clock.now();
  const pending = new Map(commands.map((c) => [c.commandId, new Set(c.instanceIds)]));
  while ([...pending.values()].some((s) => s.size > 0)) {
    await ctx.clock.sleep(POLL_MS);
    for (const [commandId, waiting] of pending) {
      if (waiting.size === 0) continue;
      const cut: string[] = [];
      let token: string | undefined;
      do {
        const page = await ssm.send(
          new ListCommandInvocationsCommand({
            CommandId: commandId,
            Details: true,
            MaxResults: BATCH,
            ...(token ? { NextToken: token } : {}),
          }),
        );
        for (const inv of page.CommandInvocations ?? []) {
          const id = inv.InstanceId;
          if (!id || !waiting.has(id) || !DONE.has(inv.Status ?? "")) continue;
          waiting.delete(id);
          const listed = outcomeFromListing(inv);
          if (listed) outcomes.set(id, listed);
          else cut.push(id);
        }
        token = page.NextToken;
      } while (token);
      for (const id of cut) outcomes.set(id, await fetchOutput(ctx, { ...o, commandId, instanceId: id }));
    }
    const left = [...pending.values()].reduce((n, s) => n + s.size, 0);
    if (left > 0)
      ctx.progress.waiting(
        o.phase,
        `probe ${o.probe}: ${o.instanceIds.length - left}/${o.instanceIds.length} answered`,
        "SSM command results",
      );
    if (ctx.clock.now() - started > TIMEOUT_MS) {
      for (const waiting of pending.values())
        for (const id of waiting)
          outcomes.set(id, {
            ok: false,
            error: `probe ${o.probe} got no answer within 10 minutes (SSM agent not running?)`,
          });
      break;
    }
  }
  return outcomes;
}

/**
 * The outcome a finished invocation's listed plugin output gives; undefined when that output
 * was cut or does not parse, and so has to be fetched whole.
 */
function outcomeFromListing(inv: CommandInvocation): ProbeOutcome | undefined {
  const plugin = inv.CommandPlugins?.[0];
  const output = readPluginOutput(plugin?.Output ?? "");
  if (!output) return undefined;
  if (inv.Status !== "Success") return failedRun(inv.Status, plugin?.ResponseCode, output.stderr);
  const parsed = parseProbeOutput(output.stdout);
  return parsed.ok ? { ok: true, inventory: parsed.inventory } : undefined;
}

function failedRun(status: string | undefined, code: number | undefined, stderr: string): ProbeOutcome {
  return {
    ok: false,
    error: `probe ${status ?? "failed"} (exit ${code ?? "?"}): ${stderr.trim().slice(0, 300)}`,
  };
}

/** How long a just-booted instance's SSM agent may take to register, and how often to try. */
const AGENT_WAIT_MS = 5 * 60_000;
const AGENT_RETRY_MS = 15_000;

/**
 * SendCommand, retried while SSM answers InvalidInstanceId: the agent of a freshly booted or
 * rebooted instance registers a little after the instance runs.
 * https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendCommand.html
 */
async function sendWhenOnline(
  ctx: Ports,
  o: { region: string; probe: ProbeName; phase: string },
  ids: string[],
) {
  const started = ctx.clock.now();
  let stateChecked = false;
  for (;;) {
    try {
      return await ctx.aws.ssm(o.region).send(
        new SendCommandCommand({
          DocumentName: probeDocumentName(o.probe),
          InstanceIds: ids,
          Comment: `amipipe probe ${o.probe}`,
          TimeoutSeconds: 300,
        }),
      );
    } catch (error) {
      if ((error as { name?: string }).name !== "InvalidInstanceId") throw error;
      if (!stateChecked) {
        stateChecked = true;
        await failUnlessRunning(ctx, o, ids);
      }
      if (ctx.clock.now() - started >= AGENT_WAIT_MS) {
        throw new OperationFailed(
          `SSM cannot reach ${ids.join(", ")} after ${AGENT_WAIT_MS / 60_000} minutes (is the SSM agent running, and does the instance profile allow Systems Manager?): ${messageOf(error)}`,
          "ssm-unreachable",
          { instanceIds: ids },
        );
      }
      ctx.progress.waiting(
        o.phase,
        `probe ${o.probe}: SSM agent not online yet on ${ids.length} instance(s)`,
        "the SSM agent to register",
      );
      await ctx.clock.sleep(AGENT_RETRY_MS);
    }
  }
}

/**
 * SSM does not know a stopped or terminated instance (no agent runs): one DescribeInstances
 * tells that apart from an agent still registering, so the probe fails at once, not after
 * minutes of retries.
 */
async function failUnlessRunning(
  ctx: Ports,
  o: { region: string; probe: ProbeName },
  ids: string[],
): Promise<void> {
  const down: string[] = [];
  try {
    const found = await describeInstancesById(ctx.aws, o.region, ids);
    for (const id of ids) {
      const state = found.get(id)?.State?.Name;
      if (state !== "running" && state !== "pending") down.push(`${id} is ${state ?? "not found"}`);
    }
  } catch (error) {
    if ((error as { name?: string }).name !== "InvalidInstanceID.NotFound") throw error;
    down.push(messageOf(error));
  }
  if (down.length > 0)
    throw new OperationFailed(
      `cannot run probe ${o.probe}: ${down.join(", ")} (only a running instance's SSM agent answers)`,
      "instance-not-running",
      { instanceIds: ids },
    );
}

async function fetchOutput(
  ctx: Ports,
  o: { region: string; probe: ProbeName; commandId: string; instanceId: string },
): Promise<ProbeOutcome> {
  const out = await ctx.aws
    .ssm(o.region)
    .send(new GetCommandInvocationCommand({ CommandId: o.commandId, InstanceId: o.instanceId }));
  if (out.Status !== "Success")
    return failedRun(out.Status, out.ResponseCode, out.StandardErrorContent ?? "");
  const stdout = out.StandardOutputContent ?? "";
  const parsed = parseProbeOutput(stdout);
  if (parsed.ok) return { ok: true, inventory: parsed.inventory };
  if (stdout.length >= SSM_INLINE_STDOUT_LIMIT)
    return {
      ok: false,
      truncated: true,
      error: `the ${o.probe} probe printed more than the ${SSM_INLINE_STDOUT_LIMIT.toLocaleString("en-US")} characters of output SSM Run Command returns inline, so its answer arrived cut off`,
    };
  return { ok: false, error: parsed.error };
}
