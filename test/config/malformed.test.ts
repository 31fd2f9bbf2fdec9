import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { ConfigError, formatProblem } from "../../src/errors.js";
import { amipipeCli, exampleProject, lineOf, REPO } from "./project-fixture.js";

const RECIPE = "image-recipes/web.yml";

async function problems(dir: string): Promise<string[]> {
  try {
    await loadProject(dir);
  } catch (error) {
    if (error instanceof ConfigError)
      return error.problems.filter((p) => p.severity !== "warning").map(formatProblem);
    throw error;
  }
  throw new Error("the project loaded without problems");
}

/** The CLI run from the config root, so file names read as they do in the repository. */
function cli(dir: string, ...args: string[]) {
  return amipipeCli(["-C", dir, ...args], { cwd: dir });
}

describe("amipipe validate on malformed input (through the CLI)", () => {
  it("broken YAML exits 2 naming file:line:column, without a stack trace", () => {
    const dir = exampleProject({
      [RECIPE]: (t) => t.replace("timezone: Asia/Tokyo", "timezone: [Asia/Tokyo"),
    });
    const r = cli(dir, "validate");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^image-recipes\/web\.yml:\d+:\d+: invalid YAML: /m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("an unknown key is reported at its own line with the closest known key", () => {
    const dir = exampleProject({ [RECIPE]: (t) => t.replace("timezone: Asia/Tokyo", "timezon: Asia/Tokyo") });
    const r = cli(dir, "validate");
    expect(r.status).toBe(2);
    const line = lineOf(dir, RECIPE, "timezon: Asia/Tokyo");
    expect(r.stderr).toContain(
      `image-recipes/web.yml:${line}:1: timezon: unknown key 'timezon' — did you mean 'timezone'?`,
    );
  });

  it("all problems of all files come at once, one line each", () => {
    const dir = exampleProject({
      [RECIPE]: (t) => t.replace("architectures: [x86_64]", "architectures: [amd64]"),
      "environments/prod.yml": (t) => t.replace("count: 2", "count: two"),
    });
    const r = cli(dir, "validate");
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(
      `environments/prod.yml:${lineOf(dir, "environments/prod.yml", "count: two")}:10: fleet.count: expected a number, got 'two'`,
    );
    expect(
      lines.some((l) =>
        l.startsWith(
          `image-recipes/web.yml:${lineOf(dir, RECIPE, "architectures:")}:17: architectures[0]: expected one of 'x86_64', 'arm64', got 'amd64'`,
        ),
      ),
    ).toBe(true);
  });

  it("the end-of-life warning does not fail validate, --eol-error does", () => {
    const ok = cli(REPO, "validate");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(
      /image-recipes\/web\.yml:\d+:7: warning: base: Amazon Linux 2 reached end of support on 2026-06-30; change 'base: amazon-linux-2' to 'base: amazon-linux-2023'/,
    );
    const strict = cli(REPO, "validate", "--eol-error");
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(
      /image-recipes\/web\.yml:\d+:7: base: Amazon Linux 2 reached end of support/,
    );
  });
});

describe("loadProject on malformed input", () => {
  it("a wrong type quotes the bad value", async () => {
    const dir = exampleProject({ [RECIPE]: (t) => t.replace("rootVolumeGiB: 16", "rootVolumeGiB: sixteen") });
    expect(await problems(dir)).toContain(
      `${RECIPE}:${lineOf(dir, RECIPE, "rootVolumeGiB")}:18: imageBuilder.rootVolumeGiB: expected a number, got 'sixteen'`,
    );
  });

  it("amazon-linux-extras on Amazon Linux 2023 names the dnf way", async () => {
    const dir = exampleProject({
      [RECIPE]: (t) => t.replace("base: amazon-linux-2\n", "base: amazon-linux-2023\n"),
    });
    const found = await problems(dir);
    const line = lineOf(dir, RECIPE, "amazon-linux-extras: [ruby3.0]");
    expect(found).toContain(
      `${RECIPE}:${line}:25: packages.amazon-linux-extras[0]: amazon-linux-extras does not exist on Amazon Linux 2023 (topic 'ruby3.0'); install with dnf instead: packages.dnf: [ruby3.2, ruby3.2-devel]`,
    );
    // The rest of the migration lint: renamed MySQL client, and no cron daemon by default.
    expect(found).toContain(
      `${RECIPE}:${lineOf(dir, RECIPE, "    - mariadb")}:7: packages.yum[12]: package 'mariadb' does not exist on Amazon Linux 2023; use 'mariadb105'`,
    );
    expect(
      found.some((l) => l.includes("cron: Amazon Linux 2023 has no cron daemon by default: add 'cronie'")),
    ).toBe(true);
  });

  it("a bad cron expression", async () => {
    const dir = exampleProject({
      [RECIPE]: (t) => t.replace('schedule: "30 9 * * *"', 'schedule: "30 25 * * *"'),
    });
    const line = lineOf(dir, RECIPE, '"30 25 * * *"');
    expect(await problems(dir)).toContain(
      `${RECIPE}:${line}:15: cron[1].schedule: invalid cron expression '30 25 * * *': Constraint error, got value 25 expected range 0-23`,
    );
  });

  it("a cron expression with six fields", async () => {
    const dir = exampleProject({
      [RECIPE]: (t) => t.replace('schedule: "0 9 * * *"', 'schedule: "0 0 9 * * *"'),
    });
    expect(
      (await problems(dir)).some((p) =>
        p.includes("cron[0].schedule: expected a five-field cron expression"),
      ),
    ).toBe(true);
  });

  it("an unknown timezone, with a suggestion", async () => {
    const dir = exampleProject({
      [RECIPE]: (t) => t.replace("timezone: Asia/Tokyo", "timezone: Asia/Tokio"),
    });
    expect(await problems(dir)).toContain(
      `${RECIPE}:${lineOf(dir, RECIPE, "timezone: Asia/Tokio")}:11: timezone: unknown timezone 'Asia/Tokio' (expected an IANA zone like Asia/Tokyo or UTC) — did you mean 'Asia/Tokyo'?`,
    );
  });

  it("a template using a variable an environment does not define points into the template", async () => {
    const dir = exampleProject({
      "environments/staging.yml": (t) => t.replace("  db_host: web-staging", "  database_host: web-staging"),
    });
    const line = lineOf(dir, "image-recipes/templates/database.yml.njk", "{{ db_host }}");
    expect(await problems(dir)).toEqual([
      `image-recipes/templates/database.yml.njk:${line}:12: 'db_host' is undefined for environment 'staging' (add it to vars in environments/staging.yml)`,
    ]);
  });

  it("a nested variable missing in one environment", async () => {
    const dir = exampleProject({ "environments/dev.yml": (t) => t.replace("    dataset: web_dev\n", "") });
    const line = lineOf(dir, "image-recipes/templates/fluentd.conf.njk", "bigquery.dataset");
    expect(await problems(dir)).toEqual([
      `image-recipes/templates/fluentd.conf.njk:${line}:14: 'bigquery.dataset' is undefined for environment 'dev' (add it to vars in environments/dev.yml)`,
    ]);
  });

  it("a duplicate service", async () => {
    const dir = exampleProject({
      [RECIPE]: (t) => t.replace("  - { name: fluentd }", "  - { name: fluentd }\n  - { name: crond }"),
    });
    const lines = (await problems(dir)).filter((p) => p.includes("duplicate"));
    expect(lines).toEqual([
      `${RECIPE}:${lineOf(dir, RECIPE, "  - { name: fluentd }") + 1}:13: services[3].name: duplicate service 'crond' (first declared at index 1)`,
    ]);
  });

  it("an environment whose recipe does not exist", async () => {
    const dir = exampleProject({ "environments/dev.yml": (t) => t.replace("recipe: web", "recipe: wbe") });
    expect(await problems(dir)).toContain(
      `environments/dev.yml:3:9: recipe: no recipe named 'wbe' (known recipes: web) — did you mean 'web'?`,
    );
  });

  it("a promotion loop", async () => {
    const dir = exampleProject({
      "environments/dev.yml": (t) =>
        t.replace("promotion:\n  branches: [main]", "promotion:\n  from: prod\n  branches: [main]"),
    });
    const found = await problems(dir);
    expect(found).toContain(
      `environments/dev.yml:${lineOf(dir, "environments/dev.yml", "from: prod")}:9: promotion.from: promotion chain loops: dev ← prod ← staging ← dev`,
    );
  });

  it("promotion from an environment that does not exist", async () => {
    const dir = exampleProject({ "environments/staging.yml": (t) => t.replace("from: dev", "from: devel") });
    expect(await problems(dir)).toContain(
      `environments/staging.yml:${lineOf(dir, "environments/staging.yml", "from: devel")}:9: promotion.from: no environment named 'devel' (known: dev, prod, staging) — did you mean 'dev'?`,
    );
  });

  it("a waiver without a reason", async () => {
    const dir = exampleProject({
      [RECIPE]: (t) => t.replace("  waive: []", "  waive:\n    - kind: agent\n      name: td-agent"),
    });
    const line = lineOf(dir, RECIPE, "- kind: agent");
    expect(await problems(dir)).toContain(
      `${RECIPE}:${line}:7: parity.waive[0].reason: missing required field (expected a string)`,
    );
  });

  it("a bad AMI id in a pin", async () => {
    const dir = exampleProject({
      "environments/prod.yml": (t) => t.replace("ami: ami-0a1b2c3d4e5f60000", "ami: ami-XYZ"),
    });
    expect(await problems(dir)).toContain(
      `environments/prod.yml:${lineOf(dir, "environments/prod.yml", "ami: ami-XYZ")}:8: pin.ami: expected an AMI id like ami-0123456789abcdef0, got 'ami-XYZ'`,
    );
  });

  it("fluent-package v6 on Amazon Linux 2, which it is not shipped for", async () => {
    const dir = exampleProject({ [RECIPE]: (t) => t.replace('version: "5"', 'version: "6"') });
    expect(await problems(dir)).toContain(
      `${RECIPE}:${lineOf(dir, RECIPE, 'version: "6"')}:14: agents.fluentd.version: fluent-package v6 is not shipped for Amazon Linux 2: use version: "5" (LTS), or base: amazon-linux-2023`,
    );
  });

  it("a package known to be missing on arm64 (the MySQL 5.7 community client)", async () => {
    const dir = exampleProject({
      [RECIPE]: (t) =>
        t
          .replace("architectures: [x86_64]", "architectures: [x86_64, arm64]")
          .replace("    - mariadb\n", "    - mysql-community-client\n"),
    });
    const line = lineOf(dir, RECIPE, "mysql-community-client");
    const found = await problems(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(
        `^image-recipes/web\\.yml:${line}:7: packages\\.yum\\[12\\]: 'mysql-community-client' is not available on arm64: the MySQL 5\\.7 community yum repository publishes EL7 packages for x86_64 and i686 only`,
      ),
    );
  });

  it("a base that is neither Amazon Linux, an AMI nor an SSM path", async () => {
    const dir = exampleProject({
      [RECIPE]: (t) => t.replace("base: amazon-linux-2\n", "base: ubuntu-24.04\n"),
    });
    expect(await problems(dir)).toContain(
      `${RECIPE}:${lineOf(dir, RECIPE, "base: ubuntu")}:7: base: expected amazon-linux-2, amazon-linux-2023, an AMI id (ami-…) or an SSM parameter (ssm:/path), got 'ubuntu-24.04'`,
    );
  });

  it("a file name that does not match the name inside", async () => {
    const dir = exampleProject(
      {},
      {
        "environments/qa.yml":
          "name: dev\nrecipe: web\nregion: ap-northeast-1\nfleet: { count: 1, launchTemplate: x, targetGroup: y, subnets: [s] }\n",
      },
    );
    expect(await problems(dir)).toContain(
      `environments/qa.yml:1:7: name: environment name 'dev' must match its file name 'qa'`,
    );
  });

  it("an empty environment file", async () => {
    const dir = exampleProject({}, { "environments/qa.yml": "# nothing yet\n" });
    expect(await problems(dir)).toContain(
      "environments/qa.yml:1:1: expected a mapping of settings, got an empty file",
    );
  });
});
