import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import { type BakeResult, bake } from "../bake/bake.js";
import { packagesOfAmi } from "../bake/package-manifest.js";
import {
  environmentsInOrder,
  type LoadedEnvironment,
  type LoadedRecipe,
  type Project,
} from "../config/load.js";
import { OperationFailed, UsageError } from "../errors.js";
import { type PinChange, writePin } from "../gitops/pins.js";
import {
  type Advisory,
  type AdvisoryReport,
  advisoriesFromServingInstance,
} from "../lifecycle/advisories.js";
import type { Ports } from "../ports/context.js";
import {
  compareRpmVersions,
  diffPackages,
  isEmptyDiff,
  type PackageDiff,
  type PackageEntry,
} from "../probes/package-diff.js";

/** The build step a rebake adds after the recipe's own: OS updates, security-only with --security. */
export const UPDATE_STEP_NAME = "amipipe-os-updates";

export function updateStep(security: boolean): { name: string; run: string } {
  const dnf = security ? "dnf upgrade --security -y" : "dnf upgrade -y";
  const yum = security ? "yum --security update -y" : "yum update -y";
  // The same recipe may sit on AL2 (yum) or AL2023 (dnf), or on a custom base of either.
  return { name: UPDATE_STEP_NAME, run: `if command -v dnf >/dev/null 2>&1; then ${dnf}; else ${yum}; fi` };
}

/** The recipe with the update step appended, as a project the bake can take. */
function withUpdateStep(project: Project, loaded: LoadedRecipe, security: boolean): Project {
  const recipe = {
    ...loaded.recipe,
    steps: [...loaded.recipe.steps.filter((s) => s.name !== UPDATE_STEP_NAME), updateStep(security)],
  };
  const recipes = new Map(project.recipes);
  recipes.set(recipe.name, { ...loaded, recipe });
  return { ...project, recipes };
}

export interface RebakeResult {
  recipe: string;
  security: boolean;
  /** The rebaked AMI compared and (when changed) pinned. */
  ami: string;
  arch: string;
  region: string;
  comparedWith: { environment: string; ami: string | null; packageList: boolean };
  diff: PackageDiff;
  changed: boolean;
  /** Advisories the prod instance lacks that the rebaked image fixes (its package at or past the fixed release). */
  advisories: AdvisoryReport;
  /** Advisories the prod instance lacks that the rebaked image does not fix either. */
  advisoriesNotFixed: Advisory[];
  /** The dev pin change; null when nothing changed (or dev already runs it). */
  pinned: PinChange | null;
  firstStage: string;
  bake: Pick<BakeResult, "recipeHash" | "amis" | "architectures">;
}

/**
 * Rebakes a recipe with OS (security) updates applied, diffs the new image's packages against
 * the image the last stage (prod) is pinned to, and pins the first stage (dev) only when some
 * package changed — the pipeline then carries it through the stages like any new image.
 */
