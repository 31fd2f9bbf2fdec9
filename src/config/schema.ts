import { z } from "zod";

/**
 * The config model: recipes (image-recipes/*.yml) and environments (environments/*.yml).
 * Schemas are strict (unknown keys are errors). Cross-field rules (templates, EOL, arch
 * package table, promotion chain) live in src/config/validate-*.ts.
 */

export const ARCHITECTURES = ["x86_64", "arm64"] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export const BASE_OS = ["amazon-linux-2", "amazon-linux-2023"] as const;
export type BaseOs = (typeof BASE_OS)[number];

const name = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, "lower-case letters, digits and '-', starting with a letter");
const unixName = z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/, "a Unix user or group name");
const absolutePath = z.string().regex(/^\/[^\0]*$/, "an absolute path");
/** `ssm:/path/to/parameter` — a secret or value read at boot, never baked. */
export const ssmRef = z
  .string()
  .regex(/^ssm:\/[A-Za-z0-9_.\-/]+$/, "an SSM parameter reference like ssm:/app/secret");
const duration = z.string().regex(/^(\d+(ms|s|m|h|d|w))+$/, "a duration like 90s, 10m, 1h30m, 7d");
const amiId = z.string().regex(/^ami-[0-9a-f]{8,17}$/, "an AMI id like ami-0123456789abcdef0");

/** amazon-linux-2 | amazon-linux-2023 | ami-… | ssm:/path */
export const baseImage = z.union([z.enum(BASE_OS), amiId, ssmRef]);

const packageName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.+:@-]*$/, "a package name");

export const packagesSchema = z.strictObject({
  /** OS packages; installed with yum on AL2 and dnf on AL2023. */
  yum: z.array(packageName).default([]),
  /** Same as yum (for AL2023 recipes that prefer the name). */
  dnf: z.array(packageName).default([]),
  /** AL2 only: `amazon-linux-extras install` topics (e.g. ruby3.0). */
  "amazon-linux-extras": z.array(packageName).default([]),
});

export const fluentdAgentSchema = z.strictObject({
  /** nunjucks template for the fluentd config, relative to the recipe file; rendered at launch with the environment's vars. */
  config: z.string(),
  /** fluent-package major (td-agent's successor); 5 is the LTS line. */
  version: z.enum(["5", "6"]).default("5"),
  /** Port of the monitor_agent input, used by the log-delivery check. */
  monitorPort: z.number().int().min(1).max(65535).default(24220),
});

export const newRelicAgentSchema = z.strictObject({
  /** The license key lives in SSM Parameter Store and is read at boot. */
  license: ssmRef,
  displayName: z.string().optional(),
});

export const agentsSchema = z.strictObject({
  fluentd: fluentdAgentSchema.optional(),
  "newrelic-infra": newRelicAgentSchema.optional(),
});

export const serviceSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9@_.-]+$/, "a systemd unit name"),
  /** TCP port the service must listen on once started. */
  port: z.number().int().min(1).max(65535).optional(),
  /** Enabled at boot (default) — a service that only runs because someone started it is a finding. */
  enabled: z.boolean().default(true),
  /**
   * Programs the service runs besides its own daemon (e.g. httpd runs Passenger): checked
   * running after boot, and what parity matches against the old server's processes.
   */
  processes: z.array(z.string().regex(/^[A-Za-z0-9_.@+-]+$/, "a program name like passenger")).default([]),
});

/**
 * One sudoers command: an absolute path and literal arguments. Characters sudoers treats
 * specially (`,` `:` `=` `\`) and wildcards (a `*` in arguments matches more than it seems) are
 * refused rather than escaped. A command without arguments allows any arguments.
 */
export const sudoCommand = z
  .string()
  .regex(
    /^\/[A-Za-z0-9_.+/-]+(?: [A-Za-z0-9_.+/@-]+)*$/,
    "an absolute command path with literal arguments, like '/usr/bin/systemctl restart httpd' (no , : = \\ * ? [ ] !)",
  );

export const SUDO_TRUE_MIGRATION =
  "a list of commands the user may run as root, like [/usr/bin/systemctl restart httpd], or 'all' for NOPASSWD:ALL (sudo: true no longer grants everything: name the commands, or write 'sudo: all' if full root is meant)";

export const sudoSchema = z.union([z.literal(false), z.literal("all"), z.array(sudoCommand).min(1)], {
  error: () => SUDO_TRUE_MIGRATION,
});

export const userSchema = z.strictObject({
  name: unixName,
  groups: z.array(unixName).default([]),
  shell: absolutePath.default("/bin/bash"),
  /** Authorized SSH public keys, read at boot from SSM (StringList or newline-separated String). */
  sshKeys: ssmRef.optional(),
  /**
   * What the user may run as root without a password: a list of commands (each an absolute
   * path with its arguments), or `all` for NOPASSWD:ALL, asked for by that name. Default: none.
   */
  sudo: sudoSchema.default(false),
});

export const usersSchema = z.strictObject({
  create: z.array(userSchema).default([]),
  remove: z.array(unixName).default([]),
});

