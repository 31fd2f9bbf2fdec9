import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { ConfigError, formatProblem } from "../../src/errors.js";
import { exampleProject, lineOf } from "./project-fixture.js";

const RECIPE = "image-recipes/web.yml";
const FLUENTD = "image-recipes/templates/fluentd.conf.njk";

/** Errors and warnings of a project, formatted as validate prints them. */
async function outcome(dir: string): Promise<{ errors: string[]; warnings: string[] }> {
  try {
    const project = await loadProject(dir);
    return { errors: [], warnings: project.warnings.map(formatProblem) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return {
      errors: error.problems.filter((p) => p.severity !== "warning").map(formatProblem),
      warnings: error.problems.filter((p) => p.severity === "warning").map(formatProblem),
    };
  }
}

const BIGQUERY_MATCH = /<match httpd\.access>[\s\S]*?<\/match>/;

describe("a fluentd config that ships logs nowhere fails validate", () => {
  it("only @type null: an error at the template's <match> line, for every environment", async () => {
    const dir = exampleProject({
      [FLUENTD]: (t) => t.replace(BIGQUERY_MATCH, "<match httpd.access>\n  @type null\n</match>"),
    });
    const { errors } = await outcome(dir);
    const line = lineOf(dir, FLUENTD, "<match httpd.access>");
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^image-recipes/templates/fluentd\\.conf\\.njk:${line}:1: fluentd config rendered for environments 'dev', 'prod', 'staging': every <match> sends to @type null, which delivers nowhere`,
        ),
      ),
    );
  });

  it("@type stdout in dev only (an if on the environment): the error names dev alone", async () => {
    const dir = exampleProject({
      [FLUENTD]: (t) =>
        t.replace(
          "  @type bigquery_insert",
          "{% if environment == 'dev' %}  @type stdout\n{% else %}  @type bigquery_insert\n{% endif %}",
        ),
    });
    const { errors } = await outcome(dir);
    expect(errors.filter((e) => e.includes("delivers nowhere"))).toEqual([
      expect.stringMatching(
        /fluentd config rendered for environment 'dev': every <match> sends to @type stdout/,
      ),
    ]);
  });

  it("no <match> at all: the error says no output is routed", async () => {
    const dir = exampleProject({ [FLUENTD]: (t) => t.replace(BIGQUERY_MATCH, "") });
    const { errors } = await outcome(dir);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^image-recipes\/templates\/fluentd\.conf\.njk:1:1: .*no <match> routes events to an output/,
      ),
    );
  });

  it("a copy to stdout and bigquery delivers: no error", async () => {
    const dir = exampleProject({
      [FLUENTD]: (t) =>
        t.replace(BIGQUERY_MATCH, (m) =>
          m
            .replace(
              "<match httpd.access>\n",
              "<match httpd.access>\n  @type copy\n  <store>\n    @type stdout\n  </store>\n  <store>\n",
            )
            .replace(/<\/match>$/, "  </store>\n</match>"),
        ),
    });
    expect((await outcome(dir)).errors).toEqual([]);
  });
});

describe("cron jobs as files on Amazon Linux 2023 need cronie", () => {
  const al2023 = (t: string) =>
    t
      .replace("base: amazon-linux-2\n", "base: amazon-linux-2023\n")
      .replace(/ {2}amazon-linux-extras: \[ruby3\.0\]\n/, "")
      .replace("    - mariadb\n    - mariadb-devel\n", "    - mariadb105\n    - mariadb105-devel\n")
      .replace(/^cron:\n[\s\S]*?\n\n/m, "")
      .replace("  - { name: crond }\n", "");

  it("a file under /etc/cron.d without cronie is an error at its path", async () => {
    const dir = exampleProject({
      [RECIPE]: (t) =>
        al2023(t).replace(
          "files:\n",
          'files:\n  - path: /etc/cron.d/daily-mail\n    content: "0 9 * * * deploy /var/www/app/current/bin/cron-run daily_mail\\n"\n',
        ),
    });
    const { errors } = await outcome(dir);
    const line = lineOf(dir, RECIPE, "path: /etc/cron.d/daily-mail");
    expect(errors).toContainEqual(
      expect.stringContaining(
        `image-recipes/web.yml:${line}:11: files[0].path: '/etc/cron.d/daily-mail' is a cron job, but Amazon Linux 2023 has no cron daemon by default: add 'cronie'`,
      ),
    );
  });

  it("a user crontab under /var/spool/cron fails too; with cronie installed and crond enabled it passes", async () => {
    const crontab =
      'files:\n  - path: /var/spool/cron/deploy\n    content: "0 9 * * * /bin/true\\n"\n    owner: deploy\n    mode: "0600"\n';
    const without = exampleProject({ [RECIPE]: (t) => al2023(t).replace("files:\n", crontab) });
    expect(
      (await outcome(without)).errors.some((e) => e.includes("'/var/spool/cron/deploy' is a cron job")),
    ).toBe(true);
    const withCronie = exampleProject({
      [RECIPE]: (t) =>
        al2023(t)
          .replace("files:\n", crontab)
          .replace("    - mariadb105-devel\n", "    - mariadb105-devel\n    - cronie\n")
          .replace("  - { name: fluentd }\n", "  - { name: crond }\n  - { name: fluentd }\n"),
    });
    expect((await outcome(withCronie)).errors).toEqual([]);
  });
});

describe("validate warns when verification is weakened", () => {
  it("the first stage without parity or reboot, a zero soak, no canary: warnings at their lines, validate still passes", async () => {
    const dir = exampleProject({
      "environments/dev.yml": (t) =>
        t
          .replace("  reboot: one", "  reboot: none")
          .replace("  parity: true", "  parity: false")
          .replace("  soak: 5m", "  soak: 0s")
          .replace("canary: { count: 1, soak: 2m }", "canary: { count: 0, soak: 2m }"),
    });
    const { errors, warnings } = await outcome(dir);
    expect(errors).toEqual([]);
    const at = (needle: string) => `environments/dev.yml:${lineOf(dir, "environments/dev.yml", needle)}:`;
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^${at("parity: false")}\\d+: warning: verify\\.parity: parity is off in the first stage 'dev'`,
          ),
        ),
        expect.stringMatching(
          new RegExp(
            `^${at("reboot: none")}\\d+: warning: verify\\.reboot: no reboot test in the first stage 'dev'`,
          ),
        ),
        expect.stringMatching(
          new RegExp(`^${at("soak: 0s")}\\d+: warning: verify\\.soak: verify\\.soak is 0s`),
        ),
        expect.stringMatching(
          new RegExp(
            `^${at("canary: { count: 0")}\\d+: warning: rollout\\.canary\\.count: rollout\\.canary\\.count is 0`,
          ),
        ),
      ]),
    );
  });

  it("reboot: none in a later stage (prod promotes from staging) is not a warning", async () => {
    const { warnings } = await outcome(exampleProject({ "environments/dev.yml": (t) => `${t}\n` }));
    expect(warnings.filter((w) => w.includes("environments/"))).toEqual([]);
  });

  it("an agent's service with enabled: false is an error: the agent would not start at boot", async () => {
    const dir = exampleProject({
      [RECIPE]: (t) => t.replace("  - { name: fluentd }", "  - { name: fluentd, enabled: false }"),
    });
    const { errors } = await outcome(dir);
    const line = lineOf(dir, RECIPE, "{ name: fluentd, enabled: false }");
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^image-recipes/web\\.yml:${line}:\\d+: services\\[2\\]\\.enabled: service 'fluentd' runs the fluentd agent: with enabled: false it does not start at boot`,
        ),
      ),
    );
  });
});
