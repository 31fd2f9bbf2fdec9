import type { CreateImageRequest } from "@aws-sdk/client-imagebuilder";
import { regionOf, type SimState } from "../state.js";
import { extractManifest, osUpdatesIn, packagesFor, planBuild } from "./imagebuilder-build.js";
import { parentImageOf } from "./imagebuilder-ec2.js";
import { findComponent } from "./imagebuilder-recipes.js";
import {
  err,
  findByArn,
  type Handler,
  type ImageBuilderWorld,
  latestByName,
  matchesFilters,
  ownerMatches,
  page,
  requestId,
  versionArnOf,
} from "./imagebuilder-requests.js";
import { settleImageBuilds } from "./imagebuilder-settle.js";
import { arn, type BuildRecord, imageBuilderOf, isoTime, parseArn } from "./imagebuilder-state.js";
import { setTags, tagsOf, withTags } from "./imagebuilder-tags.js";

/**
 * Image builds: CreateImage plans a build's timeline from its recipe (and the
 * `image-build-fails` fault); the read calls settle builds up to the clock first, so what they
 * list is what Image Builder would report at that moment.
 */

export function imageHandlers(world: ImageBuilderWorld): Record<string, Handler> {
  const { state } = world;
  const settle = (region: string) => settleImageBuilds(state, world.now(), region);

  return {
    CreateImage(raw: CreateImageRequest, { region }) {
      const input = raw;
      if (!input.imageRecipeArn) {
        throw err.combination(
          input.containerRecipeArn
            ? "The simulator builds AMIs only (imageRecipeArn)."
            : "Specify imageRecipeArn.",
        );
      }
      const ib = imageBuilderOf(state, region);
      const recipe = findByArn(ib.recipes, input.imageRecipeArn, "image-recipe");
      const infra = findByArn(
        ib.infrastructure,
        input.infrastructureConfigurationArn!,
        "infrastructure-configuration",
      );
      const dist = input.distributionConfigurationArn
        ? findByArn(ib.distributions, input.distributionConfigurationArn, "distribution-configuration")
        : undefined;
      const components = (recipe.components ?? []).map(
        (c) => findComponent(state, region, c.componentArn ?? "")!,
      );
      const parentAmi = recipe.parentImage!;
      const parent = parentImageOf(state, region, parentAmi);
      const arch = parent?.architecture ?? "x86_64";
      const build =
        ib.builds.filter((b) => b.image.name === recipe.name && b.image.version === recipe.version).length +
        1;
      const imageArn = arn({
        region,
        account: state.account,
        kind: "image",
        name: recipe.name!,
        version: recipe.version!,
        build,
      });
      const testsEnabled = input.imageTestsConfiguration?.imageTestsEnabled ?? true;
      const failPhase = world.faults.buildFailure({ testsEnabled });
      const plan = planBuild({
        now: world.now(),
        components,
        regions: dist?.distributions?.length ?? 1,
        arch,
        ...(failPhase ? { failPhase } : {}),
      });
      const phases = testsEnabled ? plan.phases : plan.phases.filter((p) => p.status !== "TESTING");
      const manifest = extractManifest(components);
      const record: BuildRecord = {
        image: {
          arn: imageArn,
          type: "AMI",
          name: recipe.name!,
          version: recipe.version!,
          platform: "Linux",
          enhancedImageMetadataEnabled: input.enhancedImageMetadataEnabled ?? true,
          osVersion: manifest?.os === "amazon-linux-2023" ? "Amazon Linux 2023" : "Amazon Linux 2",
          state: { status: "PENDING" },
          imageRecipe: recipe,
          infrastructureConfiguration: infra,
          ...(dist ? { distributionConfiguration: dist } : {}),
          imageTestsConfiguration: {
            imageTestsEnabled: testsEnabled,
            timeoutMinutes: input.imageTestsConfiguration?.timeoutMinutes ?? 720,
          },
          dateCreated: isoTime(world.now()),
          buildType: "USER_INITIATED",
          imageSource: "CUSTOM",
          ...(input.loggingConfiguration ? { loggingConfiguration: input.loggingConfiguration } : {}),
        },
        region,
        parentAmi,
        phases,
        ...(plan.failure ? { failure: plan.failure } : {}),
        ...(manifest ? { manifest } : {}),
        packages: packagesFor(manifest, regionOf(state, region).images[parentAmi]?.createdAt ?? 0, {
          updates: osUpdatesIn(components),
          builtAt: world.now(),
        }),
        settled: false,
      };
      ib.builds.push(record);
      setTags(state, { region, resourceArn: imageArn, tags: input.tags });
      return { requestId: requestId(state), clientToken: input.clientToken, imageBuildVersionArn: imageArn };
    },

    GetImage(raw, { region }) {
      const input = raw;
      settle(region);
      const build = findBuild(state, region, input.imageBuildVersionArn);
      return { requestId: requestId(state), image: withTags(state, region, build.image) };
    },

    ListImages(raw, { region }) {
      const input = raw;
      settle(region);
      if (!ownerMatches(input.owner)) return { requestId: requestId(state), imageVersionList: [] };
      const versions = new Map<string, BuildRecord>();
      for (const b of imageBuilderOf(state, region).builds) {
        const key = versionArnOf(b.image.arn);
        if (!versions.has(key)) versions.set(key, b);
      }
      let items = [...versions.values()].filter((b) => matchesFilters(input.filters, imageFields(b)));
      if (input.byName)
        items = latestByName(items.map((b) => ({ ...b, name: b.image.name, version: b.image.version })));
      const { items: pageItems, ...next } = page(items, input);
      return {
        requestId: requestId(state),
        imageVersionList: pageItems.map((b) => ({
          arn: versionArnOf(b.image.arn),
          name: b.image.name,
          type: b.image.type,
          version: b.image.version,
          platform: b.image.platform,
          osVersion: b.image.osVersion,
          owner: state.account,
          dateCreated: b.image.dateCreated,
          buildType: b.image.buildType,
          imageSource: b.image.imageSource,
        })),
        ...next,
      };
    },

    ListImageBuildVersions(raw, { region }) {
      const input = raw;
      settle(region);
      const versionArn = input.imageVersionArn as string | undefined;
      if (versionArn && !parseArn(versionArn))
        throw err.value(`The image version ARN ${versionArn} is not valid.`);
      const items = imageBuilderOf(state, region).builds.filter(
        (b) =>
          (!versionArn || versionArnOf(b.image.arn) === versionArn) &&
          matchesFilters(input.filters, imageFields(b)),
      );
      const { items: pageItems, ...next } = page(items, input);
      return {
        requestId: requestId(state),
        imageSummaryList: pageItems.map((b) => ({
          arn: b.image.arn,
          name: b.image.name,
          type: b.image.type,
          version: b.image.version,
          platform: b.image.platform,
          osVersion: b.image.osVersion,
          state: b.image.state,
          owner: state.account,
          dateCreated: b.image.dateCreated,
          outputResources: b.image.outputResources,
          tags: tagsOf(state, region, b.image.arn ?? ""),
          buildType: b.image.buildType,
          imageSource: b.image.imageSource,
        })),
        ...next,
      };
    },

    ListImagePackages(raw, { region }) {
      const input = raw;
      settle(region);
      const build = findBuild(state, region, input.imageBuildVersionArn);
      if (build.image.state?.status !== "AVAILABLE") {
        throw err.invalid(
          `The image ${input.imageBuildVersionArn} is ${build.image.state?.status}: packages are listed once it is AVAILABLE.`,
        );
      }
      if (!build.image.enhancedImageMetadataEnabled) {
        throw err.invalid(
          `The image ${input.imageBuildVersionArn} was built without enhanced image metadata: no package list was collected.`,
        );
      }
      const { items, ...next } = page(build.packages, input);
      return { requestId: requestId(state), imagePackageList: items, ...next };
    },

    CancelImageCreation(raw, { region }) {
      const input = raw;
      settle(region);
      const build = findBuild(state, region, input.imageBuildVersionArn);
      if (build.settled)
        throw err.inUse(
          `The image ${input.imageBuildVersionArn} is ${build.image.state?.status} and cannot be cancelled.`,
        );
      build.image.state = { status: "CANCELLED", reason: "Cancelled by user." };
      build.settled = true;
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        imageBuildVersionArn: input.imageBuildVersionArn,
      };
    },
  };
}

function findBuild(state: SimState, region: string, imageBuildVersionArn: string): BuildRecord {
  const build = imageBuilderOf(state, region).builds.find((b) => b.image.arn === imageBuildVersionArn);
  if (!build) throw err.notFound(imageBuildVersionArn);
  return build;
}

/** The fields the image List* calls filter on. */
function imageFields(b: BuildRecord): Record<string, string | undefined> {
  return { name: b.image.name, osVersion: b.image.osVersion, platform: b.image.platform, type: b.image.type };
}