export const fileSchema = z
  .strictObject({
    path: absolutePath,
    /** nunjucks template relative to the recipe file, rendered at launch with the environment's vars. */
    template: z.string().optional(),
    /** Literal content, baked into the image. */
    content: z.string().optional(),
    mode: z
      .string()
      .regex(/^0?[0-7]{3,4}$/, "an octal mode like 0644")
      .default("0644"),
    owner: unixName.default("root"),
    group: unixName.optional(),
  })
  .refine((f) => (f.template === undefined) !== (f.content === undefined), {
    message: "exactly one of template or content",
  });

export const cronSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_-]+$/, "letters, digits, '_' and '-' (it names a file in /etc/cron.d)"),
  /** Five-field cron expression, in the recipe's timezone. */
  schedule: z.string(),
  user: unixName.default("root"),
  command: z.string().min(1),
});

export const stepSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_-]+$/, "letters, digits, '_' and '-' (an AWSTOE step name)"),
  /** Bash commands run as root during the build phase. */
  run: z.string().min(1),
});

export const waiverSchema = z.strictObject({
  /** `timezone` waives a zone change; its name is the old server's zone (e.g. Asia/Tokyo). */
  kind: z.enum(["process", "port", "service", "cron", "package", "agent", "user", "timezone"]),
  name: z.string(),
  reason: z.string().min(3, "a waiver needs a reason"),
});

export const imageBuilderSchema = z.strictObject({
  instanceTypes: z
    .strictObject({ x86_64: z.string().default("t3.medium"), arm64: z.string().default("t4g.medium") })
    .default({ x86_64: "t3.medium", arm64: "t4g.medium" }),
  instanceProfile: z.string().default("amipipe-image-builder"),
  subnetId: z.string().optional(),
  securityGroupIds: z.array(z.string()).default([]),
  logsBucket: z.string().optional(),
  enhancedImageMetadata: z.boolean().default(true),
  /** Root volume size; default sized for the recipe rather than the 8 GiB AMI default. */
  rootVolumeGiB: z.number().int().min(8).max(16384).optional(),
  timeout: duration.default("3h"),
});

export const recipeSchema = z.strictObject({
  name,
  description: z.string().default(""),
  base: baseImage,
  architectures: z.array(z.enum(ARCHITECTURES)).min(1).default(["x86_64"]),
  timezone: z.string().default("UTC"),
  locale: z.string().default("en_US.UTF-8"),
  /** Hostname template rendered at launch (vars + environment, instance_id); empty keeps the EC2 default. */
  hostname: z.string().optional(),
  packages: packagesSchema.default({ yum: [], dnf: [], "amazon-linux-extras": [] }),
  agents: agentsSchema.default({}),
  services: z.array(serviceSchema).default([]),
  users: usersSchema.default({ create: [], remove: [] }),
  ssh: z
    .strictObject({
      passwordAuthentication: z.boolean().default(false),
      permitRootLogin: z.boolean().default(false),
    })
    .default({ passwordAuthentication: false, permitRootLogin: false }),
  files: z.array(fileSchema).default([]),
  cron: z.array(cronSchema).default([]),
  /** Extra build steps (bash, as root), e.g. installing an app server from source. */
  steps: z.array(stepSchema).default([]),
  parity: z.strictObject({ waive: z.array(waiverSchema).default([]) }).default({ waive: [] }),
  imageBuilder: imageBuilderSchema.default(imageBuilderSchema.parse({})),
  /** End-of-life policy for the base OS: warn (default) or error. */
  eol: z.enum(["warn", "error"]).default("warn"),
});

export type Recipe = z.infer<typeof recipeSchema>;
export type RecipeInput = z.input<typeof recipeSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type CronEntry = z.infer<typeof cronSchema>;
export type RecipeFile = z.infer<typeof fileSchema>;
export type Waiver = z.infer<typeof waiverSchema>;

export const pinHistoryEntrySchema = z.strictObject({
  ami: amiId,
  /** ISO time the pin was set. */
  at: z.string(),
  by: z.string().optional(),
  reason: z.string().optional(),
  /** The instance type the fleet ran this AMI on (a rollback to it needs that architecture). */
  instanceType: z.string().optional(),
});

export const pinSchema = z.strictObject({
  ami: amiId.nullable().default(null),
  /** ISO time this pin was set, who set it and why (written by promote/rollback). */
  at: z.string().optional(),
  by: z.string().optional(),
  reason: z.string().optional(),
  instanceType: z.string().optional(),
  /** Earlier pins, newest first; kept short. */
  history: z.array(pinHistoryEntrySchema).default([]),
});

export const fleetSchema = z.strictObject({
  kind: z.enum(["instances", "asg"]).default("instances"),
  count: z.number().int().min(1).max(1000),
  /** Launch template name; new numbered versions carry the pinned AMI. */
  launchTemplate: z.string(),
  /** Target group name behind the ALB. */
  targetGroup: z.string(),
  subnets: z.array(z.string()).min(1),
  /** Unset: new instances get the launch template's own instance type. */
  instanceType: z.string().optional(),
  /** ASG fleets: the Auto Scaling group's name. */
  autoScalingGroup: z.string().optional(),
});

