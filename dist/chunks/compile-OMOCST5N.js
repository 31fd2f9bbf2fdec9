import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-KRBTYBMS.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-YBDDKVDF.js";
import "./chunk-FQF4RVBZ.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-66IGIQH2.js";
import "./chunk-4G2VPDY4.js";
import "./chunk-SIRB34BK.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
