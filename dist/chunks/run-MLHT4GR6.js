import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  awsHint,
  execute
} from "./chunk-M3MA4A2J.js";
import "./chunk-UVTTPRJC.js";
import "./chunk-EAZQLT5B.js";
import "./chunk-ZKCE6V3T.js";
import "./chunk-RQQVW77K.js";
import "./chunk-I6B5MM45.js";
import "./chunk-BJIB6H35.js";
import "./chunk-25FIIMCB.js";
import "./chunk-I6UA55KB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-BQ2HO2OL.js";
export {
  awsHint,
  execute
};
