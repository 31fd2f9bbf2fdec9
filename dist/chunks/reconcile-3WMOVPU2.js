import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  guardPinnedAmi
} from "./chunk-RQYQ5AAM.js";
import {
  loadEnvironment,
  rolloutOutcome,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-TEA7O7QH.js";
import "./chunk-AR57A2WT.js";
import "./chunk-ZCUSRQEX.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-ARBSU3F5.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-DU2ZKVN3.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-PKAXB23P.js";
import "./chunk-LVWO6RW7.js";
import "./chunk-27K4LDLU.js";
import "./chunk-J523DA24.js";
import "./chunk-ALZQZS56.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-W5CDLKHU.js";
import "./chunk-F6XRT537.js";
import "./chunk-WAGHXFCY.js";
import "./chunk-SC64IX67.js";
import "./chunk-TGA5EI3H.js";
import "./chunk-CLGNN6X2.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-PO4FRSYJ.js";
import "./chunk-JG5CBSXP.js";
import "./chunk-UJMHGMYH.js";
import "./chunk-DNSQREQD.js";
import "./chunk-ROYI7M2W.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-AWZ4RBDM.js";
import "./chunk-JK22FO5K.js";
import "./chunk-K46ZJ2WM.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-S3B3BLXZ.js";
import "./chunk-74FIX4JS.js";
import "./chunk-PA63LUZC.js";
import "./chunk-NQ3HVRT7.js";
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
