import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  simInit
} from "./chunk-5IHHW7RZ.js";
import "./chunk-BD5FS75N.js";
import "./chunk-DE6XBETX.js";
import "./chunk-32T76F5S.js";
import "./chunk-F6XRT537.js";
import "./chunk-6SCOGE4S.js";
import "./chunk-PO4FRSYJ.js";
import "./chunk-ROYI7M2W.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-AWZ4RBDM.js";
import "./chunk-JK22FO5K.js";
import "./chunk-DI3TO3EN.js";
import "./chunk-K46ZJ2WM.js";
import "./chunk-BJIB6H35.js";
import "./chunk-WPO6EQZK.js";
import "./chunk-S3B3BLXZ.js";
import "./chunk-74FIX4JS.js";
import "./chunk-PA63LUZC.js";
import "./chunk-NQ3HVRT7.js";
import "./chunk-BQ2HO2OL.js";
export {
  simInit
};
