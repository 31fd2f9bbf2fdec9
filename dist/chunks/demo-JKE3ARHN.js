import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  promote
} from "./chunk-EMKMGTT6.js";
import "./chunk-VF5DTVVD.js";
import {
  rollback
} from "./chunk-HIMZEDLJ.js";
import "./chunk-QAYD4EEQ.js";
import "./chunk-FSXQDCIP.js";
import "./chunk-RBLFBC4F.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-ARBSU3F5.js";
import "./chunk-AHXN3YWG.js";
import {
  formatTypeChanges
} from "./chunk-L2YCD5GF.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-GYGBTWQM.js";
import {
  simInit
} from "./chunk-X5H5SVTE.js";
import {
  formatStatusTable,
  status
} from "./chunk-QJ5C7MYI.js";
import "./chunk-YBGAL72O.js";
import "./chunk-IOFCTKVL.js";
import "./chunk-J523DA24.js";
import "./chunk-ALZQZS56.js";
import {
  WORLD_FILE,
  openSimSession
} from "./chunk-SE3C7KHW.js";
import "./chunk-C4STJAVS.js";
import {
  bake
} from "./chunk-YLENQEK2.js";
import "./chunk-WJXYRQLA.js";
import "./chunk-YIRC66GN.js";
import "./chunk-KEPMDCLR.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-4T2ZX7MF.js";
import "./chunk-QB6V435S.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-KM55L6OI.js";
import "./chunk-2Q2BIDMQ.js";
import "./chunk-3C4O3423.js";
import "./chunk-F6XRT537.js";
import "./chunk-LGTJO46Y.js";
import {
  simulatorContext
} from "./chunk-ZKCE6V3T.js";
import "./chunk-WAGHXFCY.js";
import "./chunk-XRFNW2K3.js";
import "./chunk-TGA5EI3H.js";
import "./chunk-KXFXUCPN.js";
import "./chunk-PO4FRSYJ.js";
import "./chunk-VFZGLJFV.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-RQQVW77K.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-AIOOG2KL.js";
import "./chunk-DNSQREQD.js";
import "./chunk-6TT3HN2A.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-AWZ4RBDM.js";
import "./chunk-JK22FO5K.js";
import "./chunk-DI3TO3EN.js";
import "./chunk-K46ZJ2WM.js";
import "./chunk-BJIB6H35.js";
import {
  UsageError,
  messageOf
} from "./chunk-25FIIMCB.js";
import {
  Progress
} from "./chunk-I6UA55KB.js";
import {
  formatDuration
} from "./chunk-U2BKHDZX.js";
import "./chunk-S3B3BLXZ.js";
import "./chunk-74FIX4JS.js";
import "./chunk-PA63LUZC.js";
import "./chunk-NQ3HVRT7.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/demo.ts
import { access, cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
var CONFIG_DIRS = ["image-recipes", "environments", "sim"];
async function demo(ctx, input) {
  const source = await exampleRoot(ctx.root);
  const root = await mkdtemp(path.join(tmpdir(), "amipipe-demo-"));
  for (const dir of CONFIG_DIRS) await cp(path.join(source, dir), path.join(root, dir), { recursive: true });
  const stateFile = input.state ? path.resolve(input.state) : path.join(root, "sim-state.json");
  const session = await openSimSession({ file: stateFile, faults: [], root });
  let started = session.clock.now();
  const sim = await simulatorContext({
    root,
    file: stateFile,
    session,
    run: ctx.run,
    progress: (clock) => new Progress(clock, [
      (event) => {
        const message = `T+${formatDuration(event.at - started)} ${event.message}`;
        if (event.waitingFor) ctx.progress.waiting(event.phase, message, event.waitingFor);
        else ctx.progress[event.level](event.phase, message);
      }
    ])
  });
  ctx.progress.info("demo", `example config copied to ${root}; simulator state in ${stateFile}`);
  const data = { root, state: stateFile, steps: [], environments: [], simulatedMs: 0 };
  const step = async (command, fn, summarise) => {
    const at = session.clock.now();
    ctx.progress.info("demo", `$ amipipe ${command}`);
    let result;
    let exitCode;
    let summary;
    try {
      result = await fn();
      exitCode = result.ok ? 0 : 1;
      summary = summarise(result);
    } catch (error) {
      exitCode = error instanceof UsageError ? 2 : 1;
      summary = messageOf(error);
    }
    data.steps.push({
      command,
      exitCode,
      summary,
      simulatedMs: Math.max(0, session.clock.now() - Math.max(at, started))
    });
    ctx.progress[exitCode === 0 ? "info" : "error"]("demo", `${command}: ${summary}`);
    return exitCode === 0 ? result : void 0;
  };
  const rolled = (r) => {
    const d = r.data;
    const finding = d.findings[0] ? `; finding: ${d.findings[0].target}: ${d.findings[0].summary}` : "";
    const types = d.instanceTypeChanges.length > 0 ? `; ${formatTypeChanges(d.instanceTypeChanges)}` : "";
    return `${d.outcome} in ${d.steps.length} step(s); serving ${d.status.serving.join(",")} (${d.status.healthy}/${d.status.desired} healthy)${types}${finding}`;
  };
  const ok = await step(
    "sim init",
    () => simInit(sim, {}),
    () => {
      started = session.clock.now();
      return `world from ${WORLD_FILE}`;
    }
  ) && await step(
    "bake web",
    () => bake(sim, { recipe: "web" }),
    (r) => {
      const amis = r.data.amis;
      data.ami = amis[0]?.ami;
      return `AMI ${amis.map((a) => a.ami).join(", ")}`;
    }
  ) && data.ami !== void 0 && await step(
    `promote dev --ami ${data.ami}`,
    () => promote(sim, { env: "dev", ami: data.ami }),
    rolled
  ) && await step("promote staging", () => promote(sim, { env: "staging" }), rolled) && await step("promote prod", () => promote(sim, { env: "prod" }), rolled) && await step("rollback prod", () => rollback(sim, { env: "prod" }), rolled);
  await session.save();
  const project = await loadProject(root);
  if (environmentsInOrder(project).length > 0) data.environments = (await status(sim, {})).data.environments;
  data.simulatedMs = session.clock.now() - started;
  return { ok: Boolean(ok), data, text: render(data) };
}
async function exampleRoot(root) {
  const candidates = [root, path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")];
  for (const dir of candidates) {
    try {
      await access(path.join(dir, WORLD_FILE));
      return dir;
    } catch {
    }
  }
  throw new UsageError(`no example config found (looked for ${WORLD_FILE} in ${candidates.join(", ")})`);
}
function render(d) {
  const lines = ["amipipe demo \u2014 the whole pipeline on the simulator", ""];
  const width = Math.max(...d.steps.map((s) => s.command.length));
  for (const s of d.steps) {
    const mark = s.exitCode === 0 ? "ok  " : `FAIL(${s.exitCode})`;
    lines.push(
      `  ${mark} ${s.command.padEnd(width)}  ${formatDuration(s.simulatedMs).padStart(8)}  ${s.summary}`
    );
  }
  lines.push(
    "",
    formatStatusTable(d.environments),
    "",
    `simulated time: ${formatDuration(d.simulatedMs)}; state: ${d.state}`
  );
  return lines.join("\n");
}
export {
  demo
};
