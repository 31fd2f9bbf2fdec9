import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  promote
} from "./chunk-RWYKK56K.js";
import "./chunk-G7IQDMYX.js";
import "./chunk-GPZC5QDB.js";
import "./chunk-KTDEGER4.js";
import "./chunk-L2JCQCSZ.js";
import "./chunk-HWXOPVVO.js";
import "./chunk-CM4FTAVS.js";
import "./chunk-FWBP3RB6.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-IVZUL4UT.js";
import "./chunk-2OHITFRP.js";
import "./chunk-B752TP6F.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-3FBGHPPN.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-HE7ZY7HS.js";
import "./chunk-X6XA3Y4X.js";
import "./chunk-ZRIABQBG.js";
import "./chunk-UFVNQ4V6.js";
import "./chunk-EHTJYPX7.js";
import "./chunk-TJJSCQJT.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-ZJJVGOL2.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-BQ2HO2OL.js";
export {
  promote
};
