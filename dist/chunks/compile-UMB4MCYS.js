import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-YU23VNU4.js";
import "./chunk-DHEIDTEU.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-2OHITFRP.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-L64534XN.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-3FBGHPPN.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
