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

/** The resource type of `action` whose ARN format `arn` fits, if any ("image" for an AMI ARN). */
export function resourceTypeFor(action: string, arn: string): string | undefined {
  const service = action.split(":")[0]!;
  return authorizationOf(action).resources.find((r) => arnFormatMatches(arnFormatOf(service, r.type), arn))
    ?.type;
}

/** The ARN format of a service's resource type. */
export function arnFormatOf(service: string, type: string): string {
  const format = AUTHORIZATION_DATA.arns[`${service}:${type}`];
  if (!format) throw new Error(`no ARN format for ${service}:${type} in src/iam/authorization-data.ts`);
  return format;
}

/**
 * Whether a concrete or wildcarded ARN fits an ARN format of the reference
 * (`arn:${Partition}:ec2:${Region}::image/${ImageId}`): each `${…}` stands for one or more
 * characters without a colon where the format has a colon after it, anything otherwise.
 */
export function arnFormatMatches(format: string, arn: string): boolean {
  const pattern = format
    .split(/(\$\{[^}]+\})/)
    .map((part) => (part.startsWith("${") ? "[^:]*" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  // The resource part after the last placeholder may hold slashes (component/name/1.0.0/1).
  return new RegExp(`^${pattern.replace(/\[\^:\]\*$/, ".*")}$`).test(arn);
}
