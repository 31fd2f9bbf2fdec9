import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  ENVIRONMENTS_DIR,
  RECIPES_DIR
} from "./chunk-FX7HTSWJ.js";
import {
  closest
} from "./chunk-GMKHYUC3.js";
import "./chunk-FXIBIJX2.js";
import {
  parseDuration
} from "./chunk-U2BKHDZX.js";
import "./chunk-DNSQREQD.js";
import "./chunk-SIRB34BK.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/input-check.ts
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
var env = (label = "ENV") => ({ kind: "environment", label });
var recipe = (label = "RECIPE") => ({ kind: "recipe", label });
var RULES = {
  compile: { recipe: recipe() },
  "plan-recipe": { recipe: recipe() },
  bake: { recipe: recipe(), timeout: { kind: "duration", label: "--timeout" } },
  rebake: { recipe: recipe() },
  promote: {
    env: env(),
    from: env("--from"),
    ami: { kind: "ami", label: "--ami" }
  },
  rollback: { env: env(), to: { kind: "ami", label: "--to" } },
  reconcile: { env: env() },
  verify: { env: env() },
  "iam-policy": { env: env("--env") },
  parity: { recipe: recipe("--recipe") },
  survey: {
    instance: { kind: "instance", label: "--instance" },
    region: { kind: "region", label: "--region" }
  },
  gc: {
    keep: { kind: "count", label: "--keep" },
    olderThan: { kind: "duration", label: "--older-than" }
  }
};
var EXAMPLE_DURATION = { "--timeout": "90m or 3h", "--older-than": "7d or 12h" };
async function checkInput(command, input, root) {
  const rules = RULES[command];
  if (!rules || typeof input !== "object" || input === null) return;
  const values = input;
  const problems = [];
  const names = new NameLister(root);
  for (const [field, rule] of Object.entries(rules)) {
    const value = values[field];
    if (value === void 0 || value === null) continue;
    const problem = await check(rule, String(value), names);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) throw new UsageError(problems.join("; "));
}
async function check(rule, value, names) {
  const got = `got: '${value}'`;
  switch (rule.kind) {
    case "ami":
      return /^ami-[0-9a-f]{8,17}$/.test(value) ? void 0 : `${rule.label} needs an AMI id like ami-0123456789abcdef0, ${got}`;
    case "instance":
      return /^i-[0-9a-f]{8,17}$/.test(value) ? void 0 : `${rule.label} needs an instance id like i-0123456789abcdef0, ${got}`;
    case "region":
      return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(value) ? void 0 : `${rule.label} needs an AWS region like ap-northeast-1, ${got}`;
    case "duration":
      return parseDuration(value) !== void 0 ? void 0 : `${rule.label} needs a duration like ${EXAMPLE_DURATION[rule.label] ?? "10m or 2h"} (units ms, s, m, h, d, w), ${got}`;
    case "count":
      return /^\d+$/.test(value.trim()) ? void 0 : `${rule.label} needs a whole number \u2265 0, ${got}`;
    case "environment":
      return unknownName("environment", rule, value, await names.list(ENVIRONMENTS_DIR));
    case "recipe":
      return unknownName("recipe", rule, value, await names.list(RECIPES_DIR));
  }
}
function unknownName(what, rule, value, known) {
  if (known === void 0 || known.includes(value)) return void 0;
  const prefix = rule.label.startsWith("--") ? `${rule.label}: ` : "";
  const hint = closest(value, known);
  return `${prefix}unknown ${what} '${value}'${hint ? ` \u2014 did you mean '${hint}'?` : ""} (known: ${known.join(", ") || "none"})`;
}
var NameLister = class {
  constructor(root) {
    this.root = root;
  }
  root;
  cache = /* @__PURE__ */ new Map();
  list(dir) {
    let names = this.cache.get(dir);
    if (!names) {
      names = readdir(path.join(this.root, dir), { withFileTypes: true }).then(
        (entries) => entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => e.name.replace(/\.ya?ml$/, "")).sort(),
        () => void 0
      );
      this.cache.set(dir, names);
    }
    return names;
  }
};
async function checkConfigRoot(root) {
  const info = await stat(root).catch(() => void 0);
  if (!info) throw new UsageError(`config root ${root} does not exist (-C DIR)`);
  if (!info.isDirectory()) throw new UsageError(`config root ${root} is not a directory (-C DIR)`);
}
export {
  checkConfigRoot,
  checkInput
};
