import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  guardPinnedAmi
} from "./chunk-AVX6WIJM.js";
import {
  loadEnvironment,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-CAEZXX6Z.js";
import {
  readPin
} from "./chunk-FVZ3IIET.js";
import "./chunk-T57TUBAT.js";
import "./chunk-RHK5IJCF.js";
import "./chunk-YE3B2QYE.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-NVS4OXS7.js";
import "./chunk-2AKZZVPQ.js";
import "./chunk-NXC6DGRO.js";
import "./chunk-565DV32U.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-YBDDKVDF.js";
import "./chunk-FQF4RVBZ.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-66IGIQH2.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-HDNESQVI.js";
import "./chunk-GWXWFI4Q.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-ALZQZS56.js";
import "./chunk-VZN2D5A4.js";
import "./chunk-4G2VPDY4.js";
import "./chunk-SIRB34BK.js";
import "./chunk-25FIIMCB.js";
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
