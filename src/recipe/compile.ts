import { readFileSync } from "node:fs";
import path from "node:path";
import type {
  CreateDistributionConfigurationCommandInput,
  CreateImageRecipeCommandInput,
  CreateInfrastructureConfigurationCommandInput,
} from "@aws-sdk/client-imagebuilder";
import { TAG } from "../aws/tags.js";
import { resolveConfigPath } from "../config/config-paths.js";
import type { LoadedRecipe } from "../config/load.js";
import { configRootOf } from "../config/load.js";
import type { Architecture, BaseOs, Recipe } from "../config/schema.js";
import type { TemplateFile } from "../config/template-safety.js";
import { recipeTemplates, templateViolations } from "../config/templates.js";
import { formatPath } from "../config/yaml-source.js";
import { buildManifest } from "./build-manifest.js";
import { agentsComponent } from "./components/agents.js";
import { appComponent } from "./components/app.js";
import { type ComponentDocument, printDocument } from "./components/awstoe.js";
import { checksComponent } from "./components/checks.js";
import { systemComponent } from "./components/system.js";
import { recipeHash, semanticVersionFromHash, sha256 } from "./hash.js";
import type { ImageManifest } from "./manifest.js";
import { baseOs } from "./os.js";

export interface CompiledComponent {
  name: string;
  semanticVersion: string;
  description: string;
  platform: "Linux";
  /** The AWSTOE document (YAML). */
  data: string;
  /** sha256 of `data`; the semantic version derives from it. */
  contentHash: string;
}

export interface CompiledImage {
  recipeHash: string;
  arch: Architecture;
  os: BaseOs | "custom";
  components: CompiledComponent[];
  /** Components are referenced by placeholder ARNs (see componentArn); bake resolves them. */
  imageRecipe: CreateImageRecipeCommandInput;
  infrastructure: CreateInfrastructureConfigurationCommandInput;
  distribution: CreateDistributionConfigurationCommandInput;
  manifest: ImageManifest;
}

export interface CompileOptions {
  arch: Architecture;
  /** AMI id or `ssm:/parameter` (Image Builder resolves an SSM parameter at build time). */
  parentImage: string;
  /** Every region the image is distributed to (the environments' regions). */
  regions: string[];
  keepFailedInstance?: boolean;
  /** Extra tags for the AMIs (provenance known only at bake time: git sha, run URL, base AMI). */
  tags?: Record<string, string>;
}

export const ARN_REGION = "<region>";
export const ARN_ACCOUNT = "<account>";

/**
 * The build-version ARN of a component. Without region/account it returns the placeholder
 * form the compiled image recipe carries (`arn:aws:imagebuilder:<region>:<account>:component/…/1`).
 */
export function componentArn(o: {
  name: string;
  semanticVersion: string;
  region?: string;
  accountId?: string;
  partition?: string;
}): string {
  return `arn:${o.partition ?? "aws"}:imagebuilder:${o.region ?? ARN_REGION}:${o.accountId ?? ARN_ACCOUNT}:component/${o.name}/${o.semanticVersion}/1`;
}

/** The image recipe input with its placeholder ARNs resolved for one region and account. */
export function resolveComponentArns(
  input: CreateImageRecipeCommandInput,
  o: { region: string; accountId: string; partition?: string },
): CreateImageRecipeCommandInput {
  return {
    ...input,
    components: (input.components ?? []).map((c) => ({
      ...c,
      componentArn: (c.componentArn ?? "")
        .replace(/^arn:aws:/, `arn:${o.partition ?? "aws"}:`)
        .replace(ARN_REGION, o.region)
        .replace(ARN_ACCOUNT, o.accountId),
    })),
  };
}

/**
 * Template file contents of a recipe, keyed by the path written in the recipe, plus every file
 * they include (keyed by its path in the config root). Only files inside the config root are
 * read (validate refuses the rest with their position; here a refusal is a plain error).
 */
export function readTemplates(loaded: LoadedRecipe): Record<string, string> {
  const out: Record<string, string> = {};
  const root = configRootOf(loaded);
  for (const ref of recipeTemplates(loaded.recipe)) {
    const resolved = resolveConfigPath({ root, from: loaded.dir, ref: ref.template });
    if (!resolved.ok) throw new Error(`${formatPath(ref.path)}: template ${resolved.reason}`);
    const text = readFileSync(resolved.file, "utf8");
    out[ref.template] = text;
    const included: TemplateFile[] = [];
    templateViolations(text, { root, file: resolved.file }, included);
    for (const f of included) out[path.relative(root, f.file)] = f.text;
  }
  return out;
}

export function hashOfLoadedRecipe(loaded: LoadedRecipe): string {
  return recipeHash(loaded.recipe, readTemplates(loaded));
}

function component(doc: ComponentDocument): CompiledComponent {
  const data = printDocument(doc);
  const contentHash = sha256(data);
  return {
    name: doc.name,
    semanticVersion: semanticVersionFromHash(contentHash),
    description: doc.description,
    platform: "Linux",
    data,
    contentHash,
  };
}

