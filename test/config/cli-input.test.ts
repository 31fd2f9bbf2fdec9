import { cpSync, mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { amipipeCli, exampleProject, lineOf, REPO } from "./project-fixture.js";

const version = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")).version as string;

/** An environment with no AWS credentials anywhere the SDK's default chain looks. */
const NO_CREDENTIALS = {
  AWS_PROFILE: undefined,
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_SESSION_TOKEN: undefined,
  AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
  AWS_ROLE_ARN: undefined,
  AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
  AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
  AWS_ENDPOINT_URL: undefined,
  AMIPIPE_SIM: undefined,
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_CONFIG_FILE: "/nonexistent/amipipe-test/config",
  AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/amipipe-test/credentials",
};

describe("amipipe --version", () => {
  it("prints the package version and exits 0", () => {
    const r = amipipeCli(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });
});

describe("amipipe gc --help", () => {
  it("says gc also terminates retained instances past their retention, and --dry-run lists them", () => {
    const r = amipipeCli(["gc", "--help"]);
    expect(r.status).toBe(0);
    const text = r.stdout.replace(/\s+/g, " ");
    expect(text).toContain("terminate retained old instances past their retention");
    expect(text).toContain("only list what would be deregistered, deleted and terminated");
  });
});

describe("command-line values are checked before anything happens (exit 2)", () => {
  let dir: string;
  let state: string;
  beforeAll(() => {
    dir = exampleProject();
    cpSync(path.join(REPO, "sim"), path.join(dir, "sim"), { recursive: true });
    state = path.join(dir, "state.json");
    expect(amipipeCli(["-C", dir, "--sim", state, "sim", "init"]).status).toBe(0);
  });
  const run = (...args: string[]) => amipipeCli(["-C", dir, "--sim", state, ...args]);

  it("promote --ami with something that is not an AMI id leaves the simulated world untouched", () => {
    const before = statSync(state).mtimeMs;
    const r = run("promote", "dev", "--ami", "foo");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--ami needs an AMI id like ami-0123456789abcdef0, got: 'foo'");
    expect(statSync(state).mtimeMs).toBe(before);
  });

  it("an unknown environment suggests the closest one", () => {
    const r = run("promote", "production");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown environment 'production' — did you mean 'prod'?");
    expect(run("reconcile", "stagin").stderr).toContain(
      "unknown environment 'stagin' — did you mean 'staging'?",
    );
    expect(run("promote", "prod", "--from", "stage").stderr).toContain(
      "--from: unknown environment 'stage' — did you mean 'staging'?",
    );
  });

  it("an unknown recipe suggests the closest one", () => {
    const r = run("bake", "wbe");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown recipe 'wbe' — did you mean 'web'? (known: web)");
  });

  it("rollback --to, gc --keep and --older-than, bake --timeout are checked too", () => {
    const to = run("rollback", "prod", "--to", "previous");
    expect(to.status).toBe(2);
    expect(to.stderr).toContain("--to needs an AMI id");
    const gc = run("gc", "--keep", "all", "--older-than", "a week");
    expect(gc.status).toBe(2);
    expect(gc.stderr).toContain("--keep needs a whole number ≥ 0, got: 'all'");
    expect(gc.stderr).toContain("--older-than needs a duration like 7d or 12h");
    const bake = run("bake", "web", "--timeout", "forever");
    expect(bake.status).toBe(2);
    expect(bake.stderr).toContain("--timeout needs a duration like 90m or 3h");
  });

  it("status prints the table and no progress line of its own", () => {
    const r = run("status");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ENVIRONMENT\s+PINNED/);
    expect(r.stderr).not.toContain("observing");
  });
});

describe("validate --json with problems", () => {
  it("prints every problem as data on stdout, the human lines on stderr, and exits 2", () => {
    const dir = exampleProject({
      "environments/prod.yml": (t) => t.replace("count: 2", "count: two"),
      "environments/staging.yml": (t) => t.replace("count: 2", "count: -1"),
    });
    const r = amipipeCli(["-C", dir, "--json", "validate"], { cwd: dir });
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.problems).toContainEqual({
      file: "environments/prod.yml",
      line: lineOf(dir, "environments/prod.yml", "count: two"),
      column: 10,
      path: "fleet.count",
      message: "expected a number, got 'two'",
      severity: "error",
    });
    expect(doc.problems.map((p: { file: string }) => p.file)).toEqual([
      "environments/prod.yml",
      "environments/staging.yml",
    ]);
    expect(doc.warnings).toEqual([
      expect.objectContaining({ file: "image-recipes/web.yml", path: "base", severity: "warning" }),
    ]);
    expect(r.stderr).toContain("environments/prod.yml:");
    // One line per problem and warning; the JSON is not repeated on stderr.
    expect(r.stderr.trim().split("\n")).toHaveLength(3);
    expect(r.stderr).not.toContain("{");
  });
});

describe("file names in output are relative to where the user is", () => {
  it("validate names problem files from a subdirectory and from the parent directory", () => {
    const dir = exampleProject({ "environments/prod.yml": (t) => t.replace("count: 2", "count: two") });
    const line = lineOf(dir, "environments/prod.yml", "count: two");
    mkdirSync(path.join(dir, "docs"));
    const fromSub = amipipeCli(["-C", "..", "validate"], { cwd: path.join(dir, "docs") });
    expect(fromSub.status).toBe(2);
    expect(fromSub.stderr).toContain(`../environments/prod.yml:${line}:10: fleet.count:`);
    const fromParent = amipipeCli(["-C", path.basename(dir), "validate"], { cwd: path.dirname(dir) });
    expect(fromParent.stderr).toContain(`${path.basename(dir)}/environments/prod.yml:${line}:10:`);
    // --json keeps naming files relative to the config root, which it names.
    const json = JSON.parse(
      amipipeCli(["-C", "..", "--json", "validate"], { cwd: path.join(dir, "docs") }).stdout,
    );
    expect(json.problems[0].file).toBe("environments/prod.yml");
    expect(json.root).toBe(dir);
  });

  it("validate warnings and compile's written files, run from outside the config root", () => {
    const dir = exampleProject();
    const parent = path.dirname(dir);
    const name = path.basename(dir);
    const validate = amipipeCli(["-C", name, "validate"], { cwd: parent });
    expect(validate.status).toBe(0);
    expect(validate.stdout).toMatch(
      new RegExp(`^${name}/image-recipes/web\\.yml:\\d+:7: warning: base:`, "m"),
    );
    const compile = amipipeCli(["-C", name, "compile", "web", "--out", "build"], { cwd: parent });
    expect(compile.status).toBe(0);
    expect(compile.stdout).toContain(`  ${name}/build/web/x86_64/image-recipe.json`);
  });
});

describe("errors from real AWS say what to do", () => {
  it("no credentials: names the ways to provide them and the simulator", () => {
    const r = amipipeCli(["-C", REPO, "status"], { env: NO_CREDENTIALS });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("CredentialsProviderError: Could not load credentials from any providers");
    expect(r.stderr).toContain(
      "hint: no AWS credentials: set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
    );
    expect(r.stderr).toContain("or run on the simulator with --sim FILE");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
