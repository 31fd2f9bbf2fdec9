import type { Project } from "../config/load.js";
import type { Architecture, Recipe } from "../config/schema.js";
import { OperationFailed, UsageError } from "../errors.js";
import { parseDuration } from "../ports/clock.js";
import type { Ports } from "../ports/context.js";
import { type CompiledImage, compileImage } from "../recipe/compile.js";
import { missingParameters, recipeParameters } from "../rollout/preflight.js";
import { resolveBaseAmi } from "./base-ami.js";
import { type ArchBuildResult, buildArch } from "./build-arch.js";
import { ensureComponents } from "./components.js";
import { findBakedAmis } from "./existing.js";
import { type BuildFailureReport, formatFailure } from "./failure.js";
import { PROVENANCE } from "./provenance.js";
import { bakeRegions } from "./regions.js";
import { rootVolumeSize } from "./resources.js";

export interface BakeOptions {
  recipe: string;
  force?: boolean;
  keepFailedInstance?: boolean;
  /** "3h", "90m"; default: the recipe's imageBuilder.timeout. */
  timeout?: string;
}

export interface BakedAmi {
  region: string;
  arch: Architecture;
  ami: string;
}

/** What a bake did, per DESIGN §4 (`{recipe, recipeHash, skipped, amis}`) plus details. */
export interface BakeResult {
  recipe: string;
  recipeHash: string;
  skipped: boolean;
  amis: BakedAmi[];
  /** Per architecture: the base AMI and what happened. */
  architectures: Array<{
    arch: Architecture;
    baseAmi: string;
    baseVia: string;
    skipped: boolean;
    imageBuildVersionArn?: string;
    resumed?: boolean;
    /** Virtual-clock times of the build this run watched, with the states seen. */
    startedAt?: number;
    endedAt?: number;
    states?: Array<{ status: string; at: number }>;
  }>;
  regions: string[];
  components: { created: string[]; reused: string[] };
  /** Package manifest files written (one per AMI). */
  manifests: string[];
}

interface ArchPlan {
  arch: Architecture;
  baseAmi: string;
  baseVia: string;
  compiled: CompiledImage;
  existing?: Array<{ region: string; ami: string }>;
}

/**
 * Bakes a recipe: per architecture, resolve the base AMI and the recipe's content hash;
 * when AMIs with that hash on that base exist in every region, start nothing; otherwise
 * make the Image Builder resources exist and build all missing architectures in parallel.
 * A failed build throws OperationFailed (exit 1) naming phase, step, reason and logs.
 */
