import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-52IUZXQM.js";
import {
  require_dist
} from "./chunk-2EZH6WMF.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/config/schema.ts
var ARCHITECTURES = ["x86_64", "arm64"];
var BASE_OS = ["amazon-linux-2", "amazon-linux-2023"];
var name = external_exports.string().regex(/^[a-z][a-z0-9-]{0,62}$/, "lower-case letters, digits and '-', starting with a letter");
var unixName = external_exports.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/, "a Unix user or group name");
var absolutePath = external_exports.string().regex(/^\/[^\0]*$/, "an absolute path");
var ssmRef = external_exports.string().regex(/^ssm:\/[A-Za-z0-9_.\-/]+$/, "an SSM parameter reference like ssm:/app/secret");
var duration = external_exports.string().regex(/^(\d+(ms|s|m|h|d|w))+$/, "a duration like 90s, 10m, 1h30m, 7d");
var amiId = external_exports.string().regex(/^ami-[0-9a-f]{8,17}$/, "an AMI id like ami-0123456789abcdef0");
var baseImage = external_exports.union([external_exports.enum(BASE_OS), amiId, ssmRef]);
var packageName = external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.+:@-]*$/, "a package name");
var packagesSchema = external_exports.strictObject({
  /** OS packages; installed with yum on AL2 and dnf on AL2023. */
  yum: external_exports.array(packageName).default([]),
  /** Same as yum (for AL2023 recipes that prefer the name). */
  dnf: external_exports.array(packageName).default([]),
  /** AL2 only: `amazon-linux-extras install` topics (e.g. ruby3.0). */
  "amazon-linux-extras": external_exports.array(packageName).default([])
});
var fluentdAgentSchema = external_exports.strictObject({
  /** nunjucks template for the fluentd config, relative to the recipe file; rendered at launch with the environment's vars. */
  config: external_exports.string(),
  /** fluent-package major (td-agent's successor); 5 is the LTS line. */
  version: external_exports.enum(["5", "6"]).default("5"),
  /** Port of the monitor_agent input, used by the log-delivery check. */
  monitorPort: external_exports.number().int().min(1).max(65535).default(24220)
});
var newRelicAgentSchema = external_exports.strictObject({
  /** The license key lives in SSM Parameter Store and is read at boot. */
  license: ssmRef,
  displayName: external_exports.string().optional()
});
var agentsSchema = external_exports.strictObject({
  fluentd: fluentdAgentSchema.optional(),
  "newrelic-infra": newRelicAgentSchema.optional()
});
var serviceSchema = external_exports.strictObject({
  name: external_exports.string().regex(/^[A-Za-z0-9@_.-]+$/, "a systemd unit name"),
  /** TCP port the service must listen on once started. */
  port: external_exports.number().int().min(1).max(65535).optional(),
  /** Enabled at boot (default) — a service that only runs because someone started it is a finding. */
  enabled: external_exports.boolean().default(true),
  /**
   * Programs the service runs besides its own daemon (e.g. httpd runs Passenger): checked
   * running after boot, and what parity matches against the old server's processes.
   */
  processes: external_exports.array(external_exports.string().regex(/^[A-Za-z0-9_.@+-]+$/, "a program name like passenger")).default([])
});
var sudoCommand = external_exports.string().regex(
  /^\/[A-Za-z0-9_.+/-]+(?: [A-Za-z0-9_.+/@-]+)*$/,
  "an absolute command path with literal arguments, like '/usr/bin/systemctl restart httpd' (no , : = \\ * ? [ ] !)"
);
var SUDO_TRUE_MIGRATION = "a list of commands the user may run as root, like [/usr/bin/systemctl restart httpd], or 'all' for NOPASSWD:ALL (sudo: true no longer grants everything: name the commands, or write 'sudo: all' if full root is meant)";
var sudoSchema = external_exports.union([external_exports.literal(false), external_exports.literal("all"), external_exports.array(sudoCommand).min(1)], {
  error: () => SUDO_TRUE_MIGRATION
});
var userSchema = external_exports.strictObject({
  name: unixName,
  groups: external_exports.array(unixName).default([]),
  shell: absolutePath.default("/bin/bash"),
  /** Authorized SSH public keys, read at boot from SSM (StringList or newline-separated String). */
  sshKeys: ssmRef.optional(),
  /**
   * What the user may run as root without a password: a list of commands (each an absolute
   * path with its arguments), or `all` for NOPASSWD:ALL, asked for by that name. Default: none.
   */
  sudo: sudoSchema.default(false)
});
var usersSchema = external_exports.strictObject({
  create: external_exports.array(userSchema).default([]),
  remove: external_exports.array(unixName).default([])
});
var fileSchema = external_exports.strictObject({
  path: absolutePath,
  /** nunjucks template relative to the recipe file, rendered at launch with the environment's vars. */
  template: external_exports.string().optional(),
  /** Literal content, baked into the image. */
  content: external_exports.string().optional(),
  mode: external_exports.string().regex(/^0?[0-7]{3,4}$/, "an octal mode like 0644").default("0644"),
  owner: unixName.default("root"),
  group: unixName.optional()
}).refine((f) => f.template === void 0 !== (f.content === void 0), {
  message: "exactly one of template or content"
});
var cronSchema = external_exports.strictObject({
  name: external_exports.string().regex(/^[A-Za-z0-9_-]+$/, "letters, digits, '_' and '-' (it names a file in /etc/cron.d)"),
  /** Five-field cron expression, in the recipe's timezone. */
  schedule: external_exports.string(),
  user: unixName.default("root"),
  command: external_exports.string().min(1)
});
var stepSchema = external_exports.strictObject({
  name: external_exports.string().regex(/^[A-Za-z0-9_-]+$/, "letters, digits, '_' and '-' (an AWSTOE step name)"),
  /** Bash commands run as root during the build phase. */
  run: external_exports.string().min(1)
});
var waiverSchema = external_exports.strictObject({
  /** `timezone` waives a zone change; its name is the old server's zone (e.g. Asia/Tokyo). */
  kind: external_exports.enum(["process", "port", "service", "cron", "package", "agent", "user", "timezone"]),
  name: external_exports.string(),
  reason: external_exports.string().min(3, "a waiver needs a reason")
});
var imageBuilderSchema = external_exports.strictObject({
  instanceTypes: external_exports.strictObject({ x86_64: external_exports.string().default("t3.medium"), arm64: external_exports.string().default("t4g.medium") }).default({ x86_64: "t3.medium", arm64: "t4g.medium" }),
  instanceProfile: external_exports.string().default("amipipe-image-builder"),
  subnetId: external_exports.string().optional(),
  securityGroupIds: external_exports.array(external_exports.string()).default([]),
  logsBucket: external_exports.string().optional(),
  enhancedImageMetadata: external_exports.boolean().default(true),
  /** Root volume size; default sized for the recipe rather than the 8 GiB AMI default. */
  rootVolumeGiB: external_exports.number().int().min(8).max(16384).optional(),
  timeout: duration.default("3h")
});
var recipeSchema = external_exports.strictObject({
  name,
  description: external_exports.string().default(""),
  base: baseImage,
  architectures: external_exports.array(external_exports.enum(ARCHITECTURES)).min(1).default(["x86_64"]),
  timezone: external_exports.string().default("UTC"),
  locale: external_exports.string().default("en_US.UTF-8"),
  /** Hostname template rendered at launch (vars + environment, instance_id); empty keeps the EC2 default. */
  hostname: external_exports.string().optional(),
  packages: packagesSchema.default({ yum: [], dnf: [], "amazon-linux-extras": [] }),
  agents: agentsSchema.default({}),
  services: external_exports.array(serviceSchema).default([]),
  users: usersSchema.default({ create: [], remove: [] }),
  ssh: external_exports.strictObject({
    passwordAuthentication: external_exports.boolean().default(false),
    permitRootLogin: external_exports.boolean().default(false)
  }).default({ passwordAuthentication: false, permitRootLogin: false }),
  files: external_exports.array(fileSchema).default([]),
  cron: external_exports.array(cronSchema).default([]),
  /** Extra build steps (bash, as root), e.g. installing an app server from source. */
  steps: external_exports.array(stepSchema).default([]),
  parity: external_exports.strictObject({ waive: external_exports.array(waiverSchema).default([]) }).default({ waive: [] }),
  imageBuilder: imageBuilderSchema.default(imageBuilderSchema.parse({})),
  /** End-of-life policy for the base OS: warn (default) or error. */
  eol: external_exports.enum(["warn", "error"]).default("warn")
});
var pinHistoryEntrySchema = external_exports.strictObject({
  ami: amiId,
  /** ISO time the pin was set. */
  at: external_exports.string(),
  by: external_exports.string().optional(),
  reason: external_exports.string().optional(),
  /** The instance type the fleet ran this AMI on (a rollback to it needs that architecture). */
  instanceType: external_exports.string().optional()
});
var pinSchema = external_exports.strictObject({
  ami: amiId.nullable().default(null),
  /** ISO time this pin was set, who set it and why (written by promote/rollback). */
  at: external_exports.string().optional(),
  by: external_exports.string().optional(),
  reason: external_exports.string().optional(),
  instanceType: external_exports.string().optional(),
  /** Earlier pins, newest first; kept short. */
  history: external_exports.array(pinHistoryEntrySchema).default([])
});
var fleetSchema = external_exports.strictObject({
  kind: external_exports.enum(["instances", "asg"]).default("instances"),
  count: external_exports.number().int().min(1).max(1e3),
  /** Launch template name; new numbered versions carry the pinned AMI. */
  launchTemplate: external_exports.string(),
  /** Target group name behind the ALB. */
  targetGroup: external_exports.string(),
  subnets: external_exports.array(external_exports.string()).min(1),
  /** Unset: new instances get the launch template's own instance type. */
  instanceType: external_exports.string().optional(),
  /** ASG fleets: the Auto Scaling group's name. */
  autoScalingGroup: external_exports.string().optional()
});
var rolloutSchema = external_exports.strictObject({
  canary: external_exports.strictObject({ count: external_exports.number().int().min(0).default(1), soak: duration.default("5m") }).default({ count: 1, soak: "5m" }),
  /**
   * How many instances beyond `fleet.count` may run during a rollout: a count (≥ 1) or a
   * percentage of `fleet.count` ("25%", rounded up, at least one). After the canary, new
   * instances join in batches within this budget and as many old ones leave after each batch
   * soaked. Default "100%": the whole new fleet joins after the canary (capacity doubles
   * briefly, and nothing old leaves before everything new is soaked).
   */
  maxSurge: external_exports.union([
    external_exports.number().int().min(1),
    external_exports.string().regex(/^(100|[1-9][0-9]?)%$/, 'a percentage of fleet.count from 1% to 100%, like "25%"')
  ]).default("100%"),
  /** Soak of each batch but the last (which gets verify.soak); default: the canary's soak. */
  batchSoak: duration.optional(),
  /** How long stopped old instances are kept for fast rollback before gc terminates them. */
  retention: duration.default("24h"),
  timeout: duration.default("2h")
});
var verifyHttpSchema = external_exports.strictObject({
  path: external_exports.string().regex(/^\//, "a path starting with /").default("/health"),
  expect: external_exports.number().int().min(100).max(599).default(200),
  /** Only a listener of this protocol. */
  scheme: external_exports.enum(["http", "https"]).optional(),
  /** Only the listener on this port. */
  port: external_exports.number().int().min(1).max(65535).optional(),
  /** The Host header (and TLS server name) to send; must match the rule's host-header condition if it has one. */
  host: external_exports.string().regex(/^[A-Za-z0-9.-]+(:\d+)?$/, "a host name like web.example.com").optional(),
  /** A full URL to request instead (e.g. through a CDN): no listener is looked up. */
  url: external_exports.url({ protocol: /^https?$/, error: "an http:// or https:// URL" }).optional()
}).refine((h) => h.url === void 0 || h.scheme === void 0 && h.port === void 0, {
  message: "a URL names its own scheme and port: give url, or scheme/port, not both",
  path: ["url"]
});
var verifySchema = external_exports.strictObject({
  http: verifyHttpSchema.default({ path: "/health", expect: 200 }),
  /** Soak after all new instances serve, before the old ones leave. */
  soak: duration.default("10m"),
  /** CloudWatch alarm names that must stay OK during soak. */
  alarms: external_exports.array(external_exports.string()).default([]),
  /** Reboot one new instance and re-run instance checks (default on in the first stage). */
  reboot: external_exports.enum(["one", "none"]).optional(),
  /** Survey a serving instance and the first new one, block on parity findings (default on in the first stage). */
  parity: external_exports.boolean().optional()
});
var promotionSchema = external_exports.strictObject({
  from: name.optional(),
  approval: external_exports.strictObject({
    reviewers: external_exports.array(external_exports.string()).default([]),
    waitMinutes: external_exports.number().int().min(0).default(0)
  }).optional(),
  /** Branches allowed to deploy to the GitHub environment. */
  branches: external_exports.array(external_exports.string()).default(["main"]),
  /**
   * Accounts besides this one whose images may be pinned (a central image account). Images of
   * any other owner — public AMIs included — are never pinned.
   */
  imageOwners: external_exports.array(external_exports.string().regex(/^\d{12}$/, "a 12-digit AWS account id")).default([])
});
var environmentSchema = external_exports.strictObject({
  name,
  recipe: name,
  region: external_exports.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "an AWS region like ap-northeast-1"),
  pin: pinSchema.default({ ami: null, history: [] }),
  fleet: fleetSchema,
  rollout: rolloutSchema.default(rolloutSchema.parse({})),
  promotion: promotionSchema.default({ branches: ["main"], imageOwners: [] }),
  verify: verifySchema.default(verifySchema.parse({})),
  /** Per-environment values rendered into the recipe's templates at launch. */
  vars: external_exports.record(external_exports.string(), external_exports.unknown()).default({}),
  /**
   * Where the AMI the environment runs is published for other tools (Terraform, CloudFormation,
   * other pipelines) after every convergence: an SSM parameter of data type aws:ec2:image.
   * Default `/amipipe/<name>/ami`; `false` publishes nothing.
   */
  publish: external_exports.strictObject({
    parameter: external_exports.union([
      external_exports.literal(false),
      external_exports.string().regex(/^\/[A-Za-z0-9_.\-/]{1,1000}$/, "an SSM parameter name like /amipipe/prod/ami")
    ]).optional()
  }).default({})
});

