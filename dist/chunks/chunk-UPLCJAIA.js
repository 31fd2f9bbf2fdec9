import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  resolveBaseAmi
} from "./chunk-YJVTBTBA.js";
import {
  amiName,
  canonicalJson,
  compileImage,
  componentArn,
  recipePackages,
  semanticVersionFromHash,
  sha256
} from "./chunk-ISD2FGTV.js";
import {
  missingParameters,
  recipeParameters
} from "./chunk-BXYUEG23.js";
import {
  TAG,
  toTagList
} from "./chunk-DUHWOJWS.js";
import {
  listImagePackages,
  writePackageManifest
} from "./chunk-JMCWI4WT.js";
import {
  environmentsInOrder
} from "./chunk-YGID37AB.js";
import {
  require_dist_cjs
} from "./chunk-CLJXRIPF.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-NZP7FVAE.js";
import {
  AmipipeError,
  OperationFailed,
  UsageError,
  messageOf
} from "./chunk-25FIIMCB.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-U2BKHDZX.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/bake/all.ts
function recipeNames(project) {
  const names = [...project.recipes.keys()].sort();
  if (names.length === 0) throw new UsageError("no recipe under image-recipes/: nothing to bake");
  return names;
}
function recipesInUse(project) {
  return new Set(environmentsInOrder(project).map((e) => e.env.recipe));
}
async function forEachRecipe(ctx, names, phase, run) {
  const done = [];
  const failed = [];
  for (const recipe of names) {
    try {
      done.push(await run(recipe));
    } catch (error) {
      if (error instanceof AmipipeError && error.exitCode === 2) throw error;
      const message = messageOf(error);
      failed.push({ recipe, message });
      ctx.progress.warn(`${phase} ${recipe}`, `failed; going on with the other recipes: ${message}`);
    }
  }
  return { done, failed };
}
function failureMessage(what, total, failed) {
  return [
    `${what} failed for ${failed.length} of ${total} recipe(s): ${failed.map((f) => f.recipe).join(", ")}`,
    ...failed.map((f) => `${f.recipe}: ${f.message.replace(/\n/g, "\n  ")}`)
  ].join("\n");
}

// src/bake/build-arch.ts
var import_client_ec22 = __toESM(require_dist_cjs(), 1);
var import_client_imagebuilder5 = __toESM(require_dist_cjs2(), 1);

// src/bake/components.ts
var import_client_imagebuilder = __toESM(require_dist_cjs2(), 1);

// src/bake/already-exists.ts
function existingArnOf(error) {
  const message = error instanceof Error ? error.message : String(error);
  return /(arn:aws[\w-]*:imagebuilder:[^'"\s]+)/.exec(message)?.[1]?.replace(/\.$/, "");
}

// src/bake/components.ts
function componentKey(c) {
  return `${c.name}@${c.semanticVersion}`;
}
function buildVersionArn(arn) {
  return /\/\d+\.\d+\.\d+$/.test(arn) ? `${arn}/1` : arn;
}
async function ensureComponents(o) {
  const existing = /* @__PURE__ */ new Map();
  const names = [...new Set(o.components.map((c) => c.name))];
  for await (const page of (0, import_client_imagebuilder.paginateListComponents)(
    { client: o.client },
    { owner: "Self", filters: [{ name: "name", values: names }] }
  )) {
    for (const v of page.componentVersionList ?? []) {
      if (v.name && v.version && v.arn) existing.set(`${v.name}@${v.version}`, buildVersionArn(v.arn));
    }
  }
  const result = { arns: /* @__PURE__ */ new Map(), created: [], reused: [] };
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
        new import_client_imagebuilder.CreateComponentCommand({
          name: c.name,
          semanticVersion: c.semanticVersion,
          description: c.description,
          changeDescription: `content ${c.contentHash.slice(0, 12)}`,
          platform: c.platform,
          data: c.data,
          tags: { ...o.tags, "amipipe:content-hash": c.contentHash }
        })
      );
      result.arns.set(key, out.componentBuildVersionArn);
      result.created.push(`${c.name}/${c.semanticVersion}`);
    } catch (error) {
      if (error.name !== "ResourceAlreadyExistsException") throw error;
      const arn = existingArnOf(error);
      if (!arn) throw error;
      result.arns.set(key, buildVersionArn(arn));
      result.reused.push(`${c.name}/${c.semanticVersion}`);
    }
  }
  return result;
}

