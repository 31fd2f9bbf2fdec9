#!/usr/bin/env node
// Prints `environments=<JSON array>`: the environments whose pin (pin.ami) differs between two
// commits — what reconcile.yml converges after a push. A missing or all-zero BEFORE (a new
// branch) counts every environment as changed; converging an environment already at its pin
// changes nothing.
//   node scripts/changed-pins.mjs BEFORE AFTER [CONFIG_ROOT]
import { execFileSync } from "node:child_process";
import path from "node:path";
import { parse } from "yaml";

const [before = "", after = "HEAD", configRoot = "."] = process.argv.slice(2);
const dir = path.posix.join(configRoot.split(path.sep).join("/"), "environments").replace(/^\.\//, "");

const git = (...args) => execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
const exists = (rev) => {
  if (!rev || /^0+$/.test(rev)) return false;
  try {
    git("cat-file", "-e", `${rev}^{commit}`);
    return true;
  } catch {
    return false;
  }
};
const read = (rev, file) => {
  try {
    return parse(git("show", `${rev}:${file}`)) ?? {};
  } catch {
    return undefined;
  }
};
const isEnvFile = (f) =>
  f.startsWith(`${dir}/`) && /\.ya?ml$/.test(f) && !f.slice(dir.length + 1).includes("/");

const files = exists(before)
  ? git("diff", "--name-only", before, after, "--", dir).split("\n").filter(isEnvFile)
  : git("ls-tree", "-r", "--name-only", after, "--", dir).split("\n").filter(isEnvFile);

const changed = [];
for (const file of files) {
  const now = read(after, file);
  if (now === undefined) continue; // deleted: nothing to converge
  const was = exists(before) ? read(before, file) : undefined;
  const name = typeof now.name === "string" ? now.name : path.posix.basename(file).replace(/\.ya?ml$/, "");
  if ((was?.pin?.ami ?? null) !== (now.pin?.ami ?? null)) changed.push(name);
}
process.stdout.write(`environments=${JSON.stringify(changed.sort())}\n`);
