import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import {
  type CreateDistributionConfigurationCommandInput,
  CreateImageCommand,
  type CreateImageRecipeCommandInput,
  type Distribution,
  type ImageSummary,
  paginateListImageBuildVersions,
} from "@aws-sdk/client-imagebuilder";
import type { Architecture } from "../config/schema.js";
import { OperationFailed } from "../errors.js";
import { formatDuration } from "../ports/clock.js";
import type { Ports } from "../ports/context.js";
import { amiName, type CompiledImage, componentArn } from "../recipe/compile.js";
import { componentKey } from "./components.js";
import { ensureDistribution, ensureInfrastructure } from "./configurations.js";
import { type BuildFailureReport, describeFailure } from "./failure.js";
import { type FollowedBuild, followBuild, type StateChange } from "./follow.js";
import { ensureImageRecipe } from "./image-recipe.js";
import { listImagePackages, type PackageManifestRecord, writePackageManifest } from "./package-manifest.js";
import { confirmAmis, PROVENANCE, provenanceTags, tagAmisAndSnapshots } from "./provenance.js";
import { rootVolume } from "./resources.js";

export interface ArchBuildInput {
  recipe: string;
  recipeHash: string;
  arch: Architecture;
  baseAmi: string;
  compiled: CompiledImage;
  /** Build-version ARN of every component, by `name@semanticVersion`. */
  componentArns: ReadonlyMap<string, string>;
  home: string;
  regions: readonly string[];
  keepFailedInstance: boolean;
  force: boolean;
  timeoutMs: number;
  enhancedImageMetadata: boolean;
  rootVolumeGiB: number;
}

export interface ArchBuildResult {
  arch: Architecture;
  imageBuildVersionArn: string;
  /** Picked up an unfinished build of the same recipe version instead of starting one. */
  resumed: boolean;
  amis: Array<{ region: string; arch: Architecture; ami: string }>;
  history: StateChange[];
  failure?: BuildFailureReport;
  manifestFiles: string[];
  /** Started and finished (virtual) time of the part this run watched. */
  startedAt: number;
  endedAt: number;
}

const UNFINISHED = new Set(["PENDING", "CREATING", "BUILDING", "TESTING", "DISTRIBUTING", "INTEGRATING"]);

/** The image recipe for this architecture: compiled content, resolved component ARNs, root volume. */
function imageRecipeInput(o: ArchBuildInput): CreateImageRecipeCommandInput {
  const compiled = o.compiled.imageRecipe;
  const components = (compiled.components ?? []).map((c) => {
    const spec = o.compiled.components.find(
      (s) => componentArn({ name: s.name, semanticVersion: s.semanticVersion }) === c.componentArn,
    );
    const arn = spec ? o.componentArns.get(componentKey(spec)) : undefined;
    if (!arn)
      throw new OperationFailed(
        `the image recipe references ${c.componentArn}, which no compiled component provides`,
        "bake-compile",
      );
    return { ...c, componentArn: arn };
  });
  return {
    ...compiled,
    parentImage: o.baseAmi,
    components,
    blockDeviceMappings: compiled.blockDeviceMappings?.length
      ? compiled.blockDeviceMappings
      : [rootVolume(o.rootVolumeGiB)],
  };
}

/** Every distribution region, each with the AMI name and the provenance tags. */
function distributionInput(
  o: ArchBuildInput,
  version: string,
  ctx: Ports,
): CreateDistributionConfigurationCommandInput {
  const compiled = o.compiled.distribution;
  const tags = provenanceTags({
    recipe: o.recipe,
    recipeHash: o.recipeHash,
    baseAmi: o.baseAmi,
    arch: o.arch,
    env: ctx.run,
  });
  const distributions: Distribution[] = o.regions.map((region) => {
    const given = compiled.distributions?.find((d) => d.region === region);
    return {
      ...given,
      region,
      amiDistributionConfiguration: {
        ...given?.amiDistributionConfiguration,
        name: amiName(o.recipe, version, o.arch),
        description:
          given?.amiDistributionConfiguration?.description ??
          `${o.recipe} ${version} (${o.arch}), baked by amipipe`,
        amiTags: { ...(given?.amiDistributionConfiguration?.amiTags ?? {}), ...tags },
      },
    };
  });
  return { ...compiled, distributions };
}

/** An unfinished build of this very recipe version and base: a crashed or timed-out bake left it running. */
async function unfinishedBuild(
  ctx: Ports,
  o: ArchBuildInput,
  recipeArn: string,
): Promise<ImageSummary | undefined> {
  const imageVersionArn = recipeArn.replace(":image-recipe/", ":image/");
  for await (const page of paginateListImageBuildVersions(
    { client: ctx.aws.imagebuilder(o.home) },
    { imageVersionArn },
  )) {
    const found = (page.imageSummaryList ?? []).find(
      (s) =>
        UNFINISHED.has(s.state?.status ?? "") &&
        s.tags?.[PROVENANCE.recipeHash] === o.recipeHash &&
        s.tags?.[PROVENANCE.baseAmi] === o.baseAmi,
    );
    if (found) return found;
  }
  return undefined;
}

async function keptInstance(ctx: Ports, region: string, imageArn: string): Promise<string | undefined> {
  const { Reservations } = await ctx.aws.ec2(region).send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: "tag:Ec2ImageBuilderArn", Values: [imageArn] },
        { Name: "instance-state-name", Values: ["pending", "running"] },
      ],
    }),
  );
  return Reservations?.flatMap((r) => r.Instances ?? [])[0]?.InstanceId;
}

/**
 * One architecture: make its image recipe, infrastructure and distribution configurations
 * exist, start the build (or pick up an unfinished one), follow it, and on success confirm,
 * tag and record its AMIs; on failure say why.
 */
