import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  createSimulator,
  openSimSession,
  replaceSessionWorld,
  sessionEngine,
  sessionFaults,
  sessionIds,
  simulatorFromWorld,
  simulatorIds,
  writeState
} from "./chunk-MSLI6DDI.js";
import "./chunk-DE6XBETX.js";
import "./chunk-5OTMNGFE.js";
import "./chunk-GMKHYUC3.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-XWY46GTX.js";
import "./chunk-MJU6FAWD.js";
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
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  createSimulator,
  openSimSession,
  replaceSessionWorld,
  sessionEngine,
  sessionFaults,
  sessionIds,
  simulatorFromWorld,
  simulatorIds,
  writeState
};
