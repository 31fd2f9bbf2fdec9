import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  bake
} from "./chunk-SC2SA3AH.js";
import "./chunk-NET5BUOP.js";
import "./chunk-YFVNIYRP.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-5ZWS4DLL.js";
import "./chunk-MAB7OMU6.js";
import "./chunk-ZCDM74UX.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-HEPVYIAX.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-NWTCY7XY.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-OXZX3V2D.js";
import "./chunk-ZRIABQBG.js";
import "./chunk-EHTJYPX7.js";
import "./chunk-TJJSCQJT.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-BQ2HO2OL.js";
export {
  bake
};
