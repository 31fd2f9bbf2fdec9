import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-BILL3JEV.js";
import "./chunk-QO332GDQ.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-CQSFQFIW.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-APSVUJUW.js";
import "./chunk-UVUH5YZS.js";
import "./chunk-RQQVW77K.js";
import "./chunk-TVDECKDK.js";
import "./chunk-56EOQD6H.js";
import "./chunk-KQEFZU6U.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
