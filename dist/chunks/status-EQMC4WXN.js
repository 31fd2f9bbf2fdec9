import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  status
} from "./chunk-IVZUL4UT.js";
import "./chunk-2OHITFRP.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-3FBGHPPN.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-UFVNQ4V6.js";
import "./chunk-EHTJYPX7.js";
import "./chunk-TJJSCQJT.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-BQ2HO2OL.js";
export {
  status
};
