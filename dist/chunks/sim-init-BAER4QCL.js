import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  simInit
} from "./chunk-PB26AYNX.js";
import "./chunk-THD43BCE.js";
import "./chunk-C4STJAVS.js";
import "./chunk-2Z6C5QLB.js";
import "./chunk-I6SAK64H.js";
import "./chunk-LGTJO46Y.js";
import "./chunk-VW3YBTYP.js";
import "./chunk-VZVMQFDZ.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-CLJXRIPF.js";
import "./chunk-4HLE3N6X.js";
import "./chunk-NZP7FVAE.js";
import "./chunk-CXZE2OG5.js";
import "./chunk-QHLPZW5O.js";
import "./chunk-25FIIMCB.js";
import "./chunk-MJU6FAWD.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-FR6JYSTS.js";
import "./chunk-QLIKJFV2.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import "./chunk-BQ2HO2OL.js";
export {
  simInit
};
