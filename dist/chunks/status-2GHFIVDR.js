import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatStatusTable,
  status
} from "./chunk-T57TUBAT.js";
import "./chunk-565DV32U.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-YBDDKVDF.js";
import "./chunk-FQF4RVBZ.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-4G2VPDY4.js";
import "./chunk-SIRB34BK.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  formatStatusTable,
  status
};
