import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatStatusTable,
  status
} from "./chunk-QK254H7I.js";
import "./chunk-AXPU2H3Z.js";
import "./chunk-5XUG3DO3.js";
import "./chunk-P4R5L6N5.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-7VMPZC2Y.js";
import "./chunk-XZK52DEQ.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-I5PH7A5M.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-56EOQD6H.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  formatStatusTable,
  status
};
