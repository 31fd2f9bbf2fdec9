import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  Progress,
  formatProgressLine,
  lineSink
} from "./chunk-P6GLGNDE.js";
import "./chunk-MJU6FAWD.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-BQ2HO2OL.js";
export {
  Progress,
  formatProgressLine,
  lineSink
};
