import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-NOH3U54Z.js";
import "./chunk-6VXW5HQH.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-WMJ7IXNG.js";
import "./chunk-33LVR3H7.js";
import "./chunk-SCDM5UQP.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-KM55L6OI.js";
import "./chunk-ALZQZS56.js";
import "./chunk-K255ZJE4.js";
import "./chunk-3C4O3423.js";
import "./chunk-BX5ZCRC2.js";
import "./chunk-MHZV5H25.js";
import "./chunk-RQQVW77K.js";
import "./chunk-23AHZT7U.js";
import "./chunk-ZPG2PND7.js";
import "./chunk-6TT3HN2A.js";
import "./chunk-LMTB6RDQ.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
