import { createHash } from "node:crypto";
import type { Recipe } from "../config/schema.js";

/** JSON with object keys sorted at every level, so key order never changes a hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The recipe's content hash: the validated recipe (defaults applied, so YAML formatting,
 * comments and key order do not matter) plus the text of every template it uses.
 */
export function recipeHash(recipe: Recipe, templates: Record<string, string>): string {
  return sha256(canonicalJson({ recipe, templates }));
}

/** Image Builder limits each part of a semantic version to 2^30 - 1. */
const PART_MAX = 2 ** 30;

/**
 * A semantic version derived from a content hash, so unchanged content maps to the same
 * version and any change to a new one: `1.<a>.<b>` where a and b are the first two 30-bit
 * slices of the hash (60 bits in all: a collision between two versions of one component is
 * negligible). The major part stays 1; the version orders nothing, it names content.
 */
export function semanticVersionFromHash(hexHash: string): string {
  const bits = BigInt(`0x${hexHash.slice(0, 16)}`); // 64 bits
  const a = Number((bits >> 34n) % BigInt(PART_MAX));
  const b = Number((bits >> 4n) % BigInt(PART_MAX));
  return `1.${a}.${b}`;
}
