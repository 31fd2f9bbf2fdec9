import { environmentsInOrder, type Project } from "../config/load.js";
import { UsageError } from "../errors.js";

export interface BakeRegions {
  /** Where Image Builder runs the build: the region of the first stage using the recipe. */
  home: string;
  /** Every region an environment using the recipe lives in (home first). */
  regions: string[];
}

/** The regions a recipe's images must reach: those of every environment that uses it. */
export function bakeRegions(project: Project, recipe: string): BakeRegions {
  const regions = [
    ...new Set(
      environmentsInOrder(project)
        .filter((e) => e.env.recipe === recipe)
        .map((e) => e.env.region),
    ),
  ];
  const home = regions[0];
  if (!home) {
    throw new UsageError(
      `no environment uses recipe '${recipe}', so there is no region to bake it in (set recipe: ${recipe} in an environments/*.yml)`,
    );
  }
  return { home, regions };
}
