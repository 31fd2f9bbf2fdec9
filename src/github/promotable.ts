import { environmentsInOrder, type Project } from "../config/load.js";

/**
 * The environments with something to promote: their source stage (promotion.from) pins an AMI
 * they do not. A pipeline gates each stage on this, so a run that changed nothing asks no
 * reviewer to approve a no-op.
 */
export function promotableEnvironments(project: Project): string[] {
  const result: string[] = [];
  for (const { env } of environmentsInOrder(project)) {
    const from = env.promotion.from ? project.environments.get(env.promotion.from)?.env : undefined;
    if (from?.pin.ami && from.pin.ami !== env.pin.ami) result.push(env.name);
  }
  return result;
}
