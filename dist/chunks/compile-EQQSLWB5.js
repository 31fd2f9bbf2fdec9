import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-SPU2RBTC.js";
import "./chunk-Y63KKGGZ.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-EIDDBT4Z.js";
import "./chunk-5R35G465.js";
import "./chunk-KOJ5FIOR.js";
import "./chunk-JKHJW5WV.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-TDHLHK6M.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-AESBZ24B.js";
import "./chunk-SIRB34BK.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
