import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-HKAJUM74.js";
import "./chunk-JSEWWMCO.js";
import "./chunk-HMMFQNOO.js";
import "./chunk-QB6V435S.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-KM55L6OI.js";
import "./chunk-APSVUJUW.js";
import "./chunk-WY7LAIOV.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-DUHWOJWS.js";
import "./chunk-RQQVW77K.js";
import "./chunk-DM3DKDFJ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-IGY3ADWI.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
