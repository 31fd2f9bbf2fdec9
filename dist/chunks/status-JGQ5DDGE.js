import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatStatusTable,
  status
} from "./chunk-E3D7TWUL.js";
import "./chunk-P36G5HGT.js";
import "./chunk-LHYESFZW.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-DWBDKMQ3.js";
import "./chunk-ZZ25Z233.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-ZL3UBTYR.js";
import "./chunk-ZVQGLYWY.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-K255ZJE4.js";
import "./chunk-ZPG2PND7.js";
import "./chunk-LMTB6RDQ.js";
import "./chunk-SIRB34BK.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  formatStatusTable,
  status
};
