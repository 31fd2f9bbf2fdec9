import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  rollback
} from "./chunk-6UEAKFAQ.js";
import "./chunk-IO4QYTSD.js";
import "./chunk-OXXZDNT5.js";
import "./chunk-FRLQQXJL.js";
import "./chunk-BQRADB5Z.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-YUILPMRB.js";
import "./chunk-DO3X7MOV.js";
import "./chunk-T3PE4JLW.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-NQRUGOTW.js";
import "./chunk-I65LUCHH.js";
import "./chunk-4FFQW7JK.js";
import "./chunk-FGMLPMBJ.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-OV76J67R.js";
import "./chunk-ZCDM74UX.js";
import "./chunk-ALZQZS56.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-AOYDB7UR.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-U7Y2A34U.js";
import "./chunk-YCCWYBNK.js";
import "./chunk-2JQUPDX2.js";
import "./chunk-I5PH7A5M.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-SL6OWAOT.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-BQ2HO2OL.js";
export {
  rollback
};
