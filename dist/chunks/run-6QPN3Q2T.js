import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  awsHint,
  execute
} from "./chunk-LL2K3TT5.js";
import "./chunk-XORHR3XX.js";
import "./chunk-EAZQLT5B.js";
import "./chunk-X7HWXQXZ.js";
import "./chunk-JG5CBSXP.js";
import "./chunk-I6B5MM45.js";
import "./chunk-BJIB6H35.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-I6UA55KB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-BQ2HO2OL.js";
export {
  awsHint,
  execute
};
