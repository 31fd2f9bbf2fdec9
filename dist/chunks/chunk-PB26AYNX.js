import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  WORLD_FILE,
  loadWorld,
  replaceSessionWorld,
  sessionFaults
} from "./chunk-THD43BCE.js";
import {
  Faults
} from "./chunk-LGTJO46Y.js";
import {
  UsageError
} from "./chunk-25FIIMCB.js";

// src/commands/sim-init.ts
async function simInit(ctx, _input) {
  if (!ctx.session)
    throw new UsageError(
      "sim init needs the simulator state file: amipipe --sim FILE sim init (or AMIPIPE_SIM=FILE)"
    );
  const state = await loadWorld(ctx.root);
  const faults = new Faults(sessionFaults(ctx.session)).toStrings();
  state.faults = faults;
  replaceSessionWorld(ctx.session, state);
  const regions = {};
  for (const [name, r] of Object.entries(state.regions)) {
    regions[name] = {
      instances: Object.keys(r.instances).length,
      images: Object.keys(r.images).length,
      targetGroups: Object.keys(r.targetGroups).length
    };
  }
  const data = {
    file: ctx.session.file,
    world: WORLD_FILE,
    account: state.account,
    start: new Date(state.now).toISOString(),
    regions,
    faults
  };
  const lines = [
    `simulated world from ${WORLD_FILE} written to ${ctx.session.file}`,
    `account ${state.account}, clock at ${data.start}`
  ];
  for (const [name, r] of Object.entries(regions))
    lines.push(`${name}: ${r.instances} instances, ${r.images} images, ${r.targetGroups} target groups`);
  if (faults.length > 0) lines.push(`faults kept in the state: ${faults.join(", ")}`);
  return { ok: true, data, text: lines.join("\n") };
}

export {
  simInit
};
