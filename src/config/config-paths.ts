import { realpathSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Every file a recipe names (a template, the fluentd config, a template's include) is read by
 * the toolkit on the runner, whose environment holds the job's AWS role and repository token,
 * and what it reads ends up in launch-template user data. So a reference must resolve — with
 * symlinks followed — to a regular file inside the config root, and not inside a hidden
 * directory there (`.git/config` holds the checkout's token when actions/checkout persists it).
 */
export type ConfigPath =
  | { ok: true; file: string }
  | { ok: false; missing: boolean; reason: string; looked?: string };

export interface ConfigPathInput {
  /** The config root (`-C DIR`). */
  root: string;
  /** The directory `ref` is relative to (the recipe's, or the including template's). */
  from: string;
  /** The path as written. */
  ref: string;
}

export function resolveConfigPath({ root, from, ref }: ConfigPathInput): ConfigPath {
  const refuse = (reason: string): ConfigPath => ({ ok: false, missing: false, reason });
  if (ref.trim() === "") return refuse("an empty path");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\0-\x1f\x7f]/.test(ref)) return refuse("a path with control characters");
  if (path.isAbsolute(ref) || ref.startsWith("~"))
    return refuse(
      `'${ref}' is an absolute path; write it relative to ${display(root, from)}/ inside the config root`,
    );

  const absRoot = path.resolve(root);
  const lexical = path.resolve(from, ref);
  if (outside(absRoot, lexical)) return refuse(`'${ref}' leads outside the config root`);

  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(absRoot);
    real = realpathSync(lexical);
  } catch {
    return {
      ok: false,
      missing: true,
      reason: `'${ref}' not found`,
      looked: path.relative(absRoot, lexical),
    };
  }
  if (outside(realRoot, real))
    return refuse(`'${ref}' is a symbolic link to ${real}, outside the config root (links are followed)`);
  const hidden = path
    .relative(realRoot, real)
    .split(path.sep)
    .find((segment) => segment.startsWith("."));
  if (hidden !== undefined)
    return refuse(
      `'${ref}' is inside '${hidden}', a hidden file or directory of the config root (never read)`,
    );
  if (!statSync(real).isFile()) return refuse(`'${ref}' is not a regular file`);
  return { ok: true, file: real };
}

function outside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === "" || rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

function display(root: string, dir: string): string {
  return path.relative(path.resolve(root), dir) || ".";
}
