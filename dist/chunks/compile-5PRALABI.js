import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-C7LODNTT.js";
import "./chunk-KEPMDCLR.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-4T2ZX7MF.js";
import "./chunk-QB6V435S.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-MHZV5H25.js";
import "./chunk-KM55L6OI.js";
import "./chunk-2Q2BIDMQ.js";
import "./chunk-3C4O3423.js";
import "./chunk-RQQVW77K.js";
import "./chunk-AIOOG2KL.js";
import "./chunk-DNSQREQD.js";
import "./chunk-6TT3HN2A.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
