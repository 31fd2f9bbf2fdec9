import type {
  Component,
  ComponentConfiguration,
  CreateComponentRequest,
  CreateDistributionConfigurationRequest,
  CreateImageRecipeRequest,
  CreateImageRequest,
  CreateInfrastructureConfigurationRequest,
  DistributionConfiguration,
  Filter,
  ImageRecipe,
  InfrastructureConfiguration,
  UpdateDistributionConfigurationRequest,
  UpdateInfrastructureConfigurationRequest,
} from "@aws-sdk/client-imagebuilder";
import type { SimEngine } from "../engine.js";
import { SimError } from "../errors.js";
import type { Faults } from "../faults.js";
import { newHex } from "../random.js";
import { regionOf, type SimState } from "../state.js";
import {
  documentPhases,
  extractManifest,
  osUpdatesIn,
  packagesFor,
  planBuild,
  stateAt,
} from "./imagebuilder-build.js";
import {
  createOutputAmi,
  keepBuildInstance,
  missingLaunchTemplates,
  parentImageOf,
  updateLaunchTemplates,
} from "./imagebuilder-ec2.js";
import { inputProblems } from "./imagebuilder-shape.js";
import {
  type ArnKind,
  arn,
  type BuildRecord,
  buildDateText,
  compareVersions,
  emptyImageBuilderState,
  type ImageBuilderState,
  isoTime,
  isSemanticVersion,
  parseArn,
} from "./imagebuilder-state.js";

/**
 * EC2 Image Builder, modelled for the calls the toolkit makes: immutable, versioned
 * components and image recipes; infrastructure and distribution configurations; image builds
 * whose state (PENDING → BUILDING → TESTING → DISTRIBUTING → AVAILABLE, or FAILED) is derived
 * from the clock; the AMIs and snapshots a build leaves in every distribution region, each
 * carrying the image manifest the components write.
 * API reference: https://docs.aws.amazon.com/imagebuilder/latest/APIReference/
 */

export interface ImageBuilderWorld {
  state: SimState;
  now(): number;
  faults: Pick<Faults, "has" | "arg">;
}

// biome-ignore lint/suspicious/noExplicitAny: handlers receive the command input untyped from the engine.
type Handler = (input: any, call: { region: string }) => unknown;

function ibState(state: SimState, region: string): ImageBuilderState {
  const slot = regionOf(state, region).imagebuilder as Partial<ImageBuilderState>;
  const empty = emptyImageBuilderState();
  for (const key of Object.keys(empty) as Array<keyof ImageBuilderState>) {
    if (slot[key] === undefined) (slot as Record<string, unknown>)[key] = empty[key];
  }
  return slot as ImageBuilderState;
}

const err = {
  invalid: (message: string) => new SimError("InvalidRequestException", message, 400),
  value: (message: string) => new SimError("InvalidParameterValueException", message, 400),
  combination: (message: string) => new SimError("InvalidParameterCombinationException", message, 400),
  version: (message: string) => new SimError("InvalidVersionNumberException", message, 400),
  exists: (resource: string) =>
    new SimError("ResourceAlreadyExistsException", `The resource ${resource} already exists.`, 400),
  notFound: (resource: string) =>
    new SimError(
      "ResourceNotFoundException",
      `The resource ${resource} does not exist or you do not have access to it.`,
      404,
    ),
  inUse: (message: string) => new SimError("ResourceInUseException", message, 400),
};

function validated<T>(operation: string, input: T): T {
  const problems = inputProblems(operation, input);
  if (problems.length > 0) throw err.invalid(`${operation}: ${problems.join("; ")}`);
  return input;
}

/** Applies the Filter list semantics of the List* calls: every filter must match one of its values. */
function matchesFilters(
  filters: Filter[] | undefined,
  fields: Record<string, string | string[] | undefined>,
): boolean {
  for (const f of filters ?? []) {
    if (!f.name) continue;
    const value = fields[f.name];
    if (value === undefined) throw err.value(`The filter name ${f.name} is not supported.`);
    const values = Array.isArray(value) ? value : [value];
    if (!(f.values ?? []).some((v) => values.includes(v))) return false;
  }
  return true;
}

