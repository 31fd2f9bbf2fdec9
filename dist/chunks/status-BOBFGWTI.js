import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatStatusTable,
  status
} from "./chunk-RCU7JWP2.js";
import "./chunk-FGMLPMBJ.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-HLS4JS3J.js";
import "./chunk-OULUFE6X.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-I5PH7A5M.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-HCCMXIQX.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  formatStatusTable,
  status
};
