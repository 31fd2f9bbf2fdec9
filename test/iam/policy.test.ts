import { describe, expect, it } from "vitest";
import type { PolicyDocument } from "../../src/iam/document.js";
import { isAllowed } from "../../src/iam/match.js";
import { buildIamPolicy } from "../../src/iam/policy.js";
import type { PolicyScope } from "../../src/iam/scope.js";

const region = "ap-northeast-1";
const account = "123456789012";

function scope(kind: PolicyScope["kind"] = "toolkit"): PolicyScope {
  const env = (name: string) => ({
    name,
    region,
    recipe: "web",
    launchTemplate: `web-${name}`,
    launchTemplateId: `lt-0${name.length}a1b2c3d4e5f6000`,
    targetGroup: `web-${name}`,
    subnets: ["subnet-0a1b2c3d4e5f60001"],
    alarms: name === "dev" ? [] : [`web-${name}-5xx`],
  });
  return {
    partition: "aws",
    account,
    environments: kind === "toolkit" ? [env("dev"), env("staging"), env("prod")] : [env("prod")],
    recipes: [{ name: "web", instanceProfile: "amipipe-image-builder" }],
    passRoles: ["amipipe-image-builder", "web-instance"],
    kind,
  };
}

describe("least-privilege policy", () => {
  const policy = buildIamPolicy(scope());

  it("scopes writes to the environments' own target groups, launch templates and alarms", () => {
    expect(
      isAllowed(policy, {
        action: "elasticloadbalancing:RegisterTargets",
        resource: `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/web-prod/0123abcd`,
      }),
    ).toBe(true);
    expect(
      isAllowed(policy, {
        action: "elasticloadbalancing:RegisterTargets",
        resource: `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/payments/0123abcd`,
      }),
    ).toBe(false);
    expect(
      isAllowed(policy, {
        action: "ec2:CreateLaunchTemplateVersion",
        resource: `arn:aws:ec2:${region}:${account}:launch-template/lt-04a1b2c3d4e5f6000`,
      }),
    ).toBe(true);
    expect(
      isAllowed(policy, {
        action: "ec2:CreateLaunchTemplateVersion",
        resource: `arn:aws:ec2:${region}:${account}:launch-template/lt-0ffffffffffffffff`,
      }),
    ).toBe(false);
    expect(
      isAllowed(policy, {
        action: "cloudwatch:DescribeAlarms",
        resource: `arn:aws:cloudwatch:${region}:${account}:alarm:web-prod-5xx`,
      }),
    ).toBe(true);
    expect(
      isAllowed(policy, {
        action: "ec2:RunInstances",
        resource: `arn:aws:ec2:us-east-1:${account}:instance/*`,
      }),
    ).toBe(false);
  });

  it("passes only the instance profiles' roles, to EC2 and Image Builder", () => {
    expect(
      isAllowed(policy, { action: "iam:PassRole", resource: `arn:aws:iam::${account}:role/web-instance` }),
    ).toBe(true);
    expect(
      isAllowed(policy, { action: "iam:PassRole", resource: `arn:aws:iam::${account}:role/Admin` }),
    ).toBe(false);
    const pass = policy.Statement.find((s) => s.Action.includes("iam:PassRole"));
    expect(pass?.Condition).toEqual({
      StringEquals: { "iam:PassedToService": ["ec2.amazonaws.com", "imagebuilder.amazonaws.com"] },
    });
  });

  it("runs shell scripts only through AWS-RunShellScript and only on instances tagged with an environment", () => {
    expect(
      isAllowed(policy, {
        action: "ssm:SendCommand",
        resource: `arn:aws:ssm:${region}::document/AWS-RunShellScript`,
      }),
    ).toBe(true);
    expect(
      isAllowed(policy, {
        action: "ssm:SendCommand",
        resource: `arn:aws:ssm:${region}::document/AWS-RunPowerShellScript`,
      }),
    ).toBe(false);
    const onInstances = policy.Statement.find(
      (s) => s.Action.includes("ssm:SendCommand") && s.Resource.some((r) => r.includes(":instance/")),
    );
    expect(onInstances?.Condition).toEqual({
      StringLike: { "ssm:resourceTag/amipipe:environment": ["dev", "prod", "staging"] },
    });
  });

  it("limits image tagging to amipipe keys and deregistration to images the toolkit built", () => {
    const tagging = policy.Statement.find((s) => s.Sid === "TagImagesWithAmipipeKeys");
    expect(tagging?.Condition).toEqual({ "ForAllValues:StringLike": { "aws:TagKeys": ["amipipe:*"] } });
    const deregister = policy.Statement.find((s) => s.Action.includes("ec2:DeregisterImage"));
    expect(deregister?.Condition).toEqual({ Null: { "aws:ResourceTag/amipipe:recipe": "false" } });
    expect(
      isAllowed(policy, {
        action: "imagebuilder:CreateComponent",
        resource: `arn:aws:imagebuilder:${region}:${account}:component/amipipe-web-system/1.0.0/1`,
      }),
    ).toBe(true);
    expect(
      isAllowed(policy, {
        action: "imagebuilder:CreateComponent",
        resource: `arn:aws:imagebuilder:${region}:${account}:component/amipipe-other-system/1.0.0/1`,
      }),
    ).toBe(false);
  });

  it("leaves baking and clean-up out of an environment's deploy policy", () => {
    const deploy: PolicyDocument = buildIamPolicy(scope("environment"));
    expect(isAllowed(deploy, { action: "ec2:RunInstances" })).toBe(true);
    expect(isAllowed(deploy, { action: "imagebuilder:CreateImage" })).toBe(false);
    expect(isAllowed(deploy, { action: "ec2:DeregisterImage" })).toBe(false);
    expect(isAllowed(deploy, { action: "ec2:DeleteSnapshot" })).toBe(false);
    expect(
      isAllowed(deploy, {
        action: "elasticloadbalancing:RegisterTargets",
        resource: `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/web-dev/1`,
      }),
    ).toBe(false);
  });

  it("refreshes only the environments' own Auto Scaling groups", () => {
    const withGroup = scope();
    withGroup.environments[2]!.autoScalingGroup = "web-prod";
    const doc = buildIamPolicy(withGroup);
    const group = (name: string) =>
      `arn:aws:autoscaling:${region}:${account}:autoScalingGroup:5d1f:autoScalingGroupName/${name}`;
    for (const action of [
      "autoscaling:StartInstanceRefresh",
      "autoscaling:RollbackInstanceRefresh",
      "autoscaling:UpdateAutoScalingGroup",
    ]) {
      expect(isAllowed(doc, { action, resource: group("web-prod") })).toBe(true);
      expect(isAllowed(doc, { action, resource: group("payments") })).toBe(false);
    }
    expect(isAllowed(doc, { action: "autoscaling:DescribeInstanceRefreshes" })).toBe(true);
    expect(isAllowed(policy, { action: "autoscaling:StartInstanceRefresh" })).toBe(false);
  });

  it("lets a first rollout adopt a hand-built server into its environment, and nothing more", () => {
    const instance = `arn:aws:ec2:${region}:${account}:instance/i-0123456789abcdef0`;
    const adopt = (resourceTags: Record<string, string>, requestTags: Record<string, string>) =>
      isAllowed(policy, {
        action: "ec2:CreateTags",
        resource: instance,
        context: {
          "aws:RequestedRegion": region,
          ...Object.fromEntries(Object.entries(resourceTags).map(([k, v]) => [`aws:ResourceTag/${k}`, v])),
          ...Object.fromEntries(Object.entries(requestTags).map(([k, v]) => [`aws:RequestTag/${k}`, v])),
          "aws:TagKeys": Object.keys(requestTags),
        },
      });
    const oldProd = { "amipipe:environment": "prod", "amipipe:role": "old", "amipipe:rollout-id": "r-1" };
    // A server with no amipipe tag at all (the tag-old step of its first rollout).
    expect(adopt({ Name: "web-prod-01" }, oldProd)).toBe(true);
    // One already in the environment (the tag-old step of a later rollout).
    expect(adopt({ "amipipe:environment": "prod" }, oldProd)).toBe(true);
    // Never another environment's instance, never a non-amipipe key, never an unknown environment.
    expect(adopt({ "amipipe:environment": "staging" }, oldProd)).toBe(false);
    expect(adopt({ Name: "web-prod-01" }, { ...oldProd, Owner: "ops" })).toBe(false);
    expect(adopt({ Name: "db-01" }, { ...oldProd, "amipipe:environment": "payments" })).toBe(false);
    // Tags without an environment only on the environments' own instances.
    expect(adopt({ "amipipe:environment": "prod" }, { "amipipe:retain-until": "2026-05-02T00:00:00Z" })).toBe(
      true,
    );
    expect(adopt({ Name: "db-01" }, { "amipipe:retain-until": "2026-05-02T00:00:00Z" })).toBe(false);
    // Stopping and terminating stay scoped to the environment tag.
    for (const action of ["ec2:StopInstances", "ec2:TerminateInstances"]) {
      const on = (tags: Record<string, string>) =>
        isAllowed(policy, {
          action,
          resource: instance,
          context: Object.fromEntries(Object.entries(tags).map(([k, v]) => [`aws:ResourceTag/${k}`, v])),
        });
      expect(on({ "amipipe:environment": "prod" })).toBe(true);
      expect(on({ Name: "web-prod-01" })).toBe(false);
    }
  });

  it("deletes only snapshots of the toolkit's images", () => {
    const snapshot = `arn:aws:ec2:${region}::snapshot/snap-0123456789abcdef0`;
    const remove = (tags: Record<string, string>) =>
      isAllowed(policy, {
        action: "ec2:DeleteSnapshot",
        resource: snapshot,
        context: Object.fromEntries(Object.entries(tags).map(([k, v]) => [`aws:ResourceTag/${k}`, v])),
      });
    expect(remove({ "amipipe:recipe": "web" })).toBe(true);
    expect(remove({ Name: "db-backup" })).toBe(false);
  });

  it("lets Image Builder create its service-linked role on a fresh account, and no other", () => {
    const slr = policy.Statement.find((s) => s.Action.includes("iam:CreateServiceLinkedRole"));
    expect(slr?.Condition).toEqual({ StringEquals: { "iam:AWSServiceName": "imagebuilder.amazonaws.com" } });
    const create = (service: string, role: string) =>
      isAllowed(policy, {
        action: "iam:CreateServiceLinkedRole",
        resource: `arn:aws:iam::${account}:role/aws-service-role/${service}/${role}`,
        context: { "iam:AWSServiceName": service },
      });
    expect(create("imagebuilder.amazonaws.com", "AWSServiceRoleForImageBuilder")).toBe(true);
    expect(create("autoscaling.amazonaws.com", "AWSServiceRoleForAutoScaling")).toBe(false);
    expect(isAllowed(buildIamPolicy(scope("environment")), { action: "iam:CreateServiceLinkedRole" })).toBe(
      false,
    );
  });

  it("marks the statements widened to any launch template when one was not found", () => {
    expect(policy.Statement.some((s) => s.Sid.endsWith("Widened"))).toBe(false);
    const missing = scope();
    delete missing.environments[1]!.launchTemplateId;
    const doc = buildIamPolicy(missing);
    const widened = doc.Statement.filter((s) => s.Sid.endsWith("Widened"));
    expect(widened.map((s) => s.Sid).sort()).toEqual([
      "LaunchFromTemplatesIntoEnvironmentSubnetsWidened",
      "NewLaunchTemplateVersionsWidened",
    ]);
    expect(
      widened.every((s) => s.Resource.includes(`arn:aws:ec2:${region}:${account}:launch-template/*`)),
    ).toBe(true);
  });

  it("evaluates IfExists, set operators, Null and negated operators as IAM does", () => {
    const doc = (
      condition: NonNullable<PolicyDocument["Statement"][number]["Condition"]>,
    ): PolicyDocument => ({
      Version: "2012-10-17",
      Statement: [
        { Sid: "A", Effect: "Allow", Action: ["ec2:CreateTags"], Resource: ["*"], Condition: condition },
      ],
    });
    const allowed = (d: PolicyDocument, context: Record<string, string | string[]>) =>
      isAllowed(d, { action: "ec2:CreateTags", resource: "arn:aws:ec2:::instance/i-1", context });
    const ifExists = doc({ StringEqualsIfExists: { "aws:ResourceTag/env": "prod" } });
    expect(allowed(ifExists, {})).toBe(true);
    expect(allowed(ifExists, { "aws:resourcetag/env": "prod" })).toBe(true);
    expect(allowed(ifExists, { "aws:ResourceTag/env": "dev" })).toBe(false);
    const strict = doc({ StringEquals: { "aws:ResourceTag/env": "prod" } });
    expect(allowed(strict, {})).toBe(false);
    const allKeys = doc({ "ForAllValues:StringLike": { "aws:TagKeys": ["amipipe:*"] } });
    expect(allowed(allKeys, { "aws:TagKeys": ["amipipe:a", "amipipe:b"] })).toBe(true);
    expect(allowed(allKeys, { "aws:TagKeys": ["amipipe:a", "Name"] })).toBe(false);
    const anyKey = doc({ "ForAnyValue:StringEquals": { "aws:TagKeys": ["Name"] } });
    expect(allowed(anyKey, { "aws:TagKeys": ["amipipe:a", "Name"] })).toBe(true);
    expect(allowed(anyKey, {})).toBe(false);
    const absent = doc({ Null: { "aws:RequestTag/env": "true" } });
    expect(allowed(absent, {})).toBe(true);
    expect(allowed(absent, { "aws:RequestTag/env": "prod" })).toBe(false);
    const not = doc({ StringNotEquals: { "aws:ResourceTag/env": ["prod", "staging"] } });
    expect(allowed(not, { "aws:ResourceTag/env": "dev" })).toBe(true);
    expect(allowed(not, { "aws:ResourceTag/env": "prod" })).toBe(false);
    expect(allowed(not, {})).toBe(true);
    expect(allowed(doc({ NumericLessThan: { "ec2:VolumeSize": "10" } }), { "ec2:VolumeSize": "5" })).toBe(
      false,
    );
  });

  it("matches action wildcards case-insensitively and honours explicit denies", () => {
    const doc: PolicyDocument = {
      Version: "2012-10-17",
      Statement: [
        { Sid: "A", Effect: "Allow", Action: ["ec2:Describe*"], Resource: ["*"] },
        { Sid: "D", Effect: "Deny", Action: ["ec2:DescribeSnapshots"], Resource: ["*"] },
      ],
    };
    expect(isAllowed(doc, { action: "EC2:describeimages" })).toBe(true);
    expect(isAllowed(doc, { action: "ec2:DescribeSnapshots" })).toBe(false);
    expect(isAllowed(doc, { action: "ec2:RunInstances" })).toBe(false);
  });
});
