import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  bake
} from "./chunk-DZS2IZG7.js";
import "./chunk-H3JCK2VH.js";
import "./chunk-6SJTFASA.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-W5CDLKHU.js";
import "./chunk-32T76F5S.js";
import "./chunk-VFZGLJFV.js";
import "./chunk-JG5CBSXP.js";
import "./chunk-UJMHGMYH.js";
import "./chunk-DNSQREQD.js";
import "./chunk-ROYI7M2W.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-AWZ4RBDM.js";
import "./chunk-DI3TO3EN.js";
import "./chunk-K46ZJ2WM.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-PA63LUZC.js";
import "./chunk-NQ3HVRT7.js";
import "./chunk-BQ2HO2OL.js";
export {
  bake
};
