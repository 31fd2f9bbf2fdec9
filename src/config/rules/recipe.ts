import { CronExpressionParser } from "cron-parser";
import { FLUENT_PACKAGE, FLUENT_V6_ON_AL2, NEWRELIC_INFRA } from "../agents.js";
import {
  CRON_PACKAGE,
  CRON_SERVICE,
  EXTRAS_ON_AL2023,
  GONE_ON_AL2023,
  RENAMED_ON_AL2023,
  STEP_COMMANDS,
} from "../al2023-migration.js";
import { missingOnArch } from "../arch-packages.js";
import { eolMessage } from "../eol.js";
import type { BaseOs, Recipe } from "../schema.js";
import { closest } from "../suggest.js";
import type { Finding } from "../yaml-source.js";

export interface RecipeRuleOptions {
  eolError?: boolean;
}

/** The OS a recipe's base resolves to: a known Amazon Linux, or "custom" for an explicit AMI / SSM path. */
export function baseOs(recipe: Pick<Recipe, "base">): BaseOs | "custom" {
  return recipe.base === "amazon-linux-2" || recipe.base === "amazon-linux-2023" ? recipe.base : "custom";
}

/** All OS packages of a recipe, with the field that lists each. */
export function osPackages(recipe: Recipe): Array<{ name: string; path: Array<string | number> }> {
  return [
    ...recipe.packages.yum.map((name, i) => ({ name, path: ["packages", "yum", i] })),
    ...recipe.packages.dnf.map((name, i) => ({ name, path: ["packages", "dnf", i] })),
  ];
}

/** The units of the agents a recipe installs (src/recipe/agents.ts), by the agent they run. */
const AGENT_SERVICES: Readonly<Record<string, string>> = {
  [FLUENT_PACKAGE.service]: "fluentd",
  [NEWRELIC_INFRA.service]: "newrelic-infra",
};

let zones: Set<string> | undefined;
function knownTimeZones(): Set<string> {
  zones ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/UTC"]);
  return zones;
}

const CRON_MACROS = new Set([
  "@reboot",
  "@yearly",
  "@annually",
  "@monthly",
  "@weekly",
  "@daily",
  "@midnight",
  "@hourly",
]);

/** Problem text for a cron schedule, or undefined when cronie would accept it. */
export function cronScheduleProblem(schedule: string): string | undefined {
  const s = schedule.trim();
  if (CRON_MACROS.has(s)) return undefined;
  const fields = s.split(/\s+/);
  if (fields.length !== 5) {
    return `expected a five-field cron expression (minute hour day-of-month month day-of-week), got '${schedule}' (${fields.length} field${fields.length === 1 ? "" : "s"})`;
  }
  try {
    CronExpressionParser.parse(s);
    return undefined;
  } catch (error) {
    return `invalid cron expression '${schedule}': ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Cross-field rules of one recipe (the schema has already passed). */
export function recipeFindings(recipe: Recipe, options: RecipeRuleOptions = {}): Finding[] {
  const out: Finding[] = [];
  const os = baseOs(recipe);

  const eol = os === "custom" ? undefined : eolMessage(os);
  if (eol) {
    const asError = recipe.eol === "error" || options.eolError;
    out.push({ path: ["base"], message: eol, severity: asError ? "error" : "warning" });
  }

  if (!knownTimeZones().has(recipe.timezone)) {
    const hint = closest(recipe.timezone, [...knownTimeZones()]);
    out.push({
      path: ["timezone"],
      message: `unknown timezone '${recipe.timezone}' (expected an IANA zone like Asia/Tokyo or UTC)${hint ? ` — did you mean '${hint}'?` : ""}`,
    });
  }

  if (os === "amazon-linux-2023") out.push(...al2023Findings(recipe));
  if (os === "amazon-linux-2" && recipe.agents.fluentd?.version === "6")
    out.push({ path: ["agents", "fluentd", "version"], message: FLUENT_V6_ON_AL2 });

  for (const arch of recipe.architectures) {
    for (const pkg of osPackages(recipe)) {
      const missing = missingOnArch(pkg.name, arch, os);
      if (missing)
        out.push({
          path: pkg.path,
          message: `'${pkg.name}' is not available on ${arch}: ${missing.why}; ${missing.instead} (${missing.source})`,
        });
    }
  }

  duplicates(
    recipe.services.map((s) => s.name),
    "service",
    (i) => ["services", i, "name"],
    out,
  );
  duplicates(
    recipe.cron.map((c) => c.name),
    "cron entry",
    (i) => ["cron", i, "name"],
    out,
  );
  duplicates(
    recipe.files.map((f) => f.path),
    "file",
    (i) => ["files", i, "path"],
    out,
  );
  duplicates(
    recipe.users.create.map((u) => u.name),
    "user",
    (i) => ["users", "create", i, "name"],
    out,
  );
  duplicates(
    recipe.steps.map((s) => s.name),
    "step",
    (i) => ["steps", i, "name"],
    out,
  );
  duplicates(
    osPackages(recipe).map((p) => p.name),
    "package",
    (i) => osPackages(recipe)[i]?.path ?? ["packages"],
    out,
  );
  recipe.users.remove.forEach((name, i) => {
    if (recipe.users.create.some((u) => u.name === name))
      out.push({ path: ["users", "remove", i], message: `user '${name}' is both created and removed` });
    if (name === "root")
      out.push({ path: ["users", "remove", i], message: "the root user cannot be removed" });
  });

  recipe.cron.forEach((entry, i) => {
    const problem = cronScheduleProblem(entry.schedule);
    if (problem) out.push({ path: ["cron", i, "schedule"], message: problem });
    if (entry.command.includes("\\%"))
      out.push({
        path: ["cron", i, "command"],
        message:
          "write '%' where the command needs one, not '\\%': the toolkit escapes every '%' for cron (which turns a bare '%' into a newline, crontab(5)), and cron cannot pass a backslash followed by '%' through at all",
      });
    if (recipe.users.remove.includes(entry.user))
      out.push({
        path: ["cron", i, "user"],
        message: `cron entry runs as '${entry.user}', a user the recipe removes`,
      });
  });

  recipe.users.create.forEach((u, i) => {
    const wheel = u.groups.indexOf("wheel");
    if (wheel >= 0)
      out.push({
        path: ["users", "create", i, "groups", wheel],
        severity: "warning",
        message: `'${u.name}' is in wheel, which Amazon Linux's /etc/sudoers lets run anything as root (with a password); grant root through sudo: [commands] instead`,
      });
  });

  recipe.services.forEach((s, i) => {
    const agent = AGENT_SERVICES[s.name];
    if (!s.enabled && agent)
      out.push({
        path: ["services", i, "enabled"],
        message: `service '${s.name}' runs the ${agent} agent: with enabled: false it does not start at boot, so ${agent === "fluentd" ? "no logs are shipped" : "the server is not monitored"} after a launch or reboot (remove 'enabled: false')`,
      });
  });

  recipe.parity.waive.forEach((w, i) => {
    if (w.reason.trim().length < 3)
      out.push({ path: ["parity", "waive", i, "reason"], message: "a waiver needs a reason" });
  });

  return out;
}

