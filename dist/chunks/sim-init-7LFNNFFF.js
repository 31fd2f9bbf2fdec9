import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  simInit
} from "./chunk-KMKLQU5Y.js";
import "./chunk-6WYCHUO7.js";
import "./chunk-DE6XBETX.js";
import "./chunk-PG5M76SA.js";
import "./chunk-SGX47B2F.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-XWY46GTX.js";
import "./chunk-QEAUCB6S.js";
import "./chunk-3LQMIB4K.js";
import "./chunk-U7Y2A34U.js";
import "./chunk-YCCWYBNK.js";
import "./chunk-I5PH7A5M.js";
import "./chunk-B2RB7M3R.js";
import "./chunk-2JQUPDX2.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-SL6OWAOT.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  simInit
};
