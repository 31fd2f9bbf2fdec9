import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/verify/image-checks.ts
var IMAGE_CHECKS = [
  {
    name: "timezone",
    level: "image",
    catches: "wrong zone",
    sections: [],
    steps: [{ name: "CheckTimezone" }]
  },
  {
    name: "cron-timezone",
    level: "image",
    catches: "crond started before the zone change: jobs in the old zone (the seed's cron-in-UTC incident)",
    sections: [],
    steps: [{ name: "CheckCrondStartedAfterZone" }, { name: "CheckCronCanary", timeoutSeconds: 300 }]
  },
  {
    name: "services",
    level: "image",
    catches: "services that only ran because someone started them",
    sections: [],
    steps: [{ name: "CheckServicesEnabledAndActive", timeoutSeconds: 600 }]
  },
  {
    name: "agents",
    level: "image",
    catches: "an agent missing from the image (the seed's lost access logs)",
    sections: [],
    steps: [{ name: "CheckAgents" }]
  },
  {
    name: "processes",
    level: "image",
    catches: "half-started services",
    sections: [],
    steps: [{ name: "CheckDeclaredProcesses" }]
  },
  {
    name: "ports",
    level: "image",
    catches: "half-started services",
    sections: [],
    steps: [{ name: "CheckPortsListening" }]
  },
  {
    name: "users",
    level: "image",
    catches: "hardening drift",
    sections: [],
    steps: [{ name: "CheckUsers" }]
  },
  {
    name: "ssh",
    level: "image",
    catches: "hardening drift",
    sections: [],
    steps: [{ name: "CheckSshHardening" }]
  },
  {
    name: "secrets",
    level: "image",
    catches: "secret material baked into the image",
    sections: [],
    steps: [{ name: "CheckNoSecretsBaked", timeoutSeconds: 900 }]
  }
];

export {
  IMAGE_CHECKS
};
