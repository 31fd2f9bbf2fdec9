import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  checkConfigRoot,
  checkInput,
  checkInputShape
} from "./chunk-BTBK3MJX.js";
import "./chunk-EAZQLT5B.js";
import "./chunk-UJMHGMYH.js";
import "./chunk-DNSQREQD.js";
import "./chunk-ROYI7M2W.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-BQ2HO2OL.js";
export {
  checkConfigRoot,
  checkInput,
  checkInputShape
};
