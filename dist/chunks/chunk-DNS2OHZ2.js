import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  parseProbeOutput
} from "./chunk-VW3YBTYP.js";
import {
  describeInstancesById
} from "./chunk-W5NYEKSD.js";
import {
  probeDocumentName
} from "./chunk-VZVMQFDZ.js";
import {
  require_dist_cjs
} from "./chunk-CXZE2OG5.js";
import {
  OperationFailed,
  messageOf
} from "./chunk-25FIIMCB.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/verify/ssm-probe.ts
var import_client_ssm = __toESM(require_dist_cjs(), 1);

// src/verify/plugin-output.ts
var PLUGIN_OUTPUT_LIMIT = 2500;
var ERROR_TITLE = "\n----------ERROR-------\n";
var CUT_MARKERS = ["\n---Output truncated---", "\n---Error truncated----"];
function readPluginOutput(output) {
  if (Buffer.byteLength(output, "utf8") >= PLUGIN_OUTPUT_LIMIT) return void 0;
  if (CUT_MARKERS.some((marker) => output.includes(marker))) return void 0;
  const title = output.indexOf(ERROR_TITLE);
  if (title < 0) return { stdout: output, stderr: "" };
  return { stdout: output.slice(0, title), stderr: output.slice(title + ERROR_TITLE.length) };
}

// src/verify/ssm-probe.ts
var SSM_INLINE_STDOUT_LIMIT = 24e3;
var BATCH = 50;
var POLL_MS = 5e3;
var TIMEOUT_MS = 10 * 6e4;
var DONE = /* @__PURE__ */ new Set([
  "Success",
  "Failed",
  "Cancelled",
  "TimedOut",
  "Undeliverable",
  "Terminated",
  "DeliveryTimedOut",
  "ExecutionTimedOut"
]);
async function runProbe(ctx, o) {
  const ssm = ctx.aws.ssm(o.region);
  const outcomes = /* @__PURE__ */ new Map();
  const commands = [];
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
      const cut = [];
      let token;
      do {
        const page = await ssm.send(
          new import_client_ssm.ListCommandInvocationsCommand({
            CommandId: commandId,
            Details: true,
            MaxResults: BATCH,
            ...token ? { NextToken: token } : {}
          })
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
        "SSM command results"
      );
    if (ctx.clock.now() - started > TIMEOUT_MS) {
      for (const waiting of pending.values())
        for (const id of waiting)
          outcomes.set(id, {
            ok: false,
            error: `probe ${o.probe} got no answer within 10 minutes (SSM agent not running?)`
          });
      break;
    }
  }
  return outcomes;
}
function outcomeFromListing(inv) {
  const plugin = inv.CommandPlugins?.[0];
  const output = readPluginOutput(plugin?.Output ?? "");
  if (!output) return void 0;
  if (inv.Status !== "Success") return failedRun(inv.Status, plugin?.ResponseCode, output.stderr);
  const parsed = parseProbeOutput(output.stdout);
  return parsed.ok ? { ok: true, inventory: parsed.inventory } : void 0;
}
function failedRun(status, code, stderr) {
  return {
    ok: false,
    error: `probe ${status ?? "failed"} (exit ${code ?? "?"}): ${stderr.trim().slice(0, 300)}`
  };
}
var AGENT_WAIT_MS = 5 * 6e4;
var AGENT_RETRY_MS = 15e3;
async function sendWhenOnline(ctx, o, ids) {
  const started = ctx.clock.now();
  let stateChecked = false;
  for (; ; ) {
    try {
      return await ctx.aws.ssm(o.region).send(
        new import_client_ssm.SendCommandCommand({
          DocumentName: probeDocumentName(o.probe),
          InstanceIds: ids,
          Comment: `amipipe probe ${o.probe}`,
          TimeoutSeconds: 300
        })
      );
    } catch (error) {
      if (error.name !== "InvalidInstanceId") throw error;
      if (!stateChecked) {
        stateChecked = true;
        await failUnlessRunning(ctx, o, ids);
      }
      if (ctx.clock.now() - started >= AGENT_WAIT_MS) {
        throw new OperationFailed(
          `SSM cannot reach ${ids.join(", ")} after ${AGENT_WAIT_MS / 6e4} minutes (is the SSM agent running, and does the instance profile allow Systems Manager?): ${messageOf(error)}`,
          "ssm-unreachable",
          { instanceIds: ids }
        );
      }
      ctx.progress.waiting(
        o.phase,
        `probe ${o.probe}: SSM agent not online yet on ${ids.length} instance(s)`,
        "the SSM agent to register"
      );
      await ctx.clock.sleep(AGENT_RETRY_MS);
    }
  }
}
async function failUnlessRunning(ctx, o, ids) {
  const down = [];
  try {
    const found = await describeInstancesById(ctx.aws, o.region, ids);
    for (const id of ids) {
      const state = found.get(id)?.State?.Name;
      if (state !== "running" && state !== "pending") down.push(`${id} is ${state ?? "not found"}`);
    }
  } catch (error) {
    if (error.name !== "InvalidInstanceID.NotFound") throw error;
    down.push(messageOf(error));
  }
  if (down.length > 0)
    throw new OperationFailed(
      `cannot run probe ${o.probe}: ${down.join(", ")} (only a running instance's SSM agent answers)`,
      "instance-not-running",
      { instanceIds: ids }
    );
}
async function fetchOutput(ctx, o) {
  const out = await ctx.aws.ssm(o.region).send(new import_client_ssm.GetCommandInvocationCommand({ CommandId: o.commandId, InstanceId: o.instanceId }));
  if (out.Status !== "Success")
    return failedRun(out.Status, out.ResponseCode, out.StandardErrorContent ?? "");
  const stdout = out.StandardOutputContent ?? "";
  const parsed = parseProbeOutput(stdout);
  if (parsed.ok) return { ok: true, inventory: parsed.inventory };
  if (stdout.length >= SSM_INLINE_STDOUT_LIMIT)
    return {
      ok: false,
      truncated: true,
      error: `the ${o.probe} probe printed more than the ${SSM_INLINE_STDOUT_LIMIT.toLocaleString("en-US")} characters of output SSM Run Command returns inline, so its answer arrived cut off`
    };
  return { ok: false, error: parsed.error };
}

export {
  SSM_INLINE_STDOUT_LIMIT,
  runProbe
};
