import {
  CreateComponentCommand,
  type ImagebuilderClient,
  paginateListComponents,
} from "@aws-sdk/client-imagebuilder";
import type { CompiledComponent } from "../recipe/compile.js";
import { existingArnOf } from "./already-exists.js";

export interface EnsuredComponents {
  /** Build-version ARN per component, keyed `name@semanticVersion` (architectures may differ in content). */
  arns: Map<string, string>;
  created: string[];
  reused: string[];
}

export function componentKey(c: { name: string; semanticVersion: string }): string {
  return `${c.name}@${c.semanticVersion}`;
}

/** A component version ARN from ListComponents, as the build-version ARN recipes reference. */
function buildVersionArn(arn: string): string {
  return /\/\d+\.\d+\.\d+$/.test(arn) ? `${arn}/1` : arn;
}

/**
 * Makes every component exist. Versions name content (the compiler derives them from the
 * content hash), and Image Builder components are immutable, so an existing name+version
 * is reused as is and anything else is created: one List call finds what exists.
 */
export async function ensureComponents(o: {
  client: ImagebuilderClient;
  components: readonly CompiledComponent[];
  tags: Record<string, string>;
}): Promise<EnsuredComponents> {
  const existing = new Map<string, string>();
  const names = [...new Set(o.components.map((c) => c.name))];
  for await (const page of paginateListComponents(
    { client: o.client },
    { owner: "Self", filters: [{ name: "name", values: names }] },
  )) {
    for (const v of page.componentVersionList ?? []) {
      if (v.name && v.version && v.arn) existing.set(`${v.name}@${v.version}`, buildVersionArn(v.arn));
    }
  }
  const result: EnsuredComponents = { arns: new Map(), created: [], reused: [] };
  for (const c of o.components) {
    const key = componentKey(c);
    if (result.arns.has(key)) continue;
    const found = existing.get(key);
    if (found) {
      result.arns.set(key, found);
      result.reused.push(`${c.name}/${c.semanticVersion}`);
      continue;
    }
    try {
      const out = await o.client.send(
        new CreateComponentCommand({
          name: c.name,
          semanticVersion: c.semanticVersion,
          description: c.description,
          changeDescription: `content ${c.contentHash.slice(0, 12)}`,
          platform: c.platform,
          data: c.data,
          tags: { ...o.tags, "amipipe:content-hash": c.contentHash },
        }),
      );
      result.arns.set(key, out.componentBuildVersionArn!);
      result.created.push(`${c.name}/${c.semanticVersion}`);
    } catch (error) {
      // Another bake created it between our List and Create: the content is the same by construction.
      if ((error as { name?: string }).name !== "ResourceAlreadyExistsException") throw error;
      const arn = existingArnOf(error);
      if (!arn) throw error;
      result.arns.set(key, buildVersionArn(arn));
      result.reused.push(`${c.name}/${c.semanticVersion}`);
    }
  }
  return result;
}
