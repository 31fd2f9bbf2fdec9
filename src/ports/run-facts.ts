/**
 * Facts about the run the toolkit is part of: provenance tags, pin records, the lock holder.
 * Only the entries (src/cli.ts, src/action.ts) read them from the process; core code receives them.
 */
export interface RunFacts {
  gitSha?: string;
  runUrl?: string;
  actor?: string;
  /** The git ref a pin change is committed to. */
  ref?: string;
  ci: boolean;
}
