import type { GetCallerIdentityCommandOutput } from "@aws-sdk/client-sts";
import type { SimCallContext, SimEngine } from "../engine.js";

/** STS: who the toolkit runs as. */
export function register(engine: SimEngine): void {
  engine.register("sts", {
    GetCallerIdentity: (
      _input: unknown,
      { account }: SimCallContext,
    ): Omit<GetCallerIdentityCommandOutput, "$metadata"> => ({
      Account: account,
      Arn: `arn:aws:sts::${account}:assumed-role/amipipe/amipipe`,
      UserId: "AROAAMIPIPESIMULATED:amipipe",
    }),
  });
}
