import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  PROBE_NAMES,
  type ProbeName,
  parseProbeOutput,
  probeHeader,
  probeNameOf,
} from "../../src/probes/schema.js";
import { PROBE_SCRIPTS } from "../../src/probes/scripts.js";
import { SSM_INLINE_STDOUT_LIMIT } from "../../src/verify/ssm-probe.js";
import { createProbeFixture } from "./probe-fixture.js";
import { evrOf, syntheticRpmDb } from "./rpm-db.js";

const repo = path.resolve(import.meta.dirname, "../..");

const probe = (name: ProbeName, fixture = createProbeFixture()) => {
  const result = fixture.run(PROBE_SCRIPTS[name]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const parsed = parseProbeOutput(result.stdout);
  if (!parsed.ok) throw new Error(`${parsed.error}\n${result.stdout}`);
  return parsed.inventory;
};

describe("probe scripts on a fixture server", () => {
  it("every probe starts with its header and prints a document the inventory schema accepts", () => {
    const fixture = createProbeFixture();
    for (const name of PROBE_NAMES) {
      expect(probeNameOf(PROBE_SCRIPTS[name])).toBe(name);
      expect(PROBE_SCRIPTS[name].startsWith(`${probeHeader(name)}\n`)).toBe(true);
      expect(probe(name, fixture).probe).toBe(name);
    }
  });

  it("the timezone probe reports zone, abbreviation, offset and the last change of /etc/localtime", () => {
    const fixture = createProbeFixture();
    expect(probe("timezone", fixture).timezone).toEqual({
      zone: "Asia/Tokyo",
      abbreviation: "JST",
      utcOffset: "+0900",
      localtimeChangedAt: fixture.localtimeChangedAt,
    });
  });

  it("the cron probe reports crond's start, the canary's last run and entries from every source", () => {
    const fixture = createProbeFixture();
    const cron = probe("cron", fixture).cron!;
    expect(cron.daemon).toEqual({ running: true, startedAt: expect.any(Number) });
    expect(Math.abs(cron.daemon.startedAt! - fixture.crondStartedAt)).toBeLessThanOrEqual(2);
    expect(cron.canary.logFile).toBe("/var/log/amipipe/cron-canary.log");
    expect(cron.canary.lastLine).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:01\+0900 cron-hour=\d+$/);
    expect(cron.canary.lastRunAt).toBe(fixture.lastCanaryRun);
    expect(cron.entries.filter((e) => e.source === "/etc/cron.d/amipipe-canary")).toHaveLength(24);
    expect(cron.entries).toEqual(
      expect.arrayContaining([
        {
          source: "/etc/cron.d/0hourly",
          user: "root",
          schedule: "01 * * * *",
          command: "run-parts /etc/cron.hourly",
        },
        {
          source: "/etc/cron.d/daily-mail",
          user: "deploy",
          schedule: "0 9 * * *",
          command: "/var/www/app/current/bin/cron-run daily_mail",
        },
        {
          source: "crontab:deploy",
          user: "deploy",
          schedule: "30 9 * * *",
          command: '/var/www/app/current/bin/cron-run "daily_notice" >/dev/null 2>&1',
        },
        {
          source: "crontab:deploy",
          user: "deploy",
          schedule: "@reboot",
          command: "/usr/local/bin/warm-cache",
        },
      ]),
    );
    expect(cron.entries.some((e) => e.command.includes("MAILTO") || e.schedule.startsWith("CRON_TZ"))).toBe(
      false,
    );
  });

  it("services, processes and ports come from systemctl, ps and ss, kernel threads left out", () => {
    const inv = probe("inventory");
    expect(inv.services).toContainEqual({ name: "httpd", enabled: "enabled", active: "active" });
    expect(inv.services?.map((s) => s.name)).not.toContain("postfix");
    expect(inv.processes?.map((p) => p.comm)).toEqual(["systemd", "crond", "httpd", "httpd", "fluentd"]);
    expect(inv.ports).toEqual([
      { address: "0.0.0.0", port: 22, process: "sshd" },
      { address: "*", port: 80, process: "httpd" },
      { address: "0.0.0.0", port: 24220, process: "fluentd" },
      { address: "::", port: 22, process: "sshd" },
    ]);
  });

  it("the users probe lists each user with the supplementary groups /etc/group gives it", () => {
    const users = probe("users").users!;
    expect(users.find((u) => u.name === "deploy")).toMatchObject({ uid: 1001, groups: ["wheel", "apache"] });
    expect(users.find((u) => u.name === "root")!.groups).toEqual([]);
  });

  it("the agents probe reads fluentd's monitor_agent counters per plugin", () => {
    const inv = probe("agents", createProbeFixture({ fluentdRetries: 7 }));
    expect(inv.agents?.map((a) => [a.name, a.installed, a.active])).toEqual([
      ["fluentd", true, "active"],
      ["newrelic-infra", true, "active"],
    ]);
    expect(inv.monitors?.[0]?.plugins.find((p) => p.category === "output")).toEqual({
      pluginId: "out_access",
      category: "output",
      type: "bigquery_insert",
      emitRecords: 5120,
      emitCount: 512,
      writeCount: 60,
      retryCount: 7,
      bufferTotalQueuedSize: 88000,
    });
  });

  it("the hardening probe takes sshd's first value and sees IMDSv2 required when a GET without token is refused", () => {
    expect(probe("hardening").ssh).toEqual({
      passwordAuthentication: "no",
      permitRootLogin: "no",
      source: "sshd_config",
    });
    expect(probe("hardening").imds).toEqual({ reachable: true, tokenRequired: true });
    expect(probe("hardening", createProbeFixture({ imdsCode: "200" })).imds).toEqual({
      reachable: true,
      tokenRequired: false,
    });
  });
});

