import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  guardPinnedAmi
} from "./chunk-EFILN4OG.js";
import {
  loadEnvironment,
  rolloutOutcome,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-H24QVIIW.js";
import "./chunk-DLH7D4F4.js";
import "./chunk-EWNFG6EC.js";
import "./chunk-HJC2AF7E.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-PWWQDDL6.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-EKYBPUGZ.js";
import "./chunk-5TLPEZW4.js";
import "./chunk-QMHEICXQ.js";
import "./chunk-ALZQZS56.js";
import "./chunk-QB6V435S.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-APSVUJUW.js";
import "./chunk-4VLGMKWT.js";
import "./chunk-J523DA24.js";
import "./chunk-BXYUEG23.js";
import "./chunk-DUHWOJWS.js";
import "./chunk-I6SAK64H.js";
import "./chunk-TKPX3VNR.js";
import "./chunk-DNS2OHZ2.js";
import "./chunk-VW3YBTYP.js";
import "./chunk-W5NYEKSD.js";
import "./chunk-WOQP25UV.js";
import "./chunk-VZVMQFDZ.js";
import "./chunk-RQQVW77K.js";
import "./chunk-YGID37AB.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-CLJXRIPF.js";
import "./chunk-4HLE3N6X.js";
import "./chunk-CXZE2OG5.js";
import "./chunk-25FIIMCB.js";
import "./chunk-MJU6FAWD.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-FR6JYSTS.js";
import "./chunk-QLIKJFV2.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
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
