import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Moto, startMoto } from "./moto.js";
import {
  alarms,
  autoScaling,
  ebsEncryptionByDefault,
  imagesAndSnapshots,
  instances,
  launchTemplates,
  networkAndLoadBalancer,
  type Outcome,
  parametersAndCommands,
  targetHealth,
} from "./scenarios.js";
import { missingMembers } from "./shape.js";
import { motoTarget, simulatorTarget, type Target } from "./targets.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Every operation the toolkit calls runs here on both moto 5.2.5 and the simulator, except
 * those moto 5.2.5 does not implement (checked against its sources):
 * - Image Builder: the whole service (moto has no imagebuilder backend) — CreateComponent,
 *   CreateImageRecipe, CreateInfrastructureConfiguration, CreateDistributionConfiguration,
 *   UpdateInfrastructureConfiguration, UpdateDistributionConfiguration, CreateImage,
 *   CancelImageCreation, GetComponent, GetImage, GetImageRecipe, GetInfrastructureConfiguration,
 *   GetDistributionConfiguration, ListComponents, ListImageRecipes, ListImages,
 *   ListImageBuildVersions, ListImagePackages, ListInfrastructureConfigurations,
 *   ListDistributionConfigurations, ListTagsForResource, TagResource, UntagResource. The
 *   simulator's Image Builder is held to AWS's model instead (src/sim/model/check.ts).
 * - Auto Scaling instance refreshes: StartInstanceRefresh, DescribeInstanceRefreshes,
 *   CancelInstanceRefresh, RollbackInstanceRefresh.
 * - SSM: ListCommandInvocations.
 */

/**
 * Members moto answers that the simulator leaves out on purpose, with why. Anything else moto
 * answers must be in the simulator's answer too.
 */
const ACCEPTED: Record<string, string> = {
  "DescribeImages:Images[].SourceInstanceId":
    "moto's images here come from CreateImage on an instance; the simulator's come from Image Builder distributions, which keep no source instance",
};

let moto: Moto;
let onMoto: Target;
let onSim: Target;

beforeAll(async () => {
  moto = await startMoto();
  onMoto = await motoTarget(moto.endpoint);
  onSim = await simulatorTarget(ROOT);
});

afterAll(async () => {
  await moto?.stop();
});

async function both(scenario: (t: Target) => Promise<Outcome>): Promise<{ moto: Outcome; sim: Outcome }> {
  return { moto: await scenario(onMoto), sim: await scenario(onSim) };
}

function expectSameShapes(outcome: { moto: Outcome; sim: Outcome }): void {
  for (const [operation, response] of Object.entries(outcome.moto.responses)) {
    const missing = missingMembers(response, outcome.sim.responses[operation]).filter(
      (m) => !ACCEPTED[`${operation}:${m}`],
    );
    expect(missing, `${operation}: members moto answers that the simulator does not`).toEqual([]);
  }
}

describe("the same AWS code against moto_server and the simulator", () => {
  it("launch templates: create, new numbered version from a source, $Latest, default version", async () => {
    const outcome = await both(launchTemplates);
    expect(outcome.sim.summary).toEqual(outcome.moto.summary);
    expectSameShapes(outcome);
  });

  it("instances: RunInstances with tags, DescribeInstances filters, stop/start/terminate", async () => {
    const outcome = await both(instances);
    expect(outcome.sim.summary).toEqual(outcome.moto.summary);
    expectSameShapes(outcome);
  });

  it("images and snapshots: found by owner and tag, deregistered, deleted", async () => {
    const outcome = await both(imagesAndSnapshots);
    expect(outcome.sim.summary).toEqual(outcome.moto.summary);
    expectSameShapes(outcome);
  });

  it("target health: register, healthy, deregister", async () => {
    const outcome = await both(targetHealth);
    expect(outcome.sim.summary).toEqual(outcome.moto.summary);
  });

  it("SSM: public Amazon Linux parameter, a lock parameter, SendCommand", async () => {
    const outcome = await both(parametersAndCommands);
    expect(outcome.sim.summary).toEqual(outcome.moto.summary);
    expectSameShapes(outcome);
  });

  it("Auto Scaling: a group from a launch template scales to its desired capacity", async () => {
    const outcome = await both(autoScaling);
    expect(outcome.sim.summary).toEqual(outcome.moto.summary);
    expectSameShapes(outcome);
  });

  it("EBS encryption by default: read, turned on and off, and seen by the launch-template hardening check", async () => {
    const outcome = await both(ebsEncryptionByDefault);
    expect(outcome.sim.summary).toEqual(outcome.moto.summary);
    expect(outcome.sim.summary).toMatchObject({
      before: false,
      after: true,
      disabled: false,
      checkedOff: [
        ["hardening:imdsv2", true, null],
        ["hardening:root-volume-encrypted", false, false],
      ],
      checkedOn: [
        ["hardening:imdsv2", true, null],
        ["hardening:root-volume-encrypted", true, true],
      ],
    });
    expectSameShapes(outcome);
  });

  it("network, load balancer, listener and target group reads and settings; parameters by name and path; reboots", async () => {
    const outcome = await both(networkAndLoadBalancer);
    expect(outcome.sim.summary).toMatchObject({ delay: "900", interval: 15, tagged: [true] });
    expect(outcome.sim.summary).toEqual(outcome.moto.summary);
  });

  it("CloudWatch alarms and STS", async () => {
    const outcome = await both(alarms);
    expect(outcome.sim.summary).toEqual(outcome.moto.summary);
    expectSameShapes(outcome);
  });
});
