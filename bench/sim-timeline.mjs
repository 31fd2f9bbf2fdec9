// Simulated hours per wall-clock second for a rollout-shaped polling timeline in the example
// world, driven through the real SDK clients: surge two instances, wait for running and status
// checks, register, wait healthy, soak with alarm polling, drain the old instances, repeated.
import path from "node:path";
import { DescribeAlarmsCommand } from "@aws-sdk/client-cloudwatch";
import {
  DescribeInstanceStatusCommand,
  RunInstancesCommand,
  StopInstancesCommand,
} from "@aws-sdk/client-ec2";
import {
  DeregisterTargetsCommand,
  DescribeTargetHealthCommand,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { observeTargetGroups } from "../src/aws/fleet.ts";
import { simulatorFromWorld } from "../src/sim/session.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const REGION = "ap-northeast-1";
const ROUNDS = Number(process.env.ROUNDS ?? 10);

const sim = await simulatorFromWorld(ROOT);
const ec2 = sim.aws.ec2(REGION);
const elb = sim.aws.elbv2(REGION);
const cw = sim.aws.cloudwatch(REGION);
const tgArn = (await observeTargetGroups(sim.aws, REGION, ["web-prod"])).get("web-prod").arn;
const startVirtual = sim.clock.now();
const startWall = performance.now();

async function until(check, everyMs) {
  for (;;) {
    if (await check()) return;
    await sim.clock.sleep(everyMs);
  }
}

for (let round = 0; round < ROUNDS; round++) {
  const health = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }));
  const old = health.TargetHealthDescriptions.filter((d) => d.TargetHealth.State === "healthy").map(
    (d) => d.Target.Id,
  );
  const run = await ec2.send(
    new RunInstancesCommand({
      MinCount: 2,
      MaxCount: 2,
      LaunchTemplate: { LaunchTemplateName: "web-prod" },
      SubnetId: "subnet-0a1b2c3d4e5f60001",
    }),
  );
  const ids = run.Instances.map((i) => i.InstanceId);
  // EC2 is eventually consistent: describe a new instance only after a first wait.
  await sim.clock.sleep(15_000);
  await until(async () => {
    const s = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: ids }));
    return (
      s.InstanceStatuses.length === ids.length &&
      s.InstanceStatuses.every((x) => x.InstanceStatus.Status === "ok")
    );
  }, 15_000);
  await elb.send(new RegisterTargetsCommand({ TargetGroupArn: tgArn, Targets: ids.map((Id) => ({ Id })) }));
  await until(async () => {
    const h = await elb.send(
      new DescribeTargetHealthCommand({ TargetGroupArn: tgArn, Targets: ids.map((Id) => ({ Id })) }),
    );
    return h.TargetHealthDescriptions.every((d) => d.TargetHealth.State === "healthy");
  }, 15_000);
  for (let i = 0; i < 20; i++) {
    await cw.send(new DescribeAlarmsCommand({ AlarmNames: ["web-prod-5xx"] }));
    await sim.clock.sleep(30_000);
  }
  await elb.send(new DeregisterTargetsCommand({ TargetGroupArn: tgArn, Targets: old.map((Id) => ({ Id })) }));
  await until(async () => {
    const h = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }));
    return !h.TargetHealthDescriptions.some((d) => old.includes(d.Target.Id));
  }, 15_000);
  await ec2.send(new StopInstancesCommand({ InstanceIds: old }));
}

const simulatedHours = (sim.clock.now() - startVirtual) / 3_600_000;
const wallSeconds = (performance.now() - startWall) / 1000;
const lowest = Math.min(
  ...sim.engine
    .timeline("web-prod")
    .filter((s) => s.at >= startVirtual)
    .map((s) => s.healthy),
);
console.log(
  JSON.stringify({
    bench: "sim-timeline",
    rounds: ROUNDS,
    apiCalls: sim.engine.calls.length,
    simulatedHours: Number(simulatedHours.toFixed(2)),
    wallSeconds: Number(wallSeconds.toFixed(3)),
    simulatedHoursPerWallSecond: Number((simulatedHours / wallSeconds).toFixed(1)),
    lowestHealthyDuringRollouts: lowest,
  }),
);
