import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  checkInputShape
} from "./chunks/chunk-DAPV5LRJ.js";
import {
  execute
} from "./chunks/chunk-T7HLOV5I.js";
import {
  COMMANDS,
  findCommand,
  uniqueChecks
} from "./chunks/chunk-SZ7BUYMB.js";
import {
  inputFields,
  inputNameOf
} from "./chunks/chunk-UU34V7HM.js";
import {
  createGitHubClient,
  require_tunnel,
  require_undici,
  statusOf
} from "./chunks/chunk-Q5Y42ZAC.js";
import {
  createContext
} from "./chunks/chunk-PDC266IM.js";
import {
  readPinFromSource
} from "./chunks/chunk-TKPX3VNR.js";
import {
  runProbe
} from "./chunks/chunk-DNS2OHZ2.js";
import {
  diffPackages
} from "./chunks/chunk-TEHLXEUN.js";
import "./chunks/chunk-VW3YBTYP.js";
import {
  PACKAGE_MANIFEST_DIR,
  listImagePackages,
  readPackageManifest
} from "./chunks/chunk-JMCWI4WT.js";
import {
  describeInstancesById
} from "./chunks/chunk-W5NYEKSD.js";
import {
  observeTargetGroups
} from "./chunks/chunk-WOQP25UV.js";
import "./chunks/chunk-VZVMQFDZ.js";
import "./chunks/chunk-RQQVW77K.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunks/chunk-YGID37AB.js";
import "./chunks/chunk-DOMKHADK.js";
import "./chunks/chunk-OKTVBVYZ.js";
import "./chunks/chunk-56EOQD6H.js";
import "./chunks/chunk-QTEFZJYW.js";
import "./chunks/chunk-52IUZXQM.js";
import "./chunks/chunk-2EZH6WMF.js";
import {
  require_dist_cjs
} from "./chunks/chunk-CLJXRIPF.js";
import "./chunks/chunk-4HLE3N6X.js";
import "./chunks/chunk-NZP7FVAE.js";
import "./chunks/chunk-CXZE2OG5.js";
import "./chunks/chunk-QHLPZW5O.js";
import {
  AmipipeError,
  ConfigError,
  UsageError,
  messageOf
} from "./chunks/chunk-25FIIMCB.js";
import {
  lineSink
} from "./chunks/chunk-P6GLGNDE.js";
import "./chunks/chunk-MJU6FAWD.js";
import {
  formatDuration
} from "./chunks/chunk-U2BKHDZX.js";
import "./chunks/chunk-YJKYJ3I7.js";
import "./chunks/chunk-CR6XTHQR.js";
import {
  __toESM
} from "./chunks/chunk-BQ2HO2OL.js";

// src/github/action-main.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import path4 from "node:path";

