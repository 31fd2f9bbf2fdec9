import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type Inventory, PROBE_NAMES, parseProbeOutput, probeHeader } from "../../src/probes/schema.js";
import { PROBE_SCRIPTS } from "../../src/probes/scripts.js";
import {
  answerProbe,
  factsFromInventory,
  factsFromManifest,
  type RepositoryOffer,
  rebootFacts,
} from "../../src/sim/host/instance.js";
import { faults, LAUNCH, legacyInventory, MINUTE, webManifest } from "./fixtures.js";
import { createProbeFixture } from "./probe-fixture.js";

const ask = (
  name: (typeof PROBE_NAMES)[number],
  facts: ReturnType<typeof factsFromManifest>,
  now: number,
): Inventory => {
  const answer = answerProbe(`${probeHeader(name)}\nset -u\n`, facts, now);
  expect(answer.exitCode).toBe(0);
  const parsed = parseProbeOutput(answer.stdout);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.inventory;
};

const fresh = (...specs: string[]) =>
  factsFromManifest(webManifest, { launchedAt: LAUNCH, faults: faults(...specs), isNewestImage: true });

describe("simulated probe answers", () => {
  it("every probe's answer parses with the one inventory schema and carries only its sections", () => {
    const facts = fresh();
    for (const name of PROBE_NAMES) {
      const inv = ask(name, facts, LAUNCH + 5 * MINUTE);
      expect(inv.probe).toBe(name);
      expect(inv.host.bootedAt).toBe(LAUNCH / 1000);
    }
    expect(Object.keys(ask("hardening", facts, LAUNCH))).toEqual(["schema", "probe", "host", "ssh", "imds"]);
  });

  it("a script without a probe header is refused like a command that does not exist", () => {
    const answer = answerProbe("yum update -y\n", fresh(), LAUNCH);
    expect(answer.exitCode).toBe(127);
    expect(answer.stdout).toBe("");
  });

  it("a correct new instance runs its recipe's services and ships logs with rising counters", () => {
    const facts = fresh();
    const early = ask("inventory", facts, LAUNCH + 2 * MINUTE);
    const later = ask("inventory", facts, LAUNCH + 7 * MINUTE);
    for (const name of ["httpd", "crond", "fluentd", "newrelic-infra"]) {
      expect(later.services?.find((s) => s.name === name)).toMatchObject({
        enabled: "enabled",
        active: "active",
      });
    }
    expect(later.ports?.map((p) => p.port)).toEqual(expect.arrayContaining([22, 80, 24220]));
    expect(later.users?.map((u) => u.name)).toContain("deploy");
    expect(later.users?.map((u) => u.name)).not.toContain("ec2-user");
    const out = (inv: Inventory) => inv.monitors?.[0]?.plugins.find((p) => p.category === "output");
    expect(out(later)?.emitRecords).toBeGreaterThan(out(early)?.emitRecords ?? Infinity);
    expect(out(later)?.retryCount).toBe(0);
    expect(later.cron?.daemon.startedAt).toBeGreaterThan(later.timezone?.localtimeChangedAt ?? Infinity);
    expect(later.cron?.canary.lastRunAt).toBe((LAUNCH + 7 * MINUTE) / 1000);
    expect(later.cron?.canary.lastLine).toBe("2026-07-01T09:07:00+0900 cron-hour=9");
  });

  it("agent-missing=fluentd removes its package, service, process and port from the newest image only", () => {
    const inv = ask("inventory", fresh("agent-missing=fluentd"), LAUNCH + MINUTE);
    expect(inv.packages?.map((p) => p.name)).not.toContain("fluent-package");
    expect(inv.services?.map((s) => s.name)).not.toContain("fluentd");
    expect(inv.processes?.map((p) => p.comm)).not.toContain("fluentd");
    expect(inv.ports?.map((p) => p.port)).not.toContain(24220);
    expect(inv.monitors).toEqual([]);
    const older = factsFromManifest(webManifest, {
      launchedAt: LAUNCH,
      faults: faults("agent-missing=fluentd"),
      isNewestImage: false,
    });
    expect(ask("agents", older, LAUNCH).agents?.map((a) => a.name)).toContain("fluentd");
  });

  it("cron-stale-timezone: crond started before /etc/localtime changed, and a reboot cures it", () => {
    const facts = fresh("cron-stale-timezone");
    const inv = ask("cron", facts, LAUNCH + 3 * MINUTE);
    const tz = ask("timezone", facts, LAUNCH + 3 * MINUTE).timezone!;
    expect(inv.cron!.daemon.startedAt!).toBeLessThan(tz.localtimeChangedAt!);
    expect(inv.cron!.canary.lastLine).toBe("2026-07-01T09:03:00+0900 cron-hour=0");
    const rebooted = rebootFacts(facts, LAUNCH + 10 * MINUTE);
    const after = ask("cron", rebooted, LAUNCH + 12 * MINUTE);
    expect(after.cron!.daemon.startedAt!).toBeGreaterThan(tz.localtimeChangedAt!);
    expect(after.cron!.canary.lastLine).toBe("2026-07-01T09:12:00+0900 cron-hour=9");
  });

  it("cron-stale-timezone makes a canary scheduled at a local hour fire at that hour in UTC", () => {
    const manifest = { ...webManifest, canaryCron: { ...webManifest.canaryCron, schedule: "5 9 * * *" } };
    const stale = factsFromManifest(manifest, {
      launchedAt: LAUNCH,
      faults: faults("cron-stale-timezone"),
      isNewestImage: true,
    });
    const good = factsFromManifest(manifest, { launchedAt: LAUNCH, faults: faults(), isNewestImage: true });
    const now = Date.parse("2026-07-01T10:00:00Z");
    expect(ask("cron", good, now).cron!.canary.lastRunAt).toBe(Date.parse("2026-07-01T00:05:00Z") / 1000);
    expect(ask("cron", stale, now).cron!.canary.lastRunAt).toBe(Date.parse("2026-07-01T09:05:00Z") / 1000);
  });

  it("service-not-enabled=httpd: running after launch, gone after a reboot", () => {
    const facts = fresh("service-not-enabled=httpd");
    const before = ask("inventory", facts, LAUNCH + MINUTE);
    expect(before.services?.find((s) => s.name === "httpd")).toMatchObject({
      enabled: "disabled",
      active: "active",
    });
    expect(before.ports?.map((p) => p.port)).toContain(80);
    const after = ask("inventory", rebootFacts(facts, LAUNCH + 5 * MINUTE), LAUNCH + 6 * MINUTE);
    expect(after.services?.find((s) => s.name === "httpd")).toMatchObject({
      enabled: "disabled",
      active: "inactive",
    });
    expect(after.ports?.map((p) => p.port)).not.toContain(80);
    expect(after.processes?.map((p) => p.comm)).not.toContain("httpd");
  });

  it("log-delivery-stalled=fluentd: the process runs, emit counters stay flat and retries grow", () => {
    const facts = fresh("log-delivery-stalled=fluentd");
    const out = (t: number) =>
      ask("agents", facts, t).monitors![0]!.plugins.find((p) => p.category === "output")!;
    expect(ask("processes", facts, LAUNCH + MINUTE).processes?.map((p) => p.comm)).toContain("fluentd");
    expect(out(LAUNCH + 8 * MINUTE).emitRecords).toBe(out(LAUNCH + 2 * MINUTE).emitRecords);
    expect(out(LAUNCH + 8 * MINUTE).retryCount!).toBeGreaterThan(out(LAUNCH + 2 * MINUTE).retryCount!);
  });

  it("a legacy server answers from its surveyed inventory, its td-agent still delivering", () => {
    const facts = factsFromInventory(legacyInventory());
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
    const now = Date.parse("2026-07-01T00:00:00Z");
    const a = ask("agents", facts, now).monitors![0]!.plugins.find((p) => p.category === "output")!;
    const b = ask("agents", facts, now + 5 * MINUTE).monitors![0]!.plugins.find(
      (p) => p.category === "output",
    )!;
    expect(b.emitRecords!).toBeGreaterThan(a.emitRecords!);
    const inv = ask("inventory", facts, now);
    expect(inv.ports?.find((p) => p.port === 24220)?.process).toBe("td-agent");
    expect(inv.timezone?.zone).toBe("Asia/Tokyo");
  });
});