/** Simple offset pagination with an opaque token, as the List* calls page. */
function page<T>(
  items: T[],
  input: { maxResults?: number; nextToken?: string },
): { items: T[]; nextToken?: string } {
  const start = input.nextToken ? Number(Buffer.from(input.nextToken, "base64").toString("utf8")) : 0;
  if (!Number.isInteger(start) || start < 0)
    throw new SimError("InvalidPaginationTokenException", "The nextToken is invalid.", 400);
  const size = Math.min(Math.max(input.maxResults ?? 25, 1), 25);
  const slice = items.slice(start, start + size);
  const next = start + size < items.length ? Buffer.from(String(start + size)).toString("base64") : undefined;
  return next ? { items: slice, nextToken: next } : { items: slice };
}

function ownerMatches(owner: string | undefined): boolean {
  return owner === undefined || owner === "Self";
}

/** Latest of each name (byName: true), as ListComponents/ListImages return it. */
function latestByName<T extends { name?: string; version?: string }>(items: T[]): T[] {
  const best = new Map<string, T>();
  for (const item of items) {
    const seen = best.get(item.name ?? "");
    if (!seen || compareVersions(item.version ?? "0.0.0", seen.version ?? "0.0.0") > 0)
      best.set(item.name ?? "", item);
  }
  return [...best.values()];
}

function versionArnOf(buildArn: string | undefined): string {
  return (buildArn ?? "").replace(/\/\d+$/, "");
}

