import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  simInit
} from "./chunk-S6J5WY4I.js";
import "./chunk-FX35VSHW.js";
import "./chunk-M7NYUEWA.js";
import "./chunk-FQF4RVBZ.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-CQVM7JSA.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-WZN5LHFB.js";
import "./chunk-OOMH36IZ.js";
import "./chunk-HDNESQVI.js";
import "./chunk-GWXWFI4Q.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-7CSPTXUE.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-VZN2D5A4.js";
import "./chunk-SIRB34BK.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  simInit
};
