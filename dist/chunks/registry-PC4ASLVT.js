import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  COMMANDS,
  commandLoaders,
  findCommand
} from "./chunk-SZ7BUYMB.js";
import "./chunk-UU34V7HM.js";
import "./chunk-52IUZXQM.js";
import "./chunk-QHLPZW5O.js";
import "./chunk-BQ2HO2OL.js";
export {
  COMMANDS,
  commandLoaders,
  findCommand
};
