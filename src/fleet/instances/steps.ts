import { RebootInstancesCommand } from "@aws-sdk/client-ec2";
import { TAG } from "../../aws/tags.js";
import type { Environment } from "../../config/schema.js";
import { parseDuration } from "../../ports/clock.js";
import type { Ports } from "../../ports/context.js";
import { type CheckResult, findingsOf, type RolloutVerifier } from "../../ports/verifier.js";
import type { CheckGroup } from "../../rollout/check-summary.js";
import {
  type ExecutorMemory,
  type Expectation,
  type StepDriver,
  type StepOutcome,
  StepOutcomeFailed,
} from "../../rollout/executor.js";
import { rolloutFinding, StepFailed } from "../../rollout/failure.js";
import { type Desired, type Observed, REGISTERED, runs, type Step } from "../../rollout/model.js";
import { pollUntil } from "../../rollout/poll.js";
import type { RolloutReport } from "../../rollout/report.js";
import { soak } from "../../rollout/soak.js";
import type { PinnedImage } from "../image.js";
import {
  describeVersion,
  ensureHardenedVersion,
  type LaunchedVersion,
  type LaunchTemplateRef,
  primaryInterfaceOf,
  type VersionContent,
} from "../launch-template.js";
import {
  deregisterTargets,
  registerTargets,
  type TargetGroupRef,
  waitDrained,
  waitHealthy,
} from "../target-group.js";
import { waitStatusOk } from "./boot.js";
import { retain, startRetained, tagOld, terminate, unmarkOld, waitStopped } from "./instances.js";
import { launchInstances } from "./launch.js";
import { observeFleet } from "./observe.js";

/** A reboot shows in the status checks a moment after RebootInstances is accepted. */
const REBOOT_SHOWS_MS = 15_000;
const REBOOT_POLL_MS = 15_000;
const REBOOT_TIMEOUT_MS = 10 * 60_000;

const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

/** Everything the standalone fleet's steps need; one per rollout. */
export interface InstanceFleetContext {
  ports: Pick<Ports, "aws" | "clock" | "progress" | "ids">;
  phase: string;
  env: Environment;
  group: TargetGroupRef;
  template: LaunchTemplateRef;
  image: PinnedImage;
  userData: string;
  /** The config digest of what this rollout launches (src/fleet/config.ts). */
  config: string;
  rolloutId: string;
  verifier: RolloutVerifier;
  /** The first stage of the promotion chain: reboot one new instance and check parity by default. */
  firstStage: boolean;
}

/** What the content of the version new instances launch from is. */
export function versionContent(c: Pick<InstanceFleetContext, "env" | "image" | "userData">): VersionContent {
  return {
    ami: c.image.id,
    image: c.image,
    ...(c.env.fleet.instanceType ? { instanceType: c.env.fleet.instanceType } : {}),
    userData: c.userData,
  };
}

/**
 * The standalone fleet's steps: EC2 instances launched from a numbered launch template
 * version, registered in the environment's target group — the seed's manual procedure.
 */
export class InstanceSteps implements StepDriver {
  /** The version this run launches from (made once per run). */
  version?: LaunchedVersion;

  constructor(private readonly c: InstanceFleetContext) {}

  observe(expect: readonly Expectation[]): Promise<Observed> {
    const { aws, clock } = this.c.ports;
    return observeFleet(aws, clock, { environment: this.c.env.name, group: this.c.group }, expect);
  }

