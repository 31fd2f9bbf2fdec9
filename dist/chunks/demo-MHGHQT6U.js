import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  simInit
} from "./chunk-B5HV6FOB.js";
import {
  bake
} from "./chunk-SC2SA3AH.js";
import "./chunk-NET5BUOP.js";
import "./chunk-YFVNIYRP.js";
import {
  promote
} from "./chunk-SSWQ6LEA.js";
import {
  rollback
} from "./chunk-DRAE45ZH.js";
import "./chunk-GDBI5V22.js";
import "./chunk-43JSEQS6.js";
import "./chunk-KVX4BN4K.js";
import "./chunk-IGZSQQBH.js";
import "./chunk-HWXOPVVO.js";
import "./chunk-FC66HR4N.js";
import "./chunk-T3PE4JLW.js";
import "./chunk-4ZEUDONS.js";
import {
  formatStatusTable,
  status
} from "./chunk-JLSCU7GA.js";
import "./chunk-5ZWS4DLL.js";
import "./chunk-I65LUCHH.js";
import "./chunk-KD44KZX5.js";
import "./chunk-TCI4KXSX.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-MAB7OMU6.js";
import {
  Progress,
  simulatorContext
} from "./chunk-WYZ7QDZ3.js";
import {
  formatDuration
} from "./chunk-ZCDM74UX.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-RCU3O4IP.js";
import {
  WORLD_FILE,
  openSimSession
} from "./chunk-H6BTQASV.js";
import "./chunk-HEPVYIAX.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-NWTCY7XY.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-XWY46GTX.js";
import "./chunk-QKJEHXMV.js";
import "./chunk-XDF3WVTU.js";
import "./chunk-OXZX3V2D.js";
import "./chunk-HE7ZY7HS.js";
import "./chunk-X6XA3Y4X.js";
import "./chunk-ZRIABQBG.js";
import "./chunk-UFVNQ4V6.js";
import "./chunk-EHTJYPX7.js";
import "./chunk-TJJSCQJT.js";
import "./chunk-JOISYBJ5.js";
import {
  UsageError,
  messageOf
} from "./chunk-WPO6EQZK.js";
import "./chunk-NRMTDQN5.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-5HFRB7A6.js";
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
    env: ctx.env,
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
    return `${d.outcome} in ${d.steps.length} step(s); serving ${d.status.serving.join(",")} (${d.status.healthy}/${d.status.desired} healthy)${finding}`;
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