describe("simulated security advisories (yum updateinfo)", () => {
  const built = [
    { name: "openssl", version: "3.15.4-1.amzn2.0.685" },
    { name: "kernel", version: "7.5.1-1.amzn2.0.685" },
    { name: "httpd", version: "3.5.15-1.amzn2" },
  ];
  const instance = factsFromManifest(webManifest, {
    launchedAt: LAUNCH,
    faults: faults(),
    isNewestImage: true,
    packages: built,
  });
  const askAdvisories = (repository?: RepositoryOffer) => {
    const answer = answerProbe("# amipipe-probe: advisories\n", instance, LAUNCH, {
      repository: () => repository,
    });
    const parsed = parseProbeOutput(answer.stdout);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.inventory.advisories;
  };

  it("an instance has the packages its image's build installed, at their versions", () => {
    const packages = ask("packages", instance, LAUNCH).packages!;
    expect(packages.find((p) => p.name === "openssl")).toEqual({
      name: "openssl",
      version: "3.15.4-1.amzn2.0.685",
      arch: "noarch",
    });
    expect(packages.find((p) => p.name === "kernel")?.arch).toBe("x86_64");
  });

  it("the package list is printed as the real probe prints it and parses back to the instance's packages", () => {
    const withEpoch = factsFromManifest(webManifest, {
      launchedAt: LAUNCH,
      faults: faults(),
      isNewestImage: true,
      packages: [...built, { name: "openssl-libs", version: "1:1.0.2k-24.amzn2.0.12" }],
    });
    const answer = answerProbe(`${probeHeader("packages")}\n`, withEpoch, LAUNCH);
    const packed = (JSON.parse(answer.stdout) as { packages: string }).packages;
    const lines = gunzipSync(Buffer.from(packed, "base64")).toString("utf8");
    expect(lines.split("\n")).toContain("openssl-libs\t1:1.0.2k-24.amzn2.0.12\tnoarch");
    expect(lines.split("\n")).toContain("httpd\t0:3.5.15-1.amzn2\tnoarch");
    expect(lines.split("\n").at(-1)).toBe("");
    const parsed = parseProbeOutput(answer.stdout);
    if (!parsed.ok) throw new Error(parsed.error);
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);
    expect(parsed.inventory.packages).toEqual([...withEpoch.packages].sort(byName));

    // The real probe on a server with the same rpm database prints the same lines.
    const real = createProbeFixture({
      packages: withEpoch.packages.map((p) => {
        const [, epoch, version, release] = /^(?:(\d+):)?(.*)-([^-]+)$/.exec(p.version)!;
        return {
          name: p.name,
          ...(epoch ? { epoch: Number(epoch) } : {}),
          version: version!,
          release: release!,
          arch: p.arch,
        };
      }),
    }).run(PROBE_SCRIPTS.packages);
    const realPacked = (JSON.parse(real.stdout) as { packages: string }).packages;
    expect(gunzipSync(Buffer.from(realPacked, "base64")).toString("utf8")).toBe(lines);
  });

  it("lists the installed packages the repositories hold a newer security release of, and nothing else", () => {
    const found = askAdvisories({
      tool: "yum",
      packages: [
        // newer, with an advisory
        {
          name: "kernel",
          version: "7.5.1-1.amzn2.0.686",
          advisory: { id: "ALAS2-2026-2527", severity: "important" },
        },
        // newer, a bug-fix release
        { name: "httpd", version: "3.5.16-1.amzn2" },
        // the installed release itself carries the advisory: already fixed
        {
          name: "openssl",
          version: "3.15.4-1.amzn2.0.685",
          advisory: { id: "ALAS2-2026-1111", severity: "critical" },
        },
        // not installed
        { name: "nginx", version: "1.24.0-1.amzn2", advisory: { id: "ALAS2-2026-2000", severity: "low" } },
      ],
    });
    expect(found).toEqual({
      tool: "yum",
      listed: true,
      error: null,
      items: [
        {
          id: "ALAS2-2026-2527",
          severity: "important",
          package: "kernel",
          fixedIn: "kernel-7.5.1-1.amzn2.0.686.x86_64",
        },
      ],
    });
  });

  it("without repositories to read (no model for the host), yum says so and lists nothing", () => {
    expect(askAdvisories(undefined)).toEqual({
      tool: "yum",
      listed: false,
      error: "yum exited 1: Cannot retrieve repository metadata (repomd.xml) for Amazon Linux 2",
      items: [],
    });
  });
});
