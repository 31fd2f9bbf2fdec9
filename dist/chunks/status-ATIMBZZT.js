import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatStatusTable,
  status
} from "./chunk-YPAI5TSD.js";
import "./chunk-565DV32U.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-KOJ5FIOR.js";
import "./chunk-JKHJW5WV.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-AESBZ24B.js";
import "./chunk-SIRB34BK.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  formatStatusTable,
  status
};
