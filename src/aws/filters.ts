/** EC2-style `Filters` values, built in one place. */
export interface Filter {
  Name: string;
  Values: string[];
}

/** `tag:KEY` = any of the values. */
export function tagFilter(key: string, ...values: string[]): Filter {
  return { Name: `tag:${key}`, Values: values };
}

/** Has the tag KEY, whatever its value. */
export function tagKeyFilter(...keys: string[]): Filter {
  return { Name: "tag-key", Values: keys };
}

export function filter(name: string, ...values: string[]): Filter {
  return { Name: name, Values: values };
}

/** Filters from a record: `{ "instance-state-name": ["running"], "tag:amipipe:environment": "prod" }`. */
export function filters(spec: Record<string, string | readonly string[] | undefined>): Filter[] {
  const out: Filter[] = [];
  for (const [name, value] of Object.entries(spec)) {
    if (value === undefined) continue;
    out.push({ Name: name, Values: typeof value === "string" ? [value] : [...value] });
  }
  return out;
}

/** Instances that still count (not terminated or on their way out). */
export const LIVE_INSTANCE_STATES = ["pending", "running", "stopping", "stopped"] as const;
