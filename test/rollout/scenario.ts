import { cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DescribeInstancesCommand, DescribeLaunchTemplateVersionsCommand } from "@aws-sdk/client-ec2";
import { expect } from "vitest";
import { environmentStatus } from "../../src/app/status.js";
import { promote } from "../../src/commands/promote.js";
import type { EnvironmentStatus } from "../../src/commands/status.js";
import { exampleWorld, REGION, snapshot, type World, webImage, worldFrom } from "./world.js";

/** Runs a command function and gives back what the CLI would: exit code, --json data, message. */
export async function run<T>(
  fn: () => Promise<{ ok: boolean; data: T }>,
): Promise<{ exitCode: number; data?: T; message?: string; code?: string }> {
  try {
    const result = await fn();
    const error = (result.data as { error?: { message: string; code: string } } | undefined)?.error;
    return {
      exitCode: result.ok ? 0 : 1,
      data: result.data,
      ...(error ? { message: error.message, code: error.code } : {}),
    };
  } catch (error) {
    const e = error as { exitCode?: number; message: string; code?: string };
    if (e.exitCode === undefined) throw error;
    return { exitCode: e.exitCode, message: e.message, ...(e.code ? { code: e.code } : {}) };
  }
}

export async function promoteOk(world: World, env: string, ami?: string): Promise<void> {
  const outcome = await run(() => promote(world.ctx, { env, ...(ami ? { ami } : {}) }));
  expect(outcome.message ?? "").toBe("");
  expect(outcome.exitCode).toBe(0);
}

export async function statusOf(world: World, env: string): Promise<EnvironmentStatus> {
  return environmentStatus(world.ctx, env);
}

/** A copy of the world (config files and AWS state) that runs on independently, with other faults. */
export async function fork(world: World, faults: string[] = []): Promise<World> {
  const root = await mkdtemp(path.join(tmpdir(), "amipipe-fork-"));
  for (const dir of ["image-recipes", "environments", "sim"])
    await cp(path.join(world.root, dir), path.join(root, dir), { recursive: true });
  const forked = worldFrom(root, snapshot(world), faults);
  return forked;
}

export async function envFile(world: World, env: string): Promise<string> {
  return readFile(path.join(world.root, "environments", `${env}.yml`), "utf8");
}

/** Instances of an environment by state and AMI (the environment tag is how the toolkit finds its fleet). */
export async function fleetOf(
  world: World,
  env: string,
): Promise<Array<{ id: string; ami: string; state: string; role?: string }>> {
  const result = await world.ctx.aws
    .ec2(REGION)
    .send(new DescribeInstancesCommand({ Filters: [{ Name: "tag:amipipe:environment", Values: [env] }] }));
  return (result.Reservations ?? []).flatMap((r) =>
    (r.Instances ?? []).map((i) => {
      const role = i.Tags?.find((t) => t.Key === "amipipe:role")?.Value;
      return { id: i.InstanceId!, ami: i.ImageId!, state: i.State!.Name!, ...(role ? { role } : {}) };
    }),
  );
}

/** The healthy-target count of the environment's target group never fell below its desired count. */
export function expectCapacityHeld(world: World, env: string, desired: number, since = 0): void {
  const timeline = world.sim.engine.timeline(`web-${env}`);
  const inEffect = timeline.filter((t) => t.at <= since).at(-1);
  const during = [...(inEffect ? [inEffect] : []), ...timeline.filter((t) => t.at > since)];
  expect(during.length).toBeGreaterThan(0);
  const floor = Math.min(...during.map((t) => t.healthy));
  expect(floor, JSON.stringify(during)).toBeGreaterThanOrEqual(desired);
}

/** The example world with a new web image rolled out and verified in dev and staging; prod still serves the legacy fleet. */
export async function stagingVerifiedWorld(): Promise<{ world: World; ami: string }> {
  const world = await exampleWorld();
  const ami = await webImage(world);
  await promoteOk(world, "dev", ami);
  await promoteOk(world, "staging");
  return { world, ami };
}

/** The launch template's default version: its number and the AMI it launches. */
export async function defaultTemplateVersion(
  world: World,
  name: string,
): Promise<{ version: number; ami: string; instanceType?: string }> {
  const answer = await world.ctx.aws
    .ec2(REGION)
    .send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: name, Versions: ["$Default"] }));
  const v = answer.LaunchTemplateVersions![0]!;
  return {
    version: v.VersionNumber!,
    ami: v.LaunchTemplateData!.ImageId!,
    ...(v.LaunchTemplateData?.InstanceType ? { instanceType: v.LaunchTemplateData.InstanceType } : {}),
  };
}
