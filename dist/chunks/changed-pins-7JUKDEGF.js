import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-FXIBIJX2.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/commands/changed-pins.ts
var import_yaml = __toESM(require_dist(), 1);
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function changedPins(ctx, input) {
  const head = input.head || "HEAD";
  const git = async (...args) => (await run("git", ["-C", ctx.root, ...args], { maxBuffer: 16 * 1024 * 1024 })).stdout;
  let top;
  try {
    top = (await git("rev-parse", "--show-toplevel")).trim();
  } catch {
    throw new UsageError(`${ctx.root} is not in a git repository; changed-pins compares two commits`);
  }
  const exists = async (rev) => {
    if (!rev || /^0+$/.test(rev)) return false;
    try {
      await git("cat-file", "-e", `${rev}^{commit}`);
      return true;
    } catch {
      return false;
    }
  };
  if (!await exists(head)) throw new UsageError(`unknown git revision '${head}'`);
  const base = await exists(input.base) ? input.base : null;
  const dir = path.relative(top, path.join(ctx.root, "environments")).split(path.sep).join("/");
  const isEnvFile = (f) => f.startsWith(`${dir}/`) && /\.ya?ml$/.test(f) && !f.slice(dir.length + 1).includes("/");
  const list = base ? await git("-C", top, "diff", "--name-only", base, head, "--", dir) : await git("-C", top, "ls-tree", "-r", "--name-only", head, "--", dir);
  const read = async (rev, file) => {
    try {
      const doc = (0, import_yaml.parse)(await git("-C", top, "show", `${rev}:${file}`));
      return typeof doc === "object" && doc !== null ? doc : {};
    } catch {
      return void 0;
    }
  };
  const environments = [];
  for (const file of list.split("\n").filter(isEnvFile)) {
    const now = await read(head, file);
    if (now === void 0) continue;
    const was = base ? await read(base, file) : void 0;
    const name = typeof now.name === "string" ? now.name : path.posix.basename(file).replace(/\.ya?ml$/, "");
    if ((was?.pin?.ami ?? null) !== (now.pin?.ami ?? null)) environments.push(name);
  }
  environments.sort();
  const text = environments.length > 0 ? `pins changed${base ? ` since ${base.slice(0, 12)}` : ""}: ${environments.join(", ")}` : `no pin changed${base ? ` since ${base.slice(0, 12)}` : ""}`;
  return { ok: true, data: { base, head, environments }, text };
}
export {
  changedPins
};
