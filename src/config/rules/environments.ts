import type { Environment } from "../schema.js";
import { closest } from "../suggest.js";
import type { Finding } from "../yaml-source.js";

export interface EnvironmentView {
  env: Environment;
  /** Findings land in this environment's file. */
  report(finding: Finding): void;
}

/**
 * Rules across environments and recipes: the recipe each environment uses exists, the
 * promotion chain names existing stages and does not loop.
 */
export function environmentFindings(
  envs: Map<string, EnvironmentView>,
  declared: { recipes: string[]; environments: string[] },
): void {
  const recipeNames = declared.recipes;
  for (const { env, report } of envs.values()) {
    if (!recipeNames.includes(env.recipe)) {
      const hint = closest(env.recipe, recipeNames);
      const known = recipeNames.length
        ? `known recipes: ${recipeNames.join(", ")}`
        : "there are no recipes in image-recipes/";
      report({
        path: ["recipe"],
        message: `no recipe named '${env.recipe}' (${known})${hint ? ` — did you mean '${hint}'?` : ""}`,
      });
    }
    for (const f of weakenedVerification(env)) report(f);
    const from = env.promotion.from;
    if (from !== undefined) {
      if (from === env.name)
        report({
          path: ["promotion", "from"],
          message: `environment '${env.name}' cannot promote from itself`,
        });
      else if (!declared.environments.includes(from)) {
        const hint = closest(from, declared.environments);
        report({
          path: ["promotion", "from"],
          message: `no environment named '${from}' (known: ${declared.environments.join(", ")})${hint ? ` — did you mean '${hint}'?` : ""}`,
        });
      } else if (envs.has(from) && envs.get(from)?.env.recipe !== env.recipe) {
        report({
          path: ["promotion", "from"],
          message: `'${from}' runs recipe '${envs.get(from)?.env.recipe}' but '${env.name}' runs '${env.recipe}'; a promotion carries the same image`,
        });
      }
    }
  }
  for (const cycle of promotionCycles(new Map([...envs].map(([k, v]) => [k, v.env])))) {
    const first = cycle[0] as string;
    envs.get(first)?.report({
      path: ["promotion", "from"],
      message: `promotion chain loops: ${[...cycle, first].join(" ← ")}`,
    });
  }
}

/** Each promotion loop once, as the list of environments in it, starting from its smallest name. */
export function promotionCycles(envs: Map<string, Environment>): string[][] {
  const cycles = new Map<string, string[]>();
  for (const start of envs.keys()) {
    const seen: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && envs.has(cur) && !seen.includes(cur)) {
      seen.push(cur);
      cur = envs.get(cur)?.promotion.from;
    }
    if (cur !== undefined && seen.includes(cur)) {
      const loop = seen.slice(seen.indexOf(cur));
      const min = [...loop].sort()[0] as string;
      const i = loop.indexOf(min);
      const canonical = [...loop.slice(i), ...loop.slice(0, i)];
      cycles.set(canonical.join(","), canonical);
    }
  }
  return [...cycles.values()];
}

/** "0s", "0m0s": a duration of nothing. */
function isZero(duration: string): boolean {
  return [...duration.matchAll(/(\d+)(ms|s|m|h|d|w)/g)].every((m) => Number(m[1]) === 0);
}

/**
 * Settings that switch off a safeguard against the seed's incidents: warnings, so a team can
 * choose them, but never silently. The first stage (no promotion.from) is where parity and
 * the reboot test catch a missing agent or crond in the wrong zone.
 */
export function weakenedVerification(env: Environment): Finding[] {
  const out: Finding[] = [];
  const warn = (path: Array<string | number>, message: string) =>
    out.push({ path, message, severity: "warning" });
  if (env.promotion.from === undefined) {
    if (env.verify.parity === false)
      warn(
        ["verify", "parity"],
        `parity is off in the first stage '${env.name}': nothing compares what the old servers ran, listened on, scheduled and shipped with the new image`,
      );
    if (env.verify.reboot === "none")
      warn(
        ["verify", "reboot"],
        `no reboot test in the first stage '${env.name}': a service not enabled at boot, or crond still in the old timezone, goes unnoticed until the next reboot`,
      );
  }
  if (isZero(env.verify.soak))
    warn(
      ["verify", "soak"],
      `verify.soak is ${env.verify.soak}: log delivery needs two samples across a soak to prove records arrive`,
    );
  if (env.rollout.canary.count === 0)
    warn(
      ["rollout", "canary", "count"],
      "rollout.canary.count is 0: no canary instance is verified before the whole fleet is replaced",
    );
  return out;
}
