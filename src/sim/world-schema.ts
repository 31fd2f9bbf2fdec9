import { z } from "zod";
import { ARCHITECTURES, BASE_OS } from "../config/schema.js";

/**
 * The shape of sim/world.yml: the account, network, AMIs, load balancing, launch templates,
 * running fleets, alarms and parameters the simulator starts from.
 */

const isoTime = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const ms = v instanceof Date ? v.getTime() : Date.parse(v);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: "custom", message: `an ISO time like 2026-05-01T00:00:00Z (got: '${String(v)}')` });
    return z.NEVER;
  }
  return ms;
});
const tags = z.record(z.string(), z.string()).default({});
const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}-[0-9a-f]{8,17}$`), `an id like ${prefix}-0123456789abcdef0`);

/** A redirect action (ELBv2 RedirectActionConfig); unset parts keep the request's. */
const redirect = z.strictObject({
  protocol: z.enum(["HTTP", "HTTPS"]).optional(),
  port: z.number().int().min(1).max(65535).optional(),
  host: z.string().optional(),
  path: z.string().optional(),
  statusCode: z.union([z.literal(301), z.literal(302)]).default(301),
});

export const worldSchema = z.strictObject({
  account: z.string().regex(/^\d{12}$/, "a 12-digit AWS account id"),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "an AWS region like ap-northeast-1"),
  start: isoTime,
  seed: z.number().int().default(1),
  vpc: z.strictObject({ id: id("vpc"), cidr: z.string(), name: z.string().optional() }),
  subnets: z
    .array(z.strictObject({ id: id("subnet"), availabilityZone: z.string(), cidr: z.string() }))
    .min(1),
  baseImages: z
    .array(
      z.strictObject({ os: z.enum(BASE_OS), arch: z.enum(ARCHITECTURES), release: z.string().optional() }),
    )
    .default([]),
  images: z
    .array(
      z.strictObject({
        id: id("ami"),
        name: z.string(),
        description: z.string().optional(),
        architecture: z.enum(ARCHITECTURES).default("x86_64"),
        created: isoTime,
        /** Inventory JSON (relative to the world file) its instances report. */
        inventory: z.string().optional(),
        tags,
      }),
    )
    .default([]),
  loadBalancers: z
    .array(
      z.strictObject({
        name: z.string(),
        subnets: z.array(z.string()).min(2),
        listeners: z
          .array(
            z
              .strictObject({
                port: z.number().int(),
                protocol: z.enum(["HTTP", "HTTPS"]),
                /** Target group names the default action forwards to. */
                forward: z.array(z.string()).min(1).optional(),
                /** The default action redirects instead (HTTP to HTTPS, say). */
                redirect: redirect.optional(),
                /** Rules evaluated by priority before the default action, as an ALB does. */
                rules: z
                  .array(
                    z
                      .strictObject({
                        priority: z.number().int().min(1).max(50000),
                        hostHeader: z.array(z.string()).min(1).max(5).optional(),
                        pathPattern: z.array(z.string()).min(1).max(5).optional(),
                        forward: z.array(z.string()).min(1).optional(),
                        redirect: redirect.optional(),
                      })
                      .refine((rule) => (rule.forward === undefined) !== (rule.redirect === undefined), {
                        message: "exactly one of forward or redirect",
                      })
                      .refine((rule) => rule.hostHeader !== undefined || rule.pathPattern !== undefined, {
                        message: "a rule needs a hostHeader or pathPattern condition",
                      }),
                  )
                  .default([]),
              })
              .refine((l) => (l.forward === undefined) !== (l.redirect === undefined), {
                message: "exactly one of forward or redirect",
              }),
          )
          .default([]),
      }),
    )
    .default([]),
  targetGroups: z
    .array(
      z.strictObject({
        name: z.string(),
        loadBalancer: z.string().optional(),
        port: z.number().int().default(80),
        healthCheck: z.strictObject({
          path: z.string().default("/"),
          intervalSeconds: z.number().int().min(5).max(300).default(30),
          timeoutSeconds: z.number().int().min(2).max(120).default(5),
          healthyThreshold: z.number().int().min(2).max(10).default(5),
          unhealthyThreshold: z.number().int().min(2).max(10).default(2),
        }),
        deregistrationDelaySeconds: z.number().int().min(0).max(3600).default(300),
      }),
    )
    .default([]),
  launchTemplates: z
    .array(
      z.strictObject({
        name: z.string(),
        imageId: z.string(),
        instanceType: z.string().default("t3.medium"),
        /** Instance profile name the template's instances run with (the fleet's role). */
        iamInstanceProfile: z.string().optional(),
        tags,
      }),
    )
    .default([]),
  fleets: z
    .array(
      z.strictObject({
        environment: z.string(),
        count: z.number().int().min(0),
        image: id("ami"),
        instanceType: z.string().default("t3.medium"),
        targetGroup: z.string().optional(),
        launchedAt: isoTime,
      }),
    )
    .default([]),
  alarms: z
    .array(
      z.strictObject({
        name: z.string(),
        targetGroup: z.string(),
        metric: z.string(),
        threshold: z.number(),
        state: z.enum(["OK", "ALARM", "INSUFFICIENT_DATA"]).default("OK"),
      }),
    )
    .default([]),
  parameters: z
    .array(
      z.strictObject({
        name: z.string(),
        type: z.enum(["String", "StringList", "SecureString"]),
        value: z.string(),
      }),
    )
    .default([]),
});

export type World = z.infer<typeof worldSchema>;
