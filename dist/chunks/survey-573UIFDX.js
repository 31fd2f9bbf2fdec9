import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  SSM_INLINE_STDOUT_LIMIT,
  runProbe
} from "./chunk-DNS2OHZ2.js";
import {
  PROBE_NAMES
} from "./chunk-VW3YBTYP.js";
import {
  describeInstancesById
} from "./chunk-W5NYEKSD.js";
import "./chunk-VZVMQFDZ.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-YGID37AB.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-CLJXRIPF.js";
import "./chunk-CXZE2OG5.js";
import {
  OperationFailed,
  UsageError
} from "./chunk-25FIIMCB.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/survey.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
async function survey(ctx, input) {
  if (!/^i-[0-9a-f]{8,17}$/.test(input.instance))
    throw new UsageError(`not an instance id: '${input.instance}'`);
  const probe = probeOf(input.probe);
  const region = input.region ?? environmentsInOrder(await loadProject(ctx.root))[0]?.env.region;
  if (!region) throw new UsageError("no --region given and no environment to take it from");
  await requireRunning(ctx, { region, instance: input.instance, regionGiven: input.region !== void 0 });
  const outcome = (await runProbe(ctx, {
    region,
    instanceIds: [input.instance],
    probe,
    phase: `survey ${input.instance}`
  })).get(input.instance);
  if (!outcome?.ok)
    throw new OperationFailed(
      `survey of ${input.instance} failed: ${outcome?.error ?? "no answer"}${outcome?.truncated ? tooBigAdvice(input.instance, probe) : ""}`,
      outcome?.truncated ? "survey-output-too-large" : "survey",
      { instance: input.instance, probe, ...outcome?.truncated ? { limit: SSM_INLINE_STDOUT_LIMIT } : {} }
    );
  const inv = outcome.inventory;
  if (input.out) await writeFile(path.resolve(ctx.root, input.out), `${JSON.stringify(inv, null, 2)}
`);
  const text = [
    `${inv.host.hostname} (${inv.host.os})${inv.timezone ? `, ${inv.timezone.zone}` : ""}`,
    counts(inv),
    inv.agents ? `agents: ${inv.agents.map((a) => `${a.name} (${a.active})`).join(", ") || "none"}` : "",
    input.out ? `written to ${input.out}` : ""
  ].filter(Boolean).join("\n");
  return { ok: true, data: inv, text };
}
async function requireRunning(ctx, o) {
  const where = o.regionGiven ? o.region : `${o.region} (the first environment's region; pass --region for another)`;
  let state;
  try {
    state = (await describeInstancesById(ctx.aws, o.region, [o.instance])).get(o.instance)?.State?.Name;
  } catch (error) {
    if (error.name !== "InvalidInstanceID.NotFound") throw error;
  }
  if (state === void 0) throw new UsageError(`instance ${o.instance} does not exist in ${where}`);
  if (state === "running" || state === "pending") return;
  const advice = state === "stopped" || state === "stopping" ? "start it or survey a running server" : "survey a running server";
  throw new OperationFailed(`instance ${o.instance} is ${state}: ${advice}`, "instance-not-running", {
    instance: o.instance,
    state
  });
}
function probeOf(name) {
  if (name === void 0) return "inventory";
  if (PROBE_NAMES.includes(name)) return name;
  throw new UsageError(`unknown probe '${name}': expected one of ${PROBE_NAMES.join(", ")}`);
}
function tooBigAdvice(instance, probe) {
  if (probe !== "inventory")
    return ". Only an S3 output bucket on the command (SendCommand OutputS3BucketName) would carry all of it.";
  return [
    ". The package list is usually the largest part: survey it alone with",
    `\`amipipe survey --instance ${instance} --probe packages\`, and everything else with`,
    `\`amipipe survey --instance ${instance} --probe instance\`.`
  ].join(" ");
}
function counts(inv) {
  const parts = [
    [inv.processes?.length, "processes"],
    [inv.ports?.length, "listening ports"],
    [inv.cron?.entries.length, "cron entries"],
    [inv.packages?.length, "packages"]
  ];
  return parts.filter(([n]) => n !== void 0).map(([n, what]) => `${n} ${what}`).join(", ");
}
export {
  survey
};
