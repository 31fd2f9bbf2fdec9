import type { Waiver } from "../config/schema.js";
import type { Inventory } from "../probes/schema.js";
import { checkAgent, foldIntoAgent } from "./checks/agents.js";
import { checkCronTimezone } from "./checks/cron-timezone.js";
import { checkImds, checkSsh, checkUsers } from "./checks/hardening.js";
import { checkPorts, checkProcesses, checkServices } from "./checks/services.js";
import { checkTimezone } from "./checks/timezone.js";
import type { Expectations, ExpectedAgent } from "./expectations.js";
import { checkParity } from "./parity.js";
import type { ProbeSection } from "./probe-sections.js";
import type { EnvironmentScope } from "./scope.js";
import type { CheckLevel, CheckResult } from "./types.js";

/**
 * The verification catalogue (DESIGN §8): every check the toolkit makes, once. Each entry has
 * a stable name (`{…}` stands for a part filled in per agent or setting), its level, the
 * probe sections it reads and how it is evaluated:
 *
 * - image: AWSTOE steps in the Image Builder test phase, on a fresh instance booted from the
 *   new image (recipe/components/checks.ts writes each step's commands);
 * - instance: over SSM on each new instance before it takes traffic, from the probe's inventory;
 * - environment: sampled through the load balancer and AWS during the soak.
 *
 * The image-level test steps, the instance checks and the environment checks are all taken from
 * here; nothing else lists them.
 */

interface Entry {
  name: string;
  level: CheckLevel;
  /** What a failure of this check catches. */
  catches: string;
  /** The probe sections it reads; empty for checks that read AWS or run on the image itself. */
  sections: readonly ProbeSection[];
}

/** One AWSTOE step of the test phase; its commands come from the recipe. */
export interface ImageStep {
  name: string;
  timeoutSeconds?: number;
}

export interface ImageCheck extends Entry {
  level: "image";
  steps: readonly ImageStep[];
}

/** What an instance-level check reads: one instance's inventory and the recipe's promises. */
export interface InstanceFacts {
  inventory: Inventory;
  expected: Expectations;
  target: string;
  phase: "boot" | "reboot";
  /** The recipe's agents the inventory shows not installed. */
  absentAgents: readonly ExpectedAgent[];
  /** The services to hold to the recipe: an absent agent's unit is that agent's finding, not a second one. */
  ownServices: Expectations["services"];
}

export interface InstanceCheck extends Entry {
  level: "instance";
  evaluate(facts: InstanceFacts): CheckResult[];
}

/** Parity: the serving (old) instance's inventory against a new one's. */
export interface PairCheck extends Entry {
  level: "instance";
  compare(older: Inventory, newer: Inventory, o: { target: string; waivers: readonly Waiver[] }): CheckResult;
}

export interface EnvironmentCheck extends Entry {
  level: "environment";
  /**
   * `any-image`: fits any image, a legacy or foreign AMI included (the load balancer's and
   * CloudWatch's view). `recipe-image`: holds an image baked from the environment's recipe to
   * what the recipe promises.
   */
  images: "any-image" | "recipe-image";
  /** `once`: what does not change while the fleet soaks (the launch template version in use). */
  cadence: "every-sample" | "once";
  evaluate(scope: EnvironmentScope, sample: number): Promise<CheckResult[]>;
}

export type CheckEntry = ImageCheck | InstanceCheck | PairCheck | EnvironmentCheck;

export const IMAGE_CHECKS = [
  {
    name: "timezone",
    level: "image",
    catches: "wrong zone",
    sections: [],
    steps: [{ name: "CheckTimezone" }],
  },
  {
    name: "cron-timezone",
    level: "image",
    catches: "crond started before the zone change: jobs in the old zone (the seed's cron-in-UTC incident)",
    sections: [],
    steps: [{ name: "CheckCrondStartedAfterZone" }, { name: "CheckCronCanary", timeoutSeconds: 300 }],
  },
  {
    name: "services",
    level: "image",
    catches: "services that only ran because someone started them",
    sections: [],
    steps: [{ name: "CheckServicesEnabledAndActive", timeoutSeconds: 600 }],
  },
  {
    name: "agents",
    level: "image",
    catches: "an agent missing from the image (the seed's lost access logs)",
    sections: [],
    steps: [{ name: "CheckAgents" }],
  },
  {
    name: "processes",
    level: "image",
    catches: "half-started services",
    sections: [],
    steps: [{ name: "CheckDeclaredProcesses" }],
  },
  {
    name: "ports",
    level: "image",
    catches: "half-started services",
    sections: [],
    steps: [{ name: "CheckPortsListening" }],
  },
  {
    name: "users",
    level: "image",
    catches: "hardening drift",
    sections: [],
    steps: [{ name: "CheckUsers" }],
  },
  {
    name: "ssh",
    level: "image",
    catches: "hardening drift",
    sections: [],
    steps: [{ name: "CheckSshHardening" }],
  },
  {
    name: "secrets",
    level: "image",
    catches: "secret material baked into the image",
    sections: [],
    steps: [{ name: "CheckNoSecretsBaked", timeoutSeconds: 900 }],
  },
] as const satisfies readonly ImageCheck[];

/** The AWSTOE step names of the test phase: recipe/components/checks.ts writes commands for each. */
export type ImageStepName = (typeof IMAGE_CHECKS)[number]["steps"][number]["name"];

