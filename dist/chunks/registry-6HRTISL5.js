import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  COMMANDS,
  commandLoaders,
  findCommand
} from "./chunk-UVTTPRJC.js";
import "./chunk-EAZQLT5B.js";
import "./chunk-I6B5MM45.js";
import "./chunk-BJIB6H35.js";
import "./chunk-BQ2HO2OL.js";
export {
  COMMANDS,
  commandLoaders,
  findCommand
};
