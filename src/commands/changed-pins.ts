import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { UsageError } from "../errors.js";
import type { CommandResult, Ports } from "./context.js";

const run = promisify(execFile);

export interface ChangedPinsInput {
  /** The commit before the push; empty or all zeros (a new branch) counts every environment. */
  base?: string;
  head?: string;
}

export interface ChangedPinsData {
  base: string | null;
  head: string;
  /** Environments whose pin.ami differs between base and head, sorted. */
  environments: string[];
}

/** The two fields of an environment file that name it and pin it (read leniently, at any revision). */
interface EnvironmentDoc {
  name?: unknown;
  pin?: { ami?: unknown } | null;
}

/**
 * `amipipe changed-pins --base REV --head REV`: the environments whose pin changed between two
 * commits — what a push to environments/ must converge. A vars-only edit changes no pin; a
 * deleted environment file has nothing to converge.
 */
export async function changedPins(
  ctx: Ports,
  input: ChangedPinsInput,
): Promise<CommandResult<ChangedPinsData>> {
  const head = input.head || "HEAD";
  const git = async (...args: string[]) =>
    (await run("git", ["-C", ctx.root, ...args], { maxBuffer: 16 * 1024 * 1024 })).stdout;
  let top: string;
  try {
    top = (await git("rev-parse", "--show-toplevel")).trim();
  } catch {
    throw new UsageError(`${ctx.root} is not in a git repository; changed-pins compares two commits`);
  }
  const exists = async (rev: string | undefined): Promise<boolean> => {
    if (!rev || /^0+$/.test(rev)) return false;
    try {
      await git("cat-file", "-e", `${rev}^{commit}`);
      return true;
    } catch {
      return false;
    }
  };
  if (!(await exists(head))) throw new UsageError(`unknown git revision '${head}'`);
  const base = (await exists(input.base)) ? (input.base as string) : null;
  const dir = path.relative(top, path.join(ctx.root, "environments")).split(path.sep).join("/");
  const isEnvFile = (f: string) =>
    f.startsWith(`${dir}/`) && /\.ya?ml$/.test(f) && !f.slice(dir.length + 1).includes("/");
  const list = base
    ? await git("-C", top, "diff", "--name-only", base, head, "--", dir)
    : await git("-C", top, "ls-tree", "-r", "--name-only", head, "--", dir);
  const read = async (rev: string, file: string): Promise<EnvironmentDoc | undefined> => {
    try {
      const doc: unknown = parse(await git("-C", top, "show", `${rev}:${file}`));
      return typeof doc === "object" && doc !== null ? (doc as EnvironmentDoc) : {};
    } catch {
      return undefined;
    }
  };
  const environments: string[] = [];
  for (const file of list.split("\n").filter(isEnvFile)) {
    const now = await read(head, file);
    if (now === undefined) continue;
    const was = base ? await read(base, file) : undefined;
    const name = typeof now.name === "string" ? now.name : path.posix.basename(file).replace(/\.ya?ml$/, "");
    if ((was?.pin?.ami ?? null) !== (now.pin?.ami ?? null)) environments.push(name);
  }
  environments.sort();
  const text =
    environments.length > 0
      ? `pins changed${base ? ` since ${base.slice(0, 12)}` : ""}: ${environments.join(", ")}`
      : `no pin changed${base ? ` since ${base.slice(0, 12)}` : ""}`;
  return { ok: true, data: { base, head, environments }, text };
}