// src/config/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
function formatPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}
var YamlSource = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
    this.doc = (0, import_yaml.parseDocument)(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    for (const error of this.doc.errors) {
      const { line, col } = this.lines.linePos(error.pos[0]);
      this.syntaxProblems.push({
        file,
        line,
        column: col,
        path: "",
        message: `invalid YAML: ${firstLine(error.message)}`
      });
    }
  }
  file;
  text;
  doc;
  lines = new import_yaml.LineCounter();
  /** Syntax problems; when present the document's value is not trustworthy. */
  syntaxProblems = [];
  /** The document as plain data (undefined for an empty file). */
  value() {
    return this.doc.toJS({ maxAliasCount: 100 }) ?? void 0;
  }
  /** Line and column of the value at `path` (or of its key), or of the nearest ancestor that exists. */
  position(path, at = "value") {
    let node = this.doc.contents;
    let best = rangeStart(node);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && keyValue(p.key) === String(seg));
        if (!pair) break;
        const keyPos = rangeStart(pair.key);
        if (last && at === "key" && keyPos) return this.lineCol(keyPos[0]);
        node = pair.value;
        best = rangeStart(node) ?? keyPos ?? best;
      } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
        const item = node.items[seg];
        if (item === void 0) break;
        node = item;
        best = rangeStart(node) ?? best;
      } else {
        break;
      }
    }
    return best ? this.lineCol(best[0]) : { line: 1, column: 1 };
  }
  problem(finding) {
    const { line, column } = this.position(finding.path, finding.at);
    const p = {
      file: this.file,
      line,
      column,
      path: formatPath(finding.path),
      message: finding.message
    };
    if (finding.severity === "warning") p.severity = "warning";
    return p;
  }
  lineCol(offset) {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
};
function keyValue(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return void 0;
}
function rangeStart(node) {
  if ((0, import_yaml.isNode)(node) && node.range) {
    const r = node.range;
    return [r[0], r[1]];
  }
  return void 0;
}
function firstLine(message) {
  return message.split("\n")[0]?.trim() ?? message;
}

