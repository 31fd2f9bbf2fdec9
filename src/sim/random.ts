import type { SimState } from "./state.js";

/** 32-bit integer hash (a variant of Chris Wellons' lowbias32): deterministic, well mixed. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(text: string, seed: number): number {
  let h = mix(seed ^ 0x9e3779b9);
  for (let i = 0; i < text.length; i++) h = mix(h ^ text.charCodeAt(i));
  return h;
}

/** The next draw in [0, 1) of the state's deterministic pseudo-random sequence. */
export function draw(state: SimState): number {
  state.draws += 1;
  return mix(mix(state.seed) ^ state.draws) / 2 ** 32;
}

/** A new AWS-looking id (`i-0…`, 17 hex digits), unique and reproducible for the state's seed. */
export function newId(state: SimState, prefix: string): string {
  const n = (state.ids[prefix] ?? 0) + 1;
  state.ids[prefix] = n;
  const a = hashString(`${prefix}:${n}`, state.seed).toString(16).padStart(8, "0");
  const b = hashString(`${n}:${prefix}`, state.seed + 1)
    .toString(16)
    .padStart(8, "0");
  return `${prefix}-0${a}${b}`;
}

/** Lower-case hex of the given length, reproducible from the state's seed. */
export function newHex(state: SimState, prefix: string, length: number): string {
  const n = (state.ids[prefix] ?? 0) + 1;
  state.ids[prefix] = n;
  let out = "";
  for (let i = 0; out.length < length; i++)
    out += hashString(`${prefix}:${n}:${i}`, state.seed).toString(16).padStart(8, "0");
  return out.slice(0, length);
}