describe("the packages section (rpm -qa, gzip+base64)", () => {
  it("lists every installed package sorted by name, with the epoch where the package has one", () => {
    expect(probe("packages").packages).toEqual([
      { name: "bash", version: "4.2.46-34.amzn2", arch: "x86_64" },
      { name: "fluent-package", version: "5.0.4-1.amzn2", arch: "x86_64" },
      { name: "gpg-pubkey", version: "c87f5b1a-593863f8", arch: "(none)" },
      { name: "httpd", version: "2.4.62-1.amzn2", arch: "x86_64" },
      { name: "newrelic-infra", version: "1.57.1-1.amazonlinux2", arch: "x86_64" },
      { name: "openssl-libs", version: "1:1.0.2k-24.amzn2.0.12", arch: "x86_64" },
    ]);
  });

  it("prints the list as one gzip+base64 string of sorted `NAME<TAB>EPOCH:VERSION-RELEASE<TAB>ARCH` lines", () => {
    const result = createProbeFixture().run(PROBE_SCRIPTS.packages);
    const packed = (JSON.parse(result.stdout) as { packages: unknown }).packages;
    expect(typeof packed).toBe("string");
    expect(gunzipSync(Buffer.from(packed as string, "base64")).toString("utf8")).toBe(
      [
        "bash\t0:4.2.46-34.amzn2\tx86_64",
        "fluent-package\t0:5.0.4-1.amzn2\tx86_64",
        "gpg-pubkey\t0:c87f5b1a-593863f8\t(none)",
        "httpd\t0:2.4.62-1.amzn2\tx86_64",
        "newrelic-infra\t0:1.57.1-1.amazonlinux2\tx86_64",
        "openssl-libs\t1:1.0.2k-24.amzn2.0.12\tx86_64",
        "",
      ].join("\n"),
    );
  });

  it("a server with 1,500 packages: the inventory stays under SSM's 24,000 inline characters and parses back whole", () => {
    const db = syntheticRpmDb(1500);
    const fixture = createProbeFixture({ packages: db });
    const expected = db
      .map((p) => ({ name: p.name, version: evrOf(p), arch: p.arch }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const name of ["inventory", "packages"] as const) {
      const result = fixture.run(PROBE_SCRIPTS[name]);
      expect(result.stdout.length).toBeLessThan(SSM_INLINE_STDOUT_LIMIT);
      const parsed = parseProbeOutput(result.stdout);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.inventory.packages).toHaveLength(1500);
      expect(parsed.inventory.packages).toEqual(expected);
    }
  });
});

