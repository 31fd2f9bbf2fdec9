import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatStatusTable,
  status
} from "./chunk-HWE5HC45.js";
import "./chunk-LVWO6RW7.js";
import "./chunk-27K4LDLU.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-W5CDLKHU.js";
import "./chunk-TGA5EI3H.js";
import "./chunk-CLGNN6X2.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-UJMHGMYH.js";
import "./chunk-DNSQREQD.js";
import "./chunk-ROYI7M2W.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-AWZ4RBDM.js";
import "./chunk-JK22FO5K.js";
import "./chunk-K46ZJ2WM.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-PA63LUZC.js";
import "./chunk-NQ3HVRT7.js";
import "./chunk-BQ2HO2OL.js";
export {
  formatStatusTable,
  status
};
