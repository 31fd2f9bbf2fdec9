import type { Filter } from "@aws-sdk/client-imagebuilder";
import { SimError } from "../errors.js";
import type { Faults } from "../faults.js";
import { newHex } from "../random.js";
import type { SimState } from "../state.js";
import { type ArnKind, compareVersions, isSemanticVersion } from "./imagebuilder-state.js";

/**
 * What every Image Builder call shares: the world it acts on (requests are held to AWS's model
 * by the engine, src/sim/model/check.ts), the service's errors, and the Filter and page semantics of the List* calls.
 */

export interface ImageBuilderWorld {
  state: SimState;
  now(): number;
  faults: Faults;
}

// biome-ignore lint/suspicious/noExplicitAny: handlers receive the command input untyped from the engine.
export type Handler = (input: any, call: { region: string }) => unknown;

export const err = {
  invalid: (message: string) => new SimError("InvalidRequestException", message, 400),
  value: (message: string) => new SimError("InvalidParameterValueException", message, 400),
  combination: (message: string) => new SimError("InvalidParameterCombinationException", message, 400),
  version: (message: string) => new SimError("InvalidVersionNumberException", message, 400),
  /**
   * AWS's wording, e.g. "The following resource 'ImageRecipe' already exists:
   * 'arn:aws:imagebuilder:eu-west-2:…:image-recipe/base/0.0.2'." (as reported in
   * https://github.com/ministryofjustice/modernisation-platform-ami-builds/pull/549).
   */
  exists: (kind: string, arn: string) =>
    new SimError(
      "ResourceAlreadyExistsException",
      `The following resource '${kind}' already exists: '${arn}'.`,
      400,
    ),
  notFound: (resource: string) =>
    new SimError(
      "ResourceNotFoundException",
      `The resource ${resource} does not exist or you do not have access to it.`,
      404,
    ),
  inUse: (message: string) => new SimError("ResourceInUseException", message, 400),
};

export function checkSemanticVersion(version: string): void {
  if (!isSemanticVersion(version))
    throw err.version(`The semantic version ${version} is not valid: use <major>.<minor>.<patch>.`);
}

export function requestId(state: SimState): string {
  return `${newHex(state, "ib-request", 8)}-${newHex(state, "ib-request", 4)}`;
}

/** The resource of `items` with ARN `text`; ResourceNotFoundException when there is none. */
export function findByArn<T extends { arn?: string }>(items: T[], text: string, kind: ArnKind): T {
  const found = items.find((i) => i.arn === text);
  if (!found) throw err.notFound(text || `(${kind})`);
  return found;
}

/** Applies the Filter list semantics of the List* calls: every filter must match one of its values. */
export function matchesFilters(
  filters: Filter[] | undefined,
  fields: Record<string, string | string[] | undefined>,
): boolean {
  for (const f of filters ?? []) {
    if (!f.name) continue;
    const value = fields[f.name];
    if (value === undefined) throw err.value(`The filter name ${f.name} is not supported.`);
    const values = Array.isArray(value) ? value : [value];
    if (!(f.values ?? []).some((v) => values.includes(v))) return false;
  }
  return true;
}

/** Simple offset pagination with an opaque token, as the List* calls page. */
export function page<T>(
  items: T[],
  input: { maxResults?: number; nextToken?: string },
): { items: T[]; nextToken?: string } {
  const start = input.nextToken ? Number(Buffer.from(input.nextToken, "base64").toString("utf8")) : 0;
  if (!Number.isInteger(start) || start < 0)
    throw new SimError("InvalidPaginationTokenException", "The nextToken is invalid.", 400);
  const size = Math.min(Math.max(input.maxResults ?? 25, 1), 25);
  const slice = items.slice(start, start + size);
  const next = start + size < items.length ? Buffer.from(String(start + size)).toString("base64") : undefined;
  return next ? { items: slice, nextToken: next } : { items: slice };
}

/** The List* calls answer for the caller's own resources ("Self", the default) only. */
export function ownerMatches(owner: string | undefined): boolean {
  return owner === undefined || owner === "Self";
}

/** Latest of each name (byName: true), as ListComponents/ListImages return it. */
export function latestByName<T extends { name?: string; version?: string }>(items: T[]): T[] {
  const best = new Map<string, T>();
  for (const item of items) {
    const seen = best.get(item.name ?? "");
    if (!seen || compareVersions(item.version ?? "0.0.0", seen.version ?? "0.0.0") > 0)
      best.set(item.name ?? "", item);
  }
  return [...best.values()];
}

/** Order of versioned listings: by name, newest version first. */
export function byNameNewestFirst(a: { name?: string; version?: string }, b: typeof a): number {
  return (a.name ?? "").localeCompare(b.name ?? "") || compareVersions(b.version ?? "", a.version ?? "");
}

/** The version ARN of a build version ARN (`…/1.0.0/3` → `…/1.0.0`). */
export function versionArnOf(buildArn: string | undefined): string {
  return (buildArn ?? "").replace(/\/\d+$/, "");
}
