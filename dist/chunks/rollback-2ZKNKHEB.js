import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  rollback
} from "./chunk-BLT2IO4T.js";
import "./chunk-DXBYGJNK.js";
import "./chunk-JX4YKMOV.js";
import "./chunk-P36G5HGT.js";
import "./chunk-ARBSU3F5.js";
import "./chunk-3NLE2RKR.js";
import "./chunk-TWA4VOM2.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-37CF66FD.js";
import "./chunk-LHYESFZW.js";
import "./chunk-LOZRLGG2.js";
import "./chunk-SL4SBNBZ.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-IJP462HN.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-BX5ZCRC2.js";
import "./chunk-MHZV5H25.js";
import "./chunk-WAGHXFCY.js";
import "./chunk-FKFCRE5O.js";
import "./chunk-DWBDKMQ3.js";
import "./chunk-ZZ25Z233.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-ZL3UBTYR.js";
import "./chunk-ZVQGLYWY.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-OOMH36IZ.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-K255ZJE4.js";
import "./chunk-ALZQZS56.js";
import "./chunk-VZN2D5A4.js";
import "./chunk-ZPG2PND7.js";
import "./chunk-LMTB6RDQ.js";
import "./chunk-SIRB34BK.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  rollback
};
