import { UsageError } from "../../errors.js";
import { defineFault } from "./fault.js";

/** Image Builder fails the build in its build or test phase, at the last step of that phase. */
export const imageBuildFails = defineFault({
  name: "image-build-fails",
  argument: {
    kind: "optional",
    label: "PHASE",
    parse(text): "build" | "test" {
      if (text === undefined) return "build";
      if (text !== "build" && text !== "test")
        throw new UsageError(`image-build-fails takes the phase 'build' or 'test' (got: '${text}')`);
      return text;
    },
  },
  help: "the build fails in build/test phase with a reason and log location",
  effects: (phase) => ({
    // A build without tests cannot fail in its test phase.
    failsBuild: ({ testsEnabled }) => (phase === "test" && !testsEnabled ? undefined : phase),
  }),
});
