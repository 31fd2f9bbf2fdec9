import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatStatusTable,
  status
} from "./chunk-DZHD23TS.js";
import "./chunk-QT7Y6ZT3.js";
import "./chunk-ZOIA7OHR.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-DWBDKMQ3.js";
import "./chunk-GMJUDOBJ.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-FX7HTSWJ.js";
import "./chunk-GMKHYUC3.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-W5CDLKHU.js";
import "./chunk-DNSQREQD.js";
import "./chunk-SIRB34BK.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  formatStatusTable,
  status
};
