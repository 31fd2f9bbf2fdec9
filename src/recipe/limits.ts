import type { LoadedRecipe } from "../config/load.js";
import type { Finding } from "../config/yaml-source.js";
import { compileImage } from "./compile.js";

/**
 * CreateComponent takes at most 16,000 characters of inline `data` (AWS's model of the API,
 * InlineComponentData; https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateComponent.html).
 * A recipe whose compiled component is longer would pass everything here and fail on AWS, so
 * validate refuses it, naming the component, its size and what fills it. (The alternative,
 * uploading the document to S3 and passing `uri`, needs a bucket the toolkit does not own.)
 */
export const INLINE_COMPONENT_LIMIT = 16_000;

/** Which recipe fields feed each component, for the hint on splitting it. */
const FED_BY: Record<string, { path: string[]; what: string }> = {
  app: { path: ["files"], what: "files, cron entries and users" },
  system: { path: ["packages"], what: "packages, timezone and services" },
  agents: { path: ["agents"], what: "agents and their configs" },
  checks: { path: ["checks"], what: "checks" },
};

export function inlineLimitFindings(loaded: LoadedRecipe): Finding[] {
  const out: Finding[] = [];
  for (const arch of loaded.recipe.architectures) {
    let components: ReturnType<typeof compileImage>["components"];
    try {
      components = compileImage(loaded, { arch, parentImage: "ami-00000000", regions: [] }).components;
    } catch {
      return out; // the recipe's own problems (missing templates, …) are reported by its rules
    }
    for (const c of components) {
      const size = [...c.data].length;
      if (size <= INLINE_COMPONENT_LIMIT) continue;
      const part = Object.entries(FED_BY).find(([suffix]) => c.name.endsWith(`-${suffix}`))?.[1];
      out.push({
        path: part?.path ?? ["name"],
        message:
          `component ${c.name} (${arch}) compiles to ${size} characters; Image Builder takes at most ` +
          `${INLINE_COMPONENT_LIMIT} characters of inline component data. Move large ${part?.what ?? "content"} ` +
          "into a package or a file fetched at build time, or split the recipe",
      });
    }
    if (out.length > 0) break; // the same overflow on every architecture: said once
  }
  return out;
}