export async function rebakeRecipe(
  ctx: Ports,
  project: Project,
  o: { recipe: string; security: boolean },
): Promise<RebakeResult> {
  const loaded = project.recipes.get(o.recipe);
  if (!loaded)
    throw new UsageError(
      `no recipe '${o.recipe}' in image-recipes/ (recipes: ${[...project.recipes.keys()].join(", ") || "none"})`,
    );
  const chain = environmentsInOrder(project).filter((e) => e.env.recipe === o.recipe);
  const first = chain[0];
  const last = chain.at(-1);
  if (!first || !last)
    throw new UsageError(`no environment uses recipe '${o.recipe}': nothing to compare with or pin`);
  const phase = `rebake ${o.recipe}`;

  const pinnedTo = await pinnedArch(ctx, last);
  const arch = loaded.recipe.architectures.find((a) => a === pinnedTo) ?? loaded.recipe.architectures[0]!;
  ctx.progress.info(phase, `baking with ${o.security ? "security" : "all OS"} updates applied`);
  const baked = await bake(ctx, withUpdateStep(project, loaded, o.security), {
    recipe: o.recipe,
    force: true,
  });
  const image =
    baked.amis.find((a) => a.region === last.env.region && a.arch === arch) ??
    baked.amis.find((a) => a.arch === arch);
  if (!image)
    throw new OperationFailed(
      `the rebake of ${o.recipe} produced no ${arch} image in ${last.env.region}`,
      "rebake",
    );

  const after = await packagesOfAmi({ root: ctx.root, aws: ctx.aws, region: image.region, ami: image.ami });
  if (!after) throw new OperationFailed(`no package list for the rebaked image ${image.ami}`, "rebake");
  const prodAmi = last.env.pin.ami;
  const before = prodAmi
    ? await packagesOfAmi({ root: ctx.root, aws: ctx.aws, region: last.env.region, ami: prodAmi })
    : undefined;
  if (!before)
    ctx.progress.warn(
      phase,
      `${last.env.name}'s image ${prodAmi ?? "(none)"} has no package list (not baked by amipipe): every package counts as added`,
    );
  const diff = diffPackages(before ?? [], after);
  const changed = !isEmptyDiff(diff);

  const advisories: AdvisoryReport =
    diff.upgraded.length > 0 && prodAmi
      ? await advisoriesFromServingInstance(ctx, {
          region: last.env.region,
          environment: last.env.name,
          ami: prodAmi,
        })
      : { available: false, source: last.env.name, reason: "no package was upgraded" };
  let notFixed: Advisory[] = [];
  if (advisories.available) {
    const fixed = fixedBy(after);
    notFixed = advisories.advisories.filter((a) => !fixed(a));
    advisories.advisories = advisories.advisories.filter(fixed);
    if (notFixed.length > 0)
      ctx.progress.warn(
        phase,
        `${notFixed.length} advisory(ies) ${last.env.name} lacks are not fixed by ${image.ami}: ${notFixed.map((a) => `${a.id} (${a.package})`).join(", ")}`,
      );
  } else if (diff.upgraded.length > 0) {
    ctx.progress.warn(phase, `advisories unavailable from ${advisories.source}: ${advisories.reason}`);
  }

  let pinned: PinChange | null = null;
  if (changed) {
    const reason = `${o.security ? "security " : ""}rebake: ${diff.upgraded.length} upgraded, ${diff.added.length} added, ${diff.removed.length} removed against ${last.env.name}`;
    pinned =
      (await writePin(ctx.root, first, {
        ami: image.ami,
        at: new Date(ctx.clock.now()).toISOString(),
        by: ctx.run.actor ?? "amipipe rebake",
        reason,
      })) ?? null;
    ctx.progress.info(
      phase,
      pinned
        ? `pinned ${first.env.name} to ${image.ami}`
        : `${first.env.name} is already pinned to ${image.ami}`,
    );
  } else {
    ctx.progress.info(phase, `no package changed against ${last.env.name}'s ${prodAmi}: nothing pinned`);
  }

  return {
    recipe: o.recipe,
    security: o.security,
    ami: image.ami,
    arch,
    region: image.region,
    comparedWith: { environment: last.env.name, ami: prodAmi, packageList: Boolean(before) },
    diff,
    changed,
    advisories,
    advisoriesNotFixed: notFixed,
    pinned,
    firstStage: first.env.name,
    bake: { recipeHash: baked.recipeHash, amis: baked.amis, architectures: baked.architectures },
  };
}

/** The architecture of the image the environment is pinned to (the diff compares like with like). */
async function pinnedArch(ctx: Ports, loaded: LoadedEnvironment): Promise<string | undefined> {
  const ami = loaded.env.pin.ami;
  if (!ami) return undefined;
  try {
    const answer = await ctx.aws.ec2(loaded.env.region).send(new DescribeImagesCommand({ ImageIds: [ami] }));
    return answer.Images?.[0]?.Architecture;
  } catch {
    return undefined;
  }
}

/** Whether an advisory is fixed in a package list: its package at or past the fixed release. */
function fixedBy(packages: readonly PackageEntry[]): (advisory: Advisory) => boolean {
  const versions = new Map(packages.map((p) => [p.name, p.version]));
  return (a) => {
    const version = versions.get(a.package);
    if (version === undefined) return false;
    // fixedIn is name-[epoch:]version-release.arch
    const fixed = a.fixedIn.startsWith(`${a.package}-`)
      ? a.fixedIn.slice(a.package.length + 1).replace(/\.[^.]+$/, "")
      : a.fixedIn;
    return compareRpmVersions(version, fixed) >= 0;
  };
}
