// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are GitHub Actions expressions, compared literally.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ACTION_INPUTS } from "../../src/github/inputs.js";
import { ACTION_OUTPUTS } from "../../src/github/outputs.js";
import { MAX_SESSION_SECONDS } from "../../src/iam/roles.js";

const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, ".github/workflows");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".yml"))
  .sort();
const text = (name: string) => readFileSync(path.join(dir, name), "utf8");
// biome-ignore lint/suspicious/noExplicitAny: workflow documents are checked field by field.
const workflow = (name: string): any => parse(text(name));
// biome-ignore lint/suspicious/noExplicitAny: as above.
type Job = any;
const jobs = (name: string): Array<[string, Job]> => Object.entries(workflow(name).jobs);
const steps = (job: Job): Job[] => job.steps ?? [];
const actionSteps = (job: Job) => steps(job).filter((s) => s.uses === "./");
const commandsOf = (job: Job): string[] => actionSteps(job).map((s) => String(s.with?.command));

/** Node-24 majors: the first major of each action whose action.yml runs on node24. */
const NODE24_MAJOR: Record<string, number> = {
  "actions/checkout": 5,
  "actions/setup-node": 5,
  "actions/upload-artifact": 6,
  "aws-actions/configure-aws-credentials": 6,
};
const PIN_COMMANDS = ["promote", "rollback", "reconcile", "rebake"];

