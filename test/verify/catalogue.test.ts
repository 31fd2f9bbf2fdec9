import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { resolveTargetGroup } from "../../src/fleet/target-group.js";
import { checksComponent } from "../../src/recipe/components/checks.js";
import { targetHealthVerifier } from "../../src/verify/basic-verifier.js";
import {
  CATALOGUE,
  ENVIRONMENT_CHECKS,
  entryOf,
  IMAGE_CHECKS,
  INSTANCE_SECTIONS,
} from "../../src/verify/catalogue.js";
import { PROBE_SECTIONS, probeFor } from "../../src/verify/probe-sections.js";
import { createRolloutVerifier } from "../../src/verify/rollout-verifier.js";
import { runProbe } from "../../src/verify/ssm-probe.js";
import type { CheckResult } from "../../src/verify/types.js";
import { exampleRecipe } from "../recipe/compiled-example.js";
import { exampleWorld, REGION, type World } from "../rollout/world.js";
import { legacyServers, withHttp } from "./sim-world.js";

let world: World;
beforeAll(async () => {
  world = withHttp(await exampleWorld());
});
afterAll(async () => {
  await rm(world.root, { recursive: true, force: true });
});

const stepNames = (doc: ReturnType<typeof checksComponent>) => doc.phases[0]!.steps.map((s) => s.name);

describe("the verification catalogue", () => {
  it("the Image Builder test phase is the catalogue's image checks, in the catalogue's order", async () => {
    const { recipe } = await exampleRecipe("amazon-linux-2");
    expect(stepNames(checksComponent("web-checks", recipe, "amazon-linux-2"))).toEqual(
      IMAGE_CHECKS.flatMap((c) => c.steps.map((s) => s.name)),
    );
    // A recipe with nothing to hold the image to but its zone and sshd keeps the rest in order.
    const bare = { ...structuredClone(recipe), services: [], agents: {}, users: { create: [], remove: [] } };
    expect(stepNames(checksComponent("bare-checks", bare, "amazon-linux-2"))).toEqual([
      "CheckTimezone",
      "CheckCrondStartedAfterZone",
      "CheckCronCanary",
      "CheckSshHardening",
      "CheckNoSecretsBaked",
    ]);
  });

  it("names each check once per level", () => {
    const keys = CATALOGUE.map((c) => `${c.level} ${c.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("the probes the verifiers run print every section the catalogue's checks read", async () => {
    expect(probeFor(INSTANCE_SECTIONS)).toBe("instance");
    const delivery = ENVIRONMENT_CHECKS.find((c) => c.name === "log-delivery:{agent}")!;
    expect(probeFor(delivery.sections)).toBe("agents");
    const [legacy] = await legacyServers(world, "prod");
    for (const probe of Object.keys(PROBE_SECTIONS) as Array<keyof typeof PROBE_SECTIONS>) {
      const outcome = (
        await runProbe(world.ctx, { region: REGION, instanceIds: [legacy!], probe, phase: "test" })
      ).get(legacy!);
      expect(outcome?.ok).toBe(true);
      if (!outcome?.ok) continue;
      expect(Object.keys(outcome.inventory)).toEqual(expect.arrayContaining([...PROBE_SECTIONS[probe]]));
    }
  });

  it("every result the verifiers give comes from a catalogue entry of its level", async () => {
    const project = await loadProject(world.root);
    const verifier = createRolloutVerifier(world.ctx, {
      project,
      env: project.environments.get("dev")!,
      stage: { first: true },
    });
    const [serving] = await legacyServers(world, "prod");
    const [other] = await legacyServers(world, "dev");
    const results: CheckResult[] = [
      ...(await verifier.instanceChecks([other!], "boot")),
      ...(await verifier.parity(serving!, other!)),
      ...(await verifier.soakSample(1)),
      ...(await verifier.soakSample(2)),
    ];
    const group = await resolveTargetGroup(world.ctx.aws, REGION, "web-dev");
    const basic = await targetHealthVerifier(world.ctx.aws, { ...group, environment: "dev" }, [
      "web-prod-5xx",
    ]).soakSample(1);
    const names = [...results, ...basic].map((r) => `${r.level} ${r.name} → ${entryOf(r)?.name ?? "none"}`);
    expect(names.filter((n) => n.endsWith("→ none"))).toEqual([]);
    // Both verifiers' soaks cover what fits their image; the target-health verifier only the any-image checks.
    expect([...new Set(basic.map((r) => entryOf(r)?.name))]).toEqual(["target-health", "alarms"]);
    expect(new Set(results.filter((r) => r.level === "environment").map((r) => entryOf(r)?.name))).toEqual(
      new Set(["target-health", "http", "hardening:{setting}", "log-delivery:{agent}"]),
    );
  });
});
