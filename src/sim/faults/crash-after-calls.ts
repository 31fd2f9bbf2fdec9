import { UsageError } from "../../errors.js";
import { defineFault } from "./fault.js";

export const crashAfterCalls = defineFault({
  name: "crash-after-calls",
  argument: {
    kind: "required",
    label: "N",
    parse(text) {
      if (!/^\d+$/.test(text ?? ""))
        throw new UsageError(`crash-after-calls needs a whole number of calls (got: '${text ?? ""}')`);
      return Number(text);
    },
  },
  help: "the process dies abruptly after N API calls",
  effects: (n) => ({ diesBefore: (call) => call.callsSoFar >= n }),
});
