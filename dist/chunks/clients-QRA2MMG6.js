import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  createAwsFactory
} from "./chunk-WZN5LHFB.js";
import "./chunk-OOMH36IZ.js";
import "./chunk-HDNESQVI.js";
import "./chunk-GWXWFI4Q.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-7CSPTXUE.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-BQ2HO2OL.js";
export {
  createAwsFactory
};