// src/config/suggest.ts
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(above + 1, prev[j - 1] + 1, diag + cost);
      diag = above;
    }
  }
  return prev[b.length];
}
function closest(word, candidates) {
  const lower = word.toLowerCase();
  let best;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const cl = c.toLowerCase();
    let score = editDistance(lower, cl);
    if (cl.startsWith(lower) || lower.startsWith(cl)) score = Math.min(score, 1);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(2, Math.ceil(best.length / 3));
  return bestScore <= limit ? best : void 0;
}
function didYouMean(word, candidates) {
  const c = closest(word, candidates);
  return c ? ` \u2014 did you mean '${c}'?` : "";
}
function quote(value) {
  if (typeof value === "string") return `'${value}'`;
  if (value === null) return "null";
  if (value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

// src/config/zod-problems.ts
var EXPECTATIONS = {
  base: "amazon-linux-2, amazon-linux-2023, an AMI id (ami-\u2026) or an SSM parameter (ssm:/path)"
};
function findingsFromIssues(issues, schema, data) {
  const out = [];
  for (const issue of issues) out.push(...findingsFromIssue(issue, schema, data));
  return out;
}
function findingsFromIssue(issue, schema, data) {
  const path = issue.path.filter((p) => typeof p !== "symbol");
  const got = valueAt(data, path);
  const override = EXPECTATIONS[path.join(".")];
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeys(schemaAt(schema, path));
      return issue.keys.map((key) => ({
        path: [...path, key],
        at: "key",
        message: `unknown key '${key}'${didYouMean(key, known)}`
      }));
    }
    case "invalid_type": {
      if (got === void 0)
        return [
          {
            path,
            message: `missing required field (expected ${override ?? describeExpected(issue.expected)})`
          }
        ];
      return [
        {
          path,
          message: `expected ${override ?? describeExpected(issue.expected)}, got ${describeGot(got)}`
        }
      ];
    }
    case "invalid_value": {
      const values = issue.values.map((v) => quote(v));
      const hint = typeof got === "string" ? didYouMean(got, issue.values.map(String)) : "";
      return [{ path, message: `expected one of ${values.join(", ")}, got ${describeGot(got)}${hint}` }];
    }
    case "invalid_format":
    case "invalid_union":
      return [{ path, message: `expected ${override ?? issue.message}, got ${describeGot(got)}` }];
    case "too_small":
    case "too_big":
      return [{ path, message: `${sizeMessage(issue)}, got ${describeGot(got)}` }];
    default:
      return [
        { path, message: got === void 0 ? issue.message : `${issue.message}, got ${describeGot(got)}` }
      ];
  }
}
function sizeMessage(issue) {
  const bound = String(issue.code === "too_small" ? issue.minimum : issue.maximum);
  const cmp = issue.code === "too_small" ? issue.inclusive ? "at least" : "more than" : issue.inclusive ? "at most" : "less than";
  if (!issue.message.startsWith("Too ")) return issue.message;
  switch (issue.origin) {
    case "array":
      return `expected ${cmp} ${bound} item${bound === "1" ? "" : "s"}`;
    case "string":
      return `expected ${cmp} ${bound} character${bound === "1" ? "" : "s"}`;
    default:
      return `expected a number ${cmp} ${bound}`;
  }
}
function describeExpected(expected) {
  switch (expected) {
    case "object":
      return "a mapping";
    case "array":
      return "a list";
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    default:
      return expected;
  }
}
function describeGot(value) {
  if (typeof value === "string") return `'${value.length > 80 ? `${value.slice(0, 77)}\u2026` : value}'`;
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null (empty value)";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}
function valueAt(data, path) {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}
function defOf(schema) {
  return schema ? schema._zod.def : void 0;
}
function unwrap(schema) {
  let s = schema;
  for (let i = 0; i < 10 && s; i++) {
    const def = defOf(s);
    if (def.innerType) s = def.innerType;
    else if (def.type === "pipe" && def.in) s = def.in;
    else break;
  }
  return s;
}
function schemaAt(schema, path) {
  let cur = unwrap(schema);
  for (const seg of path) {
    const def = defOf(cur);
    if (!def) return void 0;
    if (def.type === "object" && def.shape) cur = unwrap(def.shape[String(seg)]);
    else if (def.type === "array" && def.element) cur = unwrap(def.element);
    else if (def.type === "record" && def.valueType) cur = unwrap(def.valueType);
    else return void 0;
  }
  return cur;
}
function knownKeys(schema) {
  const def = defOf(schema);
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

export {
  ARCHITECTURES,
  BASE_OS,
  recipeSchema,
  environmentSchema,
  formatPath,
  YamlSource,
  closest,
  findingsFromIssues
};
