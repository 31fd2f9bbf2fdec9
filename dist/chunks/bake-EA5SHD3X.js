import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  bake
} from "./chunk-2JPLSPUL.js";
import "./chunk-QGZLRCHS.js";
import "./chunk-Y63KKGGZ.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-EIDDBT4Z.js";
import "./chunk-5R35G465.js";
import "./chunk-HQA7FDTO.js";
import "./chunk-KOJ5FIOR.js";
import "./chunk-JKHJW5WV.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-TDHLHK6M.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-7CSPTXUE.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-AESBZ24B.js";
import "./chunk-SIRB34BK.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  bake
};
