import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import {
  CreateComponentCommand,
  CreateDistributionConfigurationCommand,
  CreateImageCommand,
  CreateImageRecipeCommand,
  CreateInfrastructureConfigurationCommand,
} from "@aws-sdk/client-imagebuilder";
import { describe, expect, it } from "vitest";
import type { Simulator } from "../../src/sim/session.js";
import { exampleWorld, MINUTE, REGION } from "./world.js";

const BASE_PARAMETER = "/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2";

/** Starts an Image Builder build distributing one AMI to REGION; returns the build's ARN. */
async function startBuild(sim: Simulator): Promise<string> {
  const ib = sim.aws.imagebuilder(REGION);
  const component = await ib.send(
    new CreateComponentCommand({
      name: "web-system",
      semanticVersion: "1.0.0",
      platform: "Linux",
      data: "name: web-system\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Hello\n        action: ExecuteBash\n        inputs:\n          commands: ['echo hello']\n",
    }),
  );
  const recipe = await ib.send(
    new CreateImageRecipeCommand({
      name: "web-x86_64",
      semanticVersion: "1.0.0",
      parentImage: sim.engine.state.regions[REGION]!.parameters[BASE_PARAMETER]!.value,
      components: [{ componentArn: component.componentBuildVersionArn }],
    }),
  );
  const infra = await ib.send(
    new CreateInfrastructureConfigurationCommand({
      name: "web-x86_64",
      instanceProfileName: "amipipe-image-builder",
    }),
  );
  const distribution = await ib.send(
    new CreateDistributionConfigurationCommand({
      name: "web-x86_64",
      distributions: [
        { region: REGION, amiDistributionConfiguration: { name: "web-{{imagebuilder:buildDate}}" } },
      ],
    }),
  );
  const image = await ib.send(
    new CreateImageCommand({
      imageRecipeArn: recipe.imageRecipeArn,
      infrastructureConfigurationArn: infra.infrastructureConfigurationArn,
      distributionConfigurationArn: distribution.distributionConfigurationArn,
    }),
  );
  return image.imageBuildVersionArn!;
}

async function amisOfBuild(sim: Simulator, buildArn: string): Promise<string[]> {
  const { Images } = await sim.aws.ec2(REGION).send(
    new DescribeImagesCommand({
      Owners: ["self"],
      Filters: [{ Name: "tag:Ec2ImageBuilderArn", Values: [buildArn] }],
    }),
  );
  return (Images ?? []).map((i) => i.ImageId!);
}

describe("EC2 image listings and Image Builder", () => {
  it("list the AMI of a finished build even when nobody asked Image Builder since it finished", async () => {
    const sim = await exampleWorld();
    const build = await startBuild(sim);
    expect(await amisOfBuild(sim, build)).toEqual([]);

    await sim.clock.sleep(90 * MINUTE);
    const calls = sim.engine.calls.length;
    const amis = await amisOfBuild(sim, build);
    expect(amis).toHaveLength(1);
    expect(amis[0]).toMatch(/^ami-[0-9a-f]+$/);
    expect(sim.engine.calls.slice(calls).map((c) => `${c.service}:${c.operation}`)).toEqual([
      "ec2:DescribeImages",
    ]);
  });
});
