import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  rollback
} from "./chunk-OSBTZ6JN.js";
import "./chunk-VL3HKPXV.js";
import "./chunk-PNPWSCPW.js";
import "./chunk-W4P5NNUL.js";
import "./chunk-HJC2AF7E.js";
import "./chunk-GXDE7666.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-VYIKGI46.js";
import "./chunk-37UQPPRO.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-J523DA24.js";
import "./chunk-DTI7MI7J.js";
import "./chunk-NMU5JWAJ.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-TKPX3VNR.js";
import "./chunk-W3PUWDC5.js";
import "./chunk-5XUG3DO3.js";
import "./chunk-UAOQAY22.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-6M4EX6MM.js";
import "./chunk-SGX47B2F.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-3LQMIB4K.js";
import "./chunk-U7Y2A34U.js";
import "./chunk-YCCWYBNK.js";
import "./chunk-I5PH7A5M.js";
import "./chunk-2JQUPDX2.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-ALZQZS56.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-IEDDFMUQ.js";
import "./chunk-SL6OWAOT.js";
import "./chunk-56EOQD6H.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  rollback
};