describe("the advisories probe", () => {
  it("lists the security updates yum reports on Amazon Linux 2, one item per advisory and package", () => {
    expect(probe("advisories").advisories).toEqual({
      tool: "yum",
      listed: true,
      error: null,
      items: [
        {
          id: "ALAS2-2026-2712",
          severity: "important",
          package: "openssl",
          fixedIn: "openssl-1:1.0.2k-24.amzn2.0.12.x86_64",
        },
        {
          id: "ALAS2-2026-2712",
          severity: "important",
          package: "openssl-libs",
          fixedIn: "openssl-libs-1:1.0.2k-24.amzn2.0.12.x86_64",
        },
        {
          id: "ALAS2-2026-2715",
          severity: "medium",
          package: "curl",
          fixedIn: "curl-8.3.0-1.amzn2.0.4.x86_64",
        },
        {
          id: "ALAS2KERNEL-5.10-2026-061",
          severity: "critical",
          package: "kernel",
          fixedIn: "kernel-5.10.230-223.885.amzn2.x86_64",
        },
      ],
    });
  });

  it("asks dnf where it is installed (Amazon Linux 2023)", () => {
    const found = probe("advisories", createProbeFixture({ packageManager: "dnf" })).advisories!;
    expect(found.tool).toBe("dnf");
    expect(found.items.map((a) => [a.id, a.severity, a.package])).toEqual([
      ["ALAS2023-2026-1001", "important", "curl-minimal"],
      ["ALAS2023-2026-1003", "low", "tzdata"],
    ]);
  });

  it("says why when the package manager cannot read its repositories, and lists nothing", () => {
    expect(probe("advisories", createProbeFixture({ packageManager: "offline" })).advisories).toEqual({
      tool: "yum",
      listed: false,
      error:
        "yum exited 1: Cannot retrieve repository metadata (repomd.xml) for repository: amzn2-core. Please verify its path and try again",
      items: [],
    });
  });
});

describe("the JSON string function", () => {
  it("escapes quotes, backslashes and control characters so any text round-trips", () => {
    const lib = path.join(repo, "src/probes/lib/json.sh");
    const dir = mkdtempSync(path.join(tmpdir(), "amipipe-json-"));
    const samples = [
      "plain",
      'say "hi"',
      "back\\slash\\n",
      "tab\there\nnew line\r",
      "bell\u0007 esc\u001b[0m",
      "日本語 JST",
      "%s %d $HOME `x`",
    ];
    for (const sample of samples) {
      const input = path.join(dir, "in.txt");
      writeFileSync(input, sample);
      const out = execFileSync(
        "bash",
        ["-c", `. "$1"; json_str "$(cat "$2"; printf x)"`, "json", lib, input],
        {
          encoding: "utf8",
          env: { LC_ALL: "C", PATH: "/usr/bin:/bin" },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      // Tab, newline and carriage return are escaped; other control characters are dropped.
      const expected = [...`${sample}x`]
        .filter((c) => c.charCodeAt(0) >= 0x20 || "\t\n\r".includes(c))
        .join("");
      expect(JSON.parse(out)).toBe(expected);
    }
  });
});

describe("probe sources", () => {
  it("src/probes/scripts.ts is generated from the current src/probes/*.sh", async () => {
    // @ts-expect-error - plain .mjs script without types
    const { renderScriptsModule } = await import("../../scripts/gen-probes.mjs");
    expect(readFileSync(path.join(repo, "src/probes/scripts.ts"), "utf8")).toBe(renderScriptsModule());
  });

  it("every probe is shellcheck-clean", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "amipipe-shellcheck-"));
    const files = PROBE_NAMES.map((name) => {
      const file = path.join(dir, `${name}.sh`);
      writeFileSync(file, PROBE_SCRIPTS[name]);
      return file;
    });
    const result = (() => {
      try {
        return {
          status: 0,
          out: execFileSync(
            path.join(repo, ".venv/bin/shellcheck"),
            ["--shell=bash", "--severity=style", ...files],
            { encoding: "utf8" },
          ),
        };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { status: e.status, out: e.stdout };
      }
    })();
    expect(result.out).toBe("");
    expect(result.status).toBe(0);
  });
});
