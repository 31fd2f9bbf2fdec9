import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  simInit
} from "./chunk-FRP5OHFE.js";
import {
  formatStatusTable,
  status
} from "./chunk-E3D7TWUL.js";
import {
  bake
} from "./chunk-AUK7MNXQ.js";
import "./chunk-5WT2QB76.js";
import {
  promote
} from "./chunk-LYQM2JAX.js";
import {
  rollback
} from "./chunk-BLT2IO4T.js";
import "./chunk-DXBYGJNK.js";
import "./chunk-JAETWXRV.js";
import "./chunk-JX4YKMOV.js";
import "./chunk-P36G5HGT.js";
import "./chunk-ARBSU3F5.js";
import "./chunk-3NLE2RKR.js";
import {
  formatTypeChanges
} from "./chunk-TWA4VOM2.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-37CF66FD.js";
import "./chunk-LHYESFZW.js";
import "./chunk-LOZRLGG2.js";
import {
  WORLD_FILE,
  openSimSession
} from "./chunk-KFBX57Z7.js";
import "./chunk-C4STJAVS.js";
import "./chunk-SL4SBNBZ.js";
import "./chunk-YEELGF65.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-IJP462HN.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-SZKUWZ4Q.js";
import "./chunk-BX5ZCRC2.js";
import "./chunk-MHZV5H25.js";
import "./chunk-HQA7FDTO.js";
import "./chunk-WAGHXFCY.js";
import "./chunk-FKFCRE5O.js";
import "./chunk-DWBDKMQ3.js";
import "./chunk-ZZ25Z233.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-ZL3UBTYR.js";
import "./chunk-ZVQGLYWY.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-CQVM7JSA.js";
import {
  Progress,
  simulatorContext
} from "./chunk-5TVW7JKF.js";
import "./chunk-RQQVW77K.js";
import {
  formatDuration
} from "./chunk-U2BKHDZX.js";
import "./chunk-S3JVJY2N.js";
import "./chunk-OOMH36IZ.js";
import "./chunk-HDNESQVI.js";
import "./chunk-GWXWFI4Q.js";
import "./chunk-7CSPTXUE.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-KM55L6OI.js";
import "./chunk-K255ZJE4.js";
import "./chunk-ALZQZS56.js";
import "./chunk-VZN2D5A4.js";
import "./chunk-ZPG2PND7.js";
import "./chunk-LMTB6RDQ.js";
import "./chunk-SIRB34BK.js";
import {
  UsageError,
  messageOf
} from "./chunk-25FIIMCB.js";
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
