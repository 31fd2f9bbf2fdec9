import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  rollback
} from "./chunk-HSOE5DLU.js";
import "./chunk-GHBGRFF7.js";
import "./chunk-G6QVTQRM.js";
import "./chunk-OIUJ774E.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-HJC2AF7E.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-47Z657YN.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-KYE6SI66.js";
import "./chunk-SYDWPC46.js";
import "./chunk-YIYXSGBJ.js";
import "./chunk-J523DA24.js";
import "./chunk-ALZQZS56.js";
import "./chunk-GTMOMB3M.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-APSVUJUW.js";
import "./chunk-I6SAK64H.js";
import "./chunk-TKPX3VNR.js";
import "./chunk-YFRIVNRS.js";
import "./chunk-W5NYEKSD.js";
import "./chunk-LNTX4MW2.js";
import "./chunk-VW3YBTYP.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-TVDECKDK.js";
import "./chunk-56EOQD6H.js";
import "./chunk-KQEFZU6U.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-CLJXRIPF.js";
import "./chunk-4HLE3N6X.js";
import "./chunk-CXZE2OG5.js";
import "./chunk-25FIIMCB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-FR6JYSTS.js";
import "./chunk-QLIKJFV2.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import "./chunk-BQ2HO2OL.js";
export {
  rollback
};
