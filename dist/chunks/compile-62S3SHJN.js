import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-S2I3J3T6.js";
import "./chunk-RLKAPZDB.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-5OTMNGFE.js";
import "./chunk-FX7HTSWJ.js";
import "./chunk-GMKHYUC3.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-JG5CBSXP.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-W5CDLKHU.js";
import "./chunk-DNSQREQD.js";
import "./chunk-SIRB34BK.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
