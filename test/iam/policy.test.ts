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
