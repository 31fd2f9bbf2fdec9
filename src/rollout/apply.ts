import { RebootInstancesCommand } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { TAG } from "../aws/tags.js";
import type { Environment } from "../config/schema.js";
import type { Clock } from "../ports/clock.js";
import { parseDuration } from "../ports/clock.js";
import type { IdPort } from "../ports/ids.js";
import type { Progress } from "../ports/progress.js";
import { type CheckResult, findingsOf, type RolloutVerifier } from "../verify/types.js";
import { waitStatusOk } from "./boot.js";
import type { CheckGroup } from "./check-summary.js";
import { StepFailed } from "./failure.js";
import { retain, startRetained, tagOld, terminate, waitStopped } from "./instances.js";
import { ensureTemplateVersion, launchInstances, type TemplateVersion } from "./launch.js";
import { type Observed, REGISTERED, type Step } from "./model.js";
import type { FleetRefs } from "./observe.js";
import { soak } from "./soak.js";
import { deregisterTargets, registerTargets, waitDrained, waitHealthy } from "./targets.js";

/** Everything a step needs to act; one per reconcile run. */
export interface StepContext {
  aws: AwsFactory;
  clock: Clock;
  ids: IdPort;
  progress: Progress;
  phase: string;
  env: Environment;
  fleet: FleetRefs;
  ami: string;
  rootDeviceName: string;
  userData: string;
  rolloutId: string;
  verifier: RolloutVerifier;
  /** The first stage of the promotion chain: reboot one new instance and check parity by default. */
  firstStage: boolean;
  memory: ExecutorMemory;
}

/** What this run has done and learned (RunMemory for the planner, plus once-per-run facts). */
export interface ExecutorMemory {
  checked: Set<string>;
  canarySoaked: boolean;
  fullSoaked: boolean;
  rebooted: boolean;
  parityChecked: boolean;
  template?: TemplateVersion;
  checks: CheckResult[];
  /** The same results by step, for the rollout's checks summary. */
  groups: CheckGroup[];
  launched: string[];
  started: string[];
  retained: string[];
  removed: string[];
}

export function newMemory(): ExecutorMemory {
  return {
    checked: new Set(),
    canarySoaked: false,
    fullSoaked: false,
    rebooted: false,
    parityChecked: false,
    checks: [],
    groups: [],
    launched: [],
    started: [],
    retained: [],
    removed: [],
  };
}

/** Applies one planned step. Throws StepFailed with findings when a check or the load balancer says no. */
export async function applyStep(c: StepContext, step: Step, observed: Observed): Promise<string> {
  const { aws, fleet } = c;
  const region = fleet.region;
  switch (step.kind) {
    case "tag-old":
      await tagOld(aws, region, step.ids, { environment: c.env.name, rolloutId: c.rolloutId });
      return `${step.ids.length} serving instance(s) marked as the fleet being replaced`;

    case "start":
      await waitStopped(aws, c.clock, region, step.ids);
      await startRetained(aws, region, step.ids, c.rolloutId);
      c.memory.started.push(...step.ids);
      return `started ${step.ids.length} retained instance(s) of ${c.ami}: ${step.ids.join(", ")}`;

    case "launch": {
      c.memory.template ??= await ensureTemplateVersion(aws, {
        region,
        launchTemplate: c.env.fleet.launchTemplate,
        ami: c.ami,
        rootDeviceName: c.rootDeviceName,
        ...(c.env.fleet.instanceType ? { instanceType: c.env.fleet.instanceType } : {}),
        userData: c.userData,
      });
      const template = c.memory.template;
      const existing = observed.instances.filter(
        (i) => i.ami === c.ami && (i.state === "running" || i.state === "pending"),
      );
      const ids = await launchInstances(aws, {
        region,
        template,
        subnets: c.env.fleet.subnets,
        existingSubnets: existing.map((i) => i.subnet),
        count: step.count,
        tags: {
          Name: `${c.env.recipe}-${c.env.name}`,
          [TAG.environment]: c.env.name,
          [TAG.ami]: c.ami,
          [TAG.rolloutId]: c.rolloutId,
          [TAG.recipe]: c.env.recipe,
        },
        token: () => c.ids.token(),
        onCapacity: (subnet) =>
          c.progress.warn(c.phase, `no capacity in ${subnet}; launching in the other subnets`),
      });
      c.memory.launched.push(...ids);
      return `launched ${ids.length} instance(s) from ${template.name} version ${template.version}: ${ids.join(", ")}`;
    }

    case "prepare":
      await prepare(c, step.ids, observed);
      return `instance checks passed on ${step.ids.join(", ")}`;

    case "register":
      await registerTargets(aws, fleet, step.ids);
      return `registered ${step.ids.length} instance(s) in ${fleet.targetGroupName}`;

    case "wait-healthy":
      await waitHealthy({
        aws,
        clock: c.clock,
        fleet,
        ids: step.ids,
        onWait: wait(c, `registered ${step.ids.length} instance(s)`),
      });
      return `${step.ids.length} instance(s) healthy in ${fleet.targetGroupName}`;

    case "soak": {
      const durationMs =
        step.phase === "canary"
          ? parseDuration(c.env.rollout.canary.soak)!
          : parseDuration(c.env.verify.soak)!;
      const group: CheckGroup = { kind: "soak", phase: step.phase, samples: 0, results: [] };
      c.memory.groups.push(group);
      const results = await soak({
        clock: c.clock,
        verifier: c.verifier,
        durationMs,
        onResults: (sample) => {
          group.samples += 1;
          group.results.push(...sample);
        },
        onSample: (index, of) => {
          if (index === 1 || index === of || index % 10 === 0) {
            c.progress.waiting(c.phase, `${step.phase} soak, sample ${index}/${of}`, `${step.phase} soak`);
          }
        },
      });
      c.memory.checks.push(...results);
      if (step.phase === "canary") c.memory.canarySoaked = true;
      else c.memory.fullSoaked = true;
      return `${step.phase} soak passed (${results.length} check result(s))`;
    }

    case "drain": {
      const states = new Map(observed.instances.map((i) => [i.id, i.target]));
      const registered = step.ids.filter((id) => REGISTERED.has(states.get(id) ?? "unregistered"));
      if (registered.length > 0) await deregisterTargets(aws, fleet, registered);
      await waitDrained({
        aws,
        clock: c.clock,
        fleet,
        ids: step.ids,
        onWait: wait(c, `deregistered ${step.ids.length} instance(s)`),
      });
      return `${step.ids.length} instance(s) left ${fleet.targetGroupName}`;
    }

    case "retain": {
      const retentionMs = parseDuration(c.env.rollout.retention)!;
      const until = new Date(c.clock.now() + retentionMs).toISOString();
      await retain(aws, region, step.ids, until);
      c.memory.retained.push(...step.ids);
      return `stopped ${step.ids.length} instance(s), retained until ${until}`;
    }

    case "remove": {
      const states = new Map(observed.instances.map((i) => [i.id, i.target]));
      const registered = step.ids.filter((id) => REGISTERED.has(states.get(id) ?? "unregistered"));
      if (registered.length > 0) await deregisterTargets(aws, fleet, registered);
      await terminate(aws, region, step.ids);
      c.memory.removed.push(...step.ids);
      return `terminated ${step.ids.length} instance(s): ${step.ids.join(", ")}`;
    }

    case "done":
      return "converged";
  }
}