export function createImageBuilderHandlers(world: ImageBuilderWorld): Record<string, Handler> {
  const { state } = world;
  const account = () => state.account;

  const requestId = () => `${newHex(state, "ib-request", 8)}-${newHex(state, "ib-request", 4)}`;

  const settle = (region: string) => settleImageBuilds(state, world.now(), region);

  function findComponent(region: string, text: string): Component | undefined {
    const p = parseArn(text);
    // A recipe can only use components of its own region (and account).
    if (p?.kind !== "component" || p.region !== region || p.account !== account()) return undefined;
    const all = ibState(state, region).components.filter(
      (c) => c.name === p.name && (!p.version || c.version === p.version),
    );
    return latestByName(all)[0];
  }

  function findBy<T extends { arn?: string }>(items: T[], text: string, kind: ArnKind): T {
    const found = items.find((i) => i.arn === text);
    if (!found) throw err.notFound(text || `(${kind})`);
    return found;
  }

  function setTags(resourceArn: string, region: string, tags: Record<string, string> | undefined): void {
    const ib = ibState(state, region);
    ib.tags[resourceArn] = { ...(ib.tags[resourceArn] ?? {}), ...(tags ?? {}) };
  }

  function tagsOf(resourceArn: string, region: string): Record<string, string> {
    return { ...(ibState(state, region).tags[resourceArn] ?? {}) };
  }

  function withTags<T extends { arn?: string; tags?: Record<string, string> }>(item: T, region: string): T {
    return { ...item, tags: tagsOf(item.arn ?? "", region) };
  }

  const handlers: Record<string, Handler> = {
    CreateComponent(raw: CreateComponentRequest, { region }) {
      const input = validated("CreateComponent", raw);
      if (!isSemanticVersion(input.semanticVersion!))
        throw err.version(
          `The semantic version ${input.semanticVersion} is not valid: use <major>.<minor>.<patch>.`,
        );
      if (!input.data === !input.uri) throw err.combination("Specify exactly one of data or uri.");
      if (input.uri) throw err.value("The simulator reads component documents inline only (data).");
      const phases = documentPhases(input.data);
      if (phases.length === 0)
        throw err.value(
          `The component document of ${input.name} is not a valid AWSTOE document: it needs 'phases'.`,
        );
      const ib = ibState(state, region);
      const componentArn = arn({
        region,
        account: account(),
        kind: "component",
        name: input.name!,
        version: input.semanticVersion!,
        build: 1,
      });
      if (ib.components.some((c) => c.name === input.name && c.version === input.semanticVersion))
        throw err.exists(componentArn);
      const component: Component = {
        arn: componentArn,
        name: input.name!,
        version: input.semanticVersion!,
        description: input.description ?? "",
        changeDescription: input.changeDescription ?? "",
        type: phases.some((p) => p.name === "build") ? "BUILD" : "TEST",
        platform: input.platform!,
        supportedOsVersions: input.supportedOsVersions ?? [],
        state: { status: "ACTIVE" },
        owner: account(),
        data: input.data!,
        encrypted: true,
        dateCreated: isoTime(world.now()),
      };
      ib.components.push(component);
      setTags(componentArn, region, input.tags);
      return {
        requestId: requestId(),
        clientToken: input.clientToken,
        componentBuildVersionArn: componentArn,
      };
    },

    ListComponents(raw, { region }) {
      const input = validated("ListComponents", raw);
      if (!ownerMatches(input.owner)) return { requestId: requestId(), componentVersionList: [] };
      let items = ibState(state, region).components.filter((c) =>
        matchesFilters(input.filters, {
          name: c.name,
          platform: c.platform,
          type: c.type,
          supportedOsVersion: c.supportedOsVersions ?? [],
        }),
      );
      if (input.byName) items = latestByName(items);
      items = [...items].sort(
        (a, b) =>
          (a.name ?? "").localeCompare(b.name ?? "") || compareVersions(b.version ?? "", a.version ?? ""),
      );
      const { items: pageItems, nextToken } = page(items, input);
      return {
        requestId: requestId(),
        componentVersionList: pageItems.map((c) => ({
          arn: versionArnOf(c.arn),
          name: c.name,
          version: c.version,
          description: c.description,
          platform: c.platform,
          supportedOsVersions: c.supportedOsVersions,
          type: c.type,
          owner: c.owner,
          dateCreated: c.dateCreated,
          status: c.state?.status,
        })),
        ...(nextToken ? { nextToken } : {}),
      };
    },

    GetComponent(raw, { region }) {
      const input = validated("GetComponent", raw);
      const component = findComponent(region, input.componentBuildVersionArn);
      if (!component) throw err.notFound(input.componentBuildVersionArn);
      return { requestId: requestId(), component: withTags(component, region) };
    },

    CreateImageRecipe(raw: CreateImageRecipeRequest, { region }) {
      const input = validated("CreateImageRecipe", raw);
      if (!isSemanticVersion(input.semanticVersion!))
        throw err.version(
          `The semantic version ${input.semanticVersion} is not valid: use <major>.<minor>.<patch>.`,
        );
      const components: ComponentConfiguration[] = input.components ?? [];
      if (components.length === 0) throw err.value("An image recipe needs at least one build component.");
      for (const c of components) {
        const found = findComponent(region, c.componentArn ?? "");
        if (!found) throw err.notFound(c.componentArn ?? "(componentArn)");
      }
      if (!components.some((c) => findComponent(region, c.componentArn ?? "")?.type === "BUILD")) {
        throw err.value("An image recipe needs at least one build component.");
      }
      if (input.parentImage!.startsWith("ami-") && !parentImageOf(state, region, input.parentImage!)) {
        throw err.value(`The parent image ${input.parentImage} does not exist in ${region}.`);
      }
      const ib = ibState(state, region);
      const recipeArn = arn({
        region,
        account: account(),
        kind: "image-recipe",
        name: input.name!,
        version: input.semanticVersion!,
      });
      if (ib.recipes.some((r) => r.arn === recipeArn)) throw err.exists(recipeArn);
      const recipe: ImageRecipe = {
        arn: recipeArn,
        type: "AMI",
        name: input.name!,
        description: input.description ?? "",
        platform: "Linux",
        owner: account(),
        version: input.semanticVersion!,
        components,
        parentImage: input.parentImage!,
        dateCreated: isoTime(world.now()),
        workingDirectory: input.workingDirectory ?? "/tmp",
        ...(input.blockDeviceMappings ? { blockDeviceMappings: input.blockDeviceMappings } : {}),
        ...(input.additionalInstanceConfiguration
          ? { additionalInstanceConfiguration: input.additionalInstanceConfiguration }
          : {}),
        ...(input.amiTags ? { amiTags: input.amiTags } : {}),
      };
      ib.recipes.push(recipe);
      setTags(recipeArn, region, input.tags);
      return { requestId: requestId(), clientToken: input.clientToken, imageRecipeArn: recipeArn };
    },

    ListImageRecipes(raw, { region }) {
      const input = validated("ListImageRecipes", raw);
      if (!ownerMatches(input.owner)) return { requestId: requestId(), imageRecipeSummaryList: [] };
      const items = ibState(state, region)
        .recipes.filter((r) =>
          matchesFilters(input.filters, { name: r.name, parentImage: r.parentImage, platform: r.platform }),
        )
        .sort(
          (a, b) =>
            (a.name ?? "").localeCompare(b.name ?? "") || compareVersions(b.version ?? "", a.version ?? ""),
        );
      const { items: pageItems, nextToken } = page(items, input);
      return {
        requestId: requestId(),
        imageRecipeSummaryList: pageItems.map((r) => ({
          arn: r.arn,
          name: r.name,
          platform: r.platform,
          owner: r.owner,
          parentImage: r.parentImage,
          dateCreated: r.dateCreated,
          tags: tagsOf(r.arn ?? "", region),
        })),
        ...(nextToken ? { nextToken } : {}),
      };
    },

    GetImageRecipe(raw, { region }) {
      const input = validated("GetImageRecipe", raw);
      const recipe = findBy(ibState(state, region).recipes, input.imageRecipeArn, "image-recipe");
      return { requestId: requestId(), imageRecipe: withTags(recipe, region) };
    },

    CreateInfrastructureConfiguration(raw: CreateInfrastructureConfigurationRequest, { region }) {
      const input = validated("CreateInfrastructureConfiguration", raw);
      const ib = ibState(state, region);
      const infraArn = arn({
        region,
        account: account(),
        kind: "infrastructure-configuration",
        name: input.name!,
      });
      if (ib.infrastructure.some((i) => i.arn === infraArn)) throw err.exists(infraArn);
      checkInfrastructure(input);
      const now = isoTime(world.now());
      const infra: InfrastructureConfiguration = {
        ...infrastructureFields(input),
        arn: infraArn,
        name: input.name!,
        dateCreated: now,
      };
      ib.infrastructure.push(infra);
      setTags(infraArn, region, input.tags);
      return {
        requestId: requestId(),
        clientToken: input.clientToken,
        infrastructureConfigurationArn: infraArn,
      };
    },

    UpdateInfrastructureConfiguration(raw: UpdateInfrastructureConfigurationRequest, { region }) {
      const input = validated("UpdateInfrastructureConfiguration", raw);
      const ib = ibState(state, region);
      const existing = findBy(
        ib.infrastructure,
        input.infrastructureConfigurationArn!,
        "infrastructure-configuration",
      );
      checkInfrastructure(input);
      // Update replaces the whole configuration: members left out are cleared, as on AWS.
      const updated: InfrastructureConfiguration = {
        ...infrastructureFields(input),
        arn: existing.arn!,
        name: existing.name!,
        dateCreated: existing.dateCreated!,
        dateUpdated: isoTime(world.now()),
      };
      ib.infrastructure[ib.infrastructure.indexOf(existing)] = updated;
      return {
        requestId: requestId(),
        clientToken: input.clientToken,
        infrastructureConfigurationArn: existing.arn,
      };
    },

    GetInfrastructureConfiguration(raw, { region }) {
      const input = validated("GetInfrastructureConfiguration", raw);
      const infra = findBy(
        ibState(state, region).infrastructure,
        input.infrastructureConfigurationArn,
        "infrastructure-configuration",
      );
      return { requestId: requestId(), infrastructureConfiguration: withTags(infra, region) };
    },

    ListInfrastructureConfigurations(raw, { region }) {
      const input = validated("ListInfrastructureConfigurations", raw);
      const items = ibState(state, region).infrastructure.filter((i) =>
        matchesFilters(input.filters, { name: i.name }),
      );
      const { items: pageItems, nextToken } = page(items, input);
      return {
        requestId: requestId(),
        infrastructureConfigurationSummaryList: pageItems.map((i) => ({
          arn: i.arn,
          name: i.name,
          description: i.description,
          dateCreated: i.dateCreated,
          dateUpdated: i.dateUpdated,
          resourceTags: i.resourceTags,
          tags: tagsOf(i.arn ?? "", region),
          instanceTypes: i.instanceTypes,
          instanceProfileName: i.instanceProfileName,
        })),
        ...(nextToken ? { nextToken } : {}),
      };
    },

    CreateDistributionConfiguration(raw: CreateDistributionConfigurationRequest, { region }) {
      const input = validated("CreateDistributionConfiguration", raw);
      const ib = ibState(state, region);
      const distArn = arn({
        region,
        account: account(),
        kind: "distribution-configuration",
        name: input.name!,
      });
      if (ib.distributions.some((d) => d.arn === distArn)) throw err.exists(distArn);
      checkDistributions(input.distributions ?? []);
      checkLaunchTemplates(input.distributions ?? []);
      const dist: DistributionConfiguration = {
        arn: distArn,
        name: input.name!,
        description: input.description ?? "",
        distributions: input.distributions!,
        timeoutMinutes: 720,
        dateCreated: isoTime(world.now()),
      };
      ib.distributions.push(dist);
      setTags(distArn, region, input.tags);
      return {
        requestId: requestId(),
        clientToken: input.clientToken,
        distributionConfigurationArn: distArn,
      };
    },

    UpdateDistributionConfiguration(raw: UpdateDistributionConfigurationRequest, { region }) {
      const input = validated("UpdateDistributionConfiguration", raw);
      const ib = ibState(state, region);
      const existing = findBy(
        ib.distributions,
        input.distributionConfigurationArn!,
        "distribution-configuration",
      );
      checkDistributions(input.distributions ?? []);
      checkLaunchTemplates(input.distributions ?? []);
      const updated: DistributionConfiguration = {
        ...existing,
        description: input.description ?? "",
        distributions: input.distributions!,
        dateUpdated: isoTime(world.now()),
      };
      ib.distributions[ib.distributions.indexOf(existing)] = updated;
      return {
        requestId: requestId(),
        clientToken: input.clientToken,
        distributionConfigurationArn: existing.arn,
      };
    },

    GetDistributionConfiguration(raw, { region }) {
      const input = validated("GetDistributionConfiguration", raw);
      const dist = findBy(
        ibState(state, region).distributions,
        input.distributionConfigurationArn,
        "distribution-configuration",
      );
      return { requestId: requestId(), distributionConfiguration: withTags(dist, region) };
    },

    ListDistributionConfigurations(raw, { region }) {
      const input = validated("ListDistributionConfigurations", raw);
      const items = ibState(state, region).distributions.filter((d) =>
        matchesFilters(input.filters, { name: d.name }),
      );
      const { items: pageItems, nextToken } = page(items, input);
      return {
        requestId: requestId(),
        distributionConfigurationSummaryList: pageItems.map((d) => ({
          arn: d.arn,
          name: d.name,
          description: d.description,
          dateCreated: d.dateCreated,
          dateUpdated: d.dateUpdated,
          tags: tagsOf(d.arn ?? "", region),
          regions: (d.distributions ?? []).map((x) => x.region!),
        })),
        ...(nextToken ? { nextToken } : {}),
      };
    },

    CreateImage(raw: CreateImageRequest, { region }) {
      const input = validated("CreateImage", raw);
      if (!input.imageRecipeArn) {
        throw err.combination(
          input.containerRecipeArn
            ? "The simulator builds AMIs only (imageRecipeArn)."
            : "Specify imageRecipeArn.",
        );
      }
      const ib = ibState(state, region);
      const recipe = findBy(ib.recipes, input.imageRecipeArn, "image-recipe");
      const infra = findBy(
        ib.infrastructure,
        input.infrastructureConfigurationArn!,
        "infrastructure-configuration",
      );
      const dist = input.distributionConfigurationArn
        ? findBy(ib.distributions, input.distributionConfigurationArn, "distribution-configuration")
        : undefined;
      const components = (recipe.components ?? []).map((c) => findComponent(region, c.componentArn ?? "")!);
      const parentAmi = recipe.parentImage!;
      const parent = parentImageOf(state, region, parentAmi);
      const arch = parent?.architecture ?? "x86_64";
      const build =
        ib.builds.filter((b) => b.image.name === recipe.name && b.image.version === recipe.version).length +
        1;
      const imageArn = arn({
        region,
        account: account(),
        kind: "image",
        name: recipe.name!,
        version: recipe.version!,
        build,
      });
      const testsEnabled = input.imageTestsConfiguration?.imageTestsEnabled ?? true;
      const failArg = world.faults.has("image-build-fails")
        ? (world.faults.arg("image-build-fails") ?? "build")
        : undefined;
      const failPhase =
        failArg === "test" && !testsEnabled ? undefined : (failArg as "build" | "test" | undefined);
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
      setTags(imageArn, region, input.tags);
      return { requestId: requestId(), clientToken: input.clientToken, imageBuildVersionArn: imageArn };
    },

    GetImage(raw, { region }) {
      const input = validated("GetImage", raw);
      settle(region);
      const build = ibState(state, region).builds.find((b) => b.image.arn === input.imageBuildVersionArn);
      if (!build) throw err.notFound(input.imageBuildVersionArn);
      return { requestId: requestId(), image: withTags(build.image, region) };
    },

    ListImages(raw, { region }) {
      const input = validated("ListImages", raw);
      settle(region);
      if (!ownerMatches(input.owner)) return { requestId: requestId(), imageVersionList: [] };
      const versions = new Map<string, BuildRecord>();
      for (const b of ibState(state, region).builds) {
        const key = versionArnOf(b.image.arn);
        if (!versions.has(key)) versions.set(key, b);
      }
      let items = [...versions.values()].filter((b) =>
        matchesFilters(input.filters, {
          name: b.image.name,
          osVersion: b.image.osVersion,
          platform: b.image.platform,
          type: b.image.type,
        }),
      );
      if (input.byName)
        items = latestByName(items.map((b) => ({ ...b, name: b.image.name, version: b.image.version })));
      const { items: pageItems, nextToken } = page(items, input);
      return {
        requestId: requestId(),
        imageVersionList: pageItems.map((b) => ({
          arn: versionArnOf(b.image.arn),
          name: b.image.name,
          type: b.image.type,
          version: b.image.version,
          platform: b.image.platform,
          osVersion: b.image.osVersion,
          owner: account(),
          dateCreated: b.image.dateCreated,
          buildType: b.image.buildType,
          imageSource: b.image.imageSource,
        })),
        ...(nextToken ? { nextToken } : {}),
      };
    },

    ListImageBuildVersions(raw, { region }) {
      const input = validated("ListImageBuildVersions", raw);
      settle(region);
      const versionArn = input.imageVersionArn as string | undefined;
      if (versionArn && !parseArn(versionArn))
        throw err.value(`The image version ARN ${versionArn} is not valid.`);
      const items = ibState(state, region).builds.filter(
        (b) =>
          (!versionArn || versionArnOf(b.image.arn) === versionArn) &&
          matchesFilters(input.filters, {
            name: b.image.name,
            osVersion: b.image.osVersion,
            platform: b.image.platform,
            type: b.image.type,
          }),
      );
      const { items: pageItems, nextToken } = page(items, input);
      return {
        requestId: requestId(),
        imageSummaryList: pageItems.map((b) => ({
          arn: b.image.arn,
          name: b.image.name,
          type: b.image.type,
          version: b.image.version,
          platform: b.image.platform,
          osVersion: b.image.osVersion,
          state: b.image.state,
          owner: account(),
          dateCreated: b.image.dateCreated,
          outputResources: b.image.outputResources,
          tags: tagsOf(b.image.arn ?? "", region),
          buildType: b.image.buildType,
          imageSource: b.image.imageSource,
        })),
        ...(nextToken ? { nextToken } : {}),
      };
    },

    ListImagePackages(raw, { region }) {
      const input = validated("ListImagePackages", raw);
      settle(region);
      const build = ibState(state, region).builds.find((b) => b.image.arn === input.imageBuildVersionArn);
      if (!build) throw err.notFound(input.imageBuildVersionArn);
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
      const { items, nextToken } = page(build.packages, input);
      return { requestId: requestId(), imagePackageList: items, ...(nextToken ? { nextToken } : {}) };
    },

    CancelImageCreation(raw, { region }) {
      const input = validated("CancelImageCreation", raw);
      settle(region);
      const build = ibState(state, region).builds.find((b) => b.image.arn === input.imageBuildVersionArn);
      if (!build) throw err.notFound(input.imageBuildVersionArn);
      if (build.settled)
        throw err.inUse(
          `The image ${input.imageBuildVersionArn} is ${build.image.state?.status} and cannot be cancelled.`,
        );
      build.image.state = { status: "CANCELLED", reason: "Cancelled by user." };
      build.settled = true;
      return {
        requestId: requestId(),
        clientToken: input.clientToken,
        imageBuildVersionArn: input.imageBuildVersionArn,
      };
    },

    TagResource(raw, { region }) {
      const input = validated("TagResource", raw);
      if (!resourceExists(region, input.resourceArn)) throw err.notFound(input.resourceArn);
      setTags(input.resourceArn, region, input.tags);
      return {};
    },

    UntagResource(raw, { region }) {
      const input = validated("UntagResource", raw);
      if (!resourceExists(region, input.resourceArn)) throw err.notFound(input.resourceArn);
      const ib = ibState(state, region);
      const tags = { ...(ib.tags[input.resourceArn] ?? {}) };
      for (const key of input.tagKeys ?? []) delete tags[key];
      ib.tags[input.resourceArn] = tags;
      return {};
    },

    ListTagsForResource(raw, { region }) {
      const input = validated("ListTagsForResource", raw);
      if (!resourceExists(region, input.resourceArn)) throw err.notFound(input.resourceArn);
      return { tags: tagsOf(input.resourceArn, region) };
    },
  };

  function checkLaunchTemplates(
    distributions: NonNullable<CreateDistributionConfigurationRequest["distributions"]>,
  ): void {
    for (const d of distributions) {
      const ids = (d.launchTemplateConfigurations ?? []).map((c) => c.launchTemplateId ?? "");
      const missing = missingLaunchTemplates(state, d.region ?? "", ids);
      if (missing.length > 0)
        throw err.value(`The launch template ${missing.join(", ")} does not exist in ${d.region}.`);
    }
  }

  function resourceExists(region: string, resourceArn: string): boolean {
    const ib = ibState(state, region);
    return [
      ...ib.components,
      ...ib.recipes,
      ...ib.infrastructure,
      ...ib.distributions,
      ...ib.builds.map((b) => b.image),
    ].some((r) => r.arn === resourceArn);
  }

  return handlers;
}