// src/bake/configurations.ts
var import_client_imagebuilder2 = __toESM(require_dist_cjs2(), 1);
function same(a, b) {
  return canonicalJson(a) === canonicalJson(b);
}
async function ensureInfrastructure(o) {
  const { client, input } = o;
  const list = await client.send(
    new import_client_imagebuilder2.ListInfrastructureConfigurationsCommand({ filters: [{ name: "name", values: [input.name] }] })
  );
  const arn = list.infrastructureConfigurationSummaryList?.find((s) => s.name === input.name)?.arn;
  if (!arn) {
    const out = await client.send(new import_client_imagebuilder2.CreateInfrastructureConfigurationCommand(input));
    return { arn: out.infrastructureConfigurationArn, action: "created" };
  }
  const { infrastructureConfiguration: current } = await client.send(
    new import_client_imagebuilder2.GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: arn })
  );
  const wanted = {
    description: input.description ?? "",
    instanceTypes: input.instanceTypes ?? [],
    instanceProfileName: input.instanceProfileName,
    securityGroupIds: input.securityGroupIds ?? [],
    subnetId: input.subnetId,
    logging: input.logging,
    keyPair: input.keyPair,
    terminateInstanceOnFailure: input.terminateInstanceOnFailure ?? true,
    snsTopicArn: input.snsTopicArn,
    resourceTags: input.resourceTags ?? {},
    instanceMetadataOptions: input.instanceMetadataOptions
  };
  const have = {
    description: current?.description ?? "",
    instanceTypes: current?.instanceTypes ?? [],
    instanceProfileName: current?.instanceProfileName,
    securityGroupIds: current?.securityGroupIds ?? [],
    subnetId: current?.subnetId,
    logging: current?.logging,
    keyPair: current?.keyPair,
    terminateInstanceOnFailure: current?.terminateInstanceOnFailure ?? true,
    snsTopicArn: current?.snsTopicArn,
    resourceTags: current?.resourceTags ?? {},
    instanceMetadataOptions: input.instanceMetadataOptions ? current?.instanceMetadataOptions : void 0
  };
  if (same(wanted, have)) return { arn, action: "unchanged" };
  const { name: _name, tags: _tags, ...update } = input;
  await client.send(
    new import_client_imagebuilder2.UpdateInfrastructureConfigurationCommand({ ...update, infrastructureConfigurationArn: arn })
  );
  return { arn, action: "updated" };
}
async function ensureDistribution(o) {
  const { client, input } = o;
  const list = await client.send(
    new import_client_imagebuilder2.ListDistributionConfigurationsCommand({ filters: [{ name: "name", values: [input.name] }] })
  );
  const arn = list.distributionConfigurationSummaryList?.find((s) => s.name === input.name)?.arn;
  if (!arn) {
    const out = await client.send(new import_client_imagebuilder2.CreateDistributionConfigurationCommand(input));
    return { arn: out.distributionConfigurationArn, action: "created" };
  }
  const { distributionConfiguration: current } = await client.send(
    new import_client_imagebuilder2.GetDistributionConfigurationCommand({ distributionConfigurationArn: arn })
  );
  if (same(
    { d: input.description ?? "", x: input.distributions },
    { d: current?.description ?? "", x: current?.distributions }
  )) {
    return { arn, action: "unchanged" };
  }
  await client.send(
    new import_client_imagebuilder2.UpdateDistributionConfigurationCommand({
      distributionConfigurationArn: arn,
      distributions: input.distributions,
      ...input.description !== void 0 ? { description: input.description } : {}
    })
  );
  return { arn, action: "updated" };
}

