import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  CLIENT_PACKAGES,
  SERVICE_NAMES,
  createAwsFactory,
  loadAwsClients,
  registerAwsClients
} from "./chunk-BJIB6H35.js";
import "./chunk-BQ2HO2OL.js";
export {
  CLIENT_PACKAGES,
  SERVICE_NAMES,
  createAwsFactory,
  loadAwsClients,
  registerAwsClients
};
