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
} from "./chunk-UD3VDCFZ.js";
import "./chunk-M7NYUEWA.js";
import "./chunk-GULXSLFM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-CQVM7JSA.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-QEAUCB6S.js";
import "./chunk-3LQMIB4K.js";
import "./chunk-U7Y2A34U.js";
import "./chunk-YCCWYBNK.js";
import "./chunk-I5PH7A5M.js";
import "./chunk-B2RB7M3R.js";
import "./chunk-2JQUPDX2.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-SL6OWAOT.js";
import "./chunk-IVT7V2TT.js";
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
