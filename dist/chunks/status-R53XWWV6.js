import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatStatusTable,
  status
} from "./chunk-33SRNUHH.js";
import "./chunk-H3NF4P64.js";
import "./chunk-RBK4LM4H.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-K255ZJE4.js";
import "./chunk-MHZV5H25.js";
import "./chunk-TGA5EI3H.js";
import "./chunk-PPZVFJ6A.js";
import "./chunk-23AHZT7U.js";
import "./chunk-ZPG2PND7.js";
import "./chunk-6TT3HN2A.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-LMTB6RDQ.js";
import "./chunk-I6B5MM45.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-AWZ4RBDM.js";
import "./chunk-JK22FO5K.js";
import "./chunk-K46ZJ2WM.js";
import "./chunk-25FIIMCB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-PA63LUZC.js";
import "./chunk-NQ3HVRT7.js";
import "./chunk-BQ2HO2OL.js";
export {
  formatStatusTable,
  status
};
