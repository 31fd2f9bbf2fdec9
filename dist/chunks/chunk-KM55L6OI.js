import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/recipe/canary.ts
var CANARY_CRON_FILE = "/etc/cron.d/amipipe-canary";
var CANARY_SCRIPT = "/usr/local/libexec/amipipe/cron-canary";
var CANARY_LOG = "/var/log/amipipe/cron-canary.log";
var CANARY_SCHEDULE = "* H * * * (one line per hour H = 0..23)";
function canaryCronFile() {
  const lines = [
    "# amipipe: the cron timezone canary (see the image manifest)",
    "SHELL=/bin/bash",
    "PATH=/usr/sbin:/usr/bin:/sbin:/bin"
  ];
  for (let h = 0; h < 24; h++) lines.push(`* ${h} * * * root ${CANARY_SCRIPT} ${h}`);
  return `${lines.join("\n")}
`;
}
function canaryScript() {
  return [
    "#!/bin/bash",
    "# Logs the hour crond believes it is next to the local time; see /etc/amipipe/manifest.json.",
    `mkdir -p "$(dirname ${CANARY_LOG})"`,
    `printf '%s cron-hour=%s\\n' "$(date '+%Y-%m-%dT%H:%M:%S%z')" "$1" >> ${CANARY_LOG}`,
    `tail -n 1440 ${CANARY_LOG} > ${CANARY_LOG}.tmp && mv -f ${CANARY_LOG}.tmp ${CANARY_LOG}`,
    ""
  ].join("\n");
}

export {
  CANARY_CRON_FILE,
  CANARY_SCRIPT,
  CANARY_LOG,
  CANARY_SCHEDULE,
  canaryCronFile,
  canaryScript
};