function al2023Findings(recipe: Recipe): Finding[] {
  const out: Finding[] = [];
  recipe.packages["amazon-linux-extras"].forEach((topic, i) => {
    const instead = EXTRAS_ON_AL2023[topic];
    const dnf =
      instead === undefined
        ? `; install the namespaced dnf package instead (dnf search ${topic})`
        : instead.startsWith("(")
          ? ` ${instead}`
          : `; install with dnf instead: packages.dnf: [${instead.split(" ").join(", ")}]`;
    out.push({
      path: ["packages", "amazon-linux-extras", i],
      message: `amazon-linux-extras does not exist on Amazon Linux 2023 (topic '${topic}')${dnf}`,
    });
  });
  for (const pkg of osPackages(recipe)) {
    const renamed = RENAMED_ON_AL2023[pkg.name];
    if (renamed)
      out.push({
        path: pkg.path,
        message: `package '${pkg.name}' does not exist on Amazon Linux 2023; use '${renamed}'`,
      });
    const gone = GONE_ON_AL2023[pkg.name];
    if (gone) out.push({ path: pkg.path, message: `package '${pkg.name}': ${gone}` });
  }
  const hasCronie = osPackages(recipe).some((p) => p.name === CRON_PACKAGE);
  const cronFiles = recipe.files.flatMap((f, i) => (isCronPath(f.path) ? [{ path: f.path, i }] : []));
  for (const f of cronFiles) {
    if (!hasCronie)
      out.push({
        path: ["files", f.i, "path"],
        message: `'${f.path}' is a cron job, but Amazon Linux 2023 has no cron daemon by default: add '${CRON_PACKAGE}' to packages and '{ name: ${CRON_SERVICE} }' to services, or it never runs`,
      });
  }
  if (recipe.cron.length > 0 && !hasCronie) {
    out.push({
      path: ["cron"],
      message: `Amazon Linux 2023 has no cron daemon by default: add '${CRON_PACKAGE}' to packages and '{ name: ${CRON_SERVICE} }' to services, or these entries never run`,
    });
  } else if (
    (recipe.cron.length > 0 || (cronFiles.length > 0 && hasCronie)) &&
    !recipe.services.some((s) => s.name === CRON_SERVICE && s.enabled)
  ) {
    out.push({
      path: ["services"],
      message: `the recipe has cron ${recipe.cron.length > 0 ? "entries" : "files"}: enable '${CRON_SERVICE}' in services so cronie starts at boot`,
    });
  }
  recipe.services.forEach((s, i) => {
    if (s.name === CRON_SERVICE && !hasCronie)
      out.push({
        path: ["services", i, "name"],
        message: `service '${CRON_SERVICE}' needs the '${CRON_PACKAGE}' package on Amazon Linux 2023`,
      });
  });
  recipe.steps.forEach((step, i) => {
    for (const c of STEP_COMMANDS) {
      if (c.pattern.test(step.run))
        out.push({ path: ["steps", i, "run"], message: c.message, severity: c.severity });
    }
  });
  return out;
}

/** Files crond reads: /etc/crontab, /etc/cron.d/*, the run-parts directories and user crontabs. */
function isCronPath(file: string): boolean {
  return (
    file === "/etc/crontab" ||
    /^\/etc\/cron\.(d|hourly|daily|weekly|monthly)\/./.test(file) ||
    file.startsWith("/var/spool/cron/")
  );
}

function duplicates(
  names: string[],
  what: string,
  pathOf: (i: number) => Array<string | number>,
  out: Finding[],
): void {
  const first = new Map<string, number>();
  names.forEach((name, i) => {
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, i);
    else
      out.push({
        path: pathOf(i),
        message: `duplicate ${what} '${name}' (first declared at index ${earlier})`,
      });
  });
}
