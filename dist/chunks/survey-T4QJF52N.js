import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  runProbe
} from "./chunk-KD44KZX5.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-MAB7OMU6.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-NWTCY7XY.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-ZRIABQBG.js";
import "./chunk-TJJSCQJT.js";
import "./chunk-JOISYBJ5.js";
import {
  OperationFailed,
  UsageError
} from "./chunk-WPO6EQZK.js";
import "./chunk-NRMTDQN5.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/survey.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
async function survey(ctx, input) {
  if (!/^i-[0-9a-f]{8,17}$/.test(input.instance))
    throw new UsageError(`not an instance id: '${input.instance}'`);
  const region = input.region ?? environmentsInOrder(await loadProject(ctx.root))[0]?.env.region;
  if (!region) throw new UsageError("no --region given and no environment to take it from");
  const outcome = (await runProbe(ctx, {
    region,
    instanceIds: [input.instance],
    probe: "inventory",
    phase: `survey ${input.instance}`
  })).get(input.instance);
  if (!outcome?.ok)
    throw new OperationFailed(
      `survey of ${input.instance} failed: ${outcome?.error ?? "no answer"}`,
      "survey"
    );
  const inv = outcome.inventory;
  if (input.out) await writeFile(path.resolve(ctx.root, input.out), `${JSON.stringify(inv, null, 2)}
`);
  const text = [
    `${inv.host.hostname} (${inv.host.os}), ${inv.timezone?.zone ?? "?"}`,
    `${inv.processes?.length ?? 0} processes, ${inv.ports?.length ?? 0} listening ports, ${inv.cron?.entries.length ?? 0} cron entries, ${inv.packages?.length ?? 0} packages`,
    `agents: ${(inv.agents ?? []).map((a) => `${a.name} (${a.active})`).join(", ") || "none"}`,
    input.out ? `written to ${input.out}` : ""
  ].filter(Boolean).join("\n");
  return { ok: true, data: inv, text };
}
export {
  survey
};
