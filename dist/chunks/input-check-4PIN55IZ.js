import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  checkConfigRoot,
  checkInput,
  checkInputShape
} from "./chunk-DAPV5LRJ.js";
import "./chunk-UU34V7HM.js";
import "./chunk-YGID37AB.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-25FIIMCB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-BQ2HO2OL.js";
export {
  checkConfigRoot,
  checkInput,
  checkInputShape
};
