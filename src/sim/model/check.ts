import { ProcessDied } from "../../errors.js";
import { SimError } from "../sim-error.js";
import table from "./aws-models.json" with { type: "json" };

/**
 * Every request the simulator serves and every response it returns, held to AWS's own service
 * model of the operation (botocore's JSON models; the table is written by
 * scripts/gen-aws-models.mjs, `npm run gen:aws-models`): required members, types, lengths,
 * patterns, enums, ranges and list sizes. A request that breaks the model is answered as AWS
 * answers it; a response that breaks it is a simulator bug and fails loudly.
 *
 * Constraint semantics follow Smithy (https://smithy.io/2.0/spec/constraint-traits.html):
 * lengths count Unicode code points, patterns are not implicitly anchored, ranges are inclusive.
 */

interface Shape {
  type: string;
  min?: number;
  max?: number;
  pattern?: string;
  patternFlags?: string;
  enum?: string[];
  members?: Record<string, string>;
  required?: string[];
  member?: string;
  key?: string;
  value?: string;
}

interface ServiceModel {
  protocol: string;
  operations: Record<string, { input?: string; output?: string }>;
  shapes: Record<string, Shape>;
}

const services = table.services as unknown as Record<string, ServiceModel>;

/** Where the table came from (for the call log and the docs). */
export const MODEL_SOURCE = { botocore: table.botocore, sources: table.sources };

export interface Violation {
  /** AWS's path to the member: lowerCamel names, `list.1.member` for list items. */
  path: string;
  /** The top-level member as the API names it (EC2's MissingParameter names it). */
  parameter: string;
  value: unknown;
  constraint: string;
  /** A required member is absent. */
  missing?: boolean;
}

const patterns = new Map<string, RegExp>();
function regexOf(shape: Shape): RegExp {
  const key = `${shape.patternFlags ?? ""}/${shape.pattern}`;
  let re = patterns.get(key);
  if (!re) {
    re = new RegExp(shape.pattern!, shape.patternFlags ?? "");
    patterns.set(key, re);
  }
  return re;
}

/**
 * Response patterns AWS's own answers break, so the simulator's may too (with why). Everything
 * else in a response is held to the model.
 */
const RESPONSE_PATTERN_EXEMPT: Record<string, string> = {
  // GetCommandInvocation answers ExecutionElapsedTime as "PT2S" and times with milliseconds
  // ("…T00:33:21.000Z"); neither matches this ISO-8601 pattern.
  "ssm:StringDateTime": "SSM answers durations and millisecond times in this shape",
};

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

interface Walk {
  service: string;
  model: ServiceModel;
  out: Violation[];
  /** Responses: members the model does not have are errors too. */
  strictMembers: boolean;
  /** Request paths follow AWS's wording (lowerCamel, 1-based `.member`); response paths the SDK's. */
  awsPaths: boolean;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (value instanceof Date) return "timestamp";
  if (value instanceof Uint8Array) return "blob";
  return typeof value;
}

function typeProblem(type: string, value: unknown): string | undefined {
  switch (type) {
    case "string":
      return typeof value === "string" ? undefined : "string";
    case "integer":
    case "long":
      return typeof value === "number" && Number.isInteger(value) ? undefined : "whole number";
    case "double":
    case "float":
      return typeof value === "number" ? undefined : "number";
    case "boolean":
      return typeof value === "boolean" ? undefined : "boolean";
    case "timestamp":
      return value instanceof Date || typeof value === "number" || typeof value === "string"
        ? undefined
        : "timestamp";
    case "blob":
      return value instanceof Uint8Array || typeof value === "string" ? undefined : "blob";
    case "structure":
    case "map":
      return kindOf(value) === "object" ? undefined : type;
    case "list":
      return Array.isArray(value) ? undefined : "list";
    default:
      return undefined;
  }
}

function lengthOf(value: unknown): number {
  if (typeof value === "string") {
    let n = 0;
    for (const _ of value) n++;
    return n;
  }
  if (Array.isArray(value)) return value.length;
  return Object.keys(value as object).length;
}

