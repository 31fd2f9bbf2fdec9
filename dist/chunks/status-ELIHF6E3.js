import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatStatusTable,
  status
} from "./chunk-TS6PTW5L.js";
import "./chunk-5TLPEZW4.js";
import "./chunk-QMHEICXQ.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-APSVUJUW.js";
import "./chunk-DUHWOJWS.js";
import "./chunk-W5NYEKSD.js";
import "./chunk-WOQP25UV.js";
import "./chunk-YGID37AB.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-CLJXRIPF.js";
import "./chunk-4HLE3N6X.js";
import "./chunk-CXZE2OG5.js";
import "./chunk-25FIIMCB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import "./chunk-BQ2HO2OL.js";
export {
  formatStatusTable,
  status
};
