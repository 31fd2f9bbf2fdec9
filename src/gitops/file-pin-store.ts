import { readFile } from "node:fs/promises";
import type { Project } from "../config/load.js";
import { UsageError } from "../errors.js";
import type { PinSnapshot, PinStore } from "../ports/pin-store.js";
import { readPinFromSource } from "./pin-document.js";
import { readPin, restatePin, restorePinFile, revertPin, writePin } from "./pins.js";

/** Pins kept in the environment files under the config root (what git reviews and the action commits). */
export function filePinStore(root: string, project: Pick<Project, "environments">): PinStore {
  const loaded = (environment: string) => {
    const found = project.environments.get(environment);
    if (!found) throw new UsageError(`unknown environment '${environment}'`);
    return found;
  };
  return {
    read: (environment) => readPin(loaded(environment)),
    async snapshot(environment) {
      const source = await readFile(loaded(environment).file, "utf8");
      return { environment, ami: readPinFromSource(source).ami, source };
    },
    write: (environment, record) => writePin(root, loaded(environment), record),
    restate: (environment, record) => restatePin(root, loaded(environment), record),
    async restore(environment, o) {
      const env = loaded(environment);
      const snapshot: PinSnapshot | undefined = o.snapshot;
      if (snapshot && snapshot.ami === o.previous) {
        const restored = await restorePinFile(root, env, snapshot.source, o.wrote);
        if (restored) return restored;
      }
      const current = await readPin(env);
      if (current.ami !== o.wrote) return undefined;
      return revertPin(root, env, o.previous, o.fallback);
    },
  };
}