export async function buildArch(ctx: Ports, o: ArchBuildInput): Promise<ArchBuildResult> {
  const phase = `bake ${o.recipe}/${o.arch}`;
  const client = ctx.aws.imagebuilder(o.home);
  const recipe = await ensureImageRecipe({
    client,
    input: imageRecipeInput(o),
    tags: { [PROVENANCE.recipe]: o.recipe },
  });
  ctx.progress.info(
    phase,
    `image recipe ${recipe.name} ${recipe.version} ${recipe.created ? "created" : "reused"} (base ${o.baseAmi})`,
  );
  const infra = await ensureInfrastructure({
    client,
    input: { ...o.compiled.infrastructure, terminateInstanceOnFailure: !o.keepFailedInstance },
  });
  const dist = await ensureDistribution({ client, input: distributionInput(o, recipe.version, ctx) });
  ctx.progress.info(
    phase,
    `infrastructure ${infra.action}, distribution to ${o.regions.join(", ")} ${dist.action}`,
  );

  const startedAt = ctx.clock.now();
  const pending = o.force ? undefined : await unfinishedBuild(ctx, o, recipe.arn);
  let imageBuildVersionArn: string;
  if (pending?.arn) {
    imageBuildVersionArn = pending.arn;
    ctx.progress.info(
      phase,
      `picking up the unfinished build ${imageBuildVersionArn} (${pending.state?.status})`,
    );
  } else {
    const out = await client.send(
      new CreateImageCommand({
        imageRecipeArn: recipe.arn,
        infrastructureConfigurationArn: infra.arn,
        distributionConfigurationArn: dist.arn,
        enhancedImageMetadataEnabled: o.enhancedImageMetadata,
        // No timeoutMinutes: AWS documents it as "not currently active" (API_ImageTestsConfiguration);
        // the test steps' own timeouts and the bake's deadline bound the test phase.
        imageTestsConfiguration: { imageTestsEnabled: true },
        tags: provenanceTags({
          recipe: o.recipe,
          recipeHash: o.recipeHash,
          baseAmi: o.baseAmi,
          arch: o.arch,
          env: ctx.run,
        }),
      }),
    );
    imageBuildVersionArn = out.imageBuildVersionArn!;
    ctx.progress.info(phase, `build started: ${imageBuildVersionArn}`);
  }

  const followed: FollowedBuild = await followBuild({
    clock: ctx.clock,
    progress: ctx.progress,
    client,
    imageBuildVersionArn,
    phase,
    timeoutMs: o.timeoutMs,
    // A terminal rewrites one live line, so it can show every poll; CI logs get a line every 5 minutes.
    reportEveryMs: ctx.run.ci ? 300_000 : 30_000,
  });
  const endedAt = ctx.clock.now();
  const result: ArchBuildResult = {
    arch: o.arch,
    imageBuildVersionArn,
    resumed: Boolean(pending),
    amis: [],
    history: followed.history,
    manifestFiles: [],
    startedAt,
    endedAt,
  };
  const status = followed.image.state?.status;
  if (status !== "AVAILABLE") {
    const failure = describeFailure({ image: followed.image, history: followed.history, arch: o.arch });
    if (o.keepFailedInstance) {
      const id = await keptInstance(ctx, o.home, imageBuildVersionArn);
      if (id)
        failure.keptInstance = {
          id,
          region: o.home,
          connect: `aws ssm start-session --region ${o.home} --target ${id}`,
        };
    }
    ctx.progress.error(
      phase,
      `${status} after ${formatDuration(endedAt - startedAt)} in the ${failure.phase} phase`,
    );
    result.failure = failure;
    return result;
  }

  const output = (followed.image.outputResources?.amis ?? []).flatMap((a) =>
    a.region && a.image ? [{ region: a.region, ami: a.image }] : [],
  );
  const absent = o.regions.filter((r) => !output.some((a) => a.region === r));
  const { confirmed, missing } = await confirmAmis(ctx.aws, output);
  if (absent.length > 0 || missing.length > 0) {
    throw new OperationFailed(
      `${phase}: Image Builder reports ${imageBuildVersionArn} AVAILABLE, but ` +
        [...absent.map((r) => `no AMI reached ${r}`), ...missing.map((m) => `${m} is missing`)].join("; "),
      "bake-distribution",
      { imageBuildVersionArn, output },
    );
  }
  const builtAt = endedAt;
  await tagAmisAndSnapshots(
    ctx.aws,
    confirmed,
    provenanceTags({
      recipe: o.recipe,
      recipeHash: o.recipeHash,
      baseAmi: o.baseAmi,
      arch: o.arch,
      env: ctx.run,
      builtAt,
    }),
  );
  result.amis = confirmed.map((c) => ({ region: c.region, arch: o.arch, ami: c.ami }));
  ctx.progress.info(
    phase,
    `AVAILABLE after ${formatDuration(endedAt - startedAt)}: ${result.amis.map((a) => `${a.ami} (${a.region})`).join(", ")}`,
  );

  if (o.enhancedImageMetadata) {
    const record: PackageManifestRecord = {
      schema: "amipipe.packages/v1",
      recipe: o.recipe,
      recipeHash: o.recipeHash,
      arch: o.arch,
      baseAmi: o.baseAmi,
      imageBuildVersionArn,
      amis: result.amis.map(({ region, ami }) => ({ region, ami })),
      builtAt: new Date(builtAt).toISOString(),
      packages: await listImagePackages(ctx.aws, o.home, imageBuildVersionArn),
    };
    result.manifestFiles = await writePackageManifest(ctx.root, record);
  } else {
    ctx.progress.warn(
      phase,
      "enhanced image metadata is off: Image Builder collected no package list to store",
    );
  }
  return result;
}
