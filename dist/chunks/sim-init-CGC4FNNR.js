import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  simInit
} from "./chunk-B5HV6FOB.js";
import "./chunk-H6BTQASV.js";
import "./chunk-HEPVYIAX.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-NWTCY7XY.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-XWY46GTX.js";
import "./chunk-QKJEHXMV.js";
import "./chunk-XDF3WVTU.js";
import "./chunk-OXZX3V2D.js";
import "./chunk-HE7ZY7HS.js";
import "./chunk-X6XA3Y4X.js";
import "./chunk-ZRIABQBG.js";
import "./chunk-UFVNQ4V6.js";
import "./chunk-EHTJYPX7.js";
import "./chunk-TJJSCQJT.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-NRMTDQN5.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-5HFRB7A6.js";
import "./chunk-BQ2HO2OL.js";
export {
  simInit
};
