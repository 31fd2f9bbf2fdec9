import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  awsHint,
  execute
} from "./chunk-T4V6AQWQ.js";
import "./chunk-KUZ7CD54.js";
import "./chunk-UU34V7HM.js";
import "./chunk-HWDH6EER.js";
import "./chunk-RQQVW77K.js";
import "./chunk-52IUZXQM.js";
import "./chunk-QHLPZW5O.js";
import "./chunk-25FIIMCB.js";
import "./chunk-I6UA55KB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-BQ2HO2OL.js";
export {
  awsHint,
  execute
};
