import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatDuration,
  parseDuration,
  systemClock
} from "./chunk-U2BKHDZX.js";
import "./chunk-BQ2HO2OL.js";
export {
  formatDuration,
  parseDuration,
  systemClock
};