/** Lower-case names: Image Builder ARNs are lower case. */
export function componentNames(recipe: Pick<Recipe, "name">): {
  system: string;
  agents: string;
  app: string;
  checks: string;
} {
  const p = `amipipe-${recipe.name}`;
  return { system: `${p}-system`, agents: `${p}-agents`, app: `${p}-app`, checks: `${p}-checks` };
}

/**
 * Compiles one recipe for one architecture into Image Builder inputs. Pure: the only input
 * read besides the arguments is the recipe's template files (for the hash).
 */
/**
 * The image recipe's semantic version: the one derivation `compile` prints and `bake` creates.
 * Image Builder recipes are immutable per version, so it hashes everything that makes one:
 * the component versions, the parent image (the base AMI bake resolved, or what compile was
 * told), the configured root volume and the description.
 */
export function imageRecipeVersion(o: {
  components: ReadonlyArray<{ name: string; semanticVersion: string }>;
  parentImage: string;
  rootVolumeGiB?: number | undefined;
  description: string;
}): string {
  return semanticVersionFromHash(
    sha256(
      JSON.stringify([
        o.components.map((c) => `${c.name}@${c.semanticVersion}`),
        o.parentImage,
        o.rootVolumeGiB ?? null,
        o.description,
      ]),
    ),
  );
}

/** The name of the AMIs a build of `version` distributes (Image Builder fills in the build date). */
export function amiName(recipe: string, version: string, arch: string): string {
  return `${recipe}-${version}-${arch}-{{imagebuilder:buildDate}}`;
}

export function compileImage(loaded: LoadedRecipe, options: CompileOptions): CompiledImage {
  const recipe = loaded.recipe;
  const { arch } = options;
  const os = baseOs(recipe);
  const hash = hashOfLoadedRecipe(loaded);
  const manifest = buildManifest(recipe, { recipeHash: hash, arch });
  const names = componentNames(recipe);

  const docs: ComponentDocument[] = [systemComponent(names.system, recipe, os)];
  const agents = agentsComponent(names.agents, recipe, os, arch);
  if (agents) docs.push(agents);
  docs.push(appComponent(names.app, recipe, os, manifest), checksComponent(names.checks, recipe, os));
  const components = docs.map(component);

  const ib = recipe.imageBuilder;
  const baseName = `amipipe-${recipe.name}-${arch}`;
  const provenance: Record<string, string> = {
    [TAG.recipe]: recipe.name,
    [TAG.recipeHash]: hash,
    [TAG.arch]: arch,
  };
  const imageRecipe: CreateImageRecipeCommandInput = {
    name: baseName,
    description: `${recipe.name} (${arch}) — ${recipe.description || "golden image"}`.slice(0, 1024),
    semanticVersion: imageRecipeVersion({
      components,
      parentImage: options.parentImage,
      rootVolumeGiB: ib.rootVolumeGiB,
      description: recipe.description,
    }),
    parentImage: options.parentImage,
    components: components.map((c) => ({
      componentArn: componentArn({ name: c.name, semanticVersion: c.semanticVersion }),
    })),
    workingDirectory: "/tmp",
    additionalInstanceConfiguration: { systemsManagerAgent: { uninstallAfterBuild: false } },
    tags: { ...provenance },
  };
  if (ib.rootVolumeGiB !== undefined) {
    imageRecipe.blockDeviceMappings = [
      {
        deviceName: "/dev/xvda",
        ebs: { volumeSize: ib.rootVolumeGiB, volumeType: "gp3", deleteOnTermination: true, encrypted: true },
      },
    ];
  }

  const infrastructure: CreateInfrastructureConfigurationCommandInput = {
    name: baseName,
    description: `Build and test instances of ${recipe.name} (${arch})`,
    instanceTypes: [ib.instanceTypes[arch]],
    instanceProfileName: ib.instanceProfile,
    terminateInstanceOnFailure: !options.keepFailedInstance,
    instanceMetadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 2 },
    resourceTags: { [TAG.recipe]: recipe.name, [TAG.arch]: arch },
    tags: { [TAG.recipe]: recipe.name },
  };
  if (ib.subnetId) infrastructure.subnetId = ib.subnetId;
  if (ib.securityGroupIds.length > 0) infrastructure.securityGroupIds = [...ib.securityGroupIds];
  if (ib.logsBucket)
    infrastructure.logging = {
      s3Logs: { s3BucketName: ib.logsBucket, s3KeyPrefix: `amipipe/${recipe.name}/${arch}` },
    };

  const amiTags = { ...provenance, ...(options.tags ?? {}) };
  const distribution: CreateDistributionConfigurationCommandInput = {
    name: baseName,
    description: `AMIs of ${recipe.name} (${arch}) in ${options.regions.join(", ")}`,
    distributions: [...new Set(options.regions)].map((region) => ({
      region,
      amiDistributionConfiguration: {
        name: amiName(recipe.name, imageRecipe.semanticVersion!, arch),
        description: `${recipe.name} ${arch} recipe ${hash.slice(0, 12)}`,
        amiTags,
      },
    })),
    tags: { [TAG.recipe]: recipe.name },
  };

  return { recipeHash: hash, arch, os, components, imageRecipe, infrastructure, distribution, manifest };
}
