import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-O3PGHULK.js";
import "./chunk-VIYINRNN.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-W57D3JX7.js";
import "./chunk-7VMPZC2Y.js";
import "./chunk-XZK52DEQ.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-JG5CBSXP.js";
import "./chunk-IEDDFMUQ.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-56EOQD6H.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
