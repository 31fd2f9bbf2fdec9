import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  guardPinnedAmi
} from "./chunk-2GVRNHII.js";
import {
  loadEnvironment,
  rolloutOutcome,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-PNPWSCPW.js";
import "./chunk-W4P5NNUL.js";
import "./chunk-HJC2AF7E.js";
import "./chunk-GXDE7666.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-VYIKGI46.js";
import "./chunk-37UQPPRO.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-J523DA24.js";
import "./chunk-DTI7MI7J.js";
import "./chunk-NMU5JWAJ.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-TKPX3VNR.js";
import "./chunk-W3PUWDC5.js";
import "./chunk-5XUG3DO3.js";
import "./chunk-UAOQAY22.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-6M4EX6MM.js";
import "./chunk-SGX47B2F.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-JG5CBSXP.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-3LQMIB4K.js";
import "./chunk-U7Y2A34U.js";
import "./chunk-YCCWYBNK.js";
import "./chunk-I5PH7A5M.js";
import "./chunk-2JQUPDX2.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-ALZQZS56.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-IEDDFMUQ.js";
import "./chunk-SL6OWAOT.js";
import "./chunk-56EOQD6H.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-WPO6EQZK.js";
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