function check(w: Walk, ref: string, value: unknown, path: string, parameter: string): void {
  const primitive = ref.startsWith("#");
  const shape: Shape = primitive ? { type: ref.slice(1) } : w.model.shapes[ref]!;
  const add = (constraint: string) => w.out.push({ path, parameter, value, constraint });
  const expected = typeProblem(shape.type, value);
  if (expected) {
    add(`Member must be a ${expected} (got ${kindOf(value)})`);
    return;
  }
  if (shape.type === "timestamp" && !w.awsPaths && !(value instanceof Date)) {
    add(`Member must be a Date, as the SDK deserializes timestamps (got ${kindOf(value)})`);
    return;
  }
  const sized = shape.type === "string" || shape.type === "list" || shape.type === "map";
  // AWS itself answers unset members as "" or [] whatever their minimum or pattern (SendCommand's
  // OutputS3BucketName, GetParameters' InvalidParameters, a pending invocation's
  // ExecutionStartDateTime): an empty value is fine in a response.
  const emptyAnswer = !w.awsPaths && sized && lengthOf(value) === 0;
  if (sized) {
    const length = lengthOf(value);
    if (shape.min !== undefined && length < shape.min && !emptyAnswer)
      add(`Member must have length greater than or equal to ${shape.min}`);
    if (shape.max !== undefined && length > shape.max)
      add(`Member must have length less than or equal to ${shape.max}`);
  } else if (typeof value === "number") {
    if (shape.min !== undefined && value < shape.min)
      add(`Member must have value greater than or equal to ${shape.min}`);
    if (shape.max !== undefined && value > shape.max)
      add(`Member must have value less than or equal to ${shape.max}`);
  }
  if (shape.type === "string") {
    if (shape.enum && !shape.enum.includes(value as string))
      add(`Member must satisfy enum value set: [${shape.enum.join(", ")}]`);
    const exempt = !w.awsPaths && RESPONSE_PATTERN_EXEMPT[`${w.service}:${ref}`] !== undefined;
    if (shape.pattern && !emptyAnswer && !exempt && !regexOf(shape).test(value as string))
      add(`Member must satisfy regular expression pattern: ${shape.pattern}`);
    return;
  }
  if (shape.type === "list") {
    (value as unknown[]).forEach((item, i) => {
      check(w, shape.member!, item, w.awsPaths ? `${path}.${i + 1}.member` : `${path}[${i}]`, parameter);
    });
    return;
  }
  if (shape.type === "map") {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const before = w.out.length;
      check(w, shape.key!, k, path, parameter);
      for (const p of w.out.splice(before)) add(`Map keys must satisfy constraint: [${p.constraint}]`);
      check(w, shape.value!, v, path, parameter);
      for (const p of w.out.splice(before)) add(`Map value must satisfy constraint: [${p.constraint}]`);
    }
    return;
  }
  if (shape.type === "structure") structure(w, shape, value as Record<string, unknown>, path, parameter);
}

function structure(w: Walk, shape: Shape, value: Record<string, unknown>, path: string, parameter: string) {
  const members = shape.members ?? {};
  const join = (name: string) => {
    const segment = w.awsPaths ? lowerFirst(name) : name;
    return path ? `${path}.${segment}` : segment;
  };
  for (const name of shape.required ?? []) {
    if (value[name] === undefined || value[name] === null)
      w.out.push({
        path: join(name),
        parameter: parameter || name,
        value: null,
        constraint: "Member must not be null",
        missing: true,
      });
  }
  for (const [name, member] of Object.entries(value)) {
    if (member === undefined || member === null) continue;
    const ref = members[name];
    if (!ref) {
      // The SDK serializes modelled members only: AWS never sees another one in a request.
      if (w.strictMembers)
        w.out.push({
          path: join(name),
          parameter: parameter || name,
          value: member,
          constraint: "not a member of the shape",
        });
      continue;
    }
    check(w, ref, member, join(name), parameter || name);
  }
}

