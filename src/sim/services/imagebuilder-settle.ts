import type { SimState } from "../state.js";
import { stateAt } from "./imagebuilder-build.js";
import { createOutputAmi, keepBuildInstance, updateLaunchTemplates } from "./imagebuilder-ec2.js";
import { type BuildRecord, buildDateText, imageBuilderOf } from "./imagebuilder-state.js";

/**
 * Brings builds up to the clock: a failure applied (and its instance kept when asked), or
 * the AMIs registered in every distribution region once distribution is done. Image Builder
 * calls do this first; EC2 may call it so AMIs appear without an Image Builder call.
 */
export function settleImageBuilds(state: SimState, now: number, region?: string): void {
  const regions = region ? [region] : Object.keys(state.regions);
  for (const r of regions)
    for (const build of imageBuilderOf(state, r).builds) settleBuild(state, build, now);
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
