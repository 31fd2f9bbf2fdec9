import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import {
  factsFromInventory,
  factsFromManifest,
  inventoryAt,
  rebootFacts,
} from "../../src/sim/host/instance.js";
import { foldAgentConsequences } from "../../src/verify/checks/agents.js";
import { instanceChecks } from "../../src/verify/checks/instance.js";
import { checkLogDelivery } from "../../src/verify/checks/log-delivery.js";
import { type Expectations, expectationsFromRecipe } from "../../src/verify/expectations.js";
import { checkParity } from "../../src/verify/parity.js";
import { findingsOf } from "../../src/verify/types.js";
import {
  faults,
  LAUNCH,
  legacyInventory,
  MINUTE,
  webManifest,
  webManifestWithoutFluentd,
} from "../probes/fixtures.js";

let expected: Expectations;
let waivers: Parameters<typeof checkParity>[2]["waivers"];
beforeAll(async () => {
  const project = await loadProject(path.resolve(import.meta.dirname, "../.."));
  const recipe = project.recipes.get("web")!.recipe;
  expected = expectationsFromRecipe(recipe);
  // A team that dropped log shipping on purpose waives td-agent with a reason.
  waivers = [
    { kind: "agent", name: "td-agent", reason: "access logs now go to S3 from the ALB" },
    { kind: "process", name: "td-agent", reason: "access logs now go to S3 from the ALB" },
  ];
});

const instance = (manifest = webManifest, ...specs: string[]) =>
  factsFromManifest(manifest, { launchedAt: LAUNCH, faults: faults(...specs), isNewestImage: true });
const failed = (results: ReturnType<typeof instanceChecks>) => findingsOf(results).map((r) => r.name);

describe("instance checks against the example recipe", () => {
  it("a correct new instance passes every check, after boot and after a reboot", () => {
    const facts = instance();
    expect(
      failed(
        instanceChecks(inventoryAt(facts, LAUNCH + 3 * MINUTE), expected, { target: "i-new", phase: "boot" }),
      ),
    ).toEqual([]);
    const rebooted = rebootFacts(facts, LAUNCH + 5 * MINUTE);
    expect(
      failed(
        instanceChecks(inventoryAt(rebooted, LAUNCH + 8 * MINUTE), expected, {
          target: "i-new",
          phase: "reboot",
        }),
      ),
    ).toEqual([]);
  });

  it("agent-missing=fluentd: the agent check names the agent, its process and its port", () => {
    const results = instanceChecks(
      inventoryAt(instance(webManifest, "agent-missing=fluentd"), LAUNCH + 3 * MINUTE),
      expected,
      { target: "i-new", phase: "boot" },
    );
    // One cause, one finding: the absent fluentd service is evidence of it, not a second finding.
    expect(failed(results)).toEqual(["agent:fluentd"]);
    const agent = results.find((r) => r.name === "agent:fluentd")!;
    expect(agent.summary).toBe(
      "fluentd is not installed: package fluent-package absent, no fluentd process, nothing listening on 24220",
    );
    expect(agent.evidence.consequences).toEqual([
      "service fluentd: not installed (the services check leaves it to this finding)",
    ]);
    // The recipe's own services are still checked.
    expect(results.find((r) => r.name === "services")!.summary).toBe(
      "httpd, crond, newrelic-infra enabled at boot and active",
    );
  });

  it("agent-missing=fluentd across a soak: the silent monitor_agent is folded into the agent finding, not a log-delivery finding", () => {
    const facts = instance(webManifest, "agent-missing=fluentd");
    const fluentd = expected.agents.find((a) => a.name === "fluentd")!;
    const boot = instanceChecks(inventoryAt(facts, LAUNCH + 3 * MINUTE), expected, {
      target: "i-new",
      phase: "boot",
    });
    const delivery = checkLogDelivery(
      [inventoryAt(facts, LAUNCH + 5 * MINUTE), inventoryAt(facts, LAUNCH + 6 * MINUTE)],
      fluentd,
      "i-new",
    );
    expect(delivery.passed).toBe(false);
    const folded = foldAgentConsequences([...boot, delivery]);
    expect(failed(folded)).toEqual(["agent:fluentd"]);
    expect(folded.find((r) => r.name === "agent:fluentd")!.evidence.consequences).toEqual([
      "service fluentd: not installed (the services check leaves it to this finding)",
      "log delivery: fluentd: monitor_agent on 24220 does not answer: fluentd is not running",
    ]);
    // A stalled but installed fluentd keeps its own log-delivery finding.
    const stalled = instance(webManifest, "log-delivery-stalled=fluentd");
    const stalledDelivery = checkLogDelivery(
      [inventoryAt(stalled, LAUNCH + 5 * MINUTE), inventoryAt(stalled, LAUNCH + 6 * MINUTE)],
      fluentd,
      "i-new",
    );
    const kept = foldAgentConsequences([
      ...instanceChecks(inventoryAt(stalled, LAUNCH + 3 * MINUTE), expected, {
        target: "i-new",
        phase: "boot",
      }),
      stalledDelivery,
    ]);
    expect(failed(kept)).toEqual(["log-delivery:fluentd"]);
  });

  it("cron-stale-timezone: crond started before the zone change, jobs would run in UTC; a reboot clears it", () => {
    const facts = instance(webManifest, "cron-stale-timezone");
    const results = instanceChecks(inventoryAt(facts, LAUNCH + 3 * MINUTE), expected, {
      target: "i-new",
      phase: "boot",
    });
    expect(failed(results)).toEqual(["cron-timezone"]);
    const cron = results.find((r) => r.name === "cron-timezone")!;
    // One reading for a person: local times with the offset, the consequence for the server's
    // own 09:00 job, and the fix; no UTC ISO stamps in the sentence.
    expect(cron.summary).toBe(
      "cron runs on UTC, not Asia/Tokyo: jobs fire 9 hours late — '0 9 * * *' (daily-mail) runs at 18:00 JST. " +
        "crond started at 2026-07-01 09:00:05 JST (+0900), before the zone was set to Asia/Tokyo at 09:01:00 JST, " +
        "and keeps the zone it read at start; the canary confirms it: at 09:03 JST crond ran its hour-0 entry. " +
        "Fix: restart crond after setting the zone, or reboot",
    );
    expect(cron.summary).not.toMatch(/\d\dZ|\.000/);
    // The raw timestamps stay in the evidence.
    expect(cron.evidence).toMatchObject({
      crondStartedAt: "2026-07-01T00:00:05.000Z",
      localtimeChangedAt: "2026-07-01T00:01:00.000Z",
      canaryLine: "2026-07-01T09:03:00+0900 cron-hour=0",
    });
    const after = rebootFacts(facts, LAUNCH + 5 * MINUTE);
    expect(
      failed(
        instanceChecks(inventoryAt(after, LAUNCH + 8 * MINUTE), expected, {
          target: "i-new",
          phase: "reboot",
        }),
      ),
    ).toEqual([]);
  });

  it("service-not-enabled=httpd: flagged at boot as running but not enabled, and down after the reboot", () => {
    const facts = instance(webManifest, "service-not-enabled=httpd");
    const boot = instanceChecks(inventoryAt(facts, LAUNCH + 3 * MINUTE), expected, {
      target: "i-new",
      phase: "boot",
    });
    expect(failed(boot)).toEqual(["services"]);
    expect(boot.find((r) => r.name === "services")!.summary).toContain(
      "httpd is running but not enabled at boot",
    );
    const reboot = instanceChecks(
      inventoryAt(rebootFacts(facts, LAUNCH + 5 * MINUTE), LAUNCH + 8 * MINUTE),
      expected,
      { target: "i-new", phase: "reboot" },
    );
    expect(failed(reboot)).toEqual(["services", "ports", "processes"]);
    expect(reboot.find((r) => r.name === "ports")!.summary).toBe("nothing listens on port 80 (httpd)");
  });
});

