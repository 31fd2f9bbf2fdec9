import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  checkConfigRoot,
  checkInput,
  checkInputShape
} from "./chunk-JLKODIBF.js";
import "./chunk-EAZQLT5B.js";
import "./chunk-AIOOG2KL.js";
import "./chunk-DNSQREQD.js";
import "./chunk-6TT3HN2A.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-25FIIMCB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-BQ2HO2OL.js";
export {
  checkConfigRoot,
  checkInput,
  checkInputShape
};
