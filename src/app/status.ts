import type { Instance } from "@aws-sdk/client-ec2";
import { describeInstancesById } from "../aws/fleet.js";
import { environmentsInOrder, loadProject, type Project } from "../config/load.js";
import type { Environment } from "../config/schema.js";
import { AmipipeError, messageOf, UsageError } from "../errors.js";
import { observeTargetGroups } from "../fleet/target-group.js";
import type { Ports } from "../ports/context.js";
import type { EnvironmentStatus, StatusData } from "./outcomes.js";

const SERVING_STATES = new Set(["healthy", "initial"]);

/**
 * Pinned versus serving AMIs per environment, observed through each environment's target
 * group. An environment that cannot be observed (its target group missing, a call denied) is
 * reported with its own error; the others are reported as usual.
 */
export async function observeStatus(
  ports: Pick<Ports, "aws" | "root">,
  project?: Project,
): Promise<StatusData> {
  const loaded = project ?? (await loadProject(ports.root));
  const envs = environmentsInOrder(loaded).map((l) => l.env);
  const byRegion = new Map<string, Environment[]>();
  for (const env of envs) byRegion.set(env.region, [...(byRegion.get(env.region) ?? []), env]);

  const results = new Map<string, EnvironmentStatus>();
  const unreadable: unknown[] = [];
  await Promise.all(
    [...byRegion].map(async ([region, regionEnvs]) => {
      try {
        await observeRegion(ports, region, regionEnvs, results);
      } catch (error) {
        // The region itself could not be read (a denied call, an endpoint): each of its environments says so.
        unreadable.push(error);
        for (const env of regionEnvs) if (!results.has(env.name)) results.set(env.name, failed(env, error));
      }
    }),
  );
  // Nothing at all could be read (no credentials, no simulator state): that is the command's
  // own failure, with its hint, not a line per environment.
  if (byRegion.size > 0 && unreadable.length === byRegion.size) throw unreadable[0];
  return { environments: envs.map((e) => results.get(e.name)!) };
}

async function observeRegion(
  ports: Pick<Ports, "aws">,
  region: string,
  envs: readonly Environment[],
  into: Map<string, EnvironmentStatus>,
): Promise<void> {
  const groups = await observeTargetGroups(
    ports.aws,
    region,
    envs.map((e) => e.fleet.targetGroup),
  );
  const servingIds = [...groups.values()].flatMap((g) =>
    g.targets.filter((t) => SERVING_STATES.has(t.state)).map((t) => t.instanceId),
  );
  const instances: Map<string, Instance> = await describeInstancesById(ports.aws, region, servingIds);
  for (const env of envs) {
    const group = groups.get(env.fleet.targetGroup);
    if (!group) {
      into.set(
        env.name,
        failed(
          env,
          new UsageError(`target group ${env.fleet.targetGroup} not found in ${region}`),
          "not-found",
        ),
      );
      continue;
    }
    const serving = group.targets.filter((t) => SERVING_STATES.has(t.state));
    const amis = [
      ...new Set(
        serving.map((t) => instances.get(t.instanceId)?.ImageId).filter((a): a is string => Boolean(a)),
      ),
    ].sort();
    const healthy = group.targets.filter((t) => t.state === "healthy").length;
    const pinned = env.pin.ami;
    const status: EnvironmentStatus = {
      name: env.name,
      pinned,
      serving: amis,
      healthy,
      desired: env.fleet.count,
      inSync: pinned !== null && amis.length === 1 && amis[0] === pinned && healthy >= env.fleet.count,
    };
    const reason = driftReason(status);
    if (reason) status.reason = reason;
    into.set(env.name, status);
  }
}

/** Why an environment is not in sync, for a person. */
function driftReason(s: EnvironmentStatus): string | undefined {
  if (s.inSync) return undefined;
  if (s.pinned === null) return "no pin yet: promote an AMI first";
  const others = s.serving.filter((a) => a !== s.pinned);
  if (others.length > 0)
    return `serving ${others.join(", ")}${s.serving.includes(s.pinned) ? ` beside the pin ${s.pinned}` : ` instead of the pin ${s.pinned}`}`;
  if (s.serving.length === 0) return `nothing serves in the target group (pin ${s.pinned})`;
  return `${s.healthy} of ${s.desired} desired instance(s) healthy`;
}

function failed(env: Environment, error: unknown, code?: string): EnvironmentStatus {
  const message = messageOf(error);
  return {
    name: env.name,
    pinned: env.pin.ami,
    serving: [],
    healthy: 0,
    desired: env.fleet.count,
    inSync: false,
    reason: `cannot observe ${env.name}: ${message}`,
    error: {
      code: code ?? (error instanceof AmipipeError ? error.code : errorCode(error)),
      message: `${env.name}: ${message}`,
    },
  };
}

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : "error";
}

/** The environment's line of `status` (pinned vs serving, as the load balancer sees it). */
export async function environmentStatus(
  ports: Pick<Ports, "aws" | "root">,
  name: string,
): Promise<EnvironmentStatus> {
  const all = await observeStatus(ports);
  const line = all.environments.find((e) => e.name === name);
  if (!line) throw new UsageError(`unknown environment '${name}'`);
  return line;
}
