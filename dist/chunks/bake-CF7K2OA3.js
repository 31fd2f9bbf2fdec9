import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  bake
} from "./chunk-S7WTG6G4.js";
import "./chunk-BK7WZE3N.js";
import "./chunk-FHZYUE6N.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-USVAODVD.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-NQFEG7UU.js";
import "./chunk-MHZV5H25.js";
import "./chunk-GULXSLFM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-RQQVW77K.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-B2RB7M3R.js";
import "./chunk-2JQUPDX2.js";
import "./chunk-4IQ4VOZU.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-UM763BCX.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  bake
};
