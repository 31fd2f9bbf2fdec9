import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  guardPinnedAmi
} from "./chunk-F2RLWZTG.js";
import {
  loadEnvironment,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-MGLDFIOG.js";
import "./chunk-INNCXB3H.js";
import {
  readPin
} from "./chunk-FVZ3IIET.js";
import "./chunk-YPAI5TSD.js";
import "./chunk-MNY6VCKU.js";
import "./chunk-64O4RD3C.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-EIDDBT4Z.js";
import "./chunk-2AKZZVPQ.js";
import "./chunk-4NDBL7VM.js";
import "./chunk-565DV32U.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-RIJM7CS5.js";
import "./chunk-KOJ5FIOR.js";
import "./chunk-JKHJW5WV.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-TDHLHK6M.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-HDNESQVI.js";
import "./chunk-GWXWFI4Q.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-ALZQZS56.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-VZN2D5A4.js";
import "./chunk-AESBZ24B.js";
import "./chunk-SIRB34BK.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/reconcile.ts
async function reconcile(ctx, input) {
  const { project, loaded } = await loadEnvironment(ctx.root, input.env);
  const pin = await readPin(loaded);
  if (pin.ami) await guardPinnedAmi(ctx, loaded, { ...pin, ami: pin.ami }, "reconcile");
  return withEnvironmentLock(
    ctx,
    loaded,
    () => rolloutResult(ctx, {
      project,
      loaded,
      pinChanges: [],
      reconcile: true,
      headline: `reconcile ${loaded.env.name}`
    }),
    { command: "reconcile", ...input.breakLock ? { breakLock: true } : {} }
  );
}
export {
  reconcile
};
