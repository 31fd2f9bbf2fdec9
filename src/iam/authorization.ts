import { AUTHORIZATION_DATA } from "./authorization-data.js";

/**
 * What the Service Authorization Reference says about one action: the resource types a request
 * for it is authorized on (ARN format, whether every request names one, their condition keys),
 * the action's own condition keys, and the other actions a request may need as well.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
export interface ActionAuthorization {
  access: string;
  /** No resource types: a statement can only name Resource "*". */
  wildcardOnly: boolean;
  keys: string[];
  resources: Array<{ type: string; required: boolean; keys: string[] }>;
  dependents: string[];
}

export interface AuthorizationData {
  /** The reference copies the table was generated from, with their versions. */
  sources: Record<string, string>;
  /** Every IAM action an SDK call of the code (outside src/sim) maps to. */
  operations: string[];
  /** "service:resource-type" → ARN format, e.g. `arn:${Partition}:ec2:${Region}::image/${ImageId}`. */
  arns: Record<string, string>;
  /** The operations and their dependent actions. */
  actions: Record<string, ActionAuthorization>;
}

export function authorizationOf(action: string): ActionAuthorization {
  const found = AUTHORIZATION_DATA.actions[action];
  if (!found) throw new Error(`${action} is not in src/iam/authorization-data.ts: run npm run gen:iam-data`);
  return found;
}

/** The resource types of `action` an ARN or ARN pattern of a policy names ("image" for an AMI ARN). */
export function resourceTypesOf(action: string, arn: string): string[] {
  const service = action.split(":")[0]!;
  return authorizationOf(action)
    .resources.filter((r) => arnFits(arnFormatOf(service, r.type), arn))
    .map((r) => r.type);
}

/** The ARN format of a service's resource type. */
export function arnFormatOf(service: string, type: string): string {
  const format = AUTHORIZATION_DATA.arns[`${service}:${type}`];
  if (!format) throw new Error(`no ARN format for ${service}:${type} in src/iam/authorization-data.ts`);
  return format;
}

/**
 * Whether an ARN, or a policy's ARN pattern, names a resource of the type an ARN format of the
 * reference describes (`arn:${Partition}:ec2:${Region}::image/${ImageId}`): the same service,
 * and a resource part that starts with the format's fixed prefix (`image/`, `alarm:`,
 * `autoScalingGroup:`).
 */
export function arnFits(format: string, arn: string): boolean {
  const f = format.split(":");
  const a = arn.split(":");
  if (a[0] !== "arn" || a[2] !== f[2]) return false;
  const resource = f.slice(5).join(":");
  const prefix = resource.slice(0, resource.includes("${") ? resource.indexOf("${") : undefined);
  return a.slice(5).join(":").startsWith(prefix);
}