// src/bake/failure.ts
var PHASE_OF_STATUS = {
  BUILDING: "build",
  TESTING: "test",
  DISTRIBUTING: "distribution"
};
function phaseOf(reason, history) {
  const workflow = /workflow\/(build|test|distribution)\//.exec(reason)?.[1] ?? /\(phase (build|test)\)/.exec(reason)?.[1];
  if (workflow) return workflow;
  const before = [...history].reverse().find((h) => PHASE_OF_STATUS[h.status]);
  return before ? PHASE_OF_STATUS[before.status] ?? "unknown" : "unknown";
}
function logLocations(image) {
  const [, name = image.name ?? "", version = image.version ?? "", build = "1"] = /image\/([^/]+)\/([^/]+)\/(\d+)$/.exec(image.arn ?? "") ?? [];
  const out = [];
  const s3 = image.infrastructureConfiguration?.logging?.s3Logs;
  if (s3?.s3BucketName) {
    const prefix = s3.s3KeyPrefix ? `${s3.s3KeyPrefix.replace(/\/+$/, "")}/` : "";
    out.push(`s3://${s3.s3BucketName}/${prefix}${name}/${version}/${build}/`);
  }
  const group = image.loggingConfiguration?.logGroupName ?? `/aws/imagebuilder/${name}`;
  out.push(`CloudWatch Logs group ${group}, stream ${version}/${build}`);
  return out;
}
function describeFailure(o) {
  const reason = o.image.state?.reason ?? `the build ended ${o.image.state?.status ?? "FAILED"} without a reason`;
  const step = /Failed step: '([^']+)'/.exec(reason)?.[1] ?? /[Ss]tep '([^']+)'/.exec(reason)?.[1];
  const component = /Document (arn:\S+?component\/[^\s!]+)/.exec(reason)?.[1];
  const report = {
    arch: o.arch,
    imageBuildVersionArn: o.image.arn ?? "",
    phase: phaseOf(reason, o.history),
    reason,
    logs: logLocations(o.image)
  };
  if (step) report.step = step;
  if (component) report.component = component;
  return report;
}
function formatFailure(r, o) {
  const lines = [
    `${r.arch}: the image build failed in the ${r.phase} phase${r.step ? ` at step '${r.step}'` : ""}${r.component ? ` of ${r.component}` : ""}`,
    `  reason: ${r.reason}`,
    ...r.logs.map((l) => `  logs: ${l}`),
    `  image: ${r.imageBuildVersionArn}`
  ];
  if (r.keptInstance) {
    lines.push(
      `  the failed build's instance ${r.keptInstance.id} was kept for debugging: ${r.keptInstance.connect}`
    );
    lines.push(
      `  terminate it when done: aws ec2 terminate-instances --region ${r.keptInstance.region} --instance-ids ${r.keptInstance.id}`
    );
  } else if (!o.keepFailedInstance) {
    lines.push(
      "  the build instance was terminated; bake again with --keep-failed-instance to keep it for debugging over SSM"
    );
  }
  return lines.join("\n");
}

// src/bake/follow.ts
var import_client_imagebuilder3 = __toESM(require_dist_cjs2(), 1);
var FINAL = /* @__PURE__ */ new Set(["AVAILABLE", "FAILED", "CANCELLED", "DEPRECATED", "DISABLED", "DELETED"]);
var WAITING_FOR = {
  PENDING: "Image Builder to start the build",
  CREATING: "Image Builder to set up the build",
  BUILDING: "the build instance to run the build components",
  TESTING: "the test instance to run the test components",
  DISTRIBUTING: "the AMI to be copied to every distribution region",
  INTEGRATING: "Image Builder's integrations to finish"
};
async function followBuild(o) {
  const pollMs = o.pollMs ?? 6e4;
  const reportEveryMs = o.reportEveryMs ?? 12e4;
  const started = o.clock.now();
  const history = [];
  let lastReport = Number.NEGATIVE_INFINITY;
  for (; ; ) {
    const { image } = await o.client.send(
      new import_client_imagebuilder3.GetImageCommand({ imageBuildVersionArn: o.imageBuildVersionArn })
    );
    if (!image)
      throw new OperationFailed(
        `Image Builder returned no image for ${o.imageBuildVersionArn}`,
        "bake-failed"
      );
    const status = image.state?.status ?? "PENDING";
    const now = o.clock.now();
    const changed = history.at(-1)?.status !== status;
    if (changed) history.push({ status, at: now });
    if (FINAL.has(status)) return { image, history };
    const elapsed = now - started;
    if (changed || now - lastReport >= reportEveryMs) {
      const since = formatDuration(now - (history.at(-1)?.at ?? now));
      o.progress.waiting(
        o.phase,
        `${status} for ${since} (build ${formatDuration(elapsed)})`,
        WAITING_FOR[status] ?? `state ${status} to change`
      );
      lastReport = now;
    }
    if (elapsed >= o.timeoutMs) {
      throw new OperationFailed(
        `${o.phase}: gave up after ${formatDuration(elapsed)} (--timeout) with the build still ${status}. It continues in Image Builder: follow it with 'aws imagebuilder get-image --image-build-version-arn ${o.imageBuildVersionArn}', or run bake again to pick it up where it is.`,
        "bake-timeout",
        { imageBuildVersionArn: o.imageBuildVersionArn, status, history }
      );
    }
    await o.clock.sleep(Math.min(pollMs, Math.max(1, o.timeoutMs - elapsed)));
  }
}

// src/bake/image-recipe.ts
var import_client_imagebuilder4 = __toESM(require_dist_cjs2(), 1);
function recipeContent(input) {
  const { name: _n, semanticVersion: _v, tags: _t, clientToken: _c, ...content } = input;
  return content;
}
async function ensureImageRecipe(o) {
  const name = o.input.name;
  const contentHash = sha256(canonicalJson(recipeContent(o.input)));
  const version = o.input.semanticVersion ?? semanticVersionFromHash(contentHash);
  for await (const page of (0, import_client_imagebuilder4.paginateListImageRecipes)(
    { client: o.client },
    { owner: "Self", filters: [{ name: "name", values: [name] }] }
  )) {
    const found = (page.imageRecipeSummaryList ?? []).find(
      (r) => r.name === name && r.arn?.endsWith(`/${version}`)
    );
    if (found?.arn) return { arn: found.arn, name, version, created: false };
  }
  try {
    const out = await o.client.send(
      new import_client_imagebuilder4.CreateImageRecipeCommand({
        ...o.input,
        semanticVersion: version,
        tags: { ...o.input.tags ?? {}, ...o.tags, "amipipe:content-hash": contentHash }
      })
    );
    return { arn: out.imageRecipeArn, name, version, created: true };
  } catch (error) {
    if (error.name !== "ResourceAlreadyExistsException") throw error;
    const arn = existingArnOf(error);
    if (!arn) throw error;
    return { arn, name, version, created: false };
  }
}

// src/bake/provenance.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
var PROVENANCE = {
  recipe: TAG.recipe,
  recipeHash: TAG.recipeHash,
  baseAmi: TAG.baseAmi,
  gitSha: TAG.gitSha,
  runUrl: TAG.runUrl,
  builtAt: TAG.builtAt,
  arch: TAG.arch
};
function provenanceTags(o) {
  const tags = {
    [PROVENANCE.recipe]: o.recipe,
    [PROVENANCE.recipeHash]: o.recipeHash,
    [PROVENANCE.baseAmi]: o.baseAmi,
    [PROVENANCE.arch]: o.arch
  };
  if (o.env.gitSha) tags[PROVENANCE.gitSha] = o.env.gitSha;
  if (o.env.runUrl) tags[PROVENANCE.runUrl] = o.env.runUrl;
  if (o.builtAt !== void 0) tags[PROVENANCE.builtAt] = new Date(o.builtAt).toISOString();
  return tags;
}
async function confirmAmis(aws, amis) {
  const confirmed = [];
  const missing = [];
  for (const { region, ami } of amis) {
    const { Images } = await aws.ec2(region).send(new import_client_ec2.DescribeImagesCommand({ ImageIds: [ami], Owners: ["self"] }));
    const image = Images?.find((i) => i.ImageId === ami);
    if (image?.State !== "available") {
      missing.push(`${ami} in ${region} (${image ? `state ${image.State}` : "not found"})`);
      continue;
    }
    const snapshotIds = (image.BlockDeviceMappings ?? []).flatMap(
      (b) => b.Ebs?.SnapshotId ? [b.Ebs.SnapshotId] : []
    );
    confirmed.push({ region, ami, snapshotIds });
  }
  return { confirmed, missing };
}
async function tagAmisAndSnapshots(aws, amis, tags) {
  const Tags = toTagList(tags);
  for (const { region, ami, snapshotIds } of amis) {
    await aws.ec2(region).send(new import_client_ec2.CreateTagsCommand({ Resources: [ami, ...snapshotIds], Tags }));
  }
}

// src/bake/resources.ts
function rootVolumeSize(recipe) {
  if (recipe.imageBuilder.rootVolumeGiB !== void 0) return recipe.imageBuilder.rootVolumeGiB;
  const packages = recipePackages(recipe).length;
  const agents = Object.keys(recipe.agents).length;
  const estimate = 12 + Math.ceil(packages / 10) * 2 + agents * 2 + recipe.steps.length;
  return Math.max(16, Math.ceil(estimate / 4) * 4);
}
function rootVolume(sizeGiB) {
  return {
    deviceName: "/dev/xvda",
    ebs: { volumeSize: sizeGiB, volumeType: "gp3", deleteOnTermination: true, encrypted: true }
  };
}

// src/bake/build-arch.ts
var UNFINISHED = /* @__PURE__ */ new Set(["PENDING", "CREATING", "BUILDING", "TESTING", "DISTRIBUTING", "INTEGRATING"]);
function imageRecipeInput(o) {
  const compiled = o.compiled.imageRecipe;
  const components = (compiled.components ?? []).map((c) => {
    const spec = o.compiled.components.find(
      (s) => componentArn({ name: s.name, semanticVersion: s.semanticVersion }) === c.componentArn
    );
    const arn = spec ? o.componentArns.get(componentKey(spec)) : void 0;
    if (!arn)
      throw new OperationFailed(
        `the image recipe references ${c.componentArn}, which no compiled component provides`,
        "bake-compile"
      );
    return { ...c, componentArn: arn };
  });
  return {
    ...compiled,
    parentImage: o.baseAmi,
    components,
    blockDeviceMappings: compiled.blockDeviceMappings?.length ? compiled.blockDeviceMappings : [rootVolume(o.rootVolumeGiB)]
  };
}
function distributionInput(o, version, ctx) {
  const compiled = o.compiled.distribution;
  const tags = provenanceTags({
    recipe: o.recipe,
    recipeHash: o.recipeHash,
    baseAmi: o.baseAmi,
    arch: o.arch,
    env: ctx.run
  });
  const distributions = o.regions.map((region) => {
    const given = compiled.distributions?.find((d) => d.region === region);
    return {
      ...given,
      region,
      amiDistributionConfiguration: {
        ...given?.amiDistributionConfiguration,
        name: amiName(o.recipe, version, o.arch),
        description: given?.amiDistributionConfiguration?.description ?? `${o.recipe} ${version} (${o.arch}), baked by amipipe`,
        amiTags: { ...given?.amiDistributionConfiguration?.amiTags ?? {}, ...tags }
      }
    };
  });
  return { ...compiled, distributions };
}
async function unfinishedBuild(ctx, o, recipeArn) {
  const imageVersionArn = recipeArn.replace(":image-recipe/", ":image/");
  for await (const page of (0, import_client_imagebuilder5.paginateListImageBuildVersions)(
    { client: ctx.aws.imagebuilder(o.home) },
    { imageVersionArn }
  )) {
    const found = (page.imageSummaryList ?? []).find(
      (s) => UNFINISHED.has(s.state?.status ?? "") && s.tags?.[PROVENANCE.recipeHash] === o.recipeHash && s.tags?.[PROVENANCE.baseAmi] === o.baseAmi
    );
    if (found) return found;
  }
  return void 0;
}
async function keptInstance(ctx, region, imageArn) {
  const { Reservations } = await ctx.aws.ec2(region).send(
    new import_client_ec22.DescribeInstancesCommand({
      Filters: [
        { Name: "tag:Ec2ImageBuilderArn", Values: [imageArn] },
        { Name: "instance-state-name", Values: ["pending", "running"] }
      ]
    })
  );
  return Reservations?.flatMap((r) => r.Instances ?? [])[0]?.InstanceId;
}
async function buildArch(ctx, o) {
  const phase = `bake ${o.recipe}/${o.arch}`;
  const client = ctx.aws.imagebuilder(o.home);
  const recipe = await ensureImageRecipe({
    client,
    input: imageRecipeInput(o),
    tags: { [PROVENANCE.recipe]: o.recipe }
  });
  ctx.progress.info(
    phase,
    `image recipe ${recipe.name} ${recipe.version} ${recipe.created ? "created" : "reused"} (base ${o.baseAmi})`
  );
  const infra = await ensureInfrastructure({
    client,
    input: { ...o.compiled.infrastructure, terminateInstanceOnFailure: !o.keepFailedInstance }
  });
  const dist = await ensureDistribution({ client, input: distributionInput(o, recipe.version, ctx) });
  ctx.progress.info(
    phase,
    `infrastructure ${infra.action}, distribution to ${o.regions.join(", ")} ${dist.action}`
  );
  const startedAt = ctx.clock.now();
  const pending = o.force ? void 0 : await unfinishedBuild(ctx, o, recipe.arn);
  let imageBuildVersionArn;
  if (pending?.arn) {
    imageBuildVersionArn = pending.arn;
    ctx.progress.info(
      phase,
      `picking up the unfinished build ${imageBuildVersionArn} (${pending.state?.status})`
    );
  } else {
    const out = await client.send(
      new import_client_imagebuilder5.CreateImageCommand({
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
          env: ctx.run
        })
      })
    );
    imageBuildVersionArn = out.imageBuildVersionArn;
    ctx.progress.info(phase, `build started: ${imageBuildVersionArn}`);
  }
  const followed = await followBuild({
    clock: ctx.clock,
    progress: ctx.progress,
    client,
    imageBuildVersionArn,
    phase,
    timeoutMs: o.timeoutMs,
    // A terminal rewrites one live line, so it can show every poll; CI logs get a line every 5 minutes.
    reportEveryMs: ctx.run.ci ? 3e5 : 3e4
  });
  const endedAt = ctx.clock.now();
  const result = {
    arch: o.arch,
    imageBuildVersionArn,
    resumed: Boolean(pending),
    amis: [],
    history: followed.history,
    manifestFiles: [],
    startedAt,
    endedAt
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
          connect: `aws ssm start-session --region ${o.home} --target ${id}`
        };
    }
    ctx.progress.error(
      phase,
      `${status} after ${formatDuration(endedAt - startedAt)} in the ${failure.phase} phase`
    );
    result.failure = failure;
    return result;
  }
  const output = (followed.image.outputResources?.amis ?? []).flatMap(
    (a) => a.region && a.image ? [{ region: a.region, ami: a.image }] : []
  );
  const absent = o.regions.filter((r) => !output.some((a) => a.region === r));
  const { confirmed, missing } = await confirmAmis(ctx.aws, output);
  if (absent.length > 0 || missing.length > 0) {
    throw new OperationFailed(
      `${phase}: Image Builder reports ${imageBuildVersionArn} AVAILABLE, but ` + [...absent.map((r) => `no AMI reached ${r}`), ...missing.map((m) => `${m} is missing`)].join("; "),
      "bake-distribution",
      { imageBuildVersionArn, output }
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
      builtAt
    })
  );
  result.amis = confirmed.map((c) => ({ region: c.region, arch: o.arch, ami: c.ami }));
  ctx.progress.info(
    phase,
    `AVAILABLE after ${formatDuration(endedAt - startedAt)}: ${result.amis.map((a) => `${a.ami} (${a.region})`).join(", ")}`
  );
  if (o.enhancedImageMetadata) {
    const record = {
      schema: "amipipe.packages/v1",
      recipe: o.recipe,
      recipeHash: o.recipeHash,
      arch: o.arch,
      baseAmi: o.baseAmi,
      imageBuildVersionArn,
      amis: result.amis.map(({ region, ami }) => ({ region, ami })),
      builtAt: new Date(builtAt).toISOString(),
      packages: await listImagePackages(ctx.aws, o.home, imageBuildVersionArn)
    };
    result.manifestFiles = await writePackageManifest(ctx.root, record);
  } else {
    ctx.progress.warn(
      phase,
      "enhanced image metadata is off: Image Builder collected no package list to store"
    );
  }
  return result;
}

