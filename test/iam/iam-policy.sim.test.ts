import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { iamPolicy } from "../../src/commands/iam-policy.js";
import { OperationFailed } from "../../src/errors.js";
import { isAllowed } from "../../src/iam/match.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { contextFor, exampleConfigCopy } from "../lifecycle/world.js";

const ACCOUNT = "123456789012";

async function renameInEnvironment(root: string, env: string, from: string, to: string): Promise<void> {
  const file = path.join(root, "environments", `${env}.yml`);
  const text = await readFile(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`no "${from}" in ${file}`);
  await writeFile(file, next);
}

describe("amipipe iam-policy against an account", () => {
  it("passes the role of the fleet's instance profile, named by the launch template", async () => {
    const root = await exampleConfigCopy();
    const sim = await simulatorFromWorld(root);
    const result = await iamPolicy(contextFor(sim, root), { env: "prod" });
    expect(result.ok).toBe(true);
    const passRole = (role: string) =>
      isAllowed(result.data, {
        action: "iam:PassRole",
        resource: `arn:aws:iam::${ACCOUNT}:role/${role}`,
        context: { "iam:PassedToService": "ec2.amazonaws.com" },
      });
    expect(passRole("web-instance")).toBe(true);
    expect(passRole("Admin")).toBe(false);
    expect(result.data.Statement.some((s) => s.Sid.endsWith("Widened"))).toBe(false);
  });

  it("refuses to widen the policy for a launch template the account does not have", async () => {
    const root = await exampleConfigCopy();
    await renameInEnvironment(root, "staging", "launchTemplate: web-staging", "launchTemplate: web-stg");
    const sim = await simulatorFromWorld(root);
    const failure = await iamPolicy(contextFor(sim, root), {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OperationFailed);
    expect((failure as OperationFailed).exitCode).toBe(1);
    expect((failure as Error).message).toContain("launch template web-stg (environment staging) not found");
    expect((failure as Error).message).toContain("--allow-wildcards");

    const widened = await iamPolicy(contextFor(sim, root), { allowWildcards: true });
    expect(widened.ok).toBe(true);
    const marked = widened.data.Statement.filter((s) => s.Sid.endsWith("Widened"));
    expect(marked.map((s) => s.Sid).sort()).toEqual([
      "LaunchFromTemplatesIntoEnvironmentSubnetsWidened",
      "NewLaunchTemplateVersionsWidened",
    ]);
  });

  it("refuses a target group the account does not have", async () => {
    const root = await exampleConfigCopy();
    await renameInEnvironment(root, "prod", "targetGroup: web-prod", "targetGroup: web-production");
    const sim = await simulatorFromWorld(root);
    const failure = await iamPolicy(contextFor(sim, root), { env: "prod" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OperationFailed);
    expect((failure as Error).message).toContain("target group web-production (environment prod) not found");
    const allowed = await iamPolicy(contextFor(sim, root), { env: "prod", allowWildcards: true });
    expect(allowed.ok).toBe(true);
  });
});
