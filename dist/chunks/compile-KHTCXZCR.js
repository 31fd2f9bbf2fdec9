import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-5WGPYEYE.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-NQFEG7UU.js";
import "./chunk-MHZV5H25.js";
import "./chunk-GULXSLFM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-RQQVW77K.js";
import "./chunk-UM763BCX.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