// src/github/config-problems.ts
import path from "node:path";
var isProblem = (value) => typeof value === "object" && value !== null && typeof value.file === "string" && typeof value.line === "number" && typeof value.message === "string";
function configProblemsOf(outcome) {
  const found = [];
  if (outcome.error instanceof ConfigError) found.push(...outcome.error.problems);
  else if (outcome.error && "code" in outcome.error && outcome.error.code === "config") {
    const evidence = outcome.error.evidence;
    if (Array.isArray(evidence)) found.push(...evidence.filter(isProblem));
  }
  const data = outcome.result?.data;
  if (typeof data === "object" && data !== null) {
    for (const key of ["problems", "warnings", "errors"]) {
      const list = data[key];
      if (!Array.isArray(list)) continue;
      for (const p of list.filter(isProblem))
        found.push(key === "warnings" && !p.severity ? { ...p, severity: "warning" } : p);
    }
  }
  const seen = /* @__PURE__ */ new Set();
  return found.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function annotateProblems(host, problems, o) {
  for (const problem of problems) {
    const absolute = path.resolve(o.root, problem.file);
    const file = path.relative(o.workspace, absolute).split(path.sep).join("/");
    const message = problem.path ? `${problem.path}: ${problem.message}` : problem.message;
    host.annotate(problem.severity === "warning" ? "warning" : "error", message, {
      title: "amipipe config",
      file,
      startLine: problem.line,
      startColumn: problem.column
    });
  }
}

// src/github/effects.ts
import { readFile as readFile2 } from "node:fs/promises";
import path3 from "node:path";

// src/github/deployments.ts
async function createDeployment(gh, o) {
  const res = await gh.rest.repos.createDeployment({
    owner: o.owner,
    repo: o.repo,
    ref: o.ref,
    environment: o.environment,
    description: o.description.slice(0, 140),
    payload: { ami: o.ami },
    auto_merge: false,
    required_contexts: [],
    production_environment: o.production,
    transient_environment: false
  });
  const id = res.data.id;
  if (typeof id !== "number")
    throw new Error(`GitHub did not create the deployment for ${o.environment}: ${JSON.stringify(res.data)}`);
  return id;
}
async function setDeploymentStatus(gh, o) {
  await gh.rest.repos.createDeploymentStatus({
    owner: o.owner,
    repo: o.repo,
    deployment_id: o.id,
    state: o.state,
    description: o.description.slice(0, 140),
    environment: o.environment,
    ...o.logUrl ? { log_url: o.logUrl } : {},
    auto_inactive: o.state === "success"
  });
}

// src/github/pin-commits.ts
var PinCommitConflict = class extends Error {
  name = "PinCommitConflict";
};
var ATTEMPTS = 2;
async function commitPinFiles(gh, o) {
  for (let attempt = 1; ; attempt++) {
    const head = await branchHead(gh, o);
    const files = [];
    for (const file of o.files) {
      const current = await fileAt(gh, o, file.path, head);
      if (current === file.content) continue;
      const pinned = current === void 0 ? null : readPinFromSource(current).ami;
      if (pinned !== null && pinned === file.ami) continue;
      if (pinned !== file.previous) {
        throw new PinCommitConflict(
          `${file.path} on ${o.branch} (at ${head.slice(0, 12)}) pins ${pinned ?? "nothing"}, not ${file.previous ?? "nothing"} as when this run started: ${file.environment} was re-pinned meanwhile, so this run's pin (${file.ami ?? "none"}) is not committed over it. Reconcile ${file.environment} to the pin on ${o.branch}, or re-run this workflow.`
        );
      }
      files.push(file);
    }
    if (files.length === 0) return void 0;
    try {
      const made = await createCommitOnBranch(gh, { ...o, head, files });
      return { ...made, parent: head, files };
    } catch (error2) {
      if (!isStaleHead(error2)) throw error2;
      if (attempt >= ATTEMPTS) {
        throw new PinCommitConflict(
          `${o.branch} kept moving while the pin commit was made (expected head ${head.slice(0, 12)}, ${ATTEMPTS} attempts): nothing was committed. Re-run this workflow to commit ${files.map((f) => f.path).join(", ")}.`
        );
      }
    }
  }
}
async function branchHead(gh, o) {
  try {
    const res = await gh.rest.git.getRef({ owner: o.owner, repo: o.repo, ref: `heads/${o.branch}` });
    return res.data.object.sha;
  } catch (error2) {
    if (statusOf(error2) === 404)
      throw new Error(`branch ${o.branch} does not exist in ${o.owner}/${o.repo}: no pin commit made`);
    throw error2;
  }
}
async function fileAt(gh, o, path5, ref) {
  try {
    const res = await gh.rest.repos.getContent({ owner: o.owner, repo: o.repo, path: path5, ref });
    const data = res.data;
    if (Array.isArray(res.data) || data.type !== "file")
      throw new Error(`${path5} is not a file in ${o.owner}/${o.repo}`);
    return data.content && data.encoding === "base64" ? Buffer.from(data.content, "base64").toString("utf8") : "";
  } catch (error2) {
    if (statusOf(error2) === 404) return void 0;
    throw error2;
  }
}
var MUTATION = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;
async function createCommitOnBranch(gh, o) {
  const res = await gh.graphql(MUTATION, {
    input: {
      branch: { repositoryNameWithOwner: `${o.owner}/${o.repo}`, branchName: o.branch },
      message: { headline: o.headline, body: o.body },
      expectedHeadOid: o.head,
      fileChanges: {
        additions: o.files.map((f) => ({
          path: f.path,
          contents: Buffer.from(f.content, "utf8").toString("base64")
        }))
      }
    }
  });
  const commit = res.createCommitOnBranch?.commit;
  if (!commit?.oid) throw new Error(`GitHub made no commit on ${o.branch}: ${JSON.stringify(res)}`);
  return { commit: commit.oid, ...commit.url ? { url: commit.url } : {} };
}
function isStaleHead(error2) {
  const errors = error2?.errors;
  return Array.isArray(errors) && errors.some((e) => e.type === "STALE_DATA" || /expected branch to point to/i.test(e.message ?? ""));
}

// src/github/pr-comment.ts
function commentMarker(key) {
  return `<!-- amipipe:${key} -->`;
}
async function upsertComment(gh, o) {
  const marker = commentMarker(o.key);
  const body = `${marker}
${o.body}`;
  const comments = await gh.paginate(gh.rest.issues.listComments, {
    owner: o.owner,
    repo: o.repo,
    issue_number: o.issueNumber,
    per_page: 100
  });
  const mine = comments.find((c) => c.body?.includes(marker));
  if (mine) {
    const res2 = await gh.rest.issues.updateComment({
      owner: o.owner,
      repo: o.repo,
      comment_id: mine.id,
      body
    });
    return { url: res2.data.html_url, updated: true };
  }
  const res = await gh.rest.issues.createComment({
    owner: o.owner,
    repo: o.repo,
    issue_number: o.issueNumber,
    body
  });
  return { url: res.data.html_url, updated: false };
}

// src/github/result-facts.ts
function factsOf(outcome) {
  return outcome.facts ?? {};
}
function netPinChanges(changes) {
  const byEnv = /* @__PURE__ */ new Map();
  for (const c of changes) {
    const seen = byEnv.get(c.environment);
    if (!seen) byEnv.set(c.environment, { ...c, attempted: c.ami });
    else byEnv.set(c.environment, { ...seen, ami: c.ami, file: c.file });
  }
  return [...byEnv.values()];
}
function failureMessage(outcome) {
  if (outcome.errorMessage) return outcome.errorMessage;
  const error2 = factsOf(outcome).error;
  if (error2) return error2.message;
  return outcome.exitCode === 0 ? void 0 : `failed (exit ${outcome.exitCode})`;
}
function isCheck(value) {
  if (typeof value !== "object" || value === null) return false;
  const v = value;
  return typeof v.name === "string" && typeof v.passed === "boolean" && typeof v.summary === "string";
}
function collectChecks(value, into, depth = 0) {
  if (depth > 4 || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isCheck(item)) into.push(item);
      else collectChecks(item, into, depth + 1);
    }
    return;
  }
  const record = value;
  for (const key of ["checks", "findings", "results", "verification", "instanceChecks", "soak", "parity"]) {
    if (key in record) collectChecks(record[key], into, depth + 1);
  }
}
function checksOf(outcome) {
  const found = [...factsOf(outcome).checks ?? []];
  const evidence = outcome.error && "evidence" in outcome.error ? outcome.error.evidence : void 0;
  collectChecks(evidence, found);
  return uniqueChecks(found);
}
function findingsOf(outcome) {
  return checksOf(outcome).filter((check) => !check.passed);
}