  async apply(
    step: Step,
    observed: Observed,
    memory: ExecutorMemory,
    desired: Desired,
  ): Promise<StepOutcome> {
    const { c } = this;
    const { aws, clock } = c.ports;
    const region = c.group.region;
    switch (step.kind) {
      case "tag-old":
        await tagOld(aws, region, step.ids, {
          environment: c.env.name,
          rolloutId: c.rolloutId,
          mode: desired.soak ? "full" : "return",
        });
        return { detail: `${step.ids.length} serving instance(s) marked as the fleet being replaced` };

      case "start":
        await waitStopped(aws, clock, region, step.ids);
        await startRetained(aws, region, step.ids, c.rolloutId);
        return {
          detail: `started ${step.ids.length} retained instance(s) of ${desired.ami}: ${step.ids.join(", ")}`,
          started: step.ids,
        };

      case "launch": {
        // A return to the AMI the old fleet serves launches what the old fleet was launched
        // from: the template's default version, which moves only after a rollout succeeds.
        if (this.forward(desired) && !this.version)
          this.version = await ensureHardenedVersion(aws, {
            region,
            template: c.template,
            source: "$Default",
            content: versionContent(c),
          });
        const version =
          this.forward(desired) && this.version
            ? this.version
            : await this.defaultVersionLaunching(desired.ami);
        const existing = observed.instances.filter(
          (i) => runs(i, desired) && (i.state === "running" || i.state === "pending"),
        );
        const ids = await launchInstances(aws, {
          region,
          template: version,
          subnets: c.env.fleet.subnets,
          existingSubnets: existing.map((i) => i.subnet),
          count: step.count,
          tags: {
            Name: `${c.env.recipe}-${c.env.name}`,
            [TAG.environment]: c.env.name,
            [TAG.ami]: desired.ami,
            ...(desired.config ? { [TAG.config]: desired.config } : {}),
            [TAG.rolloutId]: c.rolloutId,
            [TAG.recipe]: c.env.recipe,
          },
          token: () => c.ports.ids.token(),
          onCapacity: (subnet) =>
            c.ports.progress.warn(c.phase, `no capacity in ${subnet}; launching in the other subnets`),
        });
        return {
          detail: `launched ${ids.length} instance(s) from ${version.name} version ${version.version}: ${ids.join(", ")}`,
          launched: ids,
        };
      }

      case "prepare":
        if (!this.forward(desired)) {
          // The return to the serving AMI: its instances are what served before; boot is enough.
          await waitStatusOk({
            aws,
            clock,
            region,
            ids: step.ids,
            onWait: this.wait(`booting ${step.ids.length} instance(s)`),
          });
          return {
            detail: `${step.ids.length} instance(s) of ${desired.ami} passed EC2 status checks`,
            checked: step.ids,
          };
        }
        return this.prepare(step.ids, observed, memory);

      case "register":
        await registerTargets(aws, c.group, step.ids);
        return { detail: `registered ${step.ids.length} instance(s) in ${c.group.name}` };

      case "wait-healthy":
        await waitHealthy({
          aws,
          clock,
          group: c.group,
          ids: step.ids,
          onWait: this.wait(`registered ${step.ids.length} instance(s)`),
        });
        return { detail: `${step.ids.length} instance(s) healthy in ${c.group.name}` };

      case "soak": {
        const durationMs = parseDuration(
          step.phase === "canary"
            ? c.env.rollout.canary.soak
            : step.phase === "batch"
              ? (c.env.rollout.batchSoak ?? c.env.rollout.canary.soak)
              : c.env.verify.soak,
        )!;
        const group: Extract<CheckGroup, { kind: "soak" }> = {
          kind: "soak",
          phase: step.phase,
          samples: 0,
          results: [],
        };
        try {
          await soak({
            clock,
            verifier: c.verifier,
            durationMs,
            onResults: (sample) => {
              group.samples += 1;
              group.results.push(...sample);
            },
            onSample: (index, of) => {
              if (index === 1 || index === of || index % 10 === 0)
                c.ports.progress.waiting(
                  c.phase,
                  `${step.phase} soak, sample ${index}/${of}`,
                  `${step.phase} soak`,
                );
            },
          });
        } catch (error) {
          throw new StepOutcomeFailed(error, [group]);
        }
        return {
          detail: `${step.phase} soak passed (${group.results.length} check result(s))`,
          soaked: step.phase,
          groups: [group],
        };
      }

      case "drain": {
        const states = new Map(observed.instances.map((i) => [i.id, i.target]));
        const registered = step.ids.filter((id) => REGISTERED.has(states.get(id) ?? "unregistered"));
        if (registered.length > 0) await deregisterTargets(aws, c.group, registered);
        await waitDrained({
          aws,
          clock,
          group: c.group,
          ids: step.ids,
          onWait: this.wait(`deregistered ${step.ids.length} instance(s)`),
        });
        return { detail: `${step.ids.length} instance(s) left ${c.group.name}` };
      }

      case "retain": {
        const until = new Date(clock.now() + parseDuration(c.env.rollout.retention)!).toISOString();
        await retain(aws, region, step.ids, until);
        return {
          detail: `stopped ${step.ids.length} instance(s), retained until ${until}`,
          retained: step.ids,
        };
      }

      case "remove": {
        const states = new Map(observed.instances.map((i) => [i.id, i.target]));
        const registered = step.ids.filter((id) => REGISTERED.has(states.get(id) ?? "unregistered"));
        if (registered.length > 0) await deregisterTargets(aws, c.group, registered);
        await terminate(aws, region, step.ids);
        return {
          detail: `terminated ${step.ids.length} instance(s): ${step.ids.join(", ")}`,
          removed: step.ids,
        };
      }

      case "done":
        return { detail: "converged" };
    }
  }

