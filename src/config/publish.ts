import type { Environment } from "./schema.js";

/** The SSM parameter an environment publishes its AMI to, or undefined when it publishes nothing. */
export function publishedParameter(env: Pick<Environment, "name" | "publish">): string | undefined {
  const configured = env.publish.parameter;
  if (configured === false) return undefined;
  return configured ?? `/amipipe/${env.name}/ami`;
}
