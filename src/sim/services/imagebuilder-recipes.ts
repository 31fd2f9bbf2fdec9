import type {
  Component,
  ComponentConfiguration,
  CreateComponentRequest,
  CreateImageRecipeRequest,
  ImageRecipe,
} from "@aws-sdk/client-imagebuilder";
import { DEFAULT_LAG_MS } from "../consistency.js";
import type { SimState } from "../state.js";
import { documentPhases } from "./imagebuilder-build.js";
import { parentImageOf } from "./imagebuilder-ec2.js";
import {
  byNameNewestFirst,
  checkSemanticVersion,
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
import { arn, imageBuilderOf, isoTime, parseArn } from "./imagebuilder-state.js";
import { setTags, tagsOf, withTags } from "./imagebuilder-tags.js";

/**
 * Components and image recipes: immutable and versioned. A name and semantic version are
 * created once; a recipe names its components by ARN, with or without a version.
 */

/** The component a recipe's `componentArn` refers to (the latest version when the ARN has none). */
export function findComponent(state: SimState, region: string, text: string): Component | undefined {
  const p = parseArn(text);
  // A recipe can only use components of its own region (and account).
  if (p?.kind !== "component" || p.region !== region || p.account !== state.account) return undefined;
  const all = imageBuilderOf(state, region).components.filter(
    (c) => c.name === p.name && (!p.version || c.version === p.version),
  );
  return latestByName(all)[0];
}

export function recipeHandlers(world: ImageBuilderWorld): Record<string, Handler> {
  const { state } = world;

  return {
    CreateComponent(raw: CreateComponentRequest, { region }) {
      const input = raw;
      checkSemanticVersion(input.semanticVersion!);
      if (!input.data === !input.uri) throw err.combination("Specify exactly one of data or uri.");
      if (input.uri) throw err.value("The simulator reads component documents inline only (data).");
      const phases = documentPhases(input.data);
      if (phases.length === 0)
        throw err.value(
          `The component document of ${input.name} is not a valid AWSTOE document: it needs 'phases'.`,
        );
      const ib = imageBuilderOf(state, region);
      const componentArn = arn({
        region,
        account: state.account,
        kind: "component",
        name: input.name!,
        version: input.semanticVersion!,
        build: 1,
      });
      if (ib.components.some((c) => c.name === input.name && c.version === input.semanticVersion))
        throw err.exists("Component", componentArn.replace(/\/1$/, ""));
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
        owner: state.account,
        data: input.data!,
        encrypted: true,
        dateCreated: isoTime(world.now()),
      };
      ib.components.push(component);
      setTags(state, { region, resourceArn: componentArn, tags: input.tags });
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        componentBuildVersionArn: componentArn,
      };
    },

    ListComponents(raw, { region }) {
      const input = raw;
      if (!ownerMatches(input.owner)) return { requestId: requestId(state), componentVersionList: [] };
      let items = imageBuilderOf(state, region).components.filter((c) =>
        matchesFilters(input.filters, {
          name: c.name,
          platform: c.platform,
          type: c.type,
          supportedOsVersion: c.supportedOsVersions ?? [],
        }),
      );
      // "Newly created components can take up to two minutes to appear in the ListComponents API
      // Results" (src/sim/consistency.ts).
      const lag = world.faults.consistencyLagMs() ?? DEFAULT_LAG_MS.imagebuilder!;
      items = items.filter((c) => Date.parse(c.dateCreated ?? "") + lag <= world.now());
      if (input.byName) items = latestByName(items);
      const { items: pageItems, ...next } = page([...items].sort(byNameNewestFirst), input);
      return {
        requestId: requestId(state),
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
        ...next,
      };
    },

    GetComponent(raw, { region }) {
      const input = raw;
      const component = findComponent(state, region, input.componentBuildVersionArn);
      if (!component) throw err.notFound(input.componentBuildVersionArn);
      return { requestId: requestId(state), component: withTags(state, region, component) };
    },

    CreateImageRecipe(raw: CreateImageRecipeRequest, { region }) {
      const input = raw;
      checkSemanticVersion(input.semanticVersion!);
      const components: ComponentConfiguration[] = input.components ?? [];
      if (components.length === 0) throw err.value("An image recipe needs at least one build component.");
      for (const c of components) {
        const found = findComponent(state, region, c.componentArn ?? "");
        if (!found) throw err.notFound(c.componentArn ?? "(componentArn)");
      }
      if (!components.some((c) => findComponent(state, region, c.componentArn ?? "")?.type === "BUILD")) {
        throw err.value("An image recipe needs at least one build component.");
      }
      if (input.parentImage!.startsWith("ami-") && !parentImageOf(state, region, input.parentImage!)) {
        throw err.value(`The parent image ${input.parentImage} does not exist in ${region}.`);
      }
      const ib = imageBuilderOf(state, region);
      const recipeArn = arn({
        region,
        account: state.account,
        kind: "image-recipe",
        name: input.name!,
        version: input.semanticVersion!,
      });
      if (ib.recipes.some((r) => r.arn === recipeArn)) throw err.exists("ImageRecipe", recipeArn);
      const recipe: ImageRecipe = {
        arn: recipeArn,
        type: "AMI",
        name: input.name!,
        description: input.description ?? "",
        platform: "Linux",
        owner: state.account,
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
      setTags(state, { region, resourceArn: recipeArn, tags: input.tags });
      return { requestId: requestId(state), clientToken: input.clientToken, imageRecipeArn: recipeArn };
    },

    ListImageRecipes(raw, { region }) {
      const input = raw;
      if (!ownerMatches(input.owner)) return { requestId: requestId(state), imageRecipeSummaryList: [] };
      const items = imageBuilderOf(state, region)
        .recipes.filter((r) =>
          matchesFilters(input.filters, { name: r.name, parentImage: r.parentImage, platform: r.platform }),
        )
        .sort(byNameNewestFirst);
      const { items: pageItems, ...next } = page(items, input);
      return {
        requestId: requestId(state),
        imageRecipeSummaryList: pageItems.map((r) => ({
          arn: r.arn,
          name: r.name,
          platform: r.platform,
          owner: r.owner,
          parentImage: r.parentImage,
          dateCreated: r.dateCreated,
          tags: tagsOf(state, region, r.arn ?? ""),
        })),
        ...next,
      };
    },

    GetImageRecipe(raw, { region }) {
      const input = raw;
      const recipe = findByArn(imageBuilderOf(state, region).recipes, input.imageRecipeArn, "image-recipe");
      return { requestId: requestId(state), imageRecipe: withTags(state, region, recipe) };
    },
  };
}
