import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-L2BC4522.js";
import "./chunk-YFVNIYRP.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MAB7OMU6.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-HEPVYIAX.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-NWTCY7XY.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
