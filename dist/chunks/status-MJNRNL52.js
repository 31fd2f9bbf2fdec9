import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatStatusTable,
  status
} from "./chunk-Q5GCB3RI.js";
import "./chunk-EGXAE7AY.js";
import "./chunk-NMU5JWAJ.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-TOW2S3XU.js";
import "./chunk-5XUG3DO3.js";
import "./chunk-UAOQAY22.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-WDJBJXP6.js";
import "./chunk-7EOBQHX6.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-I5PH7A5M.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-IEDDFMUQ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  formatStatusTable,
  status
};