// src/github/runner-context.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";
function inputFrom(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
async function readRunnerContext(env) {
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
  const apiUrl = (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/$/, "");
  const workspace = path2.resolve(env.GITHUB_WORKSPACE ?? ".");
  let event = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
      event = {};
    }
  }
  const ctx = { workspace, apiUrl, serverUrl, event, input: (name) => inputFrom(env, name) };
  const full = env.GITHUB_REPOSITORY;
  if (full?.includes("/")) {
    const [owner, repo] = full.split("/");
    ctx.repository = { owner, repo, full };
  }
  if (env.GITHUB_SHA) ctx.sha = env.GITHUB_SHA;
  if (env.GITHUB_REF) ctx.ref = env.GITHUB_REF;
  if (env.GITHUB_REF?.startsWith("refs/heads/")) ctx.branch = env.GITHUB_REF.slice("refs/heads/".length);
  if (env.GITHUB_RUN_ID && full) ctx.runUrl = `${serverUrl}/${full}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (env.GITHUB_ACTOR) ctx.actor = env.GITHUB_ACTOR;
  if (env.GITHUB_EVENT_NAME) ctx.eventName = env.GITHUB_EVENT_NAME;
  return ctx;
}
function runEnvironmentOf(ctx) {
  const result = { ci: true };
  if (ctx.sha) result.gitSha = ctx.sha;
  if (ctx.runUrl) result.runUrl = ctx.runUrl;
  if (ctx.actor) result.actor = ctx.actor;
  if (ctx.ref) result.ref = ctx.ref;
  return result;
}
function pullRequestNumber(ctx) {
  const n = ctx.event.pull_request?.number ?? (ctx.eventName?.startsWith("pull_request") ? ctx.event.number : void 0);
  return typeof n === "number" ? n : void 0;
}
function isForkPullRequest(ctx) {
  const head = ctx.event.pull_request?.head?.repo?.full_name;
  const base = ctx.event.pull_request?.base?.repo?.full_name ?? ctx.repository?.full;
  return typeof head === "string" && typeof base === "string" && head !== base;
}

// src/github/effects.ts
var PIN_COMMANDS = /* @__PURE__ */ new Set(["promote", "rollback", "rebake", "reconcile"]);
async function applyGitHubEffects(o) {
  const effects = { pinCommits: [], deployments: [], notes: [] };
  const { inputs, runner, outcome } = o;
  const repo = runner.repository;
  const token = inputs.github.token;
  const pinCommand = PIN_COMMANDS.has(inputs.command);
  const changes = netPinChanges(o.pinChanges).filter((c) => c.ami !== c.previous);
  if (!token || !repo) {
    if (o.pinChanges.length > 0) {
      effects.notes.push(
        "Pins changed in the working tree only: no github-token (or repository) to commit them with."
      );
    }
    return effects;
  }
  const gh = createGitHubClient({ token, apiUrl: runner.apiUrl });
  const logUrl = runner.runUrl;
  const failed = outcome.exitCode !== 0;
  try {
    if (changes.length > 0) {
      if (!inputs.github.commitPins) effects.notes.push("Pin changes not committed (commit-pins: false).");
      else if (!runner.branch)
        effects.notes.push(`Pin changes not committed: ${runner.ref ?? "this ref"} is not a branch.`);
      else {
        const files = await Promise.all(
          changes.map(async (change) => {
            const absolute = path3.resolve(o.root, change.file);
            return {
              environment: change.environment,
              path: path3.relative(runner.workspace, absolute).split(path3.sep).join("/"),
              content: await readFile2(absolute, "utf8"),
              previous: change.previous,
              ami: change.ami
            };
          })
        );
        const message = failed ? rolledBackCommitMessage(inputs.command, changes, failureMessage(outcome), logUrl) : pinCommitMessage(inputs.command, changes, logUrl);
        const made = await commitPinFiles(gh, {
          owner: repo.owner,
          repo: repo.repo,
          branch: runner.branch,
          ...message,
          files
        });
        effects.pinCommits = (made?.files ?? []).map((f) => ({
          environment: f.environment,
          path: f.path,
          commit: made.commit
        }));
        if (inputs.github.deployments && !failed) {
          for (const change of changes) {
            const commit = effects.pinCommits.find((c) => c.environment === change.environment)?.commit ?? runner.sha;
            if (!commit) continue;
            const id = await recordDeployment(gh, {
              repo,
              ref: commit,
              environment: change.environment,
              ami: change.ami,
              production: o.production(change.environment),
              outcome: "success",
              description: `${inputs.command}: ${change.previous ?? "none"} \u2192 ${change.ami ?? "none"}`,
              ...logUrl ? { logUrl } : {}
            });
            effects.deployments.push({ environment: change.environment, id, state: "success" });
          }
        }
      }
    }
    const environment = typeof inputs.input.env === "string" ? inputs.input.env : void 0;
    const failedRef = effects.pinCommits.find((c) => c.environment === environment)?.commit ?? runner.sha;
    if (pinCommand && outcome.exitCode === 1 && environment && failedRef && inputs.github.deployments) {
      const net = netPinChanges(o.pinChanges).find((c) => c.environment === environment);
      const attempted = inputs.command === "reconcile" ? net?.previous : net?.attempted;
      const ami = attempted ?? (inputs.input.ami ?? inputs.input.to ?? null);
      const id = await recordDeployment(gh, {
        repo,
        ref: failedRef,
        environment,
        ami,
        production: o.production(environment),
        outcome: "failure",
        description: `${inputs.command} rejected: ${firstLine(failureMessage(outcome) ?? "failed")}`,
        ...logUrl ? { logUrl } : {}
      });
      effects.deployments.push({ environment, id, state: "failure" });
    }
    const pr = pullRequestNumber(runner);
    if (inputs.command === "plan-recipe" && inputs.github.prComment && pr !== void 0 && outcome.result) {
      const recipe = String(inputs.input.recipe);
      if (isForkPullRequest(runner)) {
        effects.notes.push(
          "Plan not commented on the pull request: it comes from a fork, whose token is read-only. The plan is in this job summary."
        );
      } else {
        try {
          effects.comment = await upsertComment(gh, {
            owner: repo.owner,
            repo: repo.repo,
            issueNumber: pr,
            key: `plan-recipe:${recipe}`,
            body: `### amipipe plan-recipe \`${recipe}\`

\`\`\`diff
${outcome.result.text.trimEnd()}
\`\`\`
`
          });
        } catch (error2) {
          if (statusOf(error2) !== 403) throw error2;
          effects.notes.push(
            `Plan not commented on the pull request: the token may not write comments (${messageOf(error2)}). The plan is in this job summary.`
          );
        }
      }
    }
  } catch (error2) {
    effects.failure = error2 instanceof PinCommitConflict ? `Pin commit refused: ${error2.message} AWS already runs ${changes.map((c) => `${c.environment} on ${c.ami ?? "nothing"}`).join(", ")}.` : `GitHub API: ${messageOf(error2)}`;
  }
  return effects;
}
async function recordDeployment(gh, o) {
  const base = {
    owner: o.repo.owner,
    repo: o.repo.repo,
    environment: o.environment,
    ...o.logUrl ? { logUrl: o.logUrl } : {}
  };
  const id = await createDeployment(gh, {
    ...base,
    ref: o.ref,
    ami: o.ami,
    description: o.description,
    production: o.production
  });
  if (o.outcome === "success") {
    await setDeploymentStatus(gh, {
      ...base,
      id,
      state: "in_progress",
      description: `rolling out ${o.ami ?? ""}`
    });
  }
  await setDeploymentStatus(gh, { ...base, id, state: o.outcome, description: o.description });
  return id;
}
function rolledBackCommitMessage(command, changes, failure, runUrl) {
  const pins = changes.map((c) => `${c.environment} to ${c.ami ?? "nothing"}`);
  const headline = `amipipe ${command} failed and was rolled back: pin ${pins.join(", ")}`;
  const body = [
    ...changes.map(
      (c) => `${c.environment}: ${c.previous ?? "none"} did not roll out; serving ${c.ami ?? "none"} again`
    )
  ];
  if (failure) body.push("", firstLine(failure));
  if (runUrl) body.push("", `Run: ${runUrl}`);
  return { headline, body: body.join("\n") };
}
function firstLine(text) {
  return text.split("\n")[0] ?? text;
}
function pinCommitMessage(command, changes, runUrl) {
  const pins = changes.map((c) => `${c.environment} to ${c.ami ?? "nothing"}`);
  const headline = pins.length <= 2 ? `amipipe ${command}: pin ${pins.join(", ")}` : `amipipe ${command}: pin ${changes.map((c) => c.environment).join(", ")}`;
  const body = changes.map((c) => `${c.environment}: ${c.previous ?? "none"} \u2192 ${c.ami ?? "none"}`);
  if (runUrl) body.push("", `Run: ${runUrl}`);
  return { headline, body: body.join("\n") };
}

