import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  bake
} from "./chunk-UNXXXUBU.js";
import "./chunk-VJT2AYVR.js";
import "./chunk-JRRXM6BA.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-PG5M76SA.js";
import "./chunk-USVAODVD.js";
import "./chunk-6M4EX6MM.js";
import "./chunk-SGX47B2F.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-JG5CBSXP.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-B2RB7M3R.js";
import "./chunk-2JQUPDX2.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-IEDDFMUQ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  bake
};
