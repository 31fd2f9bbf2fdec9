import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  awsHint,
  execute
} from "./chunk-T7HLOV5I.js";
import "./chunk-SZ7BUYMB.js";
import "./chunk-UU34V7HM.js";
import "./chunk-PDC266IM.js";
import "./chunk-RQQVW77K.js";
import "./chunk-52IUZXQM.js";
import "./chunk-QHLPZW5O.js";
import "./chunk-25FIIMCB.js";
import "./chunk-P6GLGNDE.js";
import "./chunk-MJU6FAWD.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-BQ2HO2OL.js";
export {
  awsHint,
  execute
};
