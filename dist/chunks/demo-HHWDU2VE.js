import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  simInit
} from "./chunk-J2ECWJWL.js";
import {
  promote
} from "./chunk-JVDS7OSP.js";
import {
  rollback
} from "./chunk-GP47FD2T.js";
import "./chunk-3KY26B4R.js";
import "./chunk-KRU7556M.js";
import "./chunk-DXF5YXQ6.js";
import "./chunk-IYEALWL5.js";
import "./chunk-ARBSU3F5.js";
import {
  formatTypeChanges
} from "./chunk-55NA3AYV.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-JTYWG3OT.js";
import "./chunk-MBYAP3EH.js";
import "./chunk-EWNFG6EC.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-J523DA24.js";
import {
  formatStatusTable,
  status
} from "./chunk-DZHD23TS.js";
import "./chunk-QT7Y6ZT3.js";
import "./chunk-ZOIA7OHR.js";
import {
  WORLD_FILE,
  openSimSession
} from "./chunk-MSLI6DDI.js";
import "./chunk-DE6XBETX.js";
import {
  bake
} from "./chunk-WLNPLTQ2.js";
import "./chunk-BTRB7ZN2.js";
import "./chunk-RLKAPZDB.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-5OTMNGFE.js";
import "./chunk-WAGHXFCY.js";
import "./chunk-FYMZRVSS.js";
import "./chunk-DWBDKMQ3.js";
import "./chunk-GMJUDOBJ.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-HQA7FDTO.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-FX7HTSWJ.js";
import "./chunk-GMKHYUC3.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-XWY46GTX.js";
import {
  Progress,
  simulatorContext
} from "./chunk-KRGITIYC.js";
import "./chunk-MJU6FAWD.js";
import "./chunk-JG5CBSXP.js";
import {
  formatDuration
} from "./chunk-U2BKHDZX.js";
import "./chunk-WZN5LHFB.js";
import "./chunk-OOMH36IZ.js";
import "./chunk-HDNESQVI.js";
import "./chunk-GWXWFI4Q.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-7CSPTXUE.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-ALZQZS56.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-W5CDLKHU.js";
import "./chunk-VZN2D5A4.js";
import "./chunk-DNSQREQD.js";
import "./chunk-SIRB34BK.js";
import {
  UsageError,
  messageOf
} from "./chunk-WPO6EQZK.js";
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