export const INSTANCE_CHECKS: readonly InstanceCheck[] = [
  {
    name: "timezone",
    level: "instance",
    catches: "wrong zone",
    sections: ["timezone"],
    evaluate: (f) => [checkTimezone(f.inventory, f.expected.zone, f.target)],
  },
  {
    name: "cron-timezone",
    level: "instance",
    catches: "crond started before the zone change; a canary cron entry firing off the local hour",
    sections: ["cron", "timezone"],
    evaluate: (f) => [checkCronTimezone(f.inventory, f.expected.zone, f.target)],
  },
  {
    name: "services",
    level: "instance",
    catches: "services not enabled at boot or not active (after boot and after a reboot)",
    sections: ["services"],
    evaluate: (f) => [checkServices(f.inventory, f.ownServices, f.target, f.phase)],
  },
  {
    name: "ports",
    level: "instance",
    catches: "declared ports not listening",
    sections: ["ports"],
    evaluate: (f) => [checkPorts(f.inventory, f.ownServices, f.target)],
  },
  {
    name: "processes",
    level: "instance",
    catches: "programs a service runs (Passenger under httpd …) not running",
    sections: ["processes"],
    evaluate: (f) => [checkProcesses(f.inventory, f.ownServices, f.target)],
  },
  {
    name: "agent:{agent}",
    level: "instance",
    catches: "an agent not installed, not enabled or not running, its monitor port silent",
    sections: ["agents", "processes", "ports"],
    evaluate: (f) =>
      f.expected.agents.map((agent) => {
        const result = checkAgent(f.inventory, agent, f.target);
        return f.absentAgents.includes(agent)
          ? foldIntoAgent(result, [
              `service ${agent.service}: not installed (the services check leaves it to this finding)`,
            ])
          : result;
      }),
  },
  {
    name: "users",
    level: "instance",
    catches: "users not created, or not removed (ec2-user)",
    sections: ["users"],
    evaluate: (f) => [checkUsers(f.inventory, f.expected.users, f.target)],
  },
  {
    name: "ssh",
    level: "instance",
    catches: "SSH password or root login on",
    sections: ["ssh"],
    evaluate: (f) => [checkSsh(f.inventory, f.expected.ssh, f.target)],
  },
  {
    name: "imds",
    level: "instance",
    catches: "IMDSv1 answering without a session token",
    sections: ["imds"],
    evaluate: (f) => [checkImds(f.inventory, f.target)],
  },
];

export const PARITY_CHECK: PairCheck = {
  name: "parity",
  level: "instance",
  catches: "anything the old server ran, listened on, scheduled or shipped that the recipe forgot",
  sections: ["timezone", "cron", "services", "processes", "ports", "agents"],
  compare: (older, newer, o) => checkParity(older, newer, o),
};

/** The environment checks' evaluation, loaded on first use: it needs the AWS clients. */
type Evaluators = typeof import("./environment-checks.js");
const evaluatedBy =
  (
    name: {
      [K in keyof Evaluators]: Evaluators[K] extends EnvironmentCheck["evaluate"] ? K : never;
    }[keyof Evaluators],
  ) =>
  async (scope: EnvironmentScope, sample: number): Promise<CheckResult[]> =>
    (await import("./environment-checks.js"))[name](scope, sample);

/** In the order a soak sample reports them. */
export const ENVIRONMENT_CHECKS: readonly EnvironmentCheck[] = [
  {
    name: "target-health",
    level: "environment",
    catches: "targets failing the load balancer's health checks, or none serving",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: evaluatedBy("targetHealthCheck"),
  },
  {
    name: "http",
    level: "environment",
    catches: "a bad release answering HTTP through the environment's own listener rule with the wrong status",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: evaluatedBy("httpCheck"),
  },
  {
    name: "alarms",
    level: "environment",
    catches: "CloudWatch alarms (metric or composite) in ALARM during the soak, or missing",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: evaluatedBy("alarmsCheck"),
  },
  {
    // A legacy AMI predates IMDSv2-only launches: held to this only when baked from the recipe.
    name: "hardening:{setting}",
    level: "environment",
    catches: "a launch template version without IMDSv2 required or with an unencrypted root volume",
    sections: [],
    images: "recipe-image",
    cadence: "once",
    evaluate: evaluatedBy("hardeningCheck"),
  },
  {
    name: "log-delivery:{agent}",
    level: "environment",
    catches: "an agent that runs but delivers nothing (the seed's lost access logs)",
    sections: ["agents", "monitors"],
    images: "recipe-image",
    cadence: "every-sample",
    evaluate: evaluatedBy("logDeliveryCheck"),
  },
];

/**
 * The result a probe that could not run leaves in place of the checks it feeds (an instance
 * without an SSM agent, a probe that failed): named for the probe, at the instance level.
 */
export const PROBE_FAILURE = "probe";

export const CATALOGUE: readonly CheckEntry[] = [
  ...IMAGE_CHECKS,
  ...INSTANCE_CHECKS,
  PARITY_CHECK,
  ...ENVIRONMENT_CHECKS,
];

/** The catalogue entry a result comes from (its name, or its family `agent:{agent}` …). */
export function entryOf(result: Pick<CheckResult, "name" | "level">): CheckEntry | undefined {
  return CATALOGUE.find(
    (e) =>
      e.level === result.level &&
      (e.name === result.name ||
        // A failed probe leaves a result named for its family: "log-delivery" for log-delivery:{agent}.
        e.name.replace(/:\{\w+\}$/, "") === result.name ||
        (e.name.endsWith("}") && result.name.startsWith(e.name.replace(/\{\w+\}$/, "")))),
  );
}

/** Every section the instance-level checks read (parity included): what the instance probe must print. */
export const INSTANCE_SECTIONS: readonly ProbeSection[] = [
  ...new Set([...INSTANCE_CHECKS, PARITY_CHECK].flatMap((c) => c.sections)),
];
