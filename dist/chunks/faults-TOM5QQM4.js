import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  FAULTS,
  FAULT_SPECS,
  Faults,
  faultHelp
} from "./chunk-LGTJO46Y.js";
import "./chunk-25FIIMCB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-BQ2HO2OL.js";
export {
  FAULTS,
  FAULT_SPECS,
  Faults,
  faultHelp
};
