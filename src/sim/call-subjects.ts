import { taggableById } from "./services/ec2-tags.js";
import type { CallRecord, RegionState } from "./state.js";

type Subjects = Pick<CallRecord, "resources" | "requestTags" | "tagKeys">;

const READS = /^(Describe|Get|List)/;
/** The resources whose tags the IAM policy's conditions look at. */
const SUBJECT_PREFIXES = ["i-", "ami-", "snap-"];

/**
 * What IAM would judge a call's conditions on, captured before the call changes anything: the
 * EC2 instances, images and snapshots it names with their tags at that moment, and the tags it
 * writes or removes. Reads are left out (no tag conditions apply to them, and their id lists
 * can be long).
 */
export function callSubjects(service: string, operation: string, input: unknown, r: RegionState): Subjects {
  if ((service !== "ec2" && service !== "ssm") || READS.test(operation)) return {};
  const i = (input ?? {}) as Record<string, unknown>;
  const ids = [
    ...strings(i.InstanceIds),
    ...(service === "ec2" ? [...strings(i.Resources), ...strings(i.ImageId), ...strings(i.SnapshotId)] : []),
  ];
  const out: Subjects = {};
  const resources = ids.flatMap((id) => {
    const found = SUBJECT_PREFIXES.some((p) => id.startsWith(p)) ? taggableById(r, id) : undefined;
    return found ? [{ id, tags: { ...found.tags } }] : [];
  });
  if (resources.length > 0) out.resources = resources;
  const tags = service === "ec2" ? requestTagsOf(operation, i) : [];
  if (tags.length > 0) {
    out.tagKeys = [...new Set(tags.map((t) => t.key))];
    const valued = tags.filter((t) => t.value !== undefined);
    if (valued.length > 0) out.requestTags = Object.fromEntries(valued.map((t) => [t.key, t.value!]));
  }
  return out;
}

function requestTagsOf(
  operation: string,
  i: Record<string, unknown>,
): Array<{ key: string; value?: string }> {
  const list = (v: unknown) =>
    (Array.isArray(v) ? v : []).flatMap((t: { Key?: unknown; Value?: unknown }) =>
      typeof t?.Key === "string"
        ? [{ key: t.Key, ...(typeof t.Value === "string" ? { value: t.Value } : {}) }]
        : [],
    );
  if (operation === "CreateTags" || operation === "DeleteTags") return list(i.Tags);
  if (operation === "RunInstances" && Array.isArray(i.TagSpecifications)) {
    const spec = (i.TagSpecifications as Array<{ ResourceType?: string; Tags?: unknown }>).find(
      (s) => s.ResourceType === "instance",
    );
    return list(spec?.Tags);
  }
  return [];
}

function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}