describe("workflows", () => {
  it("there are the ci, bake, pipeline, rollback, reconcile, gc, security-rebake and verify workflows", () => {
    expect(names).toEqual([
      "bake.yml",
      "ci.yml",
      "gc.yml",
      "pipeline.yml",
      "reconcile.yml",
      "rollback.yml",
      "security-rebake.yml",
      "verify.yml",
    ]);
  });

  it("actionlint (with shellcheck) finds nothing", () => {
    const actionlint = path.join(root, ".venv/bin/actionlint");
    expect(existsSync(actionlint), "run scripts/setup-tools.mjs").toBe(true);
    expect(
      existsSync(path.join(root, "dist/action.js")),
      "run npm run build: actionlint checks the action's main file",
    ).toBe(true);
    const out = execFileSync(
      actionlint,
      ["-shellcheck", path.join(root, ".venv/bin/shellcheck"), "-no-color"],
      { cwd: root, encoding: "utf8" },
    );
    expect(out).toBe("");
  });

  it("every third-party action is pinned to a full commit SHA with its version, on a Node-24 major", () => {
    for (const name of names) {
      for (const line of text(name).split("\n")) {
        const m = line.match(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/);
        if (!m || m[1] === "./") continue;
        const [action, ref] = m[1]!.split("@") as [string, string];
        expect(ref, `${name}: ${line.trim()}`).toMatch(/^[0-9a-f]{40}$/);
        const version = m[2]!.match(/#\s*v(\d+)\.\d+\.\d+\s*$/);
        expect(version, `${name}: ${line.trim()} needs '# vX.Y.Z'`).not.toBeNull();
        expect(NODE24_MAJOR[action], `${name}: ${action} is not a known Node-24 action`).toBeDefined();
        expect(
          Number(version![1]),
          `${name}: ${action} v${version![1]} runs on Node 20`,
        ).toBeGreaterThanOrEqual(NODE24_MAJOR[action]!);
      }
    }
  });

  it("no run: step expands untrusted context; values come in through env:", () => {
    for (const name of names) {
      for (const [jobName, job] of jobs(name)) {
        for (const step of steps(job)) {
          if (typeof step.run !== "string") continue;
          expect(step.run, `${name} ${jobName}`).not.toMatch(
            /\$\{\{\s*(github\.event|inputs\.|github\.head_ref)/,
          );
        }
      }
    }
  });

  it("permissions are empty by default and each job asks for the least it needs", () => {
    for (const name of names) {
      expect(workflow(name).permissions, name).toEqual({});
      for (const [jobName, job] of jobs(name)) {
        const where = `${name} ${jobName}`;
        expect(job.permissions, where).toBeDefined();
        const usesAws = steps(job).some((s) =>
          String(s.uses).startsWith("aws-actions/configure-aws-credentials@"),
        );
        expect(
          job.permissions["id-token"] === "write",
          `${where}: id-token: write exactly where OIDC is used`,
        ).toBe(usesAws);
        // On the simulator with no token (ci.yml) nothing is committed.
        const changesPins = actionSteps(job).some(
          (s) => PIN_COMMANDS.includes(String(s.with?.command)) && s.with?.["github-token"] !== "",
        );
        expect(
          job.permissions.contents === "write",
          `${where}: contents: write exactly where pins change`,
        ).toBe(changesPins);
        expect(
          job.permissions.deployments === "write",
          `${where}: deployments: write exactly where pins change`,
        ).toBe(changesPins);
        if (usesAws) {
          const creds = steps(job).find((s) => String(s.uses).startsWith("aws-actions/"));
          // The bootstrap stack's role for the job: its environment's, or bake, gc, verify.
          const kind = commandsOf(job).some((c) => c === "bake" || c === "rebake")
            ? "bake"
            : name === "gc.yml"
              ? "gc"
              : name === "verify.yml"
                ? "verify"
                : "environment";
          const role = kind === "environment" ? String(job.environment) : kind;
          expect(creds.with["role-to-assume"], where).toBe(
            `arn:aws:iam::\${{ vars.AWS_ACCOUNT_ID }}:role/amipipe-${role}`,
          );
          // Credentials do not refresh within a job: they last as long as it may, within the role's maximum.
          expect(creds.with["role-duration-seconds"], where).toBe(job["timeout-minutes"] * 60);
          expect(creds.with["role-duration-seconds"], where).toBeLessThanOrEqual(MAX_SESSION_SECONDS[kind]);
          expect(Object.keys(creds.with), `${where}: no stored keys`).not.toContain("aws-access-key-id");
        }
      }
    }
  });

  it("every job that touches an environment is bound to it and holds that environment's concurrency group", () => {
    // verify.yml only reads, hourly, with its own role: bound to prod it would wait for reviewers.
    for (const name of names.filter((n) => n !== "ci.yml" && n !== "verify.yml")) {
      for (const [jobName, job] of jobs(name)) {
        const envCommands = commandsOf(job).filter((c) => PIN_COMMANDS.includes(c) || c === "verify");
        if (envCommands.length === 0) continue;
        const where = `${name} ${jobName}`;
        expect(job.environment, where).toBeDefined();
        expect(job.concurrency, where).toEqual({
          group: `amipipe-env-${job.environment}`,
          "cancel-in-progress": false,
        });
      }
    }
  });

  it("ci runs the README's test command on pull requests and pushes, checks dist/, and runs the action on the simulator", () => {
    const ci = workflow("ci.yml");
    expect(Object.keys(ci.on)).toEqual(["pull_request", "push"]);
    expect(steps(ci.jobs.test).some((s: Job) => s.run === "npm test")).toBe(true);
    expect(steps(ci.jobs.dist).some((s: Job) => s.run === "npm run build")).toBe(true);
    expect(commandsOf(ci.jobs.action)).toEqual(["sim init", "validate", "bake", "promote"]);
    expect(actionSteps(ci.jobs.action).every((s: Job) => s.with.sim === "${{ env.STATE }}")).toBe(true);
  });

  it("bake: a merge touching recipes bakes every recipe then pins dev to its recipe's image; a pull request validates and plans", () => {
    const bake = workflow("bake.yml");
    expect(bake.on.push).toEqual({ branches: ["main"], paths: ["image-recipes/**"] });
    expect(bake.on.pull_request).toEqual({ paths: ["image-recipes/**"] });
    expect(bake.on.workflow_dispatch).toBeDefined();
    expect(commandsOf(bake.jobs.plan)).toEqual(["validate", "plan-recipe"]);
    expect(bake.jobs.plan.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(commandsOf(bake.jobs.bake)).toEqual(["bake"]);
    // No recipe named: an empty dispatch input (and every push) bakes all recipes.
    expect(bake.on.workflow_dispatch.inputs.recipe).toMatchObject({ required: false, default: "" });
    expect(actionSteps(bake.jobs.bake)[0].with.recipe).toBe("${{ inputs.recipe }}");
    expect(text("bake.yml")).not.toMatch(/'web'/);
    expect(bake.jobs.bake.outputs.result).toBe("${{ steps.bake.outputs.result }}");
    expect(bake.jobs["promote-dev"].needs).toBe("bake");
    const pick = steps(bake.jobs["promote-dev"]).find((s: Job) => s.id === "image");
    expect(pick.env.RESULT).toBe("${{ needs.bake.outputs.result }}");
    expect(pick.run).toContain("environments/dev.yml");
    expect(actionSteps(bake.jobs["promote-dev"])[0]).toMatchObject({
      if: "steps.image.outputs.ami != ''",
      with: { command: "promote", environment: "dev", ami: "${{ steps.image.outputs.ami }}" },
    });
  });

  it("pipeline: dev → staging → prod after a dev pin change, each bound to its environment; a failure stops the chain", () => {
    const p = workflow("pipeline.yml");
    expect(p.on.workflow_run).toMatchObject({
      workflows: ["bake", "security-rebake"],
      types: ["completed"],
      branches: ["main"],
    });
    expect(p.on.workflow_dispatch).toBeDefined();
    expect([p.jobs.dev.environment, p.jobs.staging.environment, p.jobs.prod.environment]).toEqual([
      "dev",
      "staging",
      "prod",
    ]);
    expect([p.jobs.staging.needs, p.jobs.prod.needs]).toEqual(["dev", ["dev", "staging"]]);
    expect(commandsOf(p.jobs.staging)).toEqual(["promote", "verify"]);
    expect(commandsOf(p.jobs.prod)).toEqual(["promote", "verify"]);
    // A later stage reads the earlier stage's pin, committed during this run: check out the branch head.
    expect(steps(p.jobs.prod)[0].with.ref).toBe("main");
    // A run that changed nothing requests no approval: each later stage is gated on `promotable`.
    expect(p.jobs.dev.outputs.promotable).toBe("${{ steps.verify.outputs.promotable }}");
    expect(p.jobs.staging.outputs.promotable).toBe("${{ steps.verify.outputs.promotable }}");
    expect(p.jobs.staging.if).toBe("contains(fromJSON(needs.dev.outputs.promotable || '[]'), 'staging')");
    expect(p.jobs.prod.if).toContain("!failure()");
    expect(p.jobs.prod.if).toContain("'prod')");
  });

  it("rollback and reconcile: a dispatch re-pins, a pushed pin edit converges", () => {
    const r = workflow("rollback.yml");
    expect(r.on.workflow_dispatch.inputs.environment).toMatchObject({
      type: "choice",
      options: ["dev", "staging", "prod"],
      required: true,
    });
    expect(r.on.workflow_dispatch.inputs.ami.type).toBe("string");
    expect(actionSteps(r.jobs.rollback)[0].with).toMatchObject({
      command: "rollback",
      to: "${{ inputs.ami }}",
    });
    const c = workflow("reconcile.yml");
    expect(c.on.push).toEqual({ branches: ["main"], paths: ["environments/**"] });
    expect(c.on.pull_request).toEqual({ paths: ["environments/**"] });
    expect(commandsOf(c.jobs.check)).toEqual(["validate", "changed-pins"]);
    // Only the action: a config repository has no scripts of this project.
    expect(commandsOf(c.jobs.changes)).toEqual(["changed-pins"]);
    expect(steps(c.jobs.changes).some((s: Job) => s.run !== undefined)).toBe(false);
    expect(c.jobs.reconcile.strategy.matrix.environment).toBe(
      "${{ fromJSON(needs.changes.outputs.environments) }}",
    );
  });

  it("gc and security-rebake run weekly and on demand; security-rebake takes every recipe unless one is named", () => {
    for (const name of ["gc.yml", "security-rebake.yml"]) {
      const w = workflow(name);
      expect(w.on.schedule).toHaveLength(1);
      expect(w.on.schedule[0].cron.split(" ")[4]).toMatch(/^\d$/);
      expect(w.on.workflow_dispatch).toBeDefined();
    }
    // A scheduled gc deletes nothing unless the repository opts in.
    expect(actionSteps(workflow("gc.yml").jobs.gc)[0].with["dry-run"]).toContain(
      "github.event_name == 'schedule' && vars.AMIPIPE_GC_DELETE != 'true'",
    );
    expect(actionSteps(workflow("security-rebake.yml").jobs.rebake)[0].with).toEqual({
      command: "rebake",
      recipe: "${{ inputs.recipe }}",
      security: true,
    });
  });
});

describe("verify.yml", () => {
  it("verifies every environment hourly and on demand; a failed check fails the run", () => {
    const v = workflow("verify.yml");
    expect(v.on.schedule[0].cron.split(" ").slice(1)).toEqual(["*", "*", "*", "*"]);
    expect(v.on.workflow_dispatch).toBeDefined();
    expect(v.jobs.verify.strategy.matrix.environment).toEqual(["dev", "staging", "prod"]);
    expect(actionSteps(v.jobs.verify)[0].with).toMatchObject({
      command: "verify",
      environment: "${{ matrix.environment }}",
    });
    expect(steps(v.jobs.verify).some((s: Job) => s["continue-on-error"])).toBe(false);
  });
});

describe("action.yml", () => {
  // biome-ignore lint/suspicious/noExplicitAny: checked field by field.
  const action: any = parse(readFileSync(path.join(root, "action.yml"), "utf8"));
  it("runs the bundled entry on Node 24", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/action.js" });
    expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
  });
  it("declares exactly the inputs the action reads and the outputs it writes", () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
    expect(Object.keys(action.outputs).sort()).toEqual([...ACTION_OUTPUTS].sort());
    expect(action.inputs.command.required).toBe(true);
  });
});
