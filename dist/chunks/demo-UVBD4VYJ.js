import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  promote
} from "./chunk-YYJHIFXV.js";
import "./chunk-EFILN4OG.js";
import {
  rollback
} from "./chunk-F3ERBQDV.js";
import "./chunk-NRPOSL67.js";
import "./chunk-H24QVIIW.js";
import "./chunk-DLH7D4F4.js";
import "./chunk-EWNFG6EC.js";
import "./chunk-HJC2AF7E.js";
import "./chunk-AHXN3YWG.js";
import {
  formatTypeChanges
} from "./chunk-PWWQDDL6.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-EKYBPUGZ.js";
import {
  simInit
} from "./chunk-PB26AYNX.js";
import {
  formatStatusTable,
  status
} from "./chunk-TS6PTW5L.js";
import "./chunk-5TLPEZW4.js";
import "./chunk-QMHEICXQ.js";
import "./chunk-ALZQZS56.js";
import {
  WORLD_FILE,
  openSimSession
} from "./chunk-THD43BCE.js";
import "./chunk-C4STJAVS.js";
import {
  bake
} from "./chunk-VRBJS6GH.js";
import "./chunk-UPLCJAIA.js";
import "./chunk-K7NJTHH7.js";
import "./chunk-YJVTBTBA.js";
import "./chunk-ISD2FGTV.js";
import "./chunk-QB6V435S.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-KM55L6OI.js";
import "./chunk-APSVUJUW.js";
import "./chunk-2Z6C5QLB.js";
import "./chunk-4VLGMKWT.js";
import "./chunk-J523DA24.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-BXYUEG23.js";
import "./chunk-DUHWOJWS.js";
import "./chunk-I6SAK64H.js";
import "./chunk-LGTJO46Y.js";
import {
  simulatorContext
} from "./chunk-PDC266IM.js";
import "./chunk-TKPX3VNR.js";
import "./chunk-DNS2OHZ2.js";
import "./chunk-VW3YBTYP.js";
import "./chunk-JMCWI4WT.js";
import "./chunk-W5NYEKSD.js";
import "./chunk-WOQP25UV.js";
import "./chunk-VZVMQFDZ.js";
import "./chunk-RQQVW77K.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-YGID37AB.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-CLJXRIPF.js";
import "./chunk-4HLE3N6X.js";
import "./chunk-NZP7FVAE.js";
import "./chunk-CXZE2OG5.js";
import "./chunk-QHLPZW5O.js";
import {
  UsageError,
  messageOf
} from "./chunk-25FIIMCB.js";
import {
  Progress
} from "./chunk-P6GLGNDE.js";
import "./chunk-MJU6FAWD.js";
import {
  formatDuration
} from "./chunk-U2BKHDZX.js";
import "./chunk-FR6JYSTS.js";
import "./chunk-QLIKJFV2.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
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
