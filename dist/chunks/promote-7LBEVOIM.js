import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  promote
} from "./chunk-XYM2Y75D.js";
import "./chunk-USKM4BWF.js";
import "./chunk-C3OTADGT.js";
import "./chunk-TZTS6USO.js";
import "./chunk-YUILPMRB.js";
import "./chunk-2MT3B5TY.js";
import "./chunk-RCU7JWP2.js";
import "./chunk-6YFFNFA7.js";
import "./chunk-NWRPB4Y7.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-TY4S7BXN.js";
import "./chunk-5KL7SD5J.js";
import "./chunk-FGMLPMBJ.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-HLS4JS3J.js";
import "./chunk-OULUFE6X.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-TDHLHK6M.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-U7Y2A34U.js";
import "./chunk-YCCWYBNK.js";
import "./chunk-I5PH7A5M.js";
import "./chunk-2JQUPDX2.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-ALZQZS56.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-SL6OWAOT.js";
import "./chunk-HCCMXIQX.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  promote
};