/**
 * Brings builds up to the clock: a failure applied (and its instance kept when asked), or
 * the AMIs registered in every distribution region once distribution is done. Image Builder
 * calls do this first; EC2 may call it so AMIs appear without an Image Builder call.
 */
export function settleImageBuilds(state: SimState, now: number, region?: string): void {
  const regions = region ? [region] : Object.keys(state.regions);
  for (const r of regions) for (const build of ibState(state, r).builds) settleBuild(state, build, now);
}

function settleBuild(state: SimState, build: BuildRecord, now: number): void {
  if (build.settled) return;
  const current = stateAt(build, now);
  build.image.state = current;
  if (current.status === "FAILED") {
    build.settled = true;
    const infra = build.image.infrastructureConfiguration;
    if (infra && infra.terminateInstanceOnFailure === false) {
      const kept = keepBuildInstance(state, { region: build.region, build, at: build.failure?.at ?? now });
      if (kept) build.keptInstanceId = kept;
    }
    return;
  }
  if (current.status !== "AVAILABLE") return;
  build.settled = true;
  const distributedAt = build.phases[build.phases.length - 1]!.endsAt;
  const buildDate = buildDateText(build.phases[0]!.startsAt);
  const distributions = build.image.distributionConfiguration?.distributions ?? [{ region: build.region }];
  const recipe = build.image.imageRecipe!;
  build.image.outputResources = {
    amis: distributions.map((d) => {
      const ami = d.amiDistributionConfiguration;
      const name = (ami?.name ?? `${recipe.name} ${buildDate}`).replaceAll(
        "{{imagebuilder:buildDate}}",
        buildDate,
      );
      const imageId = createOutputAmi(state, {
        region: d.region!,
        name,
        description: ami?.description ?? recipe.description ?? "",
        build,
        at: distributedAt,
        tags: {
          ...(ami?.amiTags ?? {}),
          ...(recipe.amiTags ?? {}),
          CreatedBy: "EC2 Image Builder",
          Ec2ImageBuilderArn: build.image.arn!,
        },
      });
      if (d.launchTemplateConfigurations?.length) {
        updateLaunchTemplates(state, {
          region: d.region!,
          ami: imageId,
          at: distributedAt,
          imageArn: build.image.arn!,
          configurations: d.launchTemplateConfigurations,
        });
      }
      return {
        region: d.region!,
        image: imageId,
        name,
        description: ami?.description ?? "",
        state: { status: "AVAILABLE" },
        accountId: state.account,
      };
    }),
  };
}