/** Status checks, instance checks, one reboot and parity (first stage), before any traffic. */
async function prepare(c: StepContext, ids: string[], observed: Observed): Promise<void> {
  const region = c.fleet.region;
  await waitStatusOk({
    aws: c.aws,
    clock: c.clock,
    region,
    ids,
    onWait: wait(c, `booting ${ids.length} new instance(s)`),
  });
  const boot = await c.verifier.instanceChecks(ids, "boot");
  record(c, { kind: "instance", results: boot }, "instance checks");

  const reboot = c.env.verify.reboot ?? (c.firstStage ? "one" : "none");
  if (reboot === "one" && !c.memory.rebooted) {
    const id = ids[0]!;
    c.progress.info(c.phase, `rebooting ${id} once before it takes traffic`);
    await c.aws.ec2(region).send(new RebootInstancesCommand({ InstanceIds: [id] }));
    // The reboot takes a moment to show in the status checks.
    await c.clock.sleep(15_000);
    await waitStatusOk({ aws: c.aws, clock: c.clock, region, ids: [id], onWait: wait(c, `rebooted ${id}`) });
    const again = await c.verifier.instanceChecks([id], "reboot");
    record(c, { kind: "reboot", instance: id, results: again }, "checks after reboot");
    c.memory.rebooted = true;
  }

  const parity = c.env.verify.parity ?? c.firstStage;
  const serving = observed.instances.find(
    (i) => i.ami !== c.ami && i.state === "running" && REGISTERED.has(i.target),
  );
  if (parity && !c.memory.parityChecked && serving) {
    const results = await c.verifier.parity(serving.id, ids[0]!);
    record(
      c,
      { kind: "parity", serving: serving.id, instance: ids[0]!, results },
      `parity with ${serving.id}`,
    );
    c.memory.parityChecked = true;
  }
  for (const id of ids) c.memory.checked.add(id);
}

function record(c: StepContext, group: CheckGroup, what: string): void {
  c.memory.checks.push(...group.results);
  c.memory.groups.push(group);
  const findings = findingsOf(group.results);
  if (findings.length > 0) {
    throw new StepFailed(`${what}: ${findings.map((f) => `${f.target}: ${f.summary}`).join("; ")}`, findings);
  }
}

function wait(c: StepContext, doing: string): (waitingFor: string) => void {
  return (waitingFor) => c.progress.waiting(c.phase, doing, waitingFor);
}
