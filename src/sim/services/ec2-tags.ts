import type { CreateTagsCommandInput, DeleteTagsCommandInput } from "@aws-sdk/client-ec2";
import type { SimCallContext } from "../engine.js";
import { notFound, SimError } from "../errors.js";
import type { RegionState, Tags } from "../state.js";
import { tagsFrom } from "./filters.js";

/** CreateTags and DeleteTags on any EC2 resource the simulator keeps, found by its id prefix. */

/** Any taggable resource of the region, found by its id prefix; undefined when unknown. */
export function taggableById(r: RegionState, id: string): { tags: Tags } | undefined {
  return id.startsWith("i-")
    ? r.instances[id]
    : id.startsWith("ami-")
      ? r.images[id]
      : id.startsWith("snap-")
        ? r.snapshots[id]
        : id.startsWith("lt-")
          ? r.launchTemplates[id]
          : id.startsWith("subnet-")
            ? r.subnets.find((s) => s.id === id)
            : id.startsWith("vpc-")
              ? r.vpcs.find((v) => v.id === id)
              : undefined;
}

/** Finds any taggable resource by id in the region, or answers as EC2 does for an unknown id. */
function taggable(ctx: SimCallContext, id: string): { tags: Tags } {
  const found = taggableById(ctx.r, id);
  if (found) return found;
  const codes: Record<string, string> = {
    i: "InvalidInstanceID.NotFound",
    ami: "InvalidAMIID.NotFound",
    snap: "InvalidSnapshot.NotFound",
    lt: "InvalidLaunchTemplateId.NotFound",
    subnet: "InvalidSubnetID.NotFound",
    vpc: "InvalidVpcID.NotFound",
  };
  const code = codes[id.split("-")[0] ?? ""];
  if (code) throw notFound(code, `The ID '${id}' does not exist`);
  throw new SimError("InvalidID", `The ID '${id}' is not valid`);
}

export function createTags(input: CreateTagsCommandInput, ctx: SimCallContext): Record<string, never> {
  const tags = tagsFrom(input.Tags);
  for (const key of Object.keys(tags)) {
    if (key.toLowerCase().startsWith("aws:"))
      throw new SimError(
        "InvalidParameterValue",
        `Tag keys starting with 'aws:' are reserved for internal use`,
      );
    if (key.length > 128 || (tags[key] ?? "").length > 256)
      throw new SimError("InvalidParameterValue", `Tag key or value too long: ${key}`);
  }
  const resources = (input.Resources ?? []).map((id) => taggable(ctx, id));
  for (const resource of resources) {
    const merged = { ...resource.tags, ...tags };
    if (Object.keys(merged).length > 50)
      throw new SimError(
        "TagLimitExceeded",
        "The maximum number of tags (50) for a resource has been reached.",
      );
    resource.tags = merged;
  }
  return {};
}

export function deleteTags(input: DeleteTagsCommandInput, ctx: SimCallContext): Record<string, never> {
  const resources = (input.Resources ?? []).map((id) => taggable(ctx, id));
  for (const resource of resources) {
    for (const t of input.Tags ?? []) {
      if (t.Key === undefined) continue;
      if (t.Value === undefined || resource.tags[t.Key] === t.Value) delete resource.tags[t.Key];
    }
  }
  return {};
}
