import { defineFault, noArgument } from "./fault.js";

/** Under the fault the zone is set by a boot script a minute after boot, after crond started. */
const ZONE_SET_AFTER_BOOT = 60_000;

export const cronStaleTimezone = defineFault({
  name: "cron-stale-timezone",
  argument: noArgument,
  help: "crond on new instances started before the timezone was set",
  effects: () => ({
    alterNewInstance: (facts) => ({
      ...facts,
      timezone: { ...facts.timezone, localtimeChangedAt: facts.launchedAt + ZONE_SET_AFTER_BOOT },
    }),
  }),
});
