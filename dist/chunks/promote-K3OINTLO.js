import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  promote
} from "./chunk-SSWQ6LEA.js";
import "./chunk-GDBI5V22.js";
import "./chunk-43JSEQS6.js";
import "./chunk-KVX4BN4K.js";
import "./chunk-IGZSQQBH.js";
import "./chunk-HWXOPVVO.js";
import "./chunk-FC66HR4N.js";
import "./chunk-T3PE4JLW.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-JLSCU7GA.js";
import "./chunk-I65LUCHH.js";
import "./chunk-KD44KZX5.js";
import "./chunk-TCI4KXSX.js";
import "./chunk-MAB7OMU6.js";
import "./chunk-ZCDM74UX.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-NWTCY7XY.js";
import "./chunk-2EZH6WMF.js";
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
import "./chunk-BQ2HO2OL.js";
export {
  promote
};
