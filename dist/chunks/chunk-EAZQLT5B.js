import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-I6B5MM45.js";

// src/commands/spec.ts
var fieldMeta = external_exports.registry();
function argument(label, help, o = {}) {
  return external_exports.string().min(1).register(fieldMeta, { ...o, help, positional: label, type: "string" });
}
function optionalArgument(label, help, o = {}) {
  return external_exports.string().optional().register(fieldMeta, { ...o, help, positional: label, type: "string" });
}
function option(help, o = {}) {
  return external_exports.string().optional().register(fieldMeta, { ...o, help, type: "string" });
}
function optionWithDefault(fallback, help, o = {}) {
  return external_exports.string().default(fallback).register(fieldMeta, { ...o, help, type: "string" });
}
function requiredOption(help, o = {}) {
  return external_exports.string().min(1).register(fieldMeta, { ...o, help, type: "string" });
}
function flag(help, o = {}) {
  const { fallback = false, ...rest } = o;
  return external_exports.boolean().default(fallback).register(fieldMeta, { ...rest, help, type: "boolean" });
}
function defineCommand(spec) {
  return {
    ...spec,
    aws: spec.aws ?? [],
    session: spec.session ?? false,
    facts: spec.facts ?? (() => ({}))
  };
}
function inputFields(spec) {
  return Object.entries(spec.input.shape).map(([name, schema]) => {
    const meta = fieldMeta.get(schema);
    if (!meta)
      throw new Error(`${spec.name}: input field ${name} has no metadata (use the helpers of spec.ts)`);
    const empty = schema.safeParse(void 0);
    return { name, schema, meta, fallback: empty.success ? empty.data : void 0, required: !empty.success };
  });
}
var kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
function flagOf(field) {
  if (field.meta.positional || field.meta.flag === false) return void 0;
  return field.meta.flag ?? `--${kebab(field.name)}`;
}
function inputNameOf(field) {
  const { meta } = field;
  if (meta.input === false || meta.fromInputs) return void 0;
  if (meta.input) return meta.input;
  const flagName = flagOf(field);
  return flagName ? flagName.replace(/^--(no-)?/, "") : kebab(field.name);
}
function labelOf(field, surface) {
  if (surface === "action") return `input '${inputNameOf(field) ?? field.name}'`;
  return field.meta.positional ?? flagOf(field) ?? (field.meta.env ? `$${field.meta.env}` : field.name);
}

export {
  fieldMeta,
  argument,
  optionalArgument,
  option,
  optionWithDefault,
  requiredOption,
  flag,
  defineCommand,
  inputFields,
  kebab,
  flagOf,
  inputNameOf,
  labelOf
};
