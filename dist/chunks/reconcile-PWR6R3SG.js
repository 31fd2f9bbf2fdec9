import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  guardPinnedAmi
} from "./chunk-JAETWXRV.js";
import {
  loadEnvironment,
  rolloutOutcome,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-JX4YKMOV.js";
import "./chunk-P36G5HGT.js";
import "./chunk-ARBSU3F5.js";
import "./chunk-3NLE2RKR.js";
import "./chunk-TWA4VOM2.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-37CF66FD.js";
import "./chunk-LHYESFZW.js";
import "./chunk-LOZRLGG2.js";
import "./chunk-SL4SBNBZ.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-IJP462HN.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-BX5ZCRC2.js";
import "./chunk-MHZV5H25.js";
import "./chunk-WAGHXFCY.js";
import "./chunk-FKFCRE5O.js";
import "./chunk-DWBDKMQ3.js";
import "./chunk-ZZ25Z233.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-ZL3UBTYR.js";
import "./chunk-ZVQGLYWY.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-RQQVW77K.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-OOMH36IZ.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-K255ZJE4.js";
import "./chunk-ALZQZS56.js";
import "./chunk-VZN2D5A4.js";
import "./chunk-ZPG2PND7.js";
import "./chunk-LMTB6RDQ.js";
import "./chunk-SIRB34BK.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";

// src/app/reconcile.ts
async function reconcile(ctx, input) {
  const { project, loaded, pins } = await loadEnvironment(ctx.root, input.env);
  const pin = await pins.read(loaded.env.name);
  if (pin.ami) await guardPinnedAmi(ctx, loaded, { ...pin, ami: pin.ami }, "reconcile");
  return withEnvironmentLock(
    ctx,
    loaded,
    () => rolloutOutcome(ctx, {
      project,
      loaded,
      pins,
      pinChanges: [],
      reconcile: true,
      headline: `reconcile ${loaded.env.name}`
    }),
    {
      command: "reconcile",
      ...input.breakLock ? { breakLock: true } : {},
      ...input.reason ? { breakReason: input.reason } : {}
    }
  );
}

// src/commands/reconcile.ts
async function reconcile2(ctx, input) {
  return rolloutResult(await reconcile(ctx, input));
}
export {
  reconcile2 as reconcile
};
