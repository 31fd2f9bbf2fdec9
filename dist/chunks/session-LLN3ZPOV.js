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
} from "./chunk-KFBX57Z7.js";
import "./chunk-C4STJAVS.js";
import "./chunk-SZKUWZ4Q.js";
import "./chunk-ZVQGLYWY.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-CQVM7JSA.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-S3JVJY2N.js";
import "./chunk-OOMH36IZ.js";
import "./chunk-HDNESQVI.js";
import "./chunk-GWXWFI4Q.js";
import "./chunk-7CSPTXUE.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-VZN2D5A4.js";
import "./chunk-SIRB34BK.js";
import "./chunk-25FIIMCB.js";
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