// src/github/evidence-packages.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
var hasPackages = (lookup) => "packages" in lookup;
async function recordedPackages(aws, o) {
  const stored = await readPackageManifest(o.root, o.ami);
  if (stored)
    return { packages: stored.packages, source: `image manifest ${PACKAGE_MANIFEST_DIR}/${o.ami}.json` };
  const { Images } = await aws.ec2(o.region).send(new import_client_ec2.DescribeImagesCommand({ ImageIds: [o.ami] }));
  const arn = Images?.[0]?.Tags?.find((t) => t.Key === "Ec2ImageBuilderArn")?.Value;
  if (!arn) return void 0;
  const packages = await listImagePackages(aws, arn.split(":")[3] ?? o.region, arn);
  return { packages, source: `Image Builder ${arn}` };
}
var SERVING = /* @__PURE__ */ new Set(["healthy", "initial"]);
async function surveyServingPackages(ctx, o) {
  const groups = await observeTargetGroups(ctx.aws, o.region, [o.targetGroup]);
  const serving = (groups.get(o.targetGroup)?.targets ?? []).filter((t) => SERVING.has(t.state)).map((t) => t.instanceId);
  const instances = await describeInstancesById(ctx.aws, o.region, serving);
  const instance = [...instances.values()].filter((i) => i.ImageId === o.ami && i.State?.Name === "running" && i.InstanceId).map((i) => i.InstanceId).sort()[0];
  if (!instance)
    return {
      missing: `no package list recorded for ${o.ami}, and no serving instance of ${o.environment} runs it to survey`
    };
  const phase = `evidence ${o.environment}`;
  ctx.progress.info(
    phase,
    `surveying the packages of ${o.ami} on ${instance} (serving ${o.environment}) over SSM`
  );
  try {
    const answers = await runProbe(ctx, {
      region: o.region,
      instanceIds: [instance],
      probe: "packages",
      phase
    });
    const answer = answers.get(instance);
    if (answer?.ok && answer.inventory.packages)
      return {
        packages: answer.inventory.packages.map((p) => ({ name: p.name, version: p.version })),
        source: `surveyed instance ${instance} (serving ${o.environment})`
      };
    return {
      missing: `the packages survey of ${instance} (serving ${o.environment}) failed: ${answer?.ok === false ? answer.error : "no package list in its answer"}`
    };
  } catch (error2) {
    return {
      missing: `the packages survey of ${instance} (serving ${o.environment}) failed: ${messageOf(error2)}`
    };
  }
}

// src/github/evidence.ts
var isParity = (c) => c.name === "parity" || c.name.startsWith("parity:");
async function gatherEvidence(input, sources) {
  const bundle = {
    schema: "amipipe.evidence/v1",
    command: input.command,
    environment: input.environment,
    ami: input.ami,
    previous: input.previous,
    outcome: input.outcome,
    verification: input.checks.filter((c) => !isParity(c)),
    parity: input.checks.filter(isParity),
    findings: input.checks.filter((c) => !c.passed),
    provenance: {}
  };
  if (input.runUrl) bundle.runUrl = input.runUrl;
  if (input.commit) bundle.commit = input.commit;
  if (input.ami) {
    const tags = await sources.imageTags(input.ami);
    bundle.provenance = Object.fromEntries(
      Object.entries(tags).filter(([key]) => key.startsWith("amipipe:")).sort(([a], [b]) => a.localeCompare(b))
    );
    if (input.previous && input.previous !== input.ami) {
      const [before, after] = await Promise.all([
        sources.imagePackages(input.previous),
        sources.imagePackages(input.ami)
      ]);
      if (hasPackages(before) && hasPackages(after)) {
        bundle.packageDiff = diffPackages(before.packages, after.packages);
        bundle.packageSources = { previous: before.source, current: after.source };
      } else {
        bundle.packageDiffMissing = [before, after].filter((side) => !hasPackages(side)).map((side) => side.missing).join("; ");
      }
    }
  }
  return bundle;
}

