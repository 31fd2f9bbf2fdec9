import { baseOs } from "../config/rules/recipe.js";
import type { BaseOs, Recipe } from "../config/schema.js";
import { shellWords } from "./shell.js";

export { baseOs };

/** The package manager command of the base OS (a custom base finds out at build time). */
export function packageManager(os: BaseOs | "custom"): string {
  if (os === "amazon-linux-2") return "yum";
  if (os === "amazon-linux-2023") return "dnf";
  return '"$(command -v dnf || command -v yum)"';
}

export function installCommand(os: BaseOs | "custom", packages: readonly string[]): string {
  return `${packageManager(os)} install -y ${shellWords(packages)}`;
}

/** The OS packages a recipe installs, in order, deduplicated (yum and dnf lists together). */
export function recipePackages(recipe: Recipe): string[] {
  return [...new Set([...recipe.packages.yum, ...recipe.packages.dnf])];
}

/** Package providing the locale on AL2023 (glibc-langpack-<lang>); AL2 ships all locales in glibc-common. */
export function langpack(os: BaseOs | "custom", locale: string): string | undefined {
  if (os !== "amazon-linux-2023") return undefined;
  const lang = /^([a-z]{2,3})_/.exec(locale)?.[1];
  return lang ? `glibc-langpack-${lang}` : undefined;
}
