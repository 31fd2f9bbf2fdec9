import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compile,
  findRecipe
} from "./chunk-E4LLSRFE.js";
import "./chunk-EOHMZIZ5.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-TOW2S3XU.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-W5CDLKHU.js";
import "./chunk-NVRWAQFZ.js";
import "./chunk-JG5CBSXP.js";
import "./chunk-LJ4LJX4Q.js";
import "./chunk-DNSQREQD.js";
import "./chunk-L2YIXJF5.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  compile,
  findRecipe
};
