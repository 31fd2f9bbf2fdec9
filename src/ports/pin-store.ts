/**
 * Where pins live (git's working tree, as environment files). The app layer writes pins only
 * through this port; the rollout executor never sees it, only a `restorePin` callback.
 */
export interface PinStore {
  /** The pin as it stands now (a hand edit since the config was loaded included). */
  read(environment: string): Promise<PinView>;
  /** An opaque copy of the environment's pin state, to put back verbatim after a failed rollout. */
  snapshot(environment: string): Promise<PinSnapshot>;
  /** Pins `record.ami`; undefined when already pinned there. */
  write(environment: string, record: PinRecord): Promise<PinChange | undefined>;
  /** Records `record` on a pin that already names its AMI (a forced promotion of a hand edit). */
  restate(environment: string, record: PinRecord): Promise<PinChange>;
  /**
   * After a failed rollout of what `wrote` pinned: the snapshot back when the pin still is
   * `wrote` and the snapshot pinned `previous`; else `previous` pinned again with `fallback`.
   */
  restore(
    environment: string,
    o: { snapshot?: PinSnapshot; wrote: string; previous: string; fallback: PinRecord },
  ): Promise<PinChange | undefined>;
}

export interface PinSnapshot {
  readonly environment: string;
  /** The pinned AMI in the snapshot. */
  readonly ami: string | null;
  readonly source: string;
}

/** One changed environment file; the GitHub action commits these through the API. */
export interface PinChange {
  environment: string;
  /** Path of the environment file, relative to the config root. */
  file: string;
  ami: string;
  previous: string | null;
}

/** One pin record: the AMI, when, by whom, why (people read it; promotion trusts AWS, not it). */
export interface PinRecord {
  ami: string;
  /** ISO time the pin was set. */
  at: string;
  by?: string;
  reason?: string;
  /** The instance type the fleet ran this AMI on. */
  instanceType?: string;
}

export interface PinView {
  ami: string | null;
  at?: string;
  by?: string;
  reason?: string;
  instanceType?: string;
  history: PinRecord[];
}
