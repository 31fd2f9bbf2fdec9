import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  Option
} from "./chunk-K2FILHYX.js";
import {
  flagOf,
  inputFields,
  kebab
} from "./chunk-EAZQLT5B.js";
import "./chunk-I6B5MM45.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/program.ts
var GROUPS = {
  sim: "the embedded simulator",
  github: "GitHub set-up"
};
function addCommands(program, specs, o) {
  const groups = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    const words = spec.name.split(" ");
    const leaf = words.at(-1);
    let parent = program;
    if (words.length > 1) {
      const group = words[0];
      let found = groups.get(group);
      if (!found) {
        found = program.command(group).description(GROUPS[group] ?? group);
        groups.set(group, found);
      }
      parent = found;
    }
    const fields = inputFields(spec);
    const positionals = fields.filter((f) => f.meta.positional);
    const usage = positionals.map((f) => f.required ? `<${f.name}>` : `[${f.name}]`);
    const command = parent.command([leaf, ...usage].join(" ")).description(spec.summary);
    const options = /* @__PURE__ */ new Map();
    for (const field of fields) {
      const option = optionOf(field);
      if (!option) continue;
      command.addOption(option);
      options.set(field.name, option);
    }
    command.action((...args) => {
      const opts = args[positionals.length + 1].opts();
      const input = {};
      positionals.forEach((field, i) => {
        if (args[i] !== void 0) input[field.name] = args[i];
      });
      for (const field of fields) {
        if (field.meta.positional) continue;
        const option = options.get(field.name);
        const value = option ? opts[option.attributeName()] : void 0;
        const fallback = field.meta.env ? o.env[field.meta.env] : void 0;
        if (value !== void 0) input[field.name] = value;
        else if (fallback !== void 0 && fallback !== "") input[field.name] = fallback;
      }
      return o.run(spec, input);
    });
  }
}
function optionOf(field) {
  const flag = flagOf(field);
  if (!flag) return void 0;
  const negated = flag.startsWith("--no-");
  const flags = field.meta.type === "boolean" ? flag : `${flag} <${field.meta.value ?? kebab(field.name)}>`;
  const option = new Option(flags, field.meta.help);
  if (field.meta.type === "string" && field.fallback !== void 0) option.default(field.fallback);
  if (field.required) option.makeOptionMandatory();
  if (field.meta.conflicts) option.conflicts(field.meta.conflicts);
  if (negated && field.fallback !== true)
    throw new Error(`${field.name}: ${flag} needs the field to default to true`);
  return option;
}
export {
  addCommands
};
