import type { Waiver } from "../config/schema.js";
import type { Inventory } from "../probes/schema.js";
import { checkAgent, foldIntoAgent } from "./checks/agents.js";
import { checkCronTimezone } from "./checks/cron-timezone.js";
import { checkImds, checkSsh, checkUsers } from "./checks/hardening.js";
import { checkPorts, checkProcesses, checkServices } from "./checks/services.js";
import { checkTimezone } from "./checks/timezone.js";
import {
  alarmsCheck,
  hardeningCheck,
  httpCheck,
  logDeliveryCheck,
  targetHealthCheck,
} from "./environment-checks.js";
import type { Expectations, ExpectedAgent } from "./expectations.js";
import { type CheckEntryBase, IMAGE_CHECKS, type ImageCheck } from "./image-checks.js";
import { checkParity } from "./parity.js";
import type { ProbeSection } from "./probe-sections.js";
import type { EnvironmentScope } from "./scope.js";
import type { CheckResult } from "./types.js";

/**
 * The verification catalogue (DESIGN §8): every check the toolkit makes, once. Each entry has
 * a stable name (`{…}` stands for a part filled in per agent or setting), its level, the
 * probe sections it reads and how it is evaluated:
 *
 * - image: AWSTOE steps in the Image Builder test phase, on a fresh instance booted from the
 *   new image (listed in image-checks.ts, which the recipe compiler reads without loading the
 *   rest; recipe/components/checks.ts writes each step's commands);
 * - instance: over SSM on each new instance before it takes traffic, from the probe's inventory;
 * - environment: sampled through the load balancer and AWS during the soak.
 *
 * The image-level test steps, the instance checks and the environment checks are all taken from
 * here; nothing else lists them.
 */

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

export interface InstanceCheck extends CheckEntryBase {
  level: "instance";
  evaluate(facts: InstanceFacts): CheckResult[];
}

/** Parity: the serving (old) instance's inventory against a new one's. */
export interface PairCheck extends CheckEntryBase {
  level: "instance";
  compare(older: Inventory, newer: Inventory, o: { target: string; waivers: readonly Waiver[] }): CheckResult;
}

export interface EnvironmentCheck extends CheckEntryBase {
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

export type { ImageCheck, ImageStep, ImageStepName } from "./image-checks.js";
export { IMAGE_CHECKS };

export type CheckEntry = ImageCheck | InstanceCheck | PairCheck | EnvironmentCheck;

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

/** In the order a soak sample reports them. */
export const ENVIRONMENT_CHECKS: readonly EnvironmentCheck[] = [
  {
    name: "target-health",
    level: "environment",
    catches: "targets failing the load balancer's health checks, or none serving",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: targetHealthCheck,
  },
  {
    name: "http",
    level: "environment",
    catches: "a bad release answering HTTP through the environment's own listener rule with the wrong status",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: httpCheck,
  },
  {
    name: "alarms",
    level: "environment",
    catches: "CloudWatch alarms (metric or composite) in ALARM during the soak, or missing",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: alarmsCheck,
  },
  {
    // A legacy AMI predates IMDSv2-only launches: held to this only when baked from the recipe.
    name: "hardening:{setting}",
    level: "environment",
    catches: "a launch template version without IMDSv2 required or with an unencrypted root volume",
    sections: [],
    images: "recipe-image",
    cadence: "once",
    evaluate: hardeningCheck,
  },
  {
    name: "log-delivery:{agent}",
    level: "environment",
    catches: "an agent that runs but delivers nothing (the seed's lost access logs)",
    sections: ["agents", "monitors"],
    images: "recipe-image",
    cadence: "every-sample",
    evaluate: logDeliveryCheck,
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
