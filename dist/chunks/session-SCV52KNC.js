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
} from "./chunk-SE3C7KHW.js";
import "./chunk-C4STJAVS.js";
import "./chunk-3C4O3423.js";
import "./chunk-F6XRT537.js";
import "./chunk-LGTJO46Y.js";
import "./chunk-PO4FRSYJ.js";
import "./chunk-6TT3HN2A.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-AWZ4RBDM.js";
import "./chunk-JK22FO5K.js";
import "./chunk-DI3TO3EN.js";
import "./chunk-K46ZJ2WM.js";
import "./chunk-BJIB6H35.js";
import "./chunk-25FIIMCB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-S3B3BLXZ.js";
import "./chunk-74FIX4JS.js";
import "./chunk-PA63LUZC.js";
import "./chunk-NQ3HVRT7.js";
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