export const rolloutSchema = z.strictObject({
  canary: z
    .strictObject({ count: z.number().int().min(0).default(1), soak: duration.default("5m") })
    .default({ count: 1, soak: "5m" }),
  /**
   * How many instances beyond `fleet.count` may run during a rollout: a count (≥ 1) or a
   * percentage of `fleet.count` ("25%", rounded up, at least one). After the canary, new
   * instances join in batches within this budget and as many old ones leave after each batch
   * soaked. Default "100%": the whole new fleet joins after the canary (capacity doubles
   * briefly, and nothing old leaves before everything new is soaked).
   */
  maxSurge: z
    .union([
      z.number().int().min(1),
      z.string().regex(/^(100|[1-9][0-9]?)%$/, 'a percentage of fleet.count from 1% to 100%, like "25%"'),
    ])
    .default("100%"),
  /** Soak of each batch but the last (which gets verify.soak); default: the canary's soak. */
  batchSoak: duration.optional(),
  /** How long stopped old instances are kept for fast rollback before gc terminates them. */
  retention: duration.default("24h"),
  timeout: duration.default("2h"),
});

/**
 * The HTTP check through the load balancer. By default the request is built from the listener
 * rule that forwards to the environment's target group (its scheme, port and host-header value);
 * `scheme`, `port` and `host` narrow or override that, `url` replaces it.
 */
export const verifyHttpSchema = z
  .strictObject({
    path: z.string().regex(/^\//, "a path starting with /").default("/health"),
    expect: z.number().int().min(100).max(599).default(200),
    /** Only a listener of this protocol. */
    scheme: z.enum(["http", "https"]).optional(),
    /** Only the listener on this port. */
    port: z.number().int().min(1).max(65535).optional(),
    /** The Host header (and TLS server name) to send; must match the rule's host-header condition if it has one. */
    host: z
      .string()
      .regex(/^[A-Za-z0-9.-]+(:\d+)?$/, "a host name like web.example.com")
      .optional(),
    /** A full URL to request instead (e.g. through a CDN): no listener is looked up. */
    url: z.url({ protocol: /^https?$/, error: "an http:// or https:// URL" }).optional(),
  })
  .refine((h) => h.url === undefined || (h.scheme === undefined && h.port === undefined), {
    message: "a URL names its own scheme and port: give url, or scheme/port, not both",
    path: ["url"],
  });

export const verifySchema = z.strictObject({
  http: verifyHttpSchema.default({ path: "/health", expect: 200 }),
  /** Soak after all new instances serve, before the old ones leave. */
  soak: duration.default("10m"),
  /** CloudWatch alarm names that must stay OK during soak. */
  alarms: z.array(z.string()).default([]),
  /** Reboot one new instance and re-run instance checks (default on in the first stage). */
  reboot: z.enum(["one", "none"]).optional(),
  /** Survey a serving instance and the first new one, block on parity findings (default on in the first stage). */
  parity: z.boolean().optional(),
});

export const promotionSchema = z.strictObject({
  from: name.optional(),
  approval: z
    .strictObject({
      reviewers: z.array(z.string()).default([]),
      waitMinutes: z.number().int().min(0).default(0),
    })
    .optional(),
  /** Branches allowed to deploy to the GitHub environment. */
  branches: z.array(z.string()).default(["main"]),
  /**
   * Accounts besides this one whose images may be pinned (a central image account). Images of
   * any other owner — public AMIs included — are never pinned.
   */
  imageOwners: z.array(z.string().regex(/^\d{12}$/, "a 12-digit AWS account id")).default([]),
});

export const environmentSchema = z.strictObject({
  name,
  recipe: name,
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "an AWS region like ap-northeast-1"),
  pin: pinSchema.default({ ami: null, history: [] }),
  fleet: fleetSchema,
  rollout: rolloutSchema.default(rolloutSchema.parse({})),
  promotion: promotionSchema.default({ branches: ["main"], imageOwners: [] }),
  verify: verifySchema.default(verifySchema.parse({})),
  /** Per-environment values rendered into the recipe's templates at launch. */
  vars: z.record(z.string(), z.unknown()).default({}),
  /**
   * Where the AMI the environment runs is published for other tools (Terraform, CloudFormation,
   * other pipelines) after every convergence: an SSM parameter of data type aws:ec2:image.
   * Default `/amipipe/<name>/ami`; `false` publishes nothing.
   */
  publish: z
    .strictObject({
      parameter: z
        .union([
          z.literal(false),
          z.string().regex(/^\/[A-Za-z0-9_.\-/]{1,1000}$/, "an SSM parameter name like /amipipe/prod/ami"),
        ])
        .optional(),
    })
    .default({}),
});

export type Environment = z.infer<typeof environmentSchema>;
export type Fleet = z.infer<typeof fleetSchema>;
export type Pin = z.infer<typeof pinSchema>;
