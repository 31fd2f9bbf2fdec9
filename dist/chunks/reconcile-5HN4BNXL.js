import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  guardPinnedAmi
} from "./chunk-KRU7556M.js";
import {
  loadEnvironment,
  rolloutOutcome,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-DXF5YXQ6.js";
import "./chunk-IYEALWL5.js";
import "./chunk-ARBSU3F5.js";
import "./chunk-55NA3AYV.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-JTYWG3OT.js";
import "./chunk-MBYAP3EH.js";
import "./chunk-EWNFG6EC.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-J523DA24.js";
import "./chunk-QT7Y6ZT3.js";
import "./chunk-ZOIA7OHR.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-WAGHXFCY.js";
import "./chunk-FYMZRVSS.js";
import "./chunk-DWBDKMQ3.js";
import "./chunk-GMJUDOBJ.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-FX7HTSWJ.js";
import "./chunk-GMKHYUC3.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-MJU6FAWD.js";
import "./chunk-JG5CBSXP.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-OOMH36IZ.js";
import "./chunk-HDNESQVI.js";
import "./chunk-GWXWFI4Q.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-ALZQZS56.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-W5CDLKHU.js";
import "./chunk-VZN2D5A4.js";
import "./chunk-DNSQREQD.js";
import "./chunk-SIRB34BK.js";
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