  /** Status checks, instance checks, one reboot and parity (first stage), before any traffic. */
  private async prepare(ids: string[], observed: Observed, memory: ExecutorMemory): Promise<StepOutcome> {
    const { c } = this;
    const { aws, clock } = c.ports;
    const region = c.group.region;
    const groups: CheckGroup[] = [];
    const record = (group: CheckGroup, what: string) => {
      groups.push(group);
      const findings = findingsOf(group.results);
      if (findings.length > 0)
        throw new StepOutcomeFailed(
          new StepFailed(`${what}: ${findings.map((f) => `${f.target}: ${f.summary}`).join("; ")}`, findings),
          groups,
        );
    };
    await waitStatusOk({
      aws,
      clock,
      region,
      ids,
      onWait: this.wait(`booting ${ids.length} new instance(s)`),
    });
    record({ kind: "instance", results: await c.verifier.instanceChecks(ids, "boot") }, "instance checks");

    let rebooted = false;
    const reboot = c.env.verify.reboot ?? (c.firstStage ? "one" : "none");
    if (reboot === "one" && !memory.rebooted) {
      const id = ids[0]!;
      const proof = await this.reboot(id);
      await waitStatusOk({ aws, clock, region, ids: [id], onWait: this.wait(`rebooted ${id}`) });
      const again = await c.verifier.instanceChecks([id], "reboot");
      record(
        { kind: "reboot", instance: id, results: [...(proof ? [proof] : []), ...again] },
        "checks after reboot",
      );
      rebooted = true;
    }

    let parityChecked = false;
    const parity = c.env.verify.parity ?? c.firstStage;
    const serving = observed.instances.find(
      (i) => i.ami !== c.image.id && i.state === "running" && REGISTERED.has(i.target),
    );
    if (parity && !memory.parityChecked && serving) {
      const results = await c.verifier.parity(serving.id, ids[0]!);
      record(
        { kind: "parity", serving: serving.id, instance: ids[0]!, results },
        `parity with ${serving.id}`,
      );
      parityChecked = true;
    }
    return {
      detail: `instance checks passed on ${ids.join(", ")}`,
      checked: ids,
      rebooted,
      parityChecked,
      groups,
    };
  }

