import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  checkConfigRoot,
  checkInput,
  checkInputShape
} from "./chunk-J3SYWBNC.js";
import "./chunk-EAZQLT5B.js";
import "./chunk-LJ4LJX4Q.js";
import "./chunk-DNSQREQD.js";
import "./chunk-L2YIXJF5.js";
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
