/** Dotted paths of every member present in a response (array items merged as `[]`), without SDK metadata. */
export function shapeOf(value: unknown, prefix = "", out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) shapeOf(item, `${prefix}[]`, out);
    return out;
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) {
      if (key === "$metadata" || v === undefined) continue;
      const p = prefix ? `${prefix}.${key}` : key;
      out.add(p);
      shapeOf(v, p, out);
    }
  }
  return out;
}

/** Members moto answers that the simulator does not (the simulator must match moto's shapes). */
export function missingMembers(moto: unknown, sim: unknown): string[] {
  const s = shapeOf(sim);
  return [...shapeOf(moto)].filter((p) => !s.has(p)).sort();
}