// src/github/evidence-aws.ts
var import_client_ec22 = __toESM(require_dist_cjs(), 1);
function awsEvidenceSources(aws, o) {
  return {
    imageTags: async (ami) => {
      try {
        const out = await aws.ec2(o.region).send(new import_client_ec22.DescribeImagesCommand({ ImageIds: [ami] }));
        const tags = out.Images?.[0]?.Tags ?? [];
        return Object.fromEntries(
          tags.filter((t) => t.Key !== void 0).map((t) => [t.Key, t.Value ?? ""])
        );
      } catch {
        return {};
      }
    },
    imagePackages: async (ami) => {
      try {
        const recorded = await recordedPackages(aws, { root: o.root, region: o.region, ami });
        if (recorded) return recorded;
      } catch (error2) {
        return o.surveyed?.get(ami) ?? { missing: `no package list for ${ami}: ${messageOf(error2)}` };
      }
      return o.surveyed?.get(ami) ?? {
        missing: `no package list recorded for ${ami} (not built by Image Builder through amipipe)`
      };
    }
  };
}

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header, data, colspan, rowspan } = cell2;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label2, content) {
    const element = this.wrap("details", this.wrap("summary", label2) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/github/host.ts
function coreHost() {
  return {
    setOutput: (name, value) => setOutput(name, value),
    setSecret: (value) => setSecret(value),
    annotate: (level, message, place) => {
      const properties = {};
      if (place?.title) properties.title = place.title;
      if (place?.file) properties.file = place.file;
      if (place?.startLine !== void 0) properties.startLine = place.startLine;
      if (place?.startColumn !== void 0) properties.startColumn = place.startColumn;
      if (level === "error") error(message, properties);
      else if (level === "warning") warning(message, properties);
      else notice(message, properties);
    },
    info: (line) => info(line),
    setFailed: (message) => setFailed(message),
    appendSummary: async (markdown) => {
      await summary.addRaw(markdown, true).write();
      summary.emptyBuffer();
    }
  };
}

// src/github/inputs.ts
var RUN_INPUTS = [
  {
    name: "command",
    description: `The amipipe command: ${COMMANDS.map((c) => c.name).join(", ")}.`,
    required: true
  },
  {
    name: "config-root",
    description: "Directory holding image-recipes/ and environments/, relative to the workspace.",
    default: "."
  },
  {
    name: "sim",
    description: "Run on the embedded simulator with its state in this file (made by `sim init`). Empty means real AWS.",
    default: ""
  },
  {
    name: "fault",
    description: "Simulator faults, one NAME[=ARG] per line (simulator only).",
    default: ""
  }
];
var GITHUB_INPUTS = [
  {
    name: "github-token",
    description: "Token for pin commits, deployments, PR comments and github setup. The workflow's GITHUB_TOKEN makes commits that start no new runs.",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, evaluated by the runner.
    default: "${{ github.token }}"
  },
  {
    name: "commit-pins",
    description: "Commit changed environment files through the GitHub API after a successful pin change.",
    default: "true"
  },
  {
    name: "deployments",
    description: "Record a GitHub Deployment and its statuses for each pin change (and each rejected promotion).",
    default: "true"
  },
  {
    name: "pr-comment",
    description: "plan-recipe on a pull request: keep one sticky comment with the plan.",
    default: "true"
  },
  {
    name: "evidence-file",
    description: "Where a promotion's evidence bundle (JSON) is written, for actions/upload-artifact.",
    default: "amipipe-evidence.json"
  }
];
function actionInputs(specs = COMMANDS) {
  const fixed = new Set([...RUN_INPUTS, ...GITHUB_INPUTS].map((i) => i.name));
  const uses = /* @__PURE__ */ new Map();
  const use = (name, command, help, fallback) => {
    if (!fixed.has(name)) uses.set(name, [...uses.get(name) ?? [], { command, help, fallback }]);
  };
  for (const spec of specs)
    for (const field of inputFields(spec)) {
      const name = inputNameOf(field);
      if (name === void 0) continue;
      use(name, spec.name, field.meta.inputHelp ?? field.meta.help, textOf(field.fallback));
      for (const alias of field.meta.inputAliases ?? []) use(alias, spec.name, `same as \`${name}\``, "");
    }
  const fields = [...uses].map(([name, list]) => {
    const defaults = new Set(list.map((u) => u.fallback));
    const shared = defaults.size === 1 ? [...defaults][0] : "";
    const byHelp = /* @__PURE__ */ new Map();
    for (const { command, help, fallback } of list) {
      const text = `${help}${fallback !== shared && fallback !== "" ? ` (default: ${fallback})` : ""}`;
      byHelp.set(text, [...byHelp.get(text) ?? [], command]);
    }
    const description = [...byHelp].map(([help, commands]) => `${commands.join(", ")}: ${help}`).join("; ");
    return {
      name,
      description: description.endsWith(".") ? description : `${description}.`,
      default: shared
    };
  });
  return [...RUN_INPUTS, ...fields, ...GITHUB_INPUTS];
}
var textOf = (value) => value === void 0 ? "" : String(value);
var ACTION_INPUTS = actionInputs().map((i) => i.name);
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function booleanOf(name, value) {
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new UsageError(`input '${name}': expected true or false, got '${value}'`);
}
function actionCommands() {
  return COMMANDS.map((c) => c.name);
}
function parseInputs(read, defaults) {
  const text = (name) => {
    const value = read(name);
    return value === "" ? void 0 : value;
  };
  const command = (text("command") ?? "").replace(/\s+/g, " ");
  if (!command) throw new UsageError("input 'command' is required");
  const spec = findCommand(command);
  if (!spec)
    throw new UsageError(
      `input 'command': unknown command '${command}' (one of: ${actionCommands().join(", ")})`
    );
  const raw = {};
  const fields = inputFields(spec);
  for (const field of fields) {
    if (field.meta.fromInputs) continue;
    const names = [inputNameOf(field), ...field.meta.inputAliases ?? []].filter(
      (n) => n !== void 0
    );
    let value;
    let from = names[0] ?? field.name;
    for (const name of names) {
      value = text(name);
      if (value !== void 0) {
        from = name;
        break;
      }
    }
    if (value === void 0 && field.meta.runner) value = defaults[field.meta.runner];
    if (value === void 0) continue;
    raw[field.name] = field.meta.type === "boolean" ? booleanOf(from, value) : value;
  }
  for (const field of fields) if (field.meta.fromInputs) raw[field.name] = field.meta.fromInputs(raw);
  const parsed = checkInputShape(spec, raw, "action");
  const input = Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== void 0));
  const faults = (text("fault") ?? "").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  const global = { root: text("config-root") ?? ".", faults, json: true };
  const sim = text("sim");
  if (sim) global.sim = sim;
  const token = text("github-token");
  const flag = (name, fallback) => {
    const value = text(name);
    return value === void 0 ? fallback : booleanOf(name, value);
  };
  const github = {
    commitPins: flag("commit-pins", true),
    deployments: flag("deployments", true),
    prComment: flag("pr-comment", true),
    evidenceFile: text("evidence-file") ?? "amipipe-evidence.json"
  };
  if (token) github.token = token;
  return { command, global, input, github, secrets: token ? [token] : [] };
}

// src/github/outputs.ts
function commandOutputs(outcome) {
  const facts = factsOf(outcome);
  const amis = facts.amis ?? [];
  const outputs = {
    "exit-code": String(outcome.exitCode),
    result: JSON.stringify(
      outcome.result ? outcome.result.data : { error: { message: outcome.errorMessage ?? "" } }
    ),
    amis: JSON.stringify(amis),
    pins: JSON.stringify(facts.pinChanges ?? []),
    findings: JSON.stringify(
      findingsOf(outcome).map((f) => ({
        name: f.name,
        level: f.level,
        target: f.target,
        summary: f.summary
      }))
    )
  };
  if (amis[0]) outputs.ami = amis[0].ami;
  if (facts.recipeHash !== void 0) outputs["recipe-hash"] = facts.recipeHash;
  if (facts.skipped !== void 0) outputs.skipped = String(facts.skipped);
  if (facts.changedEnvironments) outputs.environments = JSON.stringify(facts.changedEnvironments);
  return outputs;
}