export async function bake(ctx: Ports, project: Project, options: BakeOptions): Promise<BakeResult> {
  const loaded = project.recipes.get(options.recipe);
  if (!loaded) {
    const known = [...project.recipes.keys()].join(", ") || "none";
    throw new UsageError(`no recipe '${options.recipe}' in image-recipes/ (recipes: ${known})`);
  }
  const recipe = loaded.recipe;
  const timeoutText = options.timeout ?? recipe.imageBuilder.timeout;
  const timeoutMs = parseDuration(timeoutText);
  if (timeoutMs === undefined || timeoutMs <= 0)
    throw new UsageError(`--timeout needs a duration like 90m or 3h (got: '${timeoutText}')`);
  const { home, regions } = bakeRegions(project, recipe.name);
  const phase = `bake ${recipe.name}`;
  ctx.progress.info(phase, `building in ${home}, distributing to ${regions.join(", ")}`);
  await preflightParameters(ctx, recipe, regions);

  const plans: ArchPlan[] = [];
  for (const arch of recipe.architectures) {
    const base = await resolveBaseAmi(ctx.aws, { base: recipe.base, arch, region: home });
    const provenance: Record<string, string> = { [PROVENANCE.baseAmi]: base.ami };
    if (ctx.run.gitSha) provenance[PROVENANCE.gitSha] = ctx.run.gitSha;
    if (ctx.run.runUrl) provenance[PROVENANCE.runUrl] = ctx.run.runUrl;
    const compiled = compileImage(loaded, {
      arch,
      parentImage: base.ami,
      regions,
      keepFailedInstance: Boolean(options.keepFailedInstance),
      tags: provenance,
    });
    const plan: ArchPlan = { arch, baseAmi: base.ami, baseVia: base.via, compiled };
    if (!options.force) {
      const existing = await findBakedAmis(ctx.aws, {
        regions,
        recipeHash: compiled.recipeHash,
        baseAmi: base.ami,
        arch,
      });
      if (existing) plan.existing = existing;
    }
    ctx.progress.info(
      phase,
      `${arch}: base ${base.ami} (${base.via}), recipe ${compiled.recipeHash.slice(0, 12)}: ` +
        (plan.existing
          ? `already baked as ${plan.existing.map((e) => e.ami).join(", ")}`
          : options.force
            ? "building (--force)"
            : "to build"),
    );
    plans.push(plan);
  }
  const recipeHash = plans[0]!.compiled.recipeHash;
  const result: BakeResult = {
    recipe: recipe.name,
    recipeHash,
    skipped: plans.every((p) => p.existing),
    amis: plans.flatMap((p) =>
      (p.existing ?? []).map((e) => ({ region: e.region, arch: p.arch, ami: e.ami })),
    ),
    architectures: plans.map((p) => ({
      arch: p.arch,
      baseAmi: p.baseAmi,
      baseVia: p.baseVia,
      skipped: Boolean(p.existing),
    })),
    regions,
    components: { created: [], reused: [] },
    manifests: [],
  };
  const toBuild = plans.filter((p) => !p.existing);
  if (toBuild.length === 0) {
    ctx.progress.info(phase, "nothing to bake: an image of this recipe on this base exists in every region");
    return result;
  }

  const ensured = await ensureComponents({
    client: ctx.aws.imagebuilder(home),
    components: toBuild.flatMap((p) => p.compiled.components),
    tags: { [PROVENANCE.recipe]: recipe.name },
  });
  result.components = { created: ensured.created, reused: ensured.reused };
  ctx.progress.info(
    phase,
    `components: ${ensured.created.length} created${ensured.created.length ? ` (${ensured.created.join(", ")})` : ""}, ${ensured.reused.length} reused`,
  );

  const settled = await Promise.allSettled(
    toBuild.map((p) =>
      buildArch(ctx, {
        recipe: recipe.name,
        recipeHash,
        arch: p.arch,
        baseAmi: p.baseAmi,
        compiled: p.compiled,
        componentArns: ensured.arns,
        home,
        regions,
        keepFailedInstance: Boolean(options.keepFailedInstance),
        force: Boolean(options.force),
        timeoutMs,
        enhancedImageMetadata: recipe.imageBuilder.enhancedImageMetadata,
        rootVolumeGiB: rootVolumeSize(recipe),
      }),
    ),
  );
  const builds: ArchBuildResult[] = [];
  const errors: unknown[] = [];
  for (const s of settled) {
    if (s.status === "fulfilled") builds.push(s.value);
    else errors.push(s.reason);
  }
  for (const b of builds) {
    result.amis.push(...b.amis);
    result.manifests.push(...b.manifestFiles);
    const entry = result.architectures.find((a) => a.arch === b.arch)!;
    Object.assign(entry, {
      imageBuildVersionArn: b.imageBuildVersionArn,
      resumed: b.resumed,
      startedAt: b.startedAt,
      endedAt: b.endedAt,
      states: b.history,
    });
  }
  result.amis.sort(
    (a, b) => a.arch.localeCompare(b.arch) || regions.indexOf(a.region) - regions.indexOf(b.region),
  );
  const failures: BuildFailureReport[] = builds.flatMap((b) => (b.failure ? [b.failure] : []));
  if (errors.length > 0) throw errors[0];
  if (failures.length > 0) {
    const message = [
      `the bake of ${recipe.name} failed; no pin was changed`,
      ...failures.map((f) => formatFailure(f, { keepFailedInstance: Boolean(options.keepFailedInstance) })),
    ].join("\n");
    throw new OperationFailed(message, "bake-failed", { ...result, failures });
  }
  return result;
}

/**
 * The SSM parameters the image's instances read at boot exist in every region it goes to —
 * the same preflight as promote's — checked before anything is created: an image whose
 * instances cannot start their agents is not worth half an hour of Image Builder.
 */
async function preflightParameters(ctx: Ports, recipe: Recipe, regions: readonly string[]): Promise<void> {
  const refs = recipeParameters(recipe);
  if (refs.length === 0) return;
  const findings = (
    await Promise.all(
      regions.map((region) =>
        missingParameters(ctx.aws, { region, recipe: recipe.name, environment: `bake ${recipe.name}`, refs }),
      ),
    )
  ).flat();
  if (findings.length > 0)
    throw new OperationFailed(
      `bake ${recipe.name}: nothing was built: ${findings.map((f) => f.summary).join("; ")} — create the parameter(s) first (aws ssm put-parameter)`,
      "preflight",
      { findings },
    );
}
