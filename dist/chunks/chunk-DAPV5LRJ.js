import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  inputFields,
  labelOf
} from "./chunk-UU34V7HM.js";
import {
  ENVIRONMENTS_DIR,
  RECIPES_DIR
} from "./chunk-YGID37AB.js";
import {
  closest
} from "./chunk-QTEFZJYW.js";
import {
  UsageError
} from "./chunk-25FIIMCB.js";
import {
  parseDuration
} from "./chunk-U2BKHDZX.js";

// src/commands/input-check.ts
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
async function checkInput(spec, raw, o) {
  const [environments, recipes] = await Promise.all([
    listNames(o.root, ENVIRONMENTS_DIR),
    listNames(o.root, RECIPES_DIR)
  ]);
  return checkInputShape(spec, raw, o.surface, { environment: environments, recipe: recipes });
}
function checkInputShape(spec, raw, surface, known = {}) {
  const problems = [];
  const flagged = /* @__PURE__ */ new Set();
  const fields = inputFields(spec);
  for (const field of fields) {
    const value = raw[field.name];
    if (field.meta.kind === void 0 || value === void 0 || value === null) continue;
    const label = labelOf(field, surface);
    const kind = field.meta.kind;
    const problem = isNameKind(kind) ? unknownName({ field, label, value: String(value), known: known[kind], surface }) : malformed(field, label, String(value));
    if (problem) {
      problems.push(problem);
      flagged.add(field.name);
    }
  }
  problems.push(...crossFieldProblems(fields, raw, surface));
  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) {
    const byName = new Map(fields.map((f) => [f.name, f]));
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "");
      if (flagged.has(name)) continue;
      const field = byName.get(name);
      if (!field) {
        problems.push(issue.message);
        continue;
      }
      const label = labelOf(field, surface);
      const value = raw[name];
      problems.push(
        value === void 0 || value === "" ? `${label} is required${surface === "action" ? " for this command" : ""}` : `${label}: ${issue.message}`
      );
    }
  }
  if (problems.length > 0 || !parsed.success) {
    const message = problems.join("; ");
    throw new UsageError(surface === "action" ? `${spec.name}: ${message}` : message);
  }
  return parsed.data;
}
var isNameKind = (kind) => kind === "environment" || kind === "recipe";
function malformed(field, label, value) {
  const got = `got: '${value}'`;
  switch (field.meta.kind) {
    case "ami":
      return /^ami-[0-9a-f]{8,17}$/.test(value) ? void 0 : `${label} needs an AMI id like ami-0123456789abcdef0, ${got}`;
    case "instance":
      return /^i-[0-9a-f]{8,17}$/.test(value) ? void 0 : `${label} needs an instance id like i-0123456789abcdef0, ${got}`;
    case "region":
      return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(value) ? void 0 : `${label} needs an AWS region like ap-northeast-1, ${got}`;
    case "duration":
      return parseDuration(value) !== void 0 ? void 0 : `${label} needs a duration like ${field.meta.example ?? "10m or 2h"} (units ms, s, m, h, d, w), ${got}`;
    case "count":
      return /^\d+$/.test(value.trim()) ? void 0 : `${label} needs a whole number \u2265 0, ${got}`;
    default:
      return void 0;
  }
}
function unknownName(o) {
  const what = o.field.meta.kind === "environment" ? "environment" : "recipe";
  if (o.known === void 0 || o.known.includes(o.value)) return void 0;
  const prefix = o.surface === "cli" && o.field.meta.positional ? "" : `${o.label}: `;
  const hint = closest(o.value, o.known);
  return `${prefix}unknown ${what} '${o.value}'${hint ? ` \u2014 did you mean '${hint}'?` : ""} (known: ${o.known.join(", ") || "none"})`;
}
function crossFieldProblems(fields, raw, surface) {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const given = (name) => {
    const value = raw[name];
    return value !== void 0 && value !== false && !(typeof value === "string" && value.trim() === "");
  };
  const problems = [];
  for (const field of fields) {
    if (!given(field.name)) continue;
    const { requires, conflicts } = field.meta;
    const other = (name) => byName.get(name);
    if (requires && !given(requires.field)) {
      const needed = other(requires.field);
      const why = requires.because ? ` (${requires.because})` : "";
      problems.push(
        surface === "action" ? `${labelOf(field, surface)} needs a '${needed ? inputLabel(needed) : requires.field}'${why}` : `${labelOf(field, surface)} needs ${needed ? labelOf(needed, surface) : requires.field}${why}`
      );
    }
    if (conflicts && surface === "action" && given(conflicts)) {
      const against = other(conflicts);
      problems.push(
        `inputs '${inputLabel(field)}' and '${against ? inputLabel(against) : conflicts}' exclude each other`
      );
    }
  }
  return problems;
}
var inputLabel = (field) => labelOf(field, "action").replace(/^input '(.*)'$/, "$1");
async function listNames(root, dir) {
  try {
    const entries = await readdir(path.join(root, dir), { withFileTypes: true });
    return entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => e.name.replace(/\.ya?ml$/, "")).sort();
  } catch {
    return void 0;
  }
}
async function checkConfigRoot(root) {
  const info = await stat(root).catch(() => void 0);
  if (!info) throw new UsageError(`config root ${root} does not exist (-C DIR)`);
  if (!info.isDirectory()) throw new UsageError(`config root ${root} is not a directory (-C DIR)`);
}

export {
  checkInput,
  checkInputShape,
  checkConfigRoot
};
