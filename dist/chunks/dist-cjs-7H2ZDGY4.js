import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-DI3TO3EN.js";
import "./chunk-PA63LUZC.js";
import "./chunk-NQ3HVRT7.js";
import "./chunk-BQ2HO2OL.js";
export default require_dist_cjs();
