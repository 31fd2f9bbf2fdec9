import { flag, option } from "../spec.js";

/** The flags promote and rollback share: overriding the policy, pin only, the lock. */
export const repinFlags = (force: { help: string; inputHelp: string }) => ({
  force: flag(force.help, {
    inputHelp: force.inputHelp,
    requires: { field: "reason", because: "it is recorded with the pin" },
  }),
  reason: option("why the policy is overridden, or a lock that has not expired is broken (recorded)", {
    value: "text",
    inputHelp:
      "why the policy is overridden (recorded in the pin history), or a lock that has not expired is broken",
  }),
  reconcile: flag("only write the pin", {
    flag: "--no-reconcile",
    fallback: true,
    inputHelp: "converge the fleet after writing the pin (false writes the pin only)",
  }),
  breakLock: breakLockFlag(),
});

export const breakLockFlag = () =>
  flag("take over the lock of a run known to be dead (warns, naming it)", {
    inputHelp:
      "take over the environment's lock from a run known to be dead (the previous holder is named in a warning)",
  });
