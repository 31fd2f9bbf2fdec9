import path from "node:path";
import { DescribeTargetGroupsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { type Simulator, simulatorFromWorld } from "../../src/sim/session.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const REGION = "ap-northeast-1";
export const SUBNETS = [
  "subnet-0a1b2c3d4e5f60001",
  "subnet-0a1b2c3d4e5f60002",
  "subnet-0a1b2c3d4e5f60003",
] as const;
export const LEGACY_AMI = "ami-0a1b2c3d4e5f60000";

/** A fresh simulator over the example world (sim/world.yml). */
export function exampleWorld(faults: string[] = []): Promise<Simulator> {
  return simulatorFromWorld(ROOT, { faults });
}

export async function targetGroupArn(sim: Simulator, name: string): Promise<string> {
  const out = await sim.aws.elbv2(REGION).send(new DescribeTargetGroupsCommand({ Names: [name] }));
  return out.TargetGroups![0]!.TargetGroupArn!;
}

export const SECOND = 1000;
export const MINUTE = 60_000;
