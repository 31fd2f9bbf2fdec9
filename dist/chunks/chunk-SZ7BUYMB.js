import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  argument,
  defineCommand,
  fieldMeta,
  flag,
  option,
  optionWithDefault,
  optionalArgument,
  requiredOption
} from "./chunk-UU34V7HM.js";
import {
  external_exports
} from "./chunk-52IUZXQM.js";
import {
  SERVICE_NAMES
} from "./chunk-QHLPZW5O.js";

// src/commands/facts.ts
function buildsFrom(architectures) {
  return architectures.flatMap((a) => {
    if (!a.states || a.states.length === 0) return [];
    const build = { arch: a.arch, states: a.states };
    if (a.startedAt !== void 0) build.startedAt = a.startedAt;
    if (a.endedAt !== void 0) build.endedAt = a.endedAt;
    return [build];
  });
}
function rolloutFacts(data) {
  const facts = {
    pinChanges: [...data.pinChanges],
    // Findings are failed checks; a rollout lists most of them under checks too.
    checks: uniqueChecks([...data.checks, ...data.findings]),
    steps: data.steps.flatMap((s) => {
      const startedAt = Date.parse(s.startedAt);
      if (Number.isNaN(startedAt)) return [];
      const finishedAt = Date.parse(s.finishedAt);
      const step = {
        kind: s.kind,
        startedAt,
        finishedAt: Number.isNaN(finishedAt) ? startedAt : finishedAt
      };
      if (s.detail !== void 0) step.detail = s.detail;
      return [step];
    })
  };
  if (data.error) facts.error = data.error;
  return facts;
}
function uniqueChecks(checks) {
  const seen = /* @__PURE__ */ new Set();
  return checks.filter((check) => {
    const key = `${check.name}\0${check.target}\0${check.passed}\0${check.summary}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/commands/specs/bake.ts
var bakeCommand = defineCommand({
  name: "bake",
  summary: "build the golden image(s) of RECIPE (or of every recipe with --all) with EC2 Image Builder",
  input: external_exports.object({
    recipe: optionalArgument("RECIPE", "the recipe to bake", {
      kind: "recipe",
      inputHelp: "the recipe to bake (empty: every recipe)"
    }),
    all: flag("bake every recipe under image-recipes/ in turn", {
      fromInputs: (inputs) => inputs.recipe === void 0
    }),
    force: flag("build even if an image for this recipe hash and base AMI exists"),
    keepFailedInstance: flag("keep the build instance when the build fails (for debugging)"),
    // No default here: the recipe's imageBuilder.timeout applies unless this is given.
    timeout: option("give up waiting after this long (default: the recipe's imageBuilder.timeout)", {
      kind: "duration",
      example: "90m or 3h",
      value: "duration"
    })
  }),
  aws: ["ec2", "imagebuilder", "ssm"],
  run: () => import("./bake-KTDMZ353.js").then((m) => m.bake),
  facts: (data) => "recipes" in data ? { skipped: data.skipped, amis: data.amis } : {
    recipe: data.recipe,
    recipeHash: data.recipeHash,
    skipped: data.skipped,
    amis: data.amis,
    builds: buildsFrom(data.architectures)
  }
});

// src/commands/specs/bootstrap.ts
var bootstrapCommand = defineCommand({
  name: "bootstrap",
  summary: "print (or --out FILE) the CloudFormation template of what a real account needs: GitHub OIDC, one role per environment and the bake, gc and verify roles, instance profiles, the probe documents",
  input: external_exports.object({
    repo: external_exports.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "owner/name").optional().register(fieldMeta, {
      help: "the repository whose workflows may assume the roles (default: GITHUB_REPOSITORY)",
      value: "owner/name",
      env: "GITHUB_REPOSITORY",
      runner: "repository",
      type: "string"
    }),
    out: option("write the template to this file (relative to the config root) instead of printing it", {
      value: "file"
    }),
    allowWildcards: flag(
      "make the template even when a launch template, target group or subnet is missing (widened statements marked)"
    )
  }),
  aws: ["ec2", "elbv2", "ssm", "sts"],
  run: () => import("./bootstrap-QJPGI3ML.js").then((m) => m.bootstrap)
});

// src/commands/specs/changed-pins.ts
var changedPinsCommand = defineCommand({
  name: "changed-pins",
  summary: "environments whose pin changed between two commits (what a push must converge)",
  input: external_exports.object({
    base: option("the commit before (empty or all zeros: every environment)", {
      value: "rev",
      inputHelp: "the commit before (e.g. github.event.before; empty or all zeros: every environment)"
    }),
    head: optionWithDefault("HEAD", "the commit after", { value: "rev" })
  }),
  run: () => import("./changed-pins-WVHZZPFB.js").then((m) => m.changedPins),
  facts: (data) => ({ changedEnvironments: data.environments })
});

// src/commands/specs/compile.ts
var compileCommand = defineCommand({
  name: "compile",
  summary: "write the Image Builder component documents and resource specs",
  input: external_exports.object({
    recipe: argument("RECIPE", "the recipe to compile", { kind: "recipe" }),
    out: optionWithDefault("out", "output directory", { value: "dir" }),
    baseAmi: option(
      "the base AMI to compile for (default: the recipe's base, resolved through SSM when AWS or --sim is at hand): the recipe version and AMI name are then exactly what bake creates",
      { kind: "ami", value: "ami" }
    )
  }),
  aws: ["ssm", "ec2"],
  run: () => import("./compile-CZQLVZHE.js").then((m) => m.compile)
});

// src/commands/specs/demo.ts
var demoCommand = defineCommand({
  name: "demo",
  summary: "the whole pipeline on the simulator: bake \u2192 dev \u2192 staging \u2192 prod \u2192 rollback",
  input: external_exports.object({
    state: option("keep the simulator state here", { value: "file" })
  }),
  // The demo runs on its own simulator, which answers every service.
  aws: SERVICE_NAMES,
  run: () => import("./demo-UVBD4VYJ.js").then((m) => m.demo)
});

// src/commands/specs/diagram.ts
var diagramCommand = defineCommand({
  name: "diagram",
  summary: "Mermaid diagram of recipes \u2192 images \u2192 environments \u2192 fleets",
  input: external_exports.object({}),
  aws: ["ec2", "elbv2", "autoscaling"],
  run: () => import("./diagram-42RCJR7R.js").then((m) => m.diagram)
});

// src/commands/specs/gc.ts
var gcCommand = defineCommand({
  name: "gc",
  summary: "deregister unpinned old AMIs and delete their snapshots; terminate retained old instances past their retention",
  input: external_exports.object({
    dryRun: flag("only list what would be deregistered, deleted and terminated"),
    keep: optionWithDefault("3", "keep the newest N per recipe and architecture", {
      kind: "count",
      value: "n"
    }),
    olderThan: optionWithDefault("0s", "only images older than this", {
      kind: "duration",
      example: "7d or 12h",
      value: "duration"
    })
  }),
  aws: ["ec2", "autoscaling"],
  run: () => import("./gc-QW3TOHHX.js").then((m) => m.gc)
});

// src/commands/specs/github-setup.ts
var githubSetupCommand = defineCommand({
  name: "github setup",
  summary: "create or update GitHub environments, reviewers and branch policies",
  input: external_exports.object({
    // Left out, the command says what to set (the repository, a token with the right scope).
    repo: external_exports.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "owner/name").optional().register(fieldMeta, {
      help: "repository (default: GITHUB_REPOSITORY)",
      inputHelp: "owner/name (default: this repository)",
      value: "owner/name",
      env: "GITHUB_REPOSITORY",
      runner: "repository",
      type: "string"
    }),
    token: option("a token with administration:write on the repository", {
      flag: false,
      env: "GITHUB_TOKEN",
      input: "github-token"
    }),
    apiUrl: external_exports.url().optional().register(fieldMeta, {
      help: "the GitHub API (default: https://api.github.com)",
      flag: false,
      env: "GITHUB_API_URL",
      input: false,
      runner: "apiUrl",
      type: "string"
    })
  }),
  run: () => import("./github-setup-6BDVW6SV.js").then((m) => m.githubSetup)
});

// src/commands/specs/iam-policy.ts
var iamPolicyCommand = defineCommand({
  name: "iam-policy",
  summary: "print the least-privilege IAM policy the toolkit needs",
  input: external_exports.object({
    env: option("the role of this environment", {
      kind: "environment",
      input: "environment",
      conflicts: "role"
    }),
    role: option("the bake, gc or verify role (default: every role's policy)", { value: "role" }),
    allowWildcards: flag(
      "print the policy even when a launch template or target group is missing (widened statements marked)"
    )
  }),
  aws: ["ec2", "elbv2", "ssm", "sts"],
  run: () => import("./iam-policy-CK5QU6J4.js").then((m) => m.iamPolicy)
});

// src/commands/specs/parity.ts
var parityCommand = defineCommand({
  name: "parity",
  summary: "findings for anything the old server ran that the new one lacks",
  input: external_exports.object({
    old: argument("OLD", "the old server's inventory JSON"),
    new: argument("NEW", "the new server's inventory JSON"),
    recipe: option("apply this recipe's parity waivers", { kind: "recipe", value: "name" })
  }),
  run: () => import("./parity-HWYXXITA.js").then((m) => m.parity)
});

// src/commands/specs/plan-recipe.ts
var planRecipeCommand = defineCommand({
  name: "plan-recipe",
  summary: "readable diff of what a recipe change adds and removes",
  input: external_exports.object({
    recipe: argument("RECIPE", "the recipe to plan", { kind: "recipe" }),
    against: optionWithDefault("HEAD", "git ref to compare with", { value: "ref" })
  }),
  run: () => import("./plan-recipe-TNSJ4EIY.js").then((m) => m.planRecipe)
});

// src/commands/specs/rollout-flags.ts
var repinFlags = (force) => ({
  force: flag(force.help, {
    inputHelp: force.inputHelp,
    requires: { field: "reason", because: "it is recorded with the pin" }
  }),
  reason: option("why the policy is overridden, or a lock that has not expired is broken (recorded)", {
    value: "text",
    inputHelp: "why the policy is overridden (recorded in the pin history), or a lock that has not expired is broken"
  }),
  reconcile: flag("only write the pin", {
    flag: "--no-reconcile",
    fallback: true,
    inputHelp: "converge the fleet after writing the pin (false writes the pin only)"
  }),
  breakLock: breakLockFlag()
});
var breakLockFlag = () => flag("take over the lock of a run known to be dead (warns, naming it)", {
  inputHelp: "take over the environment's lock from a run known to be dead (the previous holder is named in a warning)"
});

// src/commands/specs/rollout-services.ts
var ROLLOUT_SERVICES = [
  "ec2",
  "elbv2",
  "ssm",
  "cloudwatch",
  "autoscaling",
  "sts"
];

// src/commands/specs/promote.ts
var promoteCommand = defineCommand({
  name: "promote",
  summary: "pin ENV to an AMI and reconcile",
  input: external_exports.object({
    env: argument("ENV", "the environment to pin", { kind: "environment", input: "environment" }),
    ami: option("AMI to pin", { kind: "ami", conflicts: "from" }),
    from: option("take the pin of this environment (default: promotion.from)", {
      kind: "environment",
      value: "env"
    }),
    ...repinFlags({
      help: "override the promotion policy (needs --reason)",
      inputHelp: "override the promotion policy (needs a reason)"
    })
  }),
  aws: ROLLOUT_SERVICES,
  run: () => import("./promote-ANXG6V4F.js").then((m) => m.promote),
  facts: rolloutFacts
});

// src/commands/specs/rebake.ts
var rebakeCommand = defineCommand({
  name: "rebake",
  summary: "rebake with OS updates; diff packages against prod; pin dev when something changed",
  input: external_exports.object({
    recipe: optionalArgument("RECIPE", "the recipe to rebake", {
      kind: "recipe",
      inputHelp: "the recipe to rebake (empty: every recipe an environment uses)"
    }),
    all: flag("rebake every recipe an environment uses, in turn", {
      fromInputs: (inputs) => inputs.recipe === void 0
    }),
    security: flag("apply security updates only")
  }),
  aws: ["ec2", "imagebuilder", "ssm"],
  run: () => import("./rebake-DLIKH7EX.js").then((m) => m.rebake),
  facts: (data) => "recipes" in data ? { amis: data.amis, pinChanges: data.pinChanges } : {
    recipe: data.recipe,
    amis: data.bake.amis,
    builds: buildsFrom(data.bake.architectures),
    pinChanges: data.pinned ? [data.pinned] : []
  }
});

// src/commands/specs/recipe-from-survey.ts
var recipeFromSurveyCommand = defineCommand({
  name: "recipe-from-survey",
  summary: "draft a recipe from an old server's inventory",
  input: external_exports.object({
    inventory: argument("INVENTORY", "the inventory JSON to draft a recipe from"),
    name: optionWithDefault("web", "recipe name"),
    out: option("write the recipe here instead of stdout", { value: "file" }),
    force: flag("replace an existing --out recipe file (templates are never overwritten)", {
      inputHelp: "replace an existing `out` recipe file (templates are never overwritten)"
    })
  }),
  run: () => import("./recipe-from-survey-IQPLARBF.js").then((m) => m.recipeFromSurvey)
});

// src/commands/specs/reconcile.ts
var reconcileCommand = defineCommand({
  name: "reconcile",
  summary: "converge ENV to its pin",
  input: external_exports.object({
    env: argument("ENV", "the environment to converge", { kind: "environment", input: "environment" }),
    breakLock: breakLockFlag(),
    reason: option("why a lock that has not expired is broken (needed with --break-lock then)", {
      value: "text",
      inputHelp: "why a lock that has not expired is broken (needed with break-lock then)"
    })
  }),
  aws: ROLLOUT_SERVICES,
  run: () => import("./reconcile-74VTSCZ6.js").then((m) => m.reconcile),
  facts: rolloutFacts
});

// src/commands/specs/rollback.ts
var rollbackCommand = defineCommand({
  name: "rollback",
  summary: "re-pin ENV to an earlier AMI (default: the previous pin) and reconcile",
  input: external_exports.object({
    env: argument("ENV", "the environment to roll back", { kind: "environment", input: "environment" }),
    to: option("AMI to roll back to", {
      kind: "ami",
      value: "ami",
      inputAliases: ["ami"],
      inputHelp: "AMI to roll back to (default: the previous pin in the environment's history)"
    }),
    ...repinFlags({
      help: "roll back --to an AMI the promotion policy refuses (needs --reason)",
      inputHelp: "roll back to an AMI the promotion policy refuses (needs a reason)"
    })
  }),
  aws: ROLLOUT_SERVICES,
  run: () => import("./rollback-UZEGTLHQ.js").then((m) => m.rollback),
  facts: rolloutFacts
});

// src/commands/specs/sim-init.ts
var simInitCommand = defineCommand({
  name: "sim init",
  summary: "create the simulator state from sim/world.yml under the config root",
  input: external_exports.object({}),
  // It writes the simulator's state, which answers every service.
  aws: SERVICE_NAMES,
  session: true,
  run: () => import("./sim-init-BAER4QCL.js").then((m) => m.simInit)
});

// src/commands/specs/status.ts
var statusCommand = defineCommand({
  name: "status",
  summary: "pinned and serving AMIs per environment",
  input: external_exports.object({}),
  // SSM holds the environment lock that status reports.
  aws: ["ec2", "elbv2", "ssm"],
  run: () => import("./status-ELIHF6E3.js").then((m) => m.status)
});

// src/commands/specs/survey.ts
var surveyCommand = defineCommand({
  name: "survey",
  summary: "gather an inventory from a running server over SSM",
  input: external_exports.object({
    instance: requiredOption("instance id", { kind: "instance", value: "id" }),
    region: option("region (default: the first environment's)", { kind: "region" }),
    out: option("write the inventory JSON here", { value: "file" }),
    probe: option("run this probe instead of inventory (e.g. packages, instance)", { value: "name" })
  }),
  aws: ["ec2", "ssm"],
  run: () => import("./survey-573UIFDX.js").then((m) => m.survey)
});

// src/commands/specs/validate.ts
var validateCommand = defineCommand({
  name: "validate",
  summary: "validate all recipes and environments",
  input: external_exports.object({
    eolError: flag("treat an end-of-life base OS as an error, not a warning")
  }),
  run: () => import("./validate-SGFYOXCH.js").then((m) => m.validate)
});

// src/commands/specs/verify.ts
var verifyCommand = defineCommand({
  name: "verify",
  summary: "run environment checks now",
  input: external_exports.object({
    env: argument("ENV", "the environment to check", { kind: "environment", input: "environment" })
  }),
  aws: ROLLOUT_SERVICES,
  run: () => import("./verify-AOMEQTNR.js").then((m) => m.verify),
  facts: (data) => ({ checks: data.checks })
});

// src/commands/specs/index.ts
var COMMANDS = [
  validateCommand,
  compileCommand,
  planRecipeCommand,
  bakeCommand,
  rebakeCommand,
  promoteCommand,
  rollbackCommand,
  reconcileCommand,
  verifyCommand,
  statusCommand,
  surveyCommand,
  parityCommand,
  recipeFromSurveyCommand,
  gcCommand,
  changedPinsCommand,
  iamPolicyCommand,
  bootstrapCommand,
  diagramCommand,
  simInitCommand,
  githubSetupCommand,
  demoCommand
];

// src/commands/registry.ts
function findCommand(name) {
  return COMMANDS.find((spec) => spec.name === name);
}
var commandLoaders = Object.fromEntries(
  COMMANDS.map((spec) => [spec.name, spec.run])
);

export {
  uniqueChecks,
  COMMANDS,
  findCommand,
  commandLoaders
};
