import type { Instance } from "@aws-sdk/client-ec2";
import { describeInstancesById } from "../aws/fleet.js";
import { TAG } from "../aws/tags.js";
import { environmentsInOrder, loadProject, type Project } from "../config/load.js";
import type { Environment } from "../config/schema.js";
import { AmipipeError, messageOf, UsageError } from "../errors.js";
import { configDigest, recordedInputs, varsChanges } from "../fleet/config.js";
import { describeVersion } from "../fleet/launch-template.js";
import { observeTargetGroups } from "../fleet/target-group.js";
import type { Ports } from "../ports/context.js";
import { renderUserData } from "../recipe/user-data.js";
import { readLock } from "./lock.js";
import type { EnvironmentStatus, StatusData } from "./outcomes.js";

const SERVING_STATES = new Set(["healthy", "initial"]);

/**
 * Pinned versus serving AMIs per environment, observed through each environment's target
 * group. An environment that cannot be observed (its target group missing, a call denied) is
 * reported with its own error; the others are reported as usual.
 */
export async function observeStatus(
  ports: Pick<Ports, "aws" | "root" | "clock">,
  project?: Project,
): Promise<StatusData> {
  const loaded = project ?? (await loadProject(ports.root));
  const envs = environmentsInOrder(loaded).map((l) => l.env);
  const configs = desiredConfigs(loaded);
  const byRegion = new Map<string, Environment[]>();
  for (const env of envs) byRegion.set(env.region, [...(byRegion.get(env.region) ?? []), env]);

  const results = new Map<string, EnvironmentStatus>();
  const unreadable: unknown[] = [];
  await Promise.all(
    [...byRegion].map(async ([region, regionEnvs]) => {
      try {
        await observeRegion(ports, region, regionEnvs, configs, results);
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
  ports: Pick<Ports, "aws" | "clock">,
  region: string,
  envs: readonly Environment[],
  configs: ReadonlyMap<string, string | Error>,
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
    const config = configs.get(env.name);
    if (config instanceof Error) {
      into.set(env.name, failed(env, config));
      continue;
    }
    const servingInstances = serving.flatMap((t) => {
      const i = instances.get(t.instanceId);
      return i ? [i] : [];
    });
    const drift = await driftOf(ports, region, env, config, servingInstances);
    const status: EnvironmentStatus = {
      name: env.name,
      pinned,
      serving: amis,
      healthy,
      desired: env.fleet.count,
      inSync:
        pinned !== null &&
        amis.length === 1 &&
        amis[0] === pinned &&
        healthy >= env.fleet.count &&
        drift.length === 0,
    };
    const reason = [driftReason(status), ...drift].filter(Boolean).join("; ");
    if (!status.inSync && reason) status.reason = reason;
    const held = await readLock(ports.aws, region, env.name);
    if (held) {
      const now = ports.clock.now();
      status.lock = {
        actor: held.actor,
        ...(held.runUrl ? { runUrl: held.runUrl } : {}),
        acquiredAt: held.acquiredAt,
        expiresAt: held.expiresAt,
        ageMs: Math.max(0, now - Date.parse(held.acquiredAt)),
        expired: Date.parse(held.expiresAt) <= now,
      };
    }
    into.set(env.name, status);
  }
}

/** Each environment's config digest as git states it now (or why it cannot be rendered). */
function desiredConfigs(project: Project): Map<string, string | Error> {
  const out = new Map<string, string | Error>();
  for (const loaded of project.environments.values()) {
    const env = loaded.env;
    const recipe = project.recipes.get(env.recipe);
    try {
      if (!recipe) throw new UsageError(`environment ${env.name} uses unknown recipe '${env.recipe}'`);
      out.set(
        env.name,
        configDigest({
          userData: renderUserData(recipe, loaded),
          ...(env.fleet.instanceType ? { instanceType: env.fleet.instanceType } : {}),
        }),
      );
    } catch (error) {
      out.set(env.name, error instanceof Error ? error : new Error(messageOf(error)));
    }
  }
  return out;
}

/**
 * How the serving instances differ from what git says besides the AMI, in a person's words:
 * vars changed (read from the user data the instances were launched with), instance type,
 * subnets the fleet no longer lists. Servers without a config digest (built by hand) are
 * not judged on vars.
 */
async function driftOf(
  ports: Pick<Ports, "aws">,
  region: string,
  env: Environment,
  config: string | undefined,
  serving: readonly Instance[],
): Promise<string[]> {
  const out: string[] = [];
  const tag = (i: Instance, key: string) => i.Tags?.find((t) => t.Key === key)?.Value;
  const drifted = serving.filter((i) => {
    const digest = tag(i, TAG.config);
    return config !== undefined && digest !== undefined && digest !== config && i.ImageId === env.pin.ami;
  });
  if (drifted.length > 0) {
    const changes = await varsChangesOf(ports, region, env, drifted[0]!);
    out.push(
      changes === undefined
        ? `config changed: ${drifted.length} instance(s) run user data other than environments/${env.name}.yml renders`
        : changes.length > 0
          ? `vars changed: ${changes.join(", ")}`
          : `config changed: the recipe's templates render other user data for ${drifted.length} instance(s)`,
    );
  }
  const want = env.fleet.instanceType;
  if (want) {
    const types = [...new Set(serving.map((i) => i.InstanceType).flatMap((t) => (t ? [String(t)] : [])))]
      .filter((t) => t !== want)
      .sort();
    if (types.length > 0) out.push(`instance type ${types.join(", ")} → ${want}`);
  }
  const strays = serving.filter((i) => i.SubnetId !== undefined && !env.fleet.subnets.includes(i.SubnetId));
  if (strays.length > 0)
    out.push(
      `subnets: ${strays.map((i) => `${i.InstanceId} in ${i.SubnetId}`).join(", ")}, which fleet.subnets no longer lists`,
    );
  return out;
}

/** The vars the instance was launched with (recorded in its launch template version's user data) against git's. */
async function varsChangesOf(
  ports: Pick<Ports, "aws">,
  region: string,
  env: Environment,
  instance: Instance,
): Promise<string[] | undefined> {
  const id = instance.Tags?.find((t) => t.Key === "aws:ec2launchtemplate:id")?.Value;
  const version = instance.Tags?.find((t) => t.Key === "aws:ec2launchtemplate:version")?.Value;
  if (!id || !version) return undefined;
  const data = (await describeVersion(ports.aws, region, { id }, version).catch(() => undefined))
    ?.LaunchTemplateData?.UserData;
  const inputs = data ? recordedInputs(Buffer.from(data, "base64").toString("utf8")) : undefined;
  return inputs ? varsChanges(inputs.vars, env.vars) : undefined;
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
  ports: Pick<Ports, "aws" | "root" | "clock">,
  name: string,
): Promise<EnvironmentStatus> {
  const all = await observeStatus(ports);
  const line = all.environments.find((e) => e.name === name);
  if (!line) throw new UsageError(`unknown environment '${name}'`);
  return line;
}