describe("log delivery across the soak", () => {
  const fluentd = () => expected.agents.find((a) => a.name === "fluentd")!;
  const samples = (facts: ReturnType<typeof instance>) => [
    inventoryAt(facts, LAUNCH + 5 * MINUTE),
    inventoryAt(facts, LAUNCH + 10 * MINUTE),
  ];

  it("a delivering fluentd passes: emitted records rise, retries stay flat", () => {
    const result = checkLogDelivery(samples(instance()), fluentd(), "i-new");
    expect(result.passed).toBe(true);
  });

  it("log-delivery-stalled=fluentd fails on flat emit counts and growing retries, naming the agent", () => {
    const result = checkLogDelivery(
      samples(instance(webManifest, "log-delivery-stalled=fluentd")),
      fluentd(),
      "i-new",
    );
    expect(result.passed).toBe(false);
    expect(result.summary).toMatch(/^fluentd delivers nothing: output records emitted stayed at 0/);
    expect(result.summary).toContain("fluentd retries grow");
  });

  it("one sample is not enough to prove delivery", () => {
    expect(checkLogDelivery([inventoryAt(instance(), LAUNCH)], fluentd(), "i-new").passed).toBe(false);
  });
});

describe("parity with the legacy server", () => {
  const legacy = () => inventoryAt(factsFromInventory(legacyInventory()), LAUNCH);

  it("a new instance of the example recipe covers everything the legacy server ran (td-agent by fluentd)", () => {
    const result = checkParity(legacy(), inventoryAt(instance(), LAUNCH + 3 * MINUTE), {
      target: "i-new",
      waivers: [],
    });
    expect(result.evidence.gaps).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it("a recipe without fluentd leaves td-agent's job undone: agent, process and port 24220 are named", () => {
    const result = checkParity(
      legacy(),
      inventoryAt(instance(webManifestWithoutFluentd), LAUNCH + 3 * MINUTE),
      { target: "i-new" },
    );
    expect(result.passed).toBe(false);
    expect(result.summary).toContain("agent td-agent");
    expect(result.summary).toContain("process td-agent");
    expect(result.summary).toContain("port 24220 (nothing listens on 24220 (td-agent on the old server))");
  });

  it("waivers with reasons silence exactly the gaps they name, and are shown", () => {
    const result = checkParity(
      legacy(),
      inventoryAt(instance(webManifestWithoutFluentd), LAUNCH + 3 * MINUTE),
      { target: "i-new", waivers },
    );
    expect(result.passed).toBe(false);
    expect(result.summary).not.toContain("agent td-agent");
    expect(result.summary).toContain("port 24220");
    expect((result.evidence.waived as Array<{ waived: string }>).map((g) => g.waived)).toContain(
      "access logs now go to S3 from the ALB",
    );
  });
});
