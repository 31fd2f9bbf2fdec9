import { writeFile } from "node:fs/promises";
import path from "node:path";
import { environmentsInOrder, loadProject } from "../config/load.js";
import { OperationFailed, UsageError } from "../errors.js";
import type { Inventory } from "../probes/schema.js";
import { runProbe } from "../verify/ssm-probe.js";
import type { CommandContext, CommandResult } from "./context.js";

/** Runs the inventory probe on a server over SSM and returns (or writes) its inventory JSON. */
export async function survey(
  ctx: CommandContext,
  input: { instance: string; region?: string; out?: string },
): Promise<CommandResult<Inventory>> {
  if (!/^i-[0-9a-f]{8,17}$/.test(input.instance))
    throw new UsageError(`not an instance id: '${input.instance}'`);
  const region = input.region ?? environmentsInOrder(await loadProject(ctx.root))[0]?.env.region;
  if (!region) throw new UsageError("no --region given and no environment to take it from");
  const outcome = (
    await runProbe(ctx, {
      region,
      instanceIds: [input.instance],
      probe: "inventory",
      phase: `survey ${input.instance}`,
    })
  ).get(input.instance);
  if (!outcome?.ok)
    throw new OperationFailed(
      `survey of ${input.instance} failed: ${outcome?.error ?? "no answer"}`,
      "survey",
    );
  const inv = outcome.inventory;
  if (input.out) await writeFile(path.resolve(ctx.root, input.out), `${JSON.stringify(inv, null, 2)}\n`);
  const text = [
    `${inv.host.hostname} (${inv.host.os}), ${inv.timezone?.zone ?? "?"}`,
    `${inv.processes?.length ?? 0} processes, ${inv.ports?.length ?? 0} listening ports, ${inv.cron?.entries.length ?? 0} cron entries, ${inv.packages?.length ?? 0} packages`,
    `agents: ${(inv.agents ?? []).map((a) => `${a.name} (${a.active})`).join(", ") || "none"}`,
    input.out ? `written to ${input.out}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return { ok: true, data: inv, text };
}
