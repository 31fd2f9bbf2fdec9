import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-2WDX4MC5.js";
import "./chunk-6SJTFASA.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-W5CDLKHU.js";
import "./chunk-32T76F5S.js";
import "./chunk-JG5CBSXP.js";
import "./chunk-UJMHGMYH.js";
import "./chunk-DNSQREQD.js";
import "./chunk-ROYI7M2W.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
