import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatStatusTable,
  status
} from "./chunk-JBC27JKB.js";
import "./chunk-DTI7MI7J.js";
import "./chunk-NMU5JWAJ.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-5XUG3DO3.js";
import "./chunk-UAOQAY22.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-6M4EX6MM.js";
import "./chunk-SGX47B2F.js";
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
