import { RunInstancesCommand } from "@aws-sdk/client-ec2";
import {
  DeregisterTargetsCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetHealthCommand,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { createImageRecord } from "../../src/sim/services/ec2.js";
import type { Simulator } from "../../src/sim/session.js";
import { exampleWorld, MINUTE, REGION, SECOND, SUBNETS, targetGroupArn } from "./world.js";

async function launch(sim: Simulator, imageId: string, count = 1): Promise<string[]> {
  const out = await sim.aws.ec2(REGION).send(
    new RunInstancesCommand({
      MinCount: count,
      MaxCount: count,
      ImageId: imageId,
      InstanceType: "t3.medium",
      SubnetId: SUBNETS[0],
    }),
  );
  return out.Instances!.map((i) => i.InstanceId!);
}

async function health(sim: Simulator, tg: string): Promise<Record<string, string>> {
  const out = await sim.aws.elbv2(REGION).send(new DescribeTargetHealthCommand({ TargetGroupArn: tg }));
  return Object.fromEntries(
    out.TargetHealthDescriptions!.map((d) => [d.Target!.Id!, d.TargetHealth!.State!]),
  );
}

function newImage(sim: Simulator): string {
  return createImageRecord(sim.engine.state, {
    region: REGION,
    name: `web-${sim.clock.now()}`,
    architecture: "x86_64",
    at: sim.clock.now(),
  }).imageId;
}

describe("the ALB in the simulated world", () => {
  it("one ALB 'web' with an HTTP listener and target groups per environment (health check /health, 300s draining)", async () => {
    const sim = await exampleWorld();
    const elb = sim.aws.elbv2(REGION);
    const lbs = await elb.send(new DescribeLoadBalancersCommand({ Names: ["web"] }));
    const lb = lbs.LoadBalancers![0]!;
    expect(lb.AvailabilityZones!.map((z) => z.ZoneName)).toEqual([
      "ap-northeast-1a",
      "ap-northeast-1c",
      "ap-northeast-1d",
    ]);
    const listeners = await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn! }));
    expect(listeners.Listeners![0]).toMatchObject({ Port: 80, Protocol: "HTTP" });
    const tg = await targetGroupArn(sim, "web-prod");
    const attrs = await elb.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: tg }));
    expect(attrs.Attributes).toContainEqual({ Key: "deregistration_delay.timeout_seconds", Value: "300" });
    expect(Object.values(await health(sim, tg))).toEqual(["healthy", "healthy"]);
  });

  it("a registered target is initial until healthy threshold × interval have passed, then healthy", async () => {
    const sim = await exampleWorld();
    const tg = await targetGroupArn(sim, "web-dev");
    const [id] = await launch(sim, newImage(sim));
    await expect(
      sim.aws.elbv2(REGION).send(new RegisterTargetsCommand({ TargetGroupArn: tg, Targets: [{ Id: id! }] })),
    ).rejects.toMatchObject({
      name: "InvalidTarget",
    });
    await sim.clock.sleep(MINUTE);
    await sim.aws
      .elbv2(REGION)
      .send(new RegisterTargetsCommand({ TargetGroupArn: tg, Targets: [{ Id: id! }] }));
    expect((await health(sim, tg))[id!]).toBe("initial");
    await sim.clock.sleep(5 * 30 * SECOND - SECOND);
    expect((await health(sim, tg))[id!]).toBe("initial");
    await sim.clock.sleep(SECOND);
    expect((await health(sim, tg))[id!]).toBe("healthy");
  });

  it("a deregistered target drains for the deregistration delay, then leaves the group", async () => {
    const sim = await exampleWorld();
    const tg = await targetGroupArn(sim, "web-prod");
    const [old] = Object.keys(await health(sim, tg));
    await sim.aws
      .elbv2(REGION)
      .send(new DeregisterTargetsCommand({ TargetGroupArn: tg, Targets: [{ Id: old! }] }));
    expect((await health(sim, tg))[old!]).toBe("draining");
    await sim.clock.sleep(300 * SECOND);
    expect(await health(sim, tg)).not.toHaveProperty(old!);
    const asked = await sim.aws
      .elbv2(REGION)
      .send(new DescribeTargetHealthCommand({ TargetGroupArn: tg, Targets: [{ Id: old! }] }));
    expect(asked.TargetHealthDescriptions![0]!.TargetHealth).toMatchObject({
      State: "unused",
      Reason: "Target.NotRegistered",
    });
  });

  it("with new-instances-unhealthy, instances of the newest AMI fail health checks while older ones pass", async () => {
    const sim = await exampleWorld(["new-instances-unhealthy"]);
    const tg = await targetGroupArn(sim, "web-staging");
    const older = newImage(sim);
    await sim.clock.sleep(SECOND);
    const newest = newImage(sim);
    const [good] = await launch(sim, older);
    const [bad] = await launch(sim, newest);
    await sim.clock.sleep(MINUTE);
    await sim.aws
      .elbv2(REGION)
      .send(new RegisterTargetsCommand({ TargetGroupArn: tg, Targets: [{ Id: good! }, { Id: bad! }] }));
    await sim.clock.sleep(10 * MINUTE);
    const states = await health(sim, tg);
    expect(states[good!]).toBe("healthy");
    expect(states[bad!]).toBe("unhealthy");
  });

  it("the healthy-count history shows a surge-then-drain rollout never dropped below the desired count", async () => {
    const sim = await exampleWorld();
    const tg = await targetGroupArn(sim, "web-prod");
    const start = sim.clock.now();
    const old = Object.keys(await health(sim, tg));
    const fresh = await launch(sim, newImage(sim), 2);
    await sim.clock.sleep(3 * MINUTE);
    await sim.aws
      .elbv2(REGION)
      .send(new RegisterTargetsCommand({ TargetGroupArn: tg, Targets: fresh.map((Id) => ({ Id })) }));
    await sim.clock.sleep(3 * MINUTE);
    await sim.aws
      .elbv2(REGION)
      .send(new DeregisterTargetsCommand({ TargetGroupArn: tg, Targets: old.map((Id) => ({ Id })) }));
    await sim.clock.sleep(6 * MINUTE);
    const history = sim.engine.timeline("web-prod").filter((s) => s.at >= start);
    expect(history.map((s) => s.healthy)).toEqual([4, 2]);
    expect(
      Math.min(
        ...sim.engine
          .timeline("web-prod")
          .filter((s) => s.at > start - 1)
          .map((s) => s.healthy),
      ),
    ).toBeGreaterThanOrEqual(2);
  });
});