// src/bake/existing.ts
var import_client_ec23 = __toESM(require_dist_cjs(), 1);
async function findBakedAmis(aws, o) {
  const found = [];
  for (const region of o.regions) {
    const { Images } = await aws.ec2(region).send(
      new import_client_ec23.DescribeImagesCommand({
        Owners: ["self"],
        Filters: [
          { Name: `tag:${PROVENANCE.recipeHash}`, Values: [o.recipeHash] },
          { Name: `tag:${PROVENANCE.baseAmi}`, Values: [o.baseAmi] },
          { Name: `tag:${PROVENANCE.arch}`, Values: [o.arch] },
          { Name: "state", Values: ["available"] }
        ]
      })
    );
    const newest = [...Images ?? []].sort(
      (a, b) => (b.CreationDate ?? "").localeCompare(a.CreationDate ?? "")
    )[0];
    if (!newest?.ImageId) return void 0;
    found.push({ region, ami: newest.ImageId });
  }
  return found;
}

// src/bake/regions.ts
function bakeRegions(project, recipe) {
  const regions = [
    ...new Set(
      environmentsInOrder(project).filter((e) => e.env.recipe === recipe).map((e) => e.env.region)
    )
  ];
  const home = regions[0];
  if (!home) {
    throw new UsageError(
      `no environment uses recipe '${recipe}', so there is no region to bake it in (set recipe: ${recipe} in an environments/*.yml)`
    );
  }
  return { home, regions };
}