// src/github/previous-pins.ts
function pinsAtStake(project, command, input) {
  let name;
  if ((command === "promote" || command === "rollback") && typeof input.env === "string") name = input.env;
  if (command === "rebake" && typeof input.recipe === "string")
    name = environmentsInOrder(project).find((e) => e.env.recipe === input.recipe)?.env.name;
  const env = name ? project.environments.get(name)?.env : void 0;
  if (!env?.pin.ami || input.ami === env.pin.ami || input.to === env.pin.ami) return [];
  return [
    { environment: env.name, region: env.region, targetGroup: env.fleet.targetGroup, ami: env.pin.ami }
  ];
}
async function surveyPinsAtStake(ctx, pins) {
  const found = /* @__PURE__ */ new Map();
  for (const pin of pins) {
    if (found.has(pin.ami)) continue;
    try {
      if (await recordedPackages(ctx.aws, { root: ctx.root, region: pin.region, ami: pin.ami })) continue;
    } catch (error2) {
      ctx.progress.warn(
        `evidence ${pin.environment}`,
        `cannot read the package list of ${pin.ami}: ${messageOf(error2)}`
      );
    }
    found.set(pin.ami, await surveyServingPackages(ctx, pin));
  }
  return found;
}

// src/github/promotable.ts
function promotableEnvironments(project) {
  const result = [];
  for (const { env } of environmentsInOrder(project)) {
    const from = env.promotion.from ? project.environments.get(env.promotion.from)?.env : void 0;
    if (from?.pin.ami && from.pin.ami !== env.pin.ami) result.push(env.name);
  }
  return result;
}

