import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  promote
} from "./chunk-IRUPRHTC.js";
import "./chunk-3EWFGPUI.js";
import "./chunk-6OHBVUQE.js";
import "./chunk-MESG5OE6.js";
import "./chunk-5FS4PQRQ.js";
import "./chunk-ZCUSRQEX.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-ARBSU3F5.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-DU2ZKVN3.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-2NJOEO2D.js";
import "./chunk-6LTFSYGJ.js";
import "./chunk-27K4LDLU.js";
import "./chunk-J523DA24.js";
import "./chunk-ALZQZS56.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-TOW2S3XU.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-W5CDLKHU.js";
import "./chunk-WAGHXFCY.js";
import "./chunk-SC64IX67.js";
import "./chunk-TGA5EI3H.js";
import "./chunk-CLGNN6X2.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-PO4FRSYJ.js";
import "./chunk-JG5CBSXP.js";
import "./chunk-LJ4LJX4Q.js";
import "./chunk-DNSQREQD.js";
import "./chunk-L2YIXJF5.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-AWZ4RBDM.js";
import "./chunk-JK22FO5K.js";
import "./chunk-K46ZJ2WM.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-S3B3BLXZ.js";
import "./chunk-74FIX4JS.js";
import "./chunk-PA63LUZC.js";
import "./chunk-NQ3HVRT7.js";
import "./chunk-BQ2HO2OL.js";
export {
  promote
};
