import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  AmipipeError,
  ConfigError,
  OperationFailed,
  ProcessDied,
  UsageError,
  formatProblem,
  isProcessDied,
  messageOf
} from "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";
export {
  AmipipeError,
  ConfigError,
  OperationFailed,
  ProcessDied,
  UsageError,
  formatProblem,
  isProcessDied,
  messageOf
};