// src/github/mermaid.ts
var nodeId = (kind, name) => `${kind}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
function label(text) {
  return `"${text.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;")}"`;
}
function pipelineDiagram(graph) {
  const lines = ["flowchart LR"];
  for (const recipe of graph.recipes)
    lines.push(`  ${nodeId("recipe", recipe)}[${label(`recipe ${recipe}`)}]`);
  const images = /* @__PURE__ */ new Map();
  for (const image of graph.images) if (!images.has(image.ami)) images.set(image.ami, image);
  for (const env of graph.environments) {
    if (env.pinned && !images.has(env.pinned))
      images.set(env.pinned, { ami: env.pinned, recipe: env.recipe });
  }
  for (const image of images.values()) {
    const text = image.note ? `${image.ami}<br/>${image.note}` : image.ami;
    lines.push(`  ${nodeId("ami", image.ami)}([${label(text)}])`);
  }
  for (const env of graph.environments) lines.push(`  ${nodeId("env", env.name)}{{${label(env.name)}}}`);
  for (const image of images.values()) {
    if (graph.recipes.includes(image.recipe))
      lines.push(`  ${nodeId("recipe", image.recipe)} --> ${nodeId("ami", image.ami)}`);
  }
  for (const env of graph.environments) {
    if (env.pinned) lines.push(`  ${nodeId("ami", env.pinned)} -->|pinned| ${nodeId("env", env.name)}`);
    else lines.push(`  ${nodeId("recipe", env.recipe)} -.->|not pinned| ${nodeId("env", env.name)}`);
  }
  for (const env of graph.environments) {
    if (env.from) lines.push(`  ${nodeId("env", env.from)} -.->|promotes to| ${nodeId("env", env.name)}`);
  }
  return lines.join("\n");
}
function taskText(text) {
  const clean = text.replace(/[:;#]/g, " ").replace(/\s+/g, " ").trim();
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean || "step";
}
function timelineDiagram(events, title, steps = []) {
  if (events.length === 0 && steps.length === 0) return void 0;
  const phases = /* @__PURE__ */ new Map();
  for (const event of events) {
    const phase = phases.get(event.phase);
    const text = event.waitingFor ? `waiting for ${event.waitingFor}` : event.message;
    if (!phase)
      phases.set(event.phase, {
        start: event.at,
        end: event.at,
        last: text,
        failed: event.level === "error"
      });
    else {
      phase.end = Math.max(phase.end, event.at);
      phase.last = text;
      phase.failed ||= event.level === "error";
    }
  }
  const lines = ["gantt", `  title ${taskText(title)}`, "  dateFormat x", "  axisFormat %H:%M:%S"];
  for (const [name, phase] of phases) {
    lines.push(`  section ${taskText(name)}`);
    const end = Math.max(phase.end, phase.start + 1e3);
    lines.push(`  ${taskText(phase.last)} :${phase.failed ? "crit, " : ""}${phase.start}, ${end}`);
  }
  if (steps.length > 0) {
    lines.push("  section rollout steps");
    for (const step of steps)
      lines.push(
        `  ${taskText(step.kind)} :${step.startedAt}, ${Math.max(step.finishedAt, step.startedAt + 1e3)}`
      );
  }
  return lines.join("\n");
}

// src/github/progress-summary.ts
function progressRows(events) {
  const first = events[0]?.at ?? 0;
  const last = events.reduce((max, e) => Math.max(max, e.at), first);
  const rows = [];
  const waiting = /* @__PURE__ */ new Map();
  for (const event of events) {
    const open2 = waiting.get(event.phase);
    if (open2 && event.waitingFor === open2.row.waitingFor) {
      open2.row.reports++;
      continue;
    }
    if (open2) {
      open2.row.waitedMs = event.at - open2.since;
      waiting.delete(event.phase);
    }
    const row = {
      atMs: event.at - first,
      phase: event.phase,
      level: event.level,
      message: event.message,
      reports: 1
    };
    if (event.waitingFor !== void 0) {
      row.waitingFor = event.waitingFor;
      waiting.set(event.phase, { row, since: event.at });
    }
    rows.push(row);
  }
  for (const { row, since } of waiting.values()) {
    row.waitedMs = last - since;
    row.open = true;
  }
  return rows;
}
function buildStateRows(builds) {
  const rows = [];
  for (const build of builds) {
    const start = build.startedAt ?? build.states[0]?.at ?? 0;
    build.states.forEach((state, i) => {
      const next = build.states[i + 1]?.at;
      const row = { arch: build.arch, status: state.status, fromMs: state.at - start };
      if (next !== void 0) row.forMs = next - state.at;
      rows.push(row);
    });
  }
  return rows;
}
function waitedText(row) {
  if (row.waitedMs === void 0) return "";
  return `${row.open ? "\u2265 " : ""}${formatDuration(row.waitedMs)}`;
}

// src/github/summary.ts
function cell(value) {
  const text = value === void 0 || value === null ? "" : String(value);
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function table(header, rows) {
  const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
  return lines.join("\n");
}
function fence(lang, body) {
  const ticks = body.includes("```") ? "````" : "```";
  return `${ticks}${lang}
${body}
${ticks}`;
}
function details(title, body) {
  return `<details><summary>${title}</summary>

${body}

</details>`;
}
function findingsRows(checks, problems) {
  const rows = [];
  for (const p of problems) {
    rows.push([
      p.severity === "warning" ? "\u26A0\uFE0F warning" : "\u274C error",
      "config",
      `${p.file}:${p.line}:${p.column}`,
      p.path ? `${p.path}: ${p.message}` : p.message
    ]);
  }
  for (const c of checks) if (!c.passed) rows.push(["\u274C failed", c.name, c.target, c.summary]);
  return rows;
}
function renderSummary(m) {
  const parts = [];
  const ok = m.outcome.exitCode === 0;
  parts.push(
    `## amipipe ${m.command} ${ok ? "\u2705 done" : m.outcome.exitCode === 2 ? "\u26D4 bad input" : "\u274C failed"}`
  );
  const failure = ok ? void 0 : failureMessage(m.outcome);
  if (failure) parts.push(fence("text", failure));
  const results = [];
  if (m.recipeHash) results.push(["recipe hash", `\`${m.recipeHash}\``]);
  if (m.skipped !== void 0)
    results.push(["skipped", m.skipped ? "yes \u2014 an image for this recipe and base exists" : "no"]);
  for (const a of m.amis) results.push([`AMI ${a.region} ${a.arch}`, `\`${a.ami}\``]);
  for (const p of m.pinChanges)
    results.push([`pin ${p.environment}`, `${p.previous ?? "none"} \u2192 **${p.ami ?? "none"}**`]);
  for (const c of m.effects.pinCommits)
    results.push([`pin commit ${c.environment}`, `\`${c.commit.slice(0, 12)}\` (${c.path})`]);
  for (const d of m.effects.deployments) results.push([`deployment ${d.environment}`, `#${d.id} ${d.state}`]);
  if (m.effects.comment)
    results.push([
      "PR comment",
      `${m.effects.comment.updated ? "updated" : "created"} ${m.effects.comment.url}`
    ]);
  if (results.length > 0) parts.push("### Results", table(["what", "value"], results));
  if (m.effects.notes.length > 0) parts.push(m.effects.notes.map((n) => `> ${n}`).join("\n"));
  const findings = findingsRows(m.checks, m.problems);
  parts.push("### Findings");
  parts.push(
    findings.length > 0 ? table(["result", "check", "target", "finding"], findings) : "No findings."
  );
  if (m.checks.length > 0) {
    const rows = m.checks.map((c) => [c.passed ? "\u2705" : "\u274C", c.name, c.level, c.target, c.summary]);
    parts.push(
      details(`All checks (${m.checks.length})`, table(["", "check", "level", "target", "summary"], rows))
    );
  }
  for (const bundle of m.evidence) {
    parts.push(`### Evidence: ${bundle.environment} \u2192 ${bundle.ami ?? "none"}`);
    const facts = [
      ["previous pin", bundle.previous ?? "none"],
      [
        "verification",
        `${bundle.verification.filter((c) => c.passed).length} passed, ${bundle.verification.filter((c) => !c.passed).length} failed`
      ],
      [
        "parity",
        bundle.parity.length === 0 ? "not run in this stage" : bundle.parity.every((c) => c.passed) ? "no findings" : "findings"
      ]
    ];
    if (bundle.packageSources) {
      facts.push(["packages of the previous pin", `from ${bundle.packageSources.previous}`]);
      facts.push(["packages of the new pin", `from ${bundle.packageSources.current}`]);
    } else if (bundle.packageDiffMissing) {
      facts.push(["package diff", `none: ${bundle.packageDiffMissing}`]);
    }
    for (const [key, value] of Object.entries(bundle.provenance)) facts.push([key, value]);
    parts.push(table(["what", "value"], facts));
    if (bundle.packageDiff) {
      const d = bundle.packageDiff;
      const rows = [
        ...d.upgraded.map((p) => ["upgraded", p.name, `${p.from} \u2192 ${p.to}`]),
        ...d.downgraded.map((p) => ["downgraded", p.name, `${p.from} \u2192 ${p.to}`]),
        ...d.added.map((p) => ["added", p.name, p.version]),
        ...d.removed.map((p) => ["removed", p.name, p.version])
      ];
      parts.push(
        details(
          `Package diff from the previous pin (${rows.length})`,
          rows.length > 0 ? table(["change", "package", "version"], rows) : `No package changes (${d.unchanged} packages).`
        )
      );
    }
  }
  if (m.graph && m.graph.environments.length + m.graph.recipes.length > 0) {
    parts.push("### Recipes \u2192 AMIs \u2192 environments", fence("mermaid", pipelineDiagram(m.graph)));
  }
  const timeline = timelineDiagram(m.events, `amipipe ${m.command}`, m.steps ?? []);
  if (timeline) parts.push("### Timeline", fence("mermaid", timeline));
  if (m.builds && m.builds.length > 0) {
    const rows = buildStateRows(m.builds).map((r) => [
      r.arch,
      r.status,
      formatDuration(r.fromMs),
      r.forMs === void 0 ? "" : formatDuration(r.forMs)
    ]);
    const totals = m.builds.filter((b) => b.startedAt !== void 0 && b.endedAt !== void 0).map(
      (b) => `${b.arch} ${b.states.at(-1)?.status ?? ""} after ${formatDuration(b.endedAt - b.startedAt)}`
    );
    parts.push(
      "### Image builds",
      table(["arch", "state", "from", "for"], rows),
      ...totals.length > 0 ? [totals.join(" \xB7 ")] : []
    );
  }
  if (m.events.length > 0) {
    const rows = progressRows(m.events).map((r) => [
      formatDuration(r.atMs),
      r.phase,
      r.level === "info" ? r.message : `${r.level === "warn" ? "\u26A0\uFE0F" : "\u274C"} ${r.message}`,
      r.waitingFor ?? "",
      waitedText(r)
    ]);
    const waits = m.events.filter((e) => e.waitingFor).length;
    const progress = table(["at", "phase", "state / message", "waiting for", "waited"], rows);
    const title = `Progress (${m.events.length} events${waits ? `, ${waits} while waiting` : ""})`;
    parts.push(...rows.length <= 40 ? [`### ${title}`, progress] : [details(title, progress)]);
  }
  if (m.outcome.result?.text)
    parts.push(details("Command output", fence("text", m.outcome.result.text.trimEnd())));
  return `${parts.join("\n\n")}
`;
}

// src/github/action-main.ts
var EVIDENCE_SERVICES = ["ec2", "elbv2", "imagebuilder", "ssm"];
async function run(env) {
  await runAction(coreHost(), env);
}
async function runAction(host, env) {
  try {
    const runner = await readRunnerContext(env);
    let inputs;
    try {
      inputs = parseInputs(runner.input, {
        ...runner.repository ? { repository: runner.repository.full } : {},
        apiUrl: runner.apiUrl
      });
    } catch (error2) {
      host.setOutput("exit-code", "2");
      host.setFailed(messageOf(error2));
      return;
    }
    for (const secret of inputs.secrets) host.setSecret(secret);
    await runCommand(host, runner, inputs);
  } catch (error2) {
    host.setFailed(messageOf(error2));
  }
}
async function runCommand(host, runner, inputs) {
  const root = path4.resolve(runner.workspace, inputs.global.root);
  const global = {
    ...inputs.global,
    root,
    ...inputs.global.sim ? { sim: path4.resolve(runner.workspace, inputs.global.sim) } : {}
  };
  const events = [];
  const sinks = [(event) => events.push(event), lineSink((line) => host.info(line.trimEnd()))];
  const surveyed = PIN_COMMANDS.has(inputs.command) ? await surveyBeforeCommand({ inputs, runner, global, sinks }) : /* @__PURE__ */ new Map();
  const outcome = await execute({
    command: inputs.command,
    input: inputs.input,
    global,
    run: runEnvironmentOf(runner),
    sinks,
    surface: "action"
  });
  const problems = configProblemsOf(outcome);
  annotateProblems(host, problems, { root, workspace: runner.workspace });
  const facts = factsOf(outcome);
  const pinChanges = facts.pinChanges ?? [];
  const project = await loadQuietly(root);
  const production = (name) => project?.environments.has(name) === true && ![...project.environments.values()].some((e) => e.env.promotion.from === name);
  const effects = await applyGitHubEffects({ inputs, runner, outcome, pinChanges, root, production });
  const evidence = await promotionEvidence({
    inputs,
    runner,
    outcome,
    project,
    global,
    effectsCommit: effects.pinCommits[0]?.commit,
    surveyed
  });
  const outputs = commandOutputs(outcome);
  if (project) outputs.promotable = JSON.stringify(promotableEnvironments(project));
  if (effects.pinCommits[0]) outputs["pin-commit"] = effects.pinCommits[0].commit;
  if (effects.deployments[0]) outputs["deployment-id"] = String(effects.deployments[0].id);
  if (evidence.length > 0) {
    const file = path4.resolve(runner.workspace, inputs.github.evidenceFile);
    await mkdir2(path4.dirname(file), { recursive: true });
    await writeFile2(
      file,
      `${JSON.stringify(evidence.length === 1 ? evidence[0] : evidence, null, 2)}
`,
      "utf8"
    );
    outputs["evidence-file"] = file;
  }
  for (const [name, value] of Object.entries(outputs)) host.setOutput(name, value);
  const summaryModel = {
    command: inputs.command,
    outcome,
    events,
    steps: facts.steps ?? [],
    builds: facts.builds ?? [],
    amis: facts.amis ?? [],
    pinChanges,
    checks: checksOf(outcome),
    problems,
    effects,
    evidence,
    ...facts.recipeHash !== void 0 ? { recipeHash: facts.recipeHash } : {},
    ...facts.skipped !== void 0 ? { skipped: facts.skipped } : {},
    ...project ? { graph: graphOf(project, facts) } : {}
  };
  await host.appendSummary(renderSummary(summaryModel));
  for (const note of effects.notes) host.annotate("warning", note, { title: "amipipe" });
  if (effects.failure) host.setFailed(effects.failure);
  else if (outcome.exitCode !== 0) host.setFailed(failureMessage(outcome) ?? `${inputs.command} failed`);
}
async function surveyBeforeCommand(o) {
  const project = await loadQuietly(o.global.root);
  const pins = project ? pinsAtStake(project, o.inputs.command, o.inputs.input) : [];
  if (pins.length === 0) return /* @__PURE__ */ new Map();
  let ctx;
  try {
    ctx = await createContext({
      global: o.global,
      run: runEnvironmentOf(o.runner),
      sinks: o.sinks,
      aws: EVIDENCE_SERVICES
    });
  } catch (error2) {
    if (error2 instanceof AmipipeError) return /* @__PURE__ */ new Map();
    throw error2;
  }
  const surveyed = await surveyPinsAtStake(ctx, pins);
  await ctx.session?.save();
  return surveyed;
}
async function loadQuietly(root) {
  try {
    return await loadProject(root);
  } catch {
    return void 0;
  }
}
function graphOf(project, facts) {
  const recipe = facts.recipe;
  return {
    recipes: [...project.recipes.keys()].sort(),
    images: recipe ? (facts.amis ?? []).map((a) => ({
      ami: a.ami,
      recipe,
      note: facts.skipped ? `${a.arch}, existing` : `${a.arch}, new`
    })) : [],
    environments: [...project.environments.values()].map(({ env }) => ({
      name: env.name,
      recipe: env.recipe,
      pinned: env.pin.ami,
      ...env.promotion.from ? { from: env.promotion.from } : {}
    }))
  };
}
async function promotionEvidence(o) {
  const { inputs, outcome, project } = o;
  if (!PIN_COMMANDS.has(inputs.command) || outcome.exitCode === 2 || !project) return [];
  const changes = netPinChanges(factsOf(outcome).pinChanges ?? []);
  const targets = changes.length > 0 ? changes.map((c) => ({ environment: c.environment, ami: c.attempted, previous: c.previous })) : typeof inputs.input.env === "string" ? [
    {
      environment: inputs.input.env,
      ami: inputs.input.ami ?? inputs.input.to ?? null,
      previous: project.environments.get(inputs.input.env)?.env.pin.ami ?? null
    }
  ] : [];
  if (targets.length === 0) return [];
  let ctx;
  try {
    ctx = await createContext({
      global: o.global,
      run: runEnvironmentOf(o.runner),
      sinks: [],
      aws: EVIDENCE_SERVICES
    });
  } catch (error2) {
    if (!(error2 instanceof AmipipeError)) throw error2;
  }
  const checks = checksOf(outcome);
  const bundles = [];
  for (const target of targets) {
    const region = project.environments.get(target.environment)?.env.region;
    const sources = ctx && region ? awsEvidenceSources(ctx.aws, { root: o.global.root, region, surveyed: o.surveyed }) : {
      imageTags: async () => ({}),
      imagePackages: async (ami) => o.surveyed.get(ami) ?? { missing: `no AWS access to read the package list of ${ami}` }
    };
    bundles.push(
      await gatherEvidence(
        {
          command: inputs.command,
          ...target,
          outcome: outcome.exitCode === 0 ? "promoted" : checks.some((c) => !c.passed) ? "failed" : "rejected",
          checks,
          ...o.runner.runUrl ? { runUrl: o.runner.runUrl } : {},
          ...o.effectsCommit ? { commit: o.effectsCommit } : {}
        },
        sources
      )
    );
  }
  return bundles;
}

// src/action.ts
void run(process.env);
