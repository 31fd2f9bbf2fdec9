// Memory and timings for a simulated world of 1,000 instances behind one target group:
// launch, register, describe every page, target health, and the state file's size.
import path from "node:path";
import { paginateDescribeInstances, RunInstancesCommand } from "@aws-sdk/client-ec2";
import {
  DescribeTargetHealthCommand,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { observeTargetGroups } from "../src/aws/fleet.ts";
import { simulatorFromWorld } from "../src/sim/session.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const REGION = "ap-northeast-1";
const COUNT = Number(process.env.INSTANCES ?? 1000);

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const sim = await simulatorFromWorld(ROOT);
const ec2 = sim.aws.ec2(REGION);
const elb = sim.aws.elbv2(REGION);
const tgArn = (await observeTargetGroups(sim.aws, REGION, ["web-prod"])).get("web-prod").arn;

const t0 = performance.now();
const ids = [];
for (let i = 0; i < COUNT; i += 100) {
  const run = await ec2.send(
    new RunInstancesCommand({
      MinCount: 100,
      MaxCount: 100,
      LaunchTemplate: { LaunchTemplateName: "web-prod" },
      SubnetId: `subnet-0a1b2c3d4e5f6000${((i / 100) % 3) + 1}`,
    }),
  );
  ids.push(...run.Instances.map((x) => x.InstanceId));
}
const launchMs = performance.now() - t0;
await sim.clock.sleep(60_000);
for (let i = 0; i < ids.length; i += 100)
  await elb.send(
    new RegisterTargetsCommand({
      TargetGroupArn: tgArn,
      Targets: ids.slice(i, i + 100).map((Id) => ({ Id })),
    }),
  );
await sim.clock.sleep(10 * 60_000);

const t1 = performance.now();
let described = 0;
for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 1000 }, {}))
  for (const r of page.Reservations) described += r.Instances.length;
const describeMs = performance.now() - t1;
const t2 = performance.now();
const health = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }));
const healthMs = performance.now() - t2;
globalThis.gc?.();
const heapAfter = process.memoryUsage().heapUsed;
const stateBytes = Buffer.byteLength(JSON.stringify(sim.engine.state));

console.log(
  JSON.stringify({
    bench: "sim-memory",
    instances: described,
    healthy: health.TargetHealthDescriptions.filter((d) => d.TargetHealth.State === "healthy").length,
    heapMiB: Number(((heapAfter - heapBefore) / 2 ** 20).toFixed(1)),
    stateFileKiB: Math.round(stateBytes / 1024),
    launchMs: Math.round(launchMs),
    describeAllMs: Math.round(describeMs),
    targetHealthMs: Math.round(healthMs),
  }),
);
