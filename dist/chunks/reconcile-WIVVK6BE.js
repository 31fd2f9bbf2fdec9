import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  guardPinnedAmi
} from "./chunk-GN6J3QT5.js";
import {
  loadEnvironment,
  rolloutOutcome,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-JJRTB2TU.js";
import "./chunk-HJC2AF7E.js";
import "./chunk-SMIVBZUW.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-TU4PUILC.js";
import "./chunk-Z3WOFMAT.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-J523DA24.js";
import "./chunk-VOEQAF2Y.js";
import "./chunk-EESMNCI2.js";
import "./chunk-FHZYUE6N.js";
import "./chunk-TKPX3VNR.js";
import "./chunk-3LMKCVDW.js";
import "./chunk-5XUG3DO3.js";
import "./chunk-33CH4KPF.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-NQFEG7UU.js";
import "./chunk-MHZV5H25.js";
import "./chunk-GULXSLFM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-RQQVW77K.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-3LQMIB4K.js";
import "./chunk-U7Y2A34U.js";
import "./chunk-YCCWYBNK.js";
import "./chunk-I5PH7A5M.js";
import "./chunk-2JQUPDX2.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-ALZQZS56.js";
import "./chunk-SL6OWAOT.js";
import "./chunk-UM763BCX.js";
import "./chunk-IVT7V2TT.js";
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
