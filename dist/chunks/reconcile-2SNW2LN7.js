import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  findEnvironment,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-BK7FW6I6.js";
import "./chunk-OCKBOEAM.js";
import "./chunk-DVBBR5C3.js";
import "./chunk-CHWW76O4.js";
import "./chunk-HWXOPVVO.js";
import "./chunk-WAQZHVLF.js";
import "./chunk-NZUMUIFZ.js";
import "./chunk-FH6K7LF2.js";
import "./chunk-GWG42CTE.js";
import "./chunk-B752TP6F.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-HE7ZY7HS.js";
import "./chunk-ZRIABQBG.js";
import "./chunk-UFVNQ4V6.js";
import "./chunk-EHTJYPX7.js";
import "./chunk-TJJSCQJT.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-ZJJVGOL2.js";
import {
  loadProject
} from "./chunk-B3IT6R6B.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-Z4AUNMP5.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/reconcile.ts
async function reconcile(ctx, input) {
  const project = await loadProject(ctx.root);
  const loaded = findEnvironment(project, input.env);
  return withEnvironmentLock(
    ctx,
    loaded,
    () => rolloutResult(ctx, {
      project,
      loaded,
      pinChanges: [],
      reconcile: true,
      headline: `reconcile ${loaded.env.name}`
    })
  );
}
export {
  reconcile
};
