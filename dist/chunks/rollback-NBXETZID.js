import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  rollback
} from "./chunk-T7BIOWLG.js";
import "./chunk-QEB2DR5S.js";
import "./chunk-JJRTB2TU.js";
import "./chunk-HJC2AF7E.js";
import "./chunk-SMIVBZUW.js";
import "./chunk-BJLLXR4Y.js";
import "./chunk-TU4PUILC.js";
import "./chunk-Z3WOFMAT.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-J523DA24.js";
import "./chunk-VOEQAF2Y.js";
import "./chunk-EESMNCI2.js";
import "./chunk-FHZYUE6N.js";
import "./chunk-TKPX3VNR.js";
import "./chunk-3LMKCVDW.js";
import "./chunk-5XUG3DO3.js";
import "./chunk-33CH4KPF.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-NQFEG7UU.js";
import "./chunk-MHZV5H25.js";
import "./chunk-GULXSLFM.js";
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
import "./chunk-SL6OWAOT.js";
import "./chunk-UM763BCX.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  rollback
};
