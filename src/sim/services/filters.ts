import { SimError } from "../errors.js";
import type { Tags } from "../state.js";

export interface FilterInput {
  Name?: string | undefined;
  Values?: string[] | undefined;
}

/** AWS filter values allow `*` and `?` wildcards. */
function wildcard(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}

/**
 * Whether a record passes every filter (AND across filters, OR across a filter's values).
 * `fields` gives the record's values per filter name; `tag:KEY` and `tag-key` come from its tags.
 */
export function matchesFilters(
  filters: FilterInput[] | undefined,
  tags: Tags,
  fields: Record<string, string | string[] | undefined>,
): boolean {
  for (const f of filters ?? []) {
    const name = f.Name ?? "";
    const values = f.Values ?? [];
    let actual: string[];
    if (name.startsWith("tag:")) {
      const v = tags[name.slice(4)];
      actual = v === undefined ? [] : [v];
    } else if (name === "tag-key") {
      actual = Object.keys(tags);
    } else if (name === "tag-value") {
      actual = Object.values(tags);
    } else if (Object.hasOwn(fields, name)) {
      const v = fields[name];
      actual = v === undefined ? [] : Array.isArray(v) ? v : [v];
    } else {
      throw new SimError("InvalidParameterValue", `The filter '${name}' is invalid`);
    }
    const patterns = values.map(wildcard);
    if (!actual.some((a) => patterns.some((p) => p.test(a)))) return false;
  }
  return true;
}

export function tagList(tags: Tags): Array<{ Key: string; Value: string }> {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

export function tagsFrom(
  list: Array<{ Key?: string | undefined; Value?: string | undefined }> | undefined,
): Tags {
  const out: Tags = {};
  for (const t of list ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? "";
  return out;
}

/** Tags of a TagSpecifications entry for a resource type. */
export function tagsFor(
  specs:
    | Array<{
        ResourceType?: string | undefined;
        Tags?: Array<{ Key?: string | undefined; Value?: string | undefined }> | undefined;
      }>
    | undefined,
  resourceType: string,
): Tags {
  const out: Tags = {};
  for (const s of specs ?? []) if (s.ResourceType === resourceType) Object.assign(out, tagsFrom(s.Tags));
  return out;
}

/**
 * One page of `items` for MaxResults/NextToken paging. The token is opaque to callers
 * (base64 of the offset); an unknown token is an error, as on AWS.
 */
export function page<T>(
  items: T[],
  maxResults: number | undefined,
  nextToken: string | undefined,
  limits: { min: number; max: number; default: number },
): { items: T[]; nextToken?: string } {
  let offset = 0;
  if (nextToken) {
    const decoded = Number(Buffer.from(nextToken, "base64").toString("utf8").replace(/^o:/, ""));
    if (!Number.isInteger(decoded) || decoded < 0)
      throw new SimError("InvalidNextToken", "The specified token is invalid");
    offset = decoded;
  }
  if (maxResults !== undefined && (maxResults < limits.min || maxResults > limits.max)) {
    throw new SimError(
      "InvalidParameterValue",
      `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value between ${limits.min} and ${limits.max}.`,
    );
  }
  const size = maxResults ?? limits.default;
  const slice = items.slice(offset, offset + size);
  const end = offset + size;
  return end < items.length
    ? { items: slice, nextToken: Buffer.from(`o:${end}`).toString("base64") }
    : { items: slice };
}
