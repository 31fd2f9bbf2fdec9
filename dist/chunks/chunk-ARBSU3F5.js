import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  pushPinInSource,
  readPinFromSource,
  restatePinInSource,
  revertPinInSource
} from "./chunk-WAGHXFCY.js";

// src/gitops/pins.ts
import { randomUUID } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
async function readPin(loaded) {
  return readPinFromSource(await readFile(loaded.file, "utf8"));
}
async function writePin(root, loaded, record) {
  const source = await readFile(loaded.file, "utf8");
  const previous = readPinFromSource(source).ami;
  if (previous === record.ami) return void 0;
  await replaceFile(loaded.file, pushPinInSource(source, record));
  return { environment: loaded.env.name, file: relative(root, loaded.file), ami: record.ami, previous };
}
async function restatePin(root, loaded, record) {
  const source = await readFile(loaded.file, "utf8");
  await replaceFile(loaded.file, restatePinInSource(source, record));
  return {
    environment: loaded.env.name,
    file: relative(root, loaded.file),
    ami: record.ami,
    previous: record.ami
  };
}
async function revertPin(root, loaded, previous, fallback) {
  const source = await readFile(loaded.file, "utf8");
  const current = readPinFromSource(source).ami;
  if (current === previous) return void 0;
  await replaceFile(loaded.file, revertPinInSource(source, previous, fallback));
  return {
    environment: loaded.env.name,
    file: relative(root, loaded.file),
    ami: previous,
    previous: current
  };
}
async function restorePinFile(root, loaded, before, wrote) {
  const source = await readFile(loaded.file, "utf8");
  const current = readPinFromSource(source).ami;
  if (current !== wrote) return void 0;
  const previous = readPinFromSource(before).ami;
  if (previous === null || previous === current) return void 0;
  await replaceFile(loaded.file, before);
  return {
    environment: loaded.env.name,
    file: relative(root, loaded.file),
    ami: previous,
    previous: current
  };
}
async function replaceFile(file, text) {
  const temp = `${file}.${randomUUID()}.tmp`;
  await writeFile(temp, text, "utf8");
  await rename(temp, file);
}
function relative(root, file) {
  return path.relative(root, file).split(path.sep).join("/");
}

export {
  readPin,
  writePin,
  restatePin,
  revertPin,
  restorePinFile
};