  /**
   * Reboots `id` and proves it: RebootInstances only queues a reboot, so the checks after it
   * wait until the instance reports a boot time later than before and no unit still settling.
   * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RebootInstances.html
   * A verifier that reads no boot times (an image without a recipe) gets the status checks only.
   */
  private async reboot(id: string): Promise<CheckResult | undefined> {
    const { c } = this;
    const { aws, clock, progress } = c.ports;
    const read = c.verifier.bootStates?.bind(c.verifier);
    const before = read ? (await read([id])).get(id) : undefined;
    if (read && (!before || "error" in before))
      throw new StepFailed(`cannot read the boot time of ${id} before its reboot`, [
        rolloutFinding({
          name: "reboot",
          target: id,
          summary: `the boot time of ${id} could not be read before the reboot: ${before && "error" in before ? before.error : "no answer"}`,
        }),
      ]);
    progress.info(c.phase, `rebooting ${id} once before it takes traffic`);
    await aws.ec2(c.group.region).send(new RebootInstancesCommand({ InstanceIds: [id] }));
    if (!read || !before || "error" in before) {
      // Without boot times, the status checks are all there is to wait for.
      await clock.sleep(REBOOT_SHOWS_MS);
      return undefined;
    }
    const after = await pollUntil({
      clock,
      everyMs: REBOOT_POLL_MS,
      timeoutMs: REBOOT_TIMEOUT_MS,
      onWait: this.wait(`rebooted ${id}`),
      onTimeout: (waitingFor) =>
        new StepFailed(`${id} did not come back from its reboot: ${waitingFor}`, [
          rolloutFinding({
            name: "reboot",
            target: id,
            summary: `no proof of a reboot within ${REBOOT_TIMEOUT_MS / 60_000} minutes: ${waitingFor}`,
            evidence: { bootedAtBefore: before.bootedAt },
          }),
        ]),
      check: async () => {
        const now = (await read([id])).get(id);
        if (!now || "error" in now) return { done: false, waitingFor: `${id} to answer after its reboot` };
        if (now.bootedAt <= before.bootedAt)
          return { done: false, waitingFor: `${id} to reboot (still booted at ${iso(now.bootedAt)})` };
        if (now.settling.length > 0)
          return { done: false, waitingFor: `units to settle on ${id}: ${now.settling.join(", ")}` };
        return { done: true, value: now };
      },
    });
    return {
      name: "reboot",
      level: "instance",
      target: id,
      passed: true,
      summary: `rebooted: booted at ${iso(after.bootedAt)} (before: ${iso(before.bootedAt)}), every unit settled`,
      evidence: { bootedAtBefore: before.bootedAt, bootedAtAfter: after.bootedAt },
    };
  }

  /** Whether `desired` is what this rollout rolls out (not the return to what the old fleet ran). */
  private forward(desired: Desired): boolean {
    return (
      desired.ami === this.c.image.id && (desired.config === undefined || desired.config === this.c.config)
    );
  }

  /** The template's default version, which must launch `ami` (the configuration the old fleet runs). */
  private async defaultVersionLaunching(ami: string): Promise<LaunchedVersion> {
    const { c } = this;
    const version = await describeVersion(c.ports.aws, c.group.region, { id: c.template.id }, "$Default");
    const data = version?.LaunchTemplateData;
    if (!data || version.VersionNumber === undefined || data.ImageId !== ami)
      throw new StepFailed(`launch template ${c.template.name} no longer launches ${ami}`, [
        rolloutFinding({
          name: "rollback",
          level: "environment",
          target: c.template.name,
          summary: `cannot launch more instances of ${ami}: the default version of ${c.template.name} launches ${data?.ImageId ?? "nothing"}`,
        }),
      ]);
    const primary = primaryInterfaceOf(data);
    return {
      id: c.template.id,
      name: c.template.name,
      version: String(version.VersionNumber),
      ...(primary ? { primaryInterface: primary } : {}),
    };
  }

  /** Undo before the old fleet leaves: new instances out and terminated, the old fleet unmarked. */
  async rollBack(report: RolloutReport): Promise<string[]> {
    const { c } = this;
    const { aws } = c.ports;
    const region = c.group.region;
    // What this run launched or started is waited for until EC2 lists it: nothing is orphaned.
    const fresh = await this.observe([{ ids: [...report.launched, ...report.started], shows: "listed" }]);
    const newOnes = fresh.instances.filter(
      (i) =>
        i.ami === report.ami &&
        i.role === "new" &&
        i.rolloutId === report.rolloutId &&
        ["pending", "running", "stopping", "stopped"].includes(i.state),
    );
    const markedOld = fresh.instances.filter(
      (i) =>
        i.role === "old" &&
        i.rolloutId === report.rolloutId &&
        (i.state === "pending" || i.state === "running"),
    );
    if (markedOld.length > 0)
      await unmarkOld(
        aws,
        region,
        markedOld.map((i) => i.id),
      );
    const registered = newOnes.filter((i) => REGISTERED.has(i.target)).map((i) => i.id);
    if (registered.length > 0) await deregisterTargets(aws, c.group, registered);
    const removed = newOnes.map((i) => i.id);
    if (removed.length > 0) await terminate(aws, region, removed);
    // The rollback is over when EC2 shows it: the next attempt must not find these as its own.
    await this.observe([{ ids: removed, shows: "gone" }]);
    return removed;
  }

  private wait(doing: string): (waitingFor: string) => void {
    return (waitingFor) => this.c.ports.progress.waiting(this.c.phase, doing, waitingFor);
  }
}
