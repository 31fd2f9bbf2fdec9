import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  bake
} from "./chunk-VRBJS6GH.js";
import "./chunk-UPLCJAIA.js";
import "./chunk-K7NJTHH7.js";
import "./chunk-YJVTBTBA.js";
import "./chunk-ISD2FGTV.js";
import "./chunk-QB6V435S.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-KM55L6OI.js";
import "./chunk-APSVUJUW.js";
import "./chunk-2Z6C5QLB.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-BXYUEG23.js";
import "./chunk-DUHWOJWS.js";
import "./chunk-JMCWI4WT.js";
import "./chunk-RQQVW77K.js";
import "./chunk-YGID37AB.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-CLJXRIPF.js";
import "./chunk-NZP7FVAE.js";
import "./chunk-CXZE2OG5.js";
import "./chunk-25FIIMCB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import "./chunk-BQ2HO2OL.js";
export {
  bake
};
