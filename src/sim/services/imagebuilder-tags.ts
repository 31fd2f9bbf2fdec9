import type { SimState } from "../state.js";
import { err, type Handler, type ImageBuilderWorld } from "./imagebuilder-requests.js";
import { imageBuilderOf } from "./imagebuilder-state.js";

/** Image Builder tags, kept by resource ARN; every resource's `tags` is read from here. */

export function setTags(
  state: SimState,
  o: { region: string; resourceArn: string; tags: Record<string, string> | undefined },
): void {
  const ib = imageBuilderOf(state, o.region);
  ib.tags[o.resourceArn] = { ...(ib.tags[o.resourceArn] ?? {}), ...(o.tags ?? {}) };
}

export function tagsOf(state: SimState, region: string, resourceArn: string): Record<string, string> {
  return { ...(imageBuilderOf(state, region).tags[resourceArn] ?? {}) };
}

/** The resource as a Get* call returns it, with its current tags. */
export function withTags<T extends { arn?: string; tags?: Record<string, string> }>(
  state: SimState,
  region: string,
  item: T,
): T {
  return { ...item, tags: tagsOf(state, region, item.arn ?? "") };
}

function resourceExists(state: SimState, region: string, resourceArn: string): boolean {
  const ib = imageBuilderOf(state, region);
  return [
    ...ib.components,
    ...ib.recipes,
    ...ib.infrastructure,
    ...ib.distributions,
    ...ib.builds.map((b) => b.image),
  ].some((r) => r.arn === resourceArn);
}

export function tagHandlers({ state }: ImageBuilderWorld): Record<string, Handler> {
  function existing(region: string, resourceArn: string): string {
    if (!resourceExists(state, region, resourceArn)) throw err.notFound(resourceArn);
    return resourceArn;
  }

  return {
    TagResource(raw, { region }) {
      const input = raw;
      setTags(state, { region, resourceArn: existing(region, input.resourceArn), tags: input.tags });
      return {};
    },

    UntagResource(raw, { region }) {
      const input = raw;
      const resourceArn = existing(region, input.resourceArn);
      const tags = tagsOf(state, region, resourceArn);
      for (const key of input.tagKeys ?? []) delete tags[key];
      imageBuilderOf(state, region).tags[resourceArn] = tags;
      return {};
    },

    ListTagsForResource(raw, { region }) {
      const input = raw;
      return { tags: tagsOf(state, region, existing(region, input.resourceArn)) };
    },
  };
}
