import { UsageError } from "../errors.js";
import { Faults } from "../sim/faults.js";
import { replaceSessionWorld, sessionFaults } from "../sim/session.js";
import { loadWorld, WORLD_FILE } from "../sim/world.js";
import type { CommandResult, Ports } from "./context.js";

export interface SimInitData {
  file: string;
  world: string;
  account: string;
  start: string;
  regions: Record<string, { instances: number; images: number; targetGroups: number }>;
  /** Faults kept in the state file and applied to every later call. */
  faults: string[];
}

/**
 * Creates the simulator's state file from sim/world.yml under the config root. Faults given
 * with this call are kept in the state and apply to every later call on it.
 */
export async function simInit(
  ctx: Ports,
  _input: Record<string, never>,
): Promise<CommandResult<SimInitData>> {
  if (!ctx.session)
    throw new UsageError(
      "sim init needs the simulator state file: amipipe --sim FILE sim init (or AMIPIPE_SIM=FILE)",
    );
  const state = await loadWorld(ctx.root);
  const faults = new Faults(sessionFaults(ctx.session)).toStrings();
  state.faults = faults;
  replaceSessionWorld(ctx.session, state);
  const regions: SimInitData["regions"] = {};
  for (const [name, r] of Object.entries(state.regions)) {
    regions[name] = {
      instances: Object.keys(r.instances).length,
      images: Object.keys(r.images).length,
      targetGroups: Object.keys(r.targetGroups).length,
    };
  }
  const data: SimInitData = {
    file: ctx.session.file,
    world: WORLD_FILE,
    account: state.account,
    start: new Date(state.now).toISOString(),
    regions,
    faults,
  };
  const lines = [
    `simulated world from ${WORLD_FILE} written to ${ctx.session.file}`,
    `account ${state.account}, clock at ${data.start}`,
  ];
  for (const [name, r] of Object.entries(regions))
    lines.push(`${name}: ${r.instances} instances, ${r.images} images, ${r.targetGroups} target groups`);
  if (faults.length > 0) lines.push(`faults kept in the state: ${faults.join(", ")}`);
  return { ok: true, data, text: lines.join("\n") };
}
