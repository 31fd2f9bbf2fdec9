import { z } from "zod";

/**
 * The AWSTOE component document format, from the AWS docs:
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/toe-use-documents.html (document,
 * phases, steps) and .../toe-action-modules.html (actions and their inputs). Only the
 * actions the compiler emits, plus the common ones, with their required inputs.
 * (Checked against awsdocs/ec2-image-builder-user-guide doc_source/toe-use-documents.md and
 * doc_source/image-builder-action-modules.md.)
 */

/**
 * Step names. The documented rule is only "the step name must be unique for the phase"
 * (toe-use-documents, "Rules for steps"); the docs give no character set, so hyphens are not
 * ruled out by them. This schema is deliberately stricter than the docs: an identifier of
 * letters, digits and underscores, as every example in the docs uses, so a name is always
 * safe inside a chaining expression `{{ build.StepName.outputs.stdout }}`. The compiler
 * emits such names (recipe step `install-passenger` becomes `Recipe_install_passenger`).
 */
export const STEP_NAME = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;

/** CreateFile `encoding`: "utf8, utf-8, utf16, utf-16, utf16-LE, utf-16-LE, utf16-BE, utf-16-BE, utf32, utf-32, utf32-LE, utf-32-LE, utf32-BE, utf-32-BE … case insensitive". */
const ENCODINGS = new Set(
  ["utf8", "utf16", "utf16-le", "utf16-be", "utf32", "utf32-le", "utf32-be"].flatMap((e) => [
    e,
    e.replace(/^utf/, "utf-"),
  ]),
);

const stepBase = {
  name: z.string().regex(STEP_NAME),
  onFailure: z.enum(["Abort", "Continue", "Ignore"]).optional(),
  timeoutSeconds: z.number().int().min(-1).optional(),
  maxAttempts: z.number().int().min(1).optional(),
  if: z.unknown().optional(),
  loop: z.unknown().optional(),
};

/**
 * CreateFile inputs (action-modules doc, CreateFile "Input"): path (required), content,
 * encoding, owner, group, permissions (a string), overwrite (boolean, default true).
 * Stricter than the docs: the path must be absolute (the docs also accept relative paths).
 */
const fileInput = z.strictObject({
  path: z.string().startsWith("/"),
  content: z.string().optional(),
  encoding: z
    .string()
    .refine((e) => ENCODINGS.has(e.toLowerCase()), "unknown encoding")
    .optional(),
  owner: z.string().optional(),
  group: z.string().optional(),
  permissions: z
    .string()
    .regex(/^0?[0-7]{3,4}$/)
    .optional(),
  overwrite: z.boolean().optional(),
});

const step = z.discriminatedUnion("action", [
  // ExecuteBash: `commands` (list, required).
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
  // Reboot: `delaySeconds` (integer, optional, default 0).
  z.strictObject({
    ...stepBase,
    action: z.literal("Reboot"),
    inputs: z.strictObject({ delaySeconds: z.number().int().min(0).optional() }).optional(),
  }),
  // UpdateOS: `include` / `exclude` (string lists, optional); no inputs updates everything.
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
