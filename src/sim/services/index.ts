import type { SimEngine } from "../engine.js";
import { register as autoscaling } from "./autoscaling.js";
import { register as cloudwatch } from "./cloudwatch.js";
import { register as ec2 } from "./ec2.js";
import { register as elbv2 } from "./elbv2.js";
import { register as imagebuilder } from "./imagebuilder.js";
import { register as ssm } from "./ssm.js";
import { register as sts } from "./sts.js";

/** Registers every simulated service on the engine. */
export function registerServices(engine: SimEngine): void {
  for (const register of [ec2, elbv2, imagebuilder, ssm, cloudwatch, autoscaling, sts]) register(engine);
}
