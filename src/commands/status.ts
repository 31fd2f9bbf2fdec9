import { describeInstancesById, observeTargetGroups } from "../aws/fleet.js";
import { environmentsInOrder, loadProject } from "../config/load.js";
import type { CommandResult, Ports } from "./context.js";

export interface EnvironmentStatus {
  name: string;
  /** The AMI git pins the environment to (null before the first pin). */
  pinned: string | null;
  /** AMIs of the instances registered and healthy (or still in initial checks) in the target group. */
  serving: string[];
  healthy: number;
  desired: number;
  /** Serving exactly the pin with at least the desired count healthy. */
  inSync: boolean;
}

export interface StatusData {
  environments: EnvironmentStatus[];
}

const SERVING_STATES = new Set(["healthy", "initial"]);

/** Pinned versus serving AMIs per environment, observed through the ALB. */
export async function status(ctx: Ports, _input: Record<string, never>): Promise<CommandResult<StatusData>> {
  const project = await loadProject(ctx.root);
  const envs = environmentsInOrder(project).map((l) => l.env);
  const byRegion = new Map<string, typeof envs>();
  for (const env of envs) byRegion.set(env.region, [...(byRegion.get(env.region) ?? []), env]);

  const results = new Map<string, EnvironmentStatus>();
  for (const [region, regionEnvs] of byRegion) {
    const groups = await observeTargetGroups(
      ctx.aws,
      region,
      regionEnvs.map((e) => e.fleet.targetGroup),
    );
    const servingIds = [...groups.values()].flatMap((g) =>
      g.targets.filter((t) => SERVING_STATES.has(t.state)).map((t) => t.instanceId),
    );
    const instances = await describeInstancesById(ctx.aws, region, servingIds);
    for (const env of regionEnvs) {
      const targets = groups.get(env.fleet.targetGroup)?.targets ?? [];
      const serving = targets.filter((t) => SERVING_STATES.has(t.state));
      const amis = [
        ...new Set(
          serving.map((t) => instances.get(t.instanceId)?.ImageId).filter((a): a is string => Boolean(a)),
        ),
      ].sort();
      const healthy = targets.filter((t) => t.state === "healthy").length;
      const pinned = env.pin.ami;
      results.set(env.name, {
        name: env.name,
        pinned,
        serving: amis,
        healthy,
        desired: env.fleet.count,
        inSync: pinned !== null && amis.length === 1 && amis[0] === pinned && healthy >= env.fleet.count,
      });
    }
  }
  const environments = envs.map((e) => results.get(e.name)!);
  return { ok: true, data: { environments }, text: formatStatusTable(environments) };
}

/** Environments as a plain-text table: pinned versus serving AMIs, healthy count, in sync. */
export function formatStatusTable(envs: readonly EnvironmentStatus[]): string {
  const rows = [["ENVIRONMENT", "PINNED", "SERVING", "HEALTHY", "IN SYNC"]];
  for (const e of envs)
    rows.push([
      e.name,
      e.pinned ?? "-",
      e.serving.join(",") || "-",
      `${e.healthy}/${e.desired}`,
      e.inSync ? "yes" : "no",
    ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
