import {
  CreateAutoScalingGroupCommand,
  DescribeAutoScalingGroupsCommand,
  DescribeInstanceRefreshesCommand,
  StartInstanceRefreshCommand,
} from "@aws-sdk/client-auto-scaling";
import { DescribeAlarmsCommand, SetAlarmStateCommand } from "@aws-sdk/client-cloudwatch";
import { CreateLaunchTemplateVersionCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { createImageRecord } from "../../src/sim/services/ec2.js";
import type { Simulator } from "../../src/sim/session.js";
import { exampleWorld, MINUTE, REGION, SUBNETS, targetGroupArn } from "./world.js";

async function groupWithNewVersion(sim: Simulator): Promise<{ version: string }> {
  await sim.aws.autoscaling(REGION).send(
    new CreateAutoScalingGroupCommand({
      AutoScalingGroupName: "web-prod",
      LaunchTemplate: { LaunchTemplateName: "web-prod", Version: "1" },
      MinSize: 2,
      MaxSize: 4,
      DesiredCapacity: 2,
      VPCZoneIdentifier: SUBNETS.join(","),
      TargetGroupARNs: [await targetGroupArn(sim, "web-prod")],
      HealthCheckType: "ELB",
    }),
  );
  await sim.clock.sleep(10 * MINUTE);
  const image = createImageRecord(sim.engine.state, {
    region: REGION,
    name: "web-new",
    architecture: "x86_64",
    at: sim.clock.now(),
  });
  const v = await sim.aws.ec2(REGION).send(
    new CreateLaunchTemplateVersionCommand({
      LaunchTemplateName: "web-prod",
      SourceVersion: "1",
      LaunchTemplateData: { ImageId: image.imageId },
    }),
  );
  return { version: String(v.LaunchTemplateVersion!.VersionNumber) };
}

async function refresh(sim: Simulator, version: string, alarms: string[] = []) {
  const asg = sim.aws.autoscaling(REGION);
  const { InstanceRefreshId } = await asg.send(
    new StartInstanceRefreshCommand({
      AutoScalingGroupName: "web-prod",
      DesiredConfiguration: { LaunchTemplate: { LaunchTemplateName: "web-prod", Version: version } },
      Preferences: {
        MinHealthyPercentage: 100,
        MaxHealthyPercentage: 200,
        InstanceWarmup: 60,
        AutoRollback: true,
        ...(alarms.length ? { AlarmSpecification: { Alarms: alarms } } : {}),
      },
    }),
  );
  return async () =>
    (
      await asg.send(
        new DescribeInstanceRefreshesCommand({
          AutoScalingGroupName: "web-prod",
          InstanceRefreshIds: [InstanceRefreshId!],
        }),
      )
    ).InstanceRefreshes![0]!;
}

describe("Auto Scaling and CloudWatch in the simulated world", () => {
  it("the prod 5xx alarm is OK, and SetAlarmState moves it", async () => {
    const sim = await exampleWorld();
    const cw = sim.aws.cloudwatch(REGION);
    const ok = await cw.send(new DescribeAlarmsCommand({ AlarmNames: ["web-prod-5xx", "web-staging-5xx"] }));
    expect(ok.MetricAlarms!.map((a) => a.StateValue)).toEqual(["OK", "OK"]);
    await cw.send(
      new SetAlarmStateCommand({ AlarmName: "web-prod-5xx", StateValue: "ALARM", StateReason: "test" }),
    );
    const firing = await cw.send(new DescribeAlarmsCommand({ StateValue: "ALARM" }));
    expect(firing.MetricAlarms!.map((a) => a.AlarmName)).toEqual(["web-prod-5xx"]);
  });

  it("an instance refresh at 100% minimum healthy surges new instances, then retires the old ones", async () => {
    const sim = await exampleWorld();
    const { version } = await groupWithNewVersion(sim);
    const current = await refresh(sim, version);
    expect((await current()).Status).toMatch(/Pending|InProgress/);
    await sim.clock.sleep(30 * MINUTE);
    expect(await current()).toMatchObject({ Status: "Successful", PercentageComplete: 100 });
    const group = await sim.aws
      .autoscaling(REGION)
      .send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ["web-prod"] }));
    const live = group.AutoScalingGroups![0]!.Instances!.filter((i) => i.LifecycleState === "InService");
    expect(live.map((i) => i.LaunchTemplate?.Version)).toEqual([version, version]);
  });

  it("an alarm firing during the refresh rolls it back to the previous launch template version", async () => {
    const sim = await exampleWorld();
    const { version } = await groupWithNewVersion(sim);
    await sim.aws
      .cloudwatch(REGION)
      .send(new SetAlarmStateCommand({ AlarmName: "web-prod-5xx", StateValue: "ALARM", StateReason: "5xx" }));
    const current = await refresh(sim, version, ["web-prod-5xx"]);
    await sim.clock.sleep(30 * MINUTE);
    expect((await current()).Status).toBe("RollbackSuccessful");
    const group = await sim.aws
      .autoscaling(REGION)
      .send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ["web-prod"] }));
    expect(group.AutoScalingGroups![0]!.LaunchTemplate?.Version).toBe("1");
  });

  it("new instances that never turn healthy make the refresh roll back", async () => {
    const sim = await exampleWorld(["new-instances-unhealthy"]);
    const { version } = await groupWithNewVersion(sim);
    const current = await refresh(sim, version);
    await sim.clock.sleep(60 * MINUTE);
    expect(await current()).toMatchObject({ Status: "RollbackSuccessful" });
  });
});