// src/bake/bake.ts
async function bake(ctx, project, options) {
  const loaded = project.recipes.get(options.recipe);
  if (!loaded) {
    const known = [...project.recipes.keys()].join(", ") || "none";
    throw new UsageError(`no recipe '${options.recipe}' in image-recipes/ (recipes: ${known})`);
  }
  const recipe = loaded.recipe;
  const timeoutText = options.timeout ?? recipe.imageBuilder.timeout;
  const timeoutMs = parseDuration(timeoutText);
  if (timeoutMs === void 0 || timeoutMs <= 0)
    throw new UsageError(`--timeout needs a duration like 90m or 3h (got: '${timeoutText}')`);
  const { home, regions } = bakeRegions(project, recipe.name);
  const phase = `bake ${recipe.name}`;
  ctx.progress.info(phase, `building in ${home}, distributing to ${regions.join(", ")}`);
  await preflightParameters(ctx, recipe, regions);
  const plans = [];
  for (const arch of recipe.architectures) {
    const base = await resolveBaseAmi(ctx.aws, { base: recipe.base, arch, region: home });
    const provenance = { [PROVENANCE.baseAmi]: base.ami };
    if (ctx.run.gitSha) provenance[PROVENANCE.gitSha] = ctx.run.gitSha;
    if (ctx.run.runUrl) provenance[PROVENANCE.runUrl] = ctx.run.runUrl;
    const compiled = compileImage(loaded, {
      arch,
      parentImage: base.ami,
      regions,
      keepFailedInstance: Boolean(options.keepFailedInstance),
      tags: provenance
    });
    const plan = { arch, baseAmi: base.ami, baseVia: base.via, compiled };
    if (!options.force) {
      const existing = await findBakedAmis(ctx.aws, {
        regions,
        recipeHash: compiled.recipeHash,
        baseAmi: base.ami,
        arch
      });
      if (existing) plan.existing = existing;
    }
    ctx.progress.info(
      phase,
      `${arch}: base ${base.ami} (${base.via}), recipe ${compiled.recipeHash.slice(0, 12)}: ` + (plan.existing ? `already baked as ${plan.existing.map((e) => e.ami).join(", ")}` : options.force ? "building (--force)" : "to build")
    );
    plans.push(plan);
  }
  const recipeHash = plans[0].compiled.recipeHash;
  const result = {
    recipe: recipe.name,
    recipeHash,
    skipped: plans.every((p) => p.existing),
    amis: plans.flatMap(
      (p) => (p.existing ?? []).map((e) => ({ region: e.region, arch: p.arch, ami: e.ami }))
    ),
    architectures: plans.map((p) => ({
      arch: p.arch,
      baseAmi: p.baseAmi,
      baseVia: p.baseVia,
      skipped: Boolean(p.existing)
    })),
    regions,
    components: { created: [], reused: [] },
    manifests: []
  };
  const toBuild = plans.filter((p) => !p.existing);
  if (toBuild.length === 0) {
    ctx.progress.info(phase, "nothing to bake: an image of this recipe on this base exists in every region");
    return result;
  }
  const ensured = await ensureComponents({
    client: ctx.aws.imagebuilder(home),
    components: toBuild.flatMap((p) => p.compiled.components),
    tags: { [PROVENANCE.recipe]: recipe.name }
  });
  result.components = { created: ensured.created, reused: ensured.reused };
  ctx.progress.info(
    phase,
    `components: ${ensured.created.length} created${ensured.created.length ? ` (${ensured.created.join(", ")})` : ""}, ${ensured.reused.length} reused`
  );
  const settled = await Promise.allSettled(
    toBuild.map(
      (p) => buildArch(ctx, {
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
        rootVolumeGiB: rootVolumeSize(recipe)
      })
    )
  );
  const builds = [];
  const errors = [];
  for (const s of settled) {
    if (s.status === "fulfilled") builds.push(s.value);
    else errors.push(s.reason);
  }
  for (const b of builds) {
    result.amis.push(...b.amis);
    result.manifests.push(...b.manifestFiles);
    const entry = result.architectures.find((a) => a.arch === b.arch);
    Object.assign(entry, {
      imageBuildVersionArn: b.imageBuildVersionArn,
      resumed: b.resumed,
      startedAt: b.startedAt,
      endedAt: b.endedAt,
      states: b.history
    });
  }
  result.amis.sort(
    (a, b) => a.arch.localeCompare(b.arch) || regions.indexOf(a.region) - regions.indexOf(b.region)
  );
  const failures = builds.flatMap((b) => b.failure ? [b.failure] : []);
  if (errors.length > 0) throw errors[0];
  if (failures.length > 0) {
    const message = [
      `the bake of ${recipe.name} failed; no pin was changed`,
      ...failures.map((f) => formatFailure(f, { keepFailedInstance: Boolean(options.keepFailedInstance) }))
    ].join("\n");
    throw new OperationFailed(message, "bake-failed", { ...result, failures });
  }
  return result;
}
async function preflightParameters(ctx, recipe, regions) {
  const refs = recipeParameters(recipe);
  if (refs.length === 0) return;
  const findings = (await Promise.all(
    regions.map(
      (region) => missingParameters(ctx.aws, { region, recipe: recipe.name, environment: `bake ${recipe.name}`, refs })
    )
  )).flat();
  if (findings.length > 0)
    throw new OperationFailed(
      `bake ${recipe.name}: nothing was built: ${findings.map((f) => f.summary).join("; ")} \u2014 create the parameter(s) first (aws ssm put-parameter)`,
      "preflight",
      { findings }
    );
}

export {
  recipeNames,
  recipesInUse,
  forEachRecipe,
  failureMessage,
  bake
};
