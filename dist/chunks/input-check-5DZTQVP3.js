import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  checkConfigRoot,
  checkInput,
  checkInputShape
} from "./chunk-3BKYM2EP.js";
import "./chunk-EAZQLT5B.js";
import "./chunk-23AHZT7U.js";
import "./chunk-ZPG2PND7.js";
import "./chunk-6TT3HN2A.js";
import "./chunk-LMTB6RDQ.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-25FIIMCB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-BQ2HO2OL.js";
export {
  checkConfigRoot,
  checkInput,
  checkInputShape
};
