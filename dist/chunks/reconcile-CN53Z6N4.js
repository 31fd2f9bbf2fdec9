import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  guardPinnedAmi
} from "./chunk-VF5DTVVD.js";
import {
  loadEnvironment,
  rolloutOutcome,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-FSXQDCIP.js";
import "./chunk-RBLFBC4F.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-ARBSU3F5.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-L2YCD5GF.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-GYGBTWQM.js";
import "./chunk-YBGAL72O.js";
import "./chunk-IOFCTKVL.js";
import "./chunk-J523DA24.js";
import "./chunk-ALZQZS56.js";
import "./chunk-YIRC66GN.js";
import "./chunk-QB6V435S.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-2Q2BIDMQ.js";
import "./chunk-F6XRT537.js";
import "./chunk-WAGHXFCY.js";
import "./chunk-XRFNW2K3.js";
import "./chunk-TGA5EI3H.js";
import "./chunk-KXFXUCPN.js";
import "./chunk-PO4FRSYJ.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-RQQVW77K.js";
import "./chunk-AIOOG2KL.js";
import "./chunk-DNSQREQD.js";
import "./chunk-6TT3HN2A.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-AWZ4RBDM.js";
import "./chunk-JK22FO5K.js";
import "./chunk-K46ZJ2WM.js";
import "./chunk-25FIIMCB.js";
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