function infrastructureFields(
  input: CreateInfrastructureConfigurationRequest | UpdateInfrastructureConfigurationRequest,
) {
  const fields: InfrastructureConfiguration = {
    description: input.description ?? "",
    instanceTypes: input.instanceTypes ?? [],
    instanceProfileName: input.instanceProfileName!,
    securityGroupIds: input.securityGroupIds ?? [],
    terminateInstanceOnFailure: input.terminateInstanceOnFailure ?? true,
    resourceTags: input.resourceTags ?? {},
    instanceMetadataOptions: input.instanceMetadataOptions ?? {
      httpTokens: "required",
      httpPutResponseHopLimit: 2,
    },
  };
  if (input.subnetId) fields.subnetId = input.subnetId;
  if (input.logging) fields.logging = input.logging;
  if (input.keyPair) fields.keyPair = input.keyPair;
  if (input.snsTopicArn) fields.snsTopicArn = input.snsTopicArn;
  return fields;
}

function checkInfrastructure(
  input: CreateInfrastructureConfigurationRequest | UpdateInfrastructureConfigurationRequest,
): void {
  if (input.subnetId && (input.securityGroupIds ?? []).length === 0) {
    throw err.combination("A subnetId needs securityGroupIds from the same VPC.");
  }
  const bucket = input.logging?.s3Logs?.s3BucketName;
  if (input.logging?.s3Logs && !bucket) throw err.value("s3Logs needs s3BucketName.");
}

function checkDistributions(
  distributions: NonNullable<CreateDistributionConfigurationRequest["distributions"]>,
): void {
  if (distributions.length === 0)
    throw err.value("A distribution configuration needs at least one distribution.");
  const regions = distributions.map((d) => d.region);
  if (new Set(regions).size !== regions.length)
    throw err.value(`Each region may appear once in distributions (got: ${regions.join(", ")}).`);
  for (const d of distributions) {
    const name = d.amiDistributionConfiguration?.name;
    if (name !== undefined) {
      const resolved = name.replaceAll("{{imagebuilder:buildDate}}", "2020-01-01T00-00-00.000Z");
      if (resolved.length < 3 || resolved.length > 127 || !/^[A-Za-z0-9()[\]./\-'@_ ]+$/.test(resolved)) {
        throw err.value(
          `The AMI name '${name}' is not valid: 3–127 letters, digits, spaces and ()[]./-'@_ characters.`,
        );
      }
    }
  }
}

/** Registers Image Builder on the simulator's engine. */
export function register(engine: SimEngine): void {
  engine.register(
    "imagebuilder",
    createImageBuilderHandlers({ state: engine.state, now: () => engine.clock.now(), faults: engine.faults }),
  );
}
