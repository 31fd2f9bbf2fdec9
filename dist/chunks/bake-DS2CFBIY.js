import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  bake
} from "./chunk-BHKYGVTQ.js";
import "./chunk-F2R3PECR.js";
import "./chunk-NVS4OXS7.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-HQA7FDTO.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-YBDDKVDF.js";
import "./chunk-FQF4RVBZ.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-66IGIQH2.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-7CSPTXUE.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-4G2VPDY4.js";
import "./chunk-SIRB34BK.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  bake
};
