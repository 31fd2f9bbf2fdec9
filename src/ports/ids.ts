/**
 * Random identifiers as a port: rollout ids, idempotency tokens, lock tokens. Production draws
 * them from the OS; the simulator and tests draw them from a seeded sequence, so runs repeat.
 */
export interface IdPort {
  /** A fresh opaque token (idempotency ClientToken, lock token): unique per call. */
  token(): string;
  /** `bytes` random bytes as lowercase hex. */
  hex(bytes: number): string;
}

/**
 * node:crypto takes ~9 ms to load, a tenth of a `validate`; it is loaded on the first id drawn,
 * so commands that draw none never pay for it.
 */
const nodeCrypto = () => process.getBuiltinModule("node:crypto");

export const cryptoIds: IdPort = {
  token: () => nodeCrypto().randomUUID(),
  hex: (bytes) => nodeCrypto().randomBytes(bytes).toString("hex"),
};

/** Deterministic ids from a counter (tests): the same sequence every run. */
export function sequentialIds(prefix = "id"): IdPort {
  let n = 0;
  return {
    token: () => `${prefix}-${String(++n).padStart(8, "0")}`,
    hex: (bytes) =>
      (++n)
        .toString(16)
        .padStart(bytes * 2, "0")
        .slice(-bytes * 2),
  };
}
