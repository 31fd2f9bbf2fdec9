import { messageOf, OperationFailed } from "../errors.js";
import type { PinChange } from "../gitops/pins.js";
import type { IdPort } from "../ports/ids.js";
import type { CheckResult, Finding } from "../ports/verifier.js";
import { rolloutFinding, StepFailed } from "./failure.js";
import type { InstanceTypeChange } from "./instance-type.js";
import type { SoakPhase, Step } from "./model.js";

/** What a rollout of one environment did and found: its steps, checks, findings and pin changes. */

export interface StepRecord {
  /** A planned step, or "instance-refresh" for Auto Scaling fleets. */
  kind: Step["kind"] | "instance-refresh";
  /** ISO times of the step's start and end (virtual in the simulator). */
  startedAt: string;
  finishedAt: string;
  detail: string;
  ids?: string[];
  count?: number;
  phase?: SoakPhase;
}

export type RolloutOutcome = "converged" | "rolled-back";

export interface RolloutReport {
  environment: string;
  ami: string;
  rolloutId: string;
  outcome: RolloutOutcome;
  steps: StepRecord[];
  checks: CheckResult[];
  findings: Finding[];
  pinChanges: PinChange[];
  launched: string[];
  started: string[];
  retained: string[];
  removed: string[];
  /** The AMI was tagged amipipe:verified-in:<environment> by this run. */
  verified: boolean;
  /** One line of what was verified (see summarizeChecks); absent when nothing was checked. */
  checkSummary?: string;
  /** The serving fleet's instance type and the new instances', where they differ. */
  instanceTypeChanges: InstanceTypeChange[];
  /** The launch template's default version once the fleet serves the pin. */
  launchTemplateDefault?: string;
  /** How far a failed rollout got before it was rolled back (batches soaked and serving). */
  reached?: string;
  /** Where the AMI the environment runs was published for other tools. */
  published?: { parameter: string; ami: string };
}

/** The rollout failed before the old fleet left: the new instances are gone and the pin is restored. */
export class RolloutRolledBack extends OperationFailed {
  constructor(
    message: string,
    readonly report: RolloutReport,
    code = "rolled-back",
  ) {
    super(message, code, report);
  }
}

/** A report with nothing done yet: converged, no steps, no changes. */
export function newReport(o: { environment: string; ami: string; rolloutId: string }): RolloutReport {
  return {
    ...o,
    outcome: "converged",
    steps: [],
    checks: [],
    findings: [],
    pinChanges: [],
    launched: [],
    started: [],
    retained: [],
    removed: [],
    verified: false,
    instanceTypeChanges: [],
  };
}

export function newRolloutId(now: number, ids: IdPort): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  return `r-${stamp}-${ids.hex(2)}`;
}

export function findingsOf(error: unknown, environment: string): Finding[] {
  if (error instanceof StepFailed) return error.findings;
  return [
    rolloutFinding({ name: "rollout", level: "environment", target: environment, summary: messageOf(error) }),
  ];
}

export function stepRecord(step: Step, startedAt: number, finishedAt: number, detail: string): StepRecord {
  const record: StepRecord = {
    kind: step.kind,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    detail,
  };
  if ("ids" in step) record.ids = step.ids;
  if (step.kind === "launch") record.count = step.count;
  if (step.kind === "soak") record.phase = step.phase;
  return record;
}
