/**
 * The canary cron entry that proves crond runs in the recipe's timezone (the seed's incident:
 * crond kept the zone it read at start, so jobs ran 9 hours late).
 *
 * An entry that fires every minute cannot tell zones apart, so the canary has one line per
 * hour — `* H * * * root canary H` — and each minute exactly one of them fires, passing the
 * hour as crond sees it. The script logs that hour next to the local time it reads itself:
 *
 *   2026-07-01T09:00:01+0900 cron-hour=9
 *
 * When crond runs in the right zone, cron-hour equals the local hour of the timestamp;
 * a crond stuck in UTC writes cron-hour=0 at 09:00 JST. The cron-timezone check reads the
 * line (src/verify/checks/canary-line.ts).
 */
export const CANARY_CRON_FILE = "/etc/cron.d/amipipe-canary";
export const CANARY_SCRIPT = "/usr/local/libexec/amipipe/cron-canary";
export const CANARY_LOG = "/var/log/amipipe/cron-canary.log";
export const CANARY_SCHEDULE = "* H * * * (one line per hour H = 0..23)";

export function canaryCronFile(): string {
  const lines = [
    "# amipipe: the cron timezone canary (see the image manifest)",
    "SHELL=/bin/bash",
    "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
  ];
  for (let h = 0; h < 24; h++) lines.push(`* ${h} * * * root ${CANARY_SCRIPT} ${h}`);
  return `${lines.join("\n")}\n`;
}

export function canaryScript(): string {
  return [
    "#!/bin/bash",
    "# Logs the hour crond believes it is next to the local time; see /etc/amipipe/manifest.json.",
    `mkdir -p "$(dirname ${CANARY_LOG})"`,
    `printf '%s cron-hour=%s\\n' "$(date '+%Y-%m-%dT%H:%M:%S%z')" "$1" >> ${CANARY_LOG}`,
    `tail -n 1440 ${CANARY_LOG} > ${CANARY_LOG}.tmp && mv -f ${CANARY_LOG}.tmp ${CANARY_LOG}`,
    "",
  ].join("\n");
}
