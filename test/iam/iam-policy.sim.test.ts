import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type IamPoliciesData, iamPolicy } from "../../src/commands/iam-policy.js";
import { OperationFailed, UsageError } from "../../src/errors.js";
import type { PolicyDocument } from "../../src/iam/document.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { contextFor, exampleConfigCopy as copyExample } from "../lifecycle/world.js";

const roots: string[] = [];
async function exampleConfigCopy(): Promise<string> {
  const root = await copyExample();
  roots.push(root);
  return root;
}
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

async function renameInEnvironment(root: string, env: string, from: string, to: string): Promise<void> {
  const file = path.join(root, "environments", `${env}.yml`);
  const text = await readFile(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`no "${from}" in ${file}`);
  await writeFile(file, next);
}

const sids = (policy: PolicyDocument) => policy.Statement.map((s) => s.Sid);

describe("amipipe iam-policy against an account", () => {
  it("prints every role's policy by default: one per environment, then bake, gc and verify", async () => {
    const root = await exampleConfigCopy();
    const sim = await simulatorFromWorld(root);
    const result = await iamPolicy(contextFor(sim, root), {});
    expect(result.ok).toBe(true);
    const data = result.data as IamPoliciesData;
    expect(data.roles.map((r) => r.role)).toEqual([
      "amipipe-dev",
      "amipipe-prod",
      "amipipe-staging",
      "amipipe-bake",
      "amipipe-gc",
      "amipipe-verify",
    ]);
    expect(result.text).toContain("# amipipe-prod: promote, rollback, reconcile, verify and survey prod");
  });

  it("scopes an environment's role to its own launch template, target group and lock", async () => {
    const root = await exampleConfigCopy();
    const sim = await simulatorFromWorld(root);
    const prod = (await iamPolicy(contextFor(sim, root), { env: "prod" })).data as PolicyDocument;
    const text = JSON.stringify(prod);
    expect(text).toContain("targetgroup/web-prod/*");
    expect(text).toContain("parameter/amipipe/locks/prod");
    expect(text).not.toMatch(/web-staging|web-dev|locks\/(dev|staging)/);
    expect(sids(prod)).not.toContain("BuildImagesFromRecipesComponent");
    const bake = (await iamPolicy(contextFor(sim, root), { role: "bake" })).data as PolicyDocument;
    expect(sids(bake)).toContain("BuildImagesFromRecipesComponent");
    expect(JSON.stringify(bake)).not.toContain("ec2:RunInstances");
  });

  it("refuses an unknown role or environment, and both at once (exit 2)", async () => {
    const root = await exampleConfigCopy();
    const sim = await simulatorFromWorld(root);
    for (const input of [{ role: "admin" }, { env: "qa" }, { env: "prod", role: "bake" }]) {
      const failure = await iamPolicy(contextFor(sim, root), input).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(UsageError);
    }
  });

  it("refuses to widen a policy for a launch template the account does not have", async () => {
    const root = await exampleConfigCopy();
    await renameInEnvironment(root, "staging", "launchTemplate: web-staging", "launchTemplate: web-stg");
    const sim = await simulatorFromWorld(root);
    const failure = await iamPolicy(contextFor(sim, root), {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OperationFailed);
    expect((failure as OperationFailed).exitCode).toBe(1);
    expect((failure as Error).message).toContain("launch template web-stg (environment staging) not found");
    expect((failure as Error).message).toContain("--allow-wildcards");

    const widened = await iamPolicy(contextFor(sim, root), { env: "staging", allowWildcards: true });
    expect(widened.ok).toBe(true);
    expect(sids(widened.data as PolicyDocument).filter((s) => s.endsWith("Widened"))).toEqual([
      "NewVersionsOfStagingLaunchTemplateWidened",
      "LaunchStagingInstancesFromItsTemplateWidened",
      "LaunchStagingIntoItsSubnetsWidened",
    ]);
  });

  it("refuses a target group or subnet the account does not have", async () => {
    const root = await exampleConfigCopy();
    await renameInEnvironment(root, "prod", "targetGroup: web-prod", "targetGroup: web-production");
    await renameInEnvironment(root, "prod", "subnet-0a1b2c3d4e5f60003", "subnet-0fffffffffffffff9");
    const sim = await simulatorFromWorld(root);
    const failure = await iamPolicy(contextFor(sim, root), { env: "prod" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OperationFailed);
    expect((failure as Error).message).toContain("target group web-production (environment prod) not found");
    expect((failure as Error).message).toContain(
      "subnet subnet-0fffffffffffffff9 (environment prod) not found",
    );
    const allowed = await iamPolicy(contextFor(sim, root), { env: "prod", allowWildcards: true });
    expect(allowed.ok).toBe(true);
  });
});
