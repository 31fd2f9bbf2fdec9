import { z } from "zod";

/**
 * The AWSTOE component document format, from the AWS docs:
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/toe-use-documents.html (document,
 * phases, steps) and .../toe-action-modules.html (actions and their inputs). Only the
 * actions the compiler emits, plus the common ones, with their required inputs.
 */
const stepBase = {
  // A conservative subset of what AWSTOE accepts: letters, digits, underscores.
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,127}$/),
  onFailure: z.enum(["Abort", "Continue", "Ignore"]).optional(),
  timeoutSeconds: z.number().int().min(-1).optional(),
  maxAttempts: z.number().int().min(1).optional(),
  if: z.unknown().optional(),
  loop: z.unknown().optional(),
};

const fileInput = z.strictObject({
  path: z.string().startsWith("/"),
  content: z.string().optional(),
  encoding: z.enum(["utf8", "unicode", "ascii"]).optional(),
  owner: z.string().optional(),
  group: z.string().optional(),
  permissions: z
    .string()
    .regex(/^0?[0-7]{3,4}$/)
    .optional(),
  overwrite: z.boolean().optional(),
});

const step = z.discriminatedUnion("action", [
  z.strictObject({
    ...stepBase,
    action: z.literal("ExecuteBash"),
    inputs: z.strictObject({ commands: z.array(z.string()).min(1) }),
  }),
  z.strictObject({ ...stepBase, action: z.literal("CreateFile"), inputs: z.array(fileInput).min(1) }),
  z.strictObject({
    ...stepBase,
    action: z.literal("CreateFolder"),
    inputs: z
      .array(
        z.strictObject({
          path: z.string(),
          owner: z.string().optional(),
          group: z.string().optional(),
          permissions: z.string().optional(),
          overwrite: z.boolean().optional(),
        }),
      )
      .min(1),
  }),
  z.strictObject({
    ...stepBase,
    action: z.literal("DeleteFile"),
    inputs: z.array(z.strictObject({ path: z.string() })).min(1),
  }),
  z.strictObject({
    ...stepBase,
    action: z.literal("S3Download"),
    inputs: z
      .array(
        z.strictObject({
          source: z.string().startsWith("s3://"),
          destination: z.string(),
          expectedBucketOwner: z.string().optional(),
          overwrite: z.boolean().optional(),
        }),
      )
      .min(1),
  }),
  z.strictObject({
    ...stepBase,
    action: z.literal("Reboot"),
    inputs: z.strictObject({ delaySeconds: z.number().int().min(0).optional() }).optional(),
  }),
  z.strictObject({
    ...stepBase,
    action: z.literal("UpdateOS"),
    inputs: z
      .strictObject({ include: z.array(z.string()).optional(), exclude: z.array(z.string()).optional() })
      .optional(),
  }),
]);

const phase = z
  .strictObject({
    name: z.enum(["build", "validate", "test", "container-host-test"]),
    steps: z.array(step).min(1),
  })
  .refine((p) => new Set(p.steps.map((s) => s.name)).size === p.steps.length, {
    message: "step names must be unique within a phase",
  });

export const awstoeDocument = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    // YAML reads `schemaVersion: 1.0` as the number 1.
    schemaVersion: z.union([z.literal(1), z.literal("1.0")]),
    phases: z.array(phase).min(1),
  })
  .refine((d) => new Set(d.phases.map((p) => p.name)).size === d.phases.length, {
    message: "phase names must be unique",
  });
