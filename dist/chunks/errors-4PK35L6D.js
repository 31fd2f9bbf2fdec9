import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  AmipipeError,
  ConfigError,
  OperationFailed,
  UsageError,
  formatProblem,
  messageOf
} from "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";
export {
  AmipipeError,
  ConfigError,
  OperationFailed,
  UsageError,
  formatProblem,
  messageOf
};
