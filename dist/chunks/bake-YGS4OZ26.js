import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  bake
} from "./chunk-AUK7MNXQ.js";
import "./chunk-5WT2QB76.js";
import "./chunk-3NLE2RKR.js";
import "./chunk-YEELGF65.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-IJP462HN.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-SZKUWZ4Q.js";
import "./chunk-BX5ZCRC2.js";
import "./chunk-MHZV5H25.js";
import "./chunk-HQA7FDTO.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-ZL3UBTYR.js";
import "./chunk-ZVQGLYWY.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-RQQVW77K.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-7CSPTXUE.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-KM55L6OI.js";
import "./chunk-K255ZJE4.js";
import "./chunk-ALZQZS56.js";
import "./chunk-ZPG2PND7.js";
import "./chunk-LMTB6RDQ.js";
import "./chunk-SIRB34BK.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  bake
};