function operationOf(
  service: string,
  operation: string,
): { model: ServiceModel; input?: string; output?: string } {
  const model = services[service];
  const op = model?.operations[operation];
  if (!model || !op)
    throw new Error(
      `the AWS model table has no ${service}:${operation}: run npm run gen:aws-models after adding a handler`,
    );
  return { model, ...op };
}

/** What AWS's model of `operation` says is wrong with the request. */
export function requestViolations(service: string, operation: string, input: unknown): Violation[] {
  const { model, input: ref } = operationOf(service, operation);
  if (!ref) return [];
  const w: Walk = { service, model, out: [], strictMembers: false, awsPaths: true };
  check(w, ref, input ?? {}, "", "");
  return w.out;
}

/** What AWS's model of `operation` says is wrong with the simulator's response. */
export function responseViolations(service: string, operation: string, output: unknown): Violation[] {
  const { model, output: ref } = operationOf(service, operation);
  const body = { ...((output ?? {}) as Record<string, unknown>) };
  delete body.$metadata;
  if (!ref)
    return Object.keys(body).length > 0
      ? [{ path: "", parameter: "", value: body, constraint: "the operation has no output" }]
      : [];
  const w: Walk = { service, model, out: [], strictMembers: true, awsPaths: false };
  check(w, ref, body, "", "");
  return w.out;
}

/** A value as AWS's validation messages quote it (long ones shortened). */
function quoted(value: unknown): string {
  if (value === null || value === undefined) return "null";
  const text = Array.isArray(value) ? `[${value.map((v) => String(v)).join(", ")}]` : String(value);
  return `'${text.length > 200 ? `${text.slice(0, 200)}…(${text.length} characters)` : text}'`;
}

/** EC2 names a parameter as its query API does: `LaunchTemplateData.ImageId`. */
function ec2Parameter(v: Violation): string {
  return v.path
    .split(".")
    .map((s) => (/^\d+$/.test(s) ? s : s === "member" ? "" : s.charAt(0).toUpperCase() + s.slice(1)))
    .filter(Boolean)
    .join(".");
}

/**
 * The error AWS answers a request that breaks the model with. EC2 (query API with its own
 * errors, https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html):
 * MissingParameter / InvalidParameterValue. The JSON services (SSM, Image Builder):
 * ValidationException; the query services (ELBv2, Auto Scaling, CloudWatch, STS):
 * ValidationError — both worded "1 validation error detected: Value '…' at '…' failed to
 * satisfy constraint: …" (https://docs.aws.amazon.com/general/latest/gr/api-retries.html lists
 * the common ones; e.g. https://docs.aws.amazon.com/systems-manager/latest/APIReference/CommonErrors.html).
 */
export function validationError(service: string, violations: Violation[]): SimError {
  if (service === "ec2") {
    const missing = violations.find((v) => v.missing);
    if (missing)
      return new SimError(
        "MissingParameter",
        `The request must contain the parameter ${ec2Parameter(missing)}`,
      );
    const v = violations[0]!;
    return new SimError(
      "InvalidParameterValue",
      `Value (${quoted(v.value).slice(1, -1)}) for parameter ${ec2Parameter(v)} is invalid. ${v.constraint}`,
    );
  }
  const n = violations.length;
  const detail = violations
    .map((v) => `Value ${quoted(v.value)} at '${v.path}' failed to satisfy constraint: ${v.constraint}`)
    .join("; ");
  const code = service === "ssm" || service === "imagebuilder" ? "ValidationException" : "ValidationError";
  return new SimError(code, `${n} validation error${n === 1 ? "" : "s"} detected: ${detail}`, 400);
}

/**
 * A response that breaks AWS's model: the simulator, not the code under test, is wrong. It is a
 * ProcessDied, so code that catches errors to roll back rethrows it untouched and the test
 * that met it fails loudly instead of reading a rollback.
 */
export class SimulatorModelViolation extends ProcessDied {
  constructor(service: string, operation: string, violations: Violation[]) {
    super(
      `simulator bug: the ${service}:${operation} response breaks AWS's model (botocore ${table.botocore}): ` +
        violations
          .map((v) => `${v.path || "(response)"}: ${v.constraint} (got ${quoted(v.value)})`)
          .join("; "),
    );
  }
}
