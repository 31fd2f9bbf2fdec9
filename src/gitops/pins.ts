import { randomUUID } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LoadedEnvironment } from "../config/load.js";
import type { PinChange } from "../ports/pin-store.js";
import {
  type PinRecord,
  type PinView,
  pushPinInSource,
  readPinFromSource,
  restatePinInSource,
  revertPinInSource,
} from "./pin-document.js";

export type { PinChange } from "../ports/pin-store.js";
export { PIN_HISTORY_LIMIT, type PinRecord, type PinView } from "./pin-document.js";

/** The pin as it is on disk now (a hand edit since loading included). */
export async function readPin(loaded: LoadedEnvironment): Promise<PinView> {
  return readPinFromSource(await readFile(loaded.file, "utf8"));
}

/** Pins `record.ami`, keeping the file's comments and layout; undefined when already pinned there. */
export async function writePin(
  root: string,
  loaded: LoadedEnvironment,
  record: PinRecord,
): Promise<PinChange | undefined> {
  const source = await readFile(loaded.file, "utf8");
  const previous = readPinFromSource(source).ami;
  if (previous === record.ami) return undefined;
  await replaceFile(loaded.file, pushPinInSource(source, record));
  return { environment: loaded.env.name, file: relative(root, loaded.file), ami: record.ami, previous };
}

/**
 * Records `record` (a forced reason) on a pin that already names its AMI — a pin edited by
 * hand in git that the promotion policy refused — without adding a history entry.
 */
export async function restatePin(
  root: string,
  loaded: LoadedEnvironment,
  record: PinRecord,
): Promise<PinChange> {
  const source = await readFile(loaded.file, "utf8");
  await replaceFile(loaded.file, restatePinInSource(source, record));
  return {
    environment: loaded.env.name,
    file: relative(root, loaded.file),
    ami: record.ami,
    previous: record.ami,
  };
}

/** Puts `previous` back after a failed rollout of the current pin (see revertPinInSource). */
export async function revertPin(
  root: string,
  loaded: LoadedEnvironment,
  previous: string,
  fallback: PinRecord,
): Promise<PinChange | undefined> {
  const source = await readFile(loaded.file, "utf8");
  const current = readPinFromSource(source).ami;
  if (current === previous) return undefined;
  await replaceFile(loaded.file, revertPinInSource(source, previous, fallback));
  return {
    environment: loaded.env.name,
    file: relative(root, loaded.file),
    ami: previous,
    previous: current,
  };
}

/**
 * Puts back the file exactly as it was before this run changed the pin (`before`), when the
 * pin still is the one this run wrote; undefined when there is nothing to undo.
 */
export async function restorePinFile(
  root: string,
  loaded: LoadedEnvironment,
  before: string,
  wrote: string,
): Promise<PinChange | undefined> {
  const source = await readFile(loaded.file, "utf8");
  const current = readPinFromSource(source).ami;
  if (current !== wrote) return undefined;
  const previous = readPinFromSource(before).ami;
  if (previous === null || previous === current) return undefined;
  await replaceFile(loaded.file, before);
  return {
    environment: loaded.env.name,
    file: relative(root, loaded.file),
    ami: previous,
    previous: current,
  };
}

/** Write-then-rename so a crash never leaves half a file in git's working tree. */
async function replaceFile(file: string, text: string): Promise<void> {
  const temp = `${file}.${randomUUID()}.tmp`;
  await writeFile(temp, text, "utf8");
  await rename(temp, file);
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}
