import { RunInstancesCommand } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeDocumentName } from "../../src/probes/documents.js";
import type { CallRecord } from "../../src/sim/engine.js";
import { createImageRecord } from "../../src/sim/services/ec2-images.js";
import { requestsFor } from "./authorization-requests.js";
import { describe as describeVerdict, evaluate } from "./evaluator.js";
import { REGION, type Scenario, SUBNETS, scenario } from "./scenario.js";

const ENV_ROLES = ["amipipe-dev", "amipipe-staging", "amipipe-prod"];
const ALL_ROLES = [...ENV_ROLES, "amipipe-bake", "amipipe-gc", "amipipe-verify"];
const OTHER_ACCOUNT = "210987654321";

/**
 * What AWS would answer `role` making this call (its input as the SDK would send it), judged by
 * iam-simulate on every request the call needs: allowed only when all are.
 */
async function judge(
  s: Scenario,
  role: string,
  service: string,
  operation: string,
  input: Record<string, unknown>,
) {
  const call: CallRecord = {
    service,
    operation,
    region: REGION,
    at: s.sim.clock.now(),
    outcome: "ok",
    input,
  };
  const policy = s.policies.get(role);
  if (!policy) throw new Error(`no policy for ${role}`);
  const verdicts = await Promise.all(
    requestsFor(call, s.sim.engine.state).map((r) => evaluate(policy, role, r)),
  );
  return {
    allowed: verdicts.every((v) => v.result === "Allowed"),
    denied: verdicts.filter((v) => v.result !== "Allowed").map(describeVerdict),
  };
}

const allowed = async (...args: Parameters<typeof judge>) => (await judge(...args)).allowed;

/** The roles among `roles` that may make the call. */
async function whoMay(
  s: Scenario,
  roles: readonly string[],
  service: string,
  operation: string,
  input: Record<string, unknown>,
) {
  const out: string[] = [];
  for (const role of roles) if (await allowed(s, role, service, operation, input)) out.push(role);
  return out;
}

describe("what no role may do, judged by iam-simulate on the generated policies", () => {
  let s: Scenario;
  let asg: Scenario;
  /** The account's world besides the fleets: another workload's server, images and snapshots nobody baked. */
  const foreign = {
    instance: "",
    image: "",
    snapshot: "",
    recipeTagged: "",
    otherRecipe: "",
    shared: "",
    publicImage: "",
  };
  const fleet = { devInstance: "", prodInstance: "", toolkitImage: "", toolkitSnapshot: "" };

  beforeAll(async () => {
    s = await scenario();
    asg = await scenario({ asg: true });
    const state = s.sim.engine.state;
    const r = state.regions[REGION]!;
    const now = s.sim.clock.now();
    const db = await s.sim.aws.ec2(REGION).send(
      new RunInstancesCommand({
        ImageId: "ami-0a1b2c3d4e5f60000",
        InstanceType: "t3.medium",
        SubnetId: SUBNETS[0],
        MinCount: 1,
        MaxCount: 1,
        TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: "db-01" }] }],
      }),
    );
    foreign.instance = db.Instances![0]!.InstanceId!;
    const made = (name: string, tags: Record<string, string>) =>
      createImageRecord(state, { region: REGION, name, architecture: "x86_64", at: now, tags });
    const backup = made("db-backup", { Name: "db-backup" });
    foreign.image = backup.imageId;
    foreign.snapshot = backup.snapshotIds[0]!;
    // Someone tagged a hand-made image as the recipe's: Image Builder's own tag is still missing.
    foreign.recipeTagged = made("looks-baked", { "amipipe:recipe": "web" }).imageId;
    foreign.otherRecipe = made("db-golden", {
      CreatedBy: "EC2 Image Builder",
      "amipipe:recipe": "db",
    }).imageId;
    foreign.shared = made("shared-web", { CreatedBy: "EC2 Image Builder", "amipipe:recipe": "web" }).imageId;
    r.images[foreign.shared]!.ownerId = OTHER_ACCOUNT;
    foreign.publicImage = Object.values(r.images).find((i) => i.public)!.id;
    const baked = made("web-baked", { CreatedBy: "EC2 Image Builder", "amipipe:recipe": "web" });
    fleet.toolkitImage = baked.imageId;
    fleet.toolkitSnapshot = baked.snapshotIds[0]!;
    r.snapshots[fleet.toolkitSnapshot]!.tags["amipipe:recipe"] = "web";
    const tagged = (env: string) =>
      Object.values(r.instances).find((i) => i.tags.Name?.startsWith(`web-${env}`))!;
    fleet.devInstance = tagged("dev").id;
    fleet.prodInstance = tagged("prod").id;
    // Both serve their environments and carry its tag, as after their first rollout.
    r.instances[fleet.devInstance]!.tags["amipipe:environment"] = "dev";
    r.instances[fleet.prodInstance]!.tags["amipipe:environment"] = "prod";
  }, 120_000);

  afterAll(async () => {
    await s?.cleanup();
    await asg?.cleanup();
  });

  const tags = (t: Record<string, string>) => Object.entries(t).map(([Key, Value]) => ({ Key, Value }));

  it("tags an instance only in the role's own environment, and adopts only the hand-built servers of its target group", async () => {
    const mark = (id: string) => ({
      Resources: [id],
      Tags: tags({ "amipipe:role": "old", "amipipe:rollout-id": "r-1" }),
    });
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", mark(fleet.devInstance))).toEqual(["amipipe-dev"]);
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", mark(fleet.prodInstance))).toEqual([
      "amipipe-prod",
    ]);
    // Another workload's server carries no amipipe tag, like a hand-built one, but serves no target group.
    const adopt = (id: string, env: string) => ({
      Resources: [id],
      Tags: tags({ "amipipe:environment": env, "amipipe:role": "old", "amipipe:rollout-id": "r-1" }),
    });
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", adopt(foreign.instance, "prod"))).toEqual([]);
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", adopt(foreign.instance, "dev"))).toEqual([]);
    const handBuiltStaging = Object.values(s.sim.engine.state.regions[REGION]!.instances).find((i) =>
      i.tags.Name?.startsWith("web-staging"),
    )!.id;
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", adopt(handBuiltStaging, "staging"))).toEqual([
      "amipipe-staging",
    ]);
    // Never into another environment, never another key, never moving a tagged instance.
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", adopt(handBuiltStaging, "prod"))).toEqual([]);
    expect(
      await whoMay(s, ALL_ROLES, "ec2", "CreateTags", {
        Resources: [handBuiltStaging],
        Tags: tags({ "amipipe:environment": "staging", Owner: "ops" }),
      }),
    ).toEqual([]);
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", adopt(fleet.prodInstance, "dev"))).toEqual([]);
  });

  it("stops, terminates and reboots only the role's own environment's instances", async () => {
    for (const operation of ["StopInstances", "TerminateInstances", "RebootInstances", "StartInstances"]) {
      expect(await whoMay(s, ALL_ROLES, "ec2", operation, { InstanceIds: [fleet.prodInstance] })).toEqual([
        "amipipe-prod",
      ]);
      expect(await whoMay(s, ALL_ROLES, "ec2", operation, { InstanceIds: [foreign.instance] })).toEqual([]);
    }
  });

  it("runs only the toolkit's probe documents, and only on the role's environments' instances", async () => {
    const probe = (id: string, document = probeDocumentName("timezone")) => ({
      DocumentName: document,
      InstanceIds: [id],
    });
    expect(await whoMay(s, ALL_ROLES, "ssm", "SendCommand", probe(fleet.prodInstance))).toEqual([
      "amipipe-prod",
      "amipipe-verify",
    ]);
    expect(await whoMay(s, ALL_ROLES, "ssm", "SendCommand", probe(foreign.instance))).toEqual([]);
    const shell = {
      DocumentName: "AWS-RunShellScript",
      InstanceIds: [fleet.prodInstance],
      Parameters: { commands: ["id"] },
    };
    expect(await whoMay(s, ALL_ROLES, "ssm", "SendCommand", shell)).toEqual([]);
    // rebake asks prod's instances for their advisories, and for nothing else.
    const advisories = probe(fleet.prodInstance, probeDocumentName("advisories"));
    expect(await allowed(s, "amipipe-bake", "ssm", "SendCommand", advisories)).toBe(true);
    expect(await allowed(s, "amipipe-bake", "ssm", "SendCommand", probe(fleet.prodInstance))).toBe(false);
  });

  it("deletes only images Image Builder made and snapshots bake marked, and only as the gc role", async () => {
    const deregister = (id: string) => ({ ImageId: id });
    expect(await whoMay(s, ALL_ROLES, "ec2", "DeregisterImage", deregister(fleet.toolkitImage))).toEqual([
      "amipipe-gc",
    ]);
    for (const id of [foreign.image, foreign.recipeTagged, foreign.shared, foreign.publicImage])
      expect(await whoMay(s, ALL_ROLES, "ec2", "DeregisterImage", deregister(id))).toEqual([]);
    expect(
      await whoMay(s, ALL_ROLES, "ec2", "DeleteSnapshot", { SnapshotId: fleet.toolkitSnapshot }),
    ).toEqual(["amipipe-gc"]);
    expect(await whoMay(s, ALL_ROLES, "ec2", "DeleteSnapshot", { SnapshotId: foreign.snapshot })).toEqual([]);
  });

  it("lets no role mark a foreign image as the toolkit's, so gc cannot be made to delete it", async () => {
    const claim = { Resources: [foreign.image], Tags: tags({ "amipipe:recipe": "web" }) };
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", claim)).toEqual([]);
    const impersonate = { Resources: [foreign.recipeTagged], Tags: tags({ CreatedBy: "EC2 Image Builder" }) };
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", impersonate)).toEqual([]);
  });

  it("leaves one path open, documented in docs/iam.md: the bake role may mark any of the account's snapshots with provenance", async () => {
    // Image Builder does not tag the snapshots behind an AMI, so no tag tells bake's apart.
    const mark = { Resources: [foreign.snapshot], Tags: tags({ "amipipe:recipe": "web" }) };
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", mark)).toEqual(["amipipe-bake"]);
  });

  it("writes a stage's verified-in evidence only as that stage's role", async () => {
    for (const stage of ["dev", "staging", "prod"]) {
      const evidence = {
        Resources: [fleet.toolkitImage],
        Tags: tags({ [`amipipe:verified-in:${stage}`]: "2026-05-01T00:00:00Z" }),
      };
      expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", evidence)).toEqual([`amipipe-${stage}`]);
    }
    const both = {
      Resources: [fleet.toolkitImage],
      Tags: tags({
        "amipipe:verified-in:dev": "2026-05-01T00:00:00Z",
        "amipipe:verified-in:prod": "2026-05-01T00:00:00Z",
      }),
    };
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", both)).toEqual([]);
    // Nor on an image of another account (shared with this one).
    const shared = {
      Resources: [foreign.shared],
      Tags: tags({ "amipipe:verified-in:dev": "2026-05-01T00:00:00Z" }),
    };
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateTags", shared)).toEqual([]);
  });

  it("launches only the account's own images of the environment's recipe, from its template, into its subnets", async () => {
    const template = (env: string) =>
      Object.values(s.sim.engine.state.regions[REGION]!.launchTemplates).find(
        (t) => t.name === `web-${env}`,
      )!;
    const launch = (env: string, image: string, subnet = SUBNETS[0]) => ({
      LaunchTemplate: { LaunchTemplateId: template(env).id, Version: "$Default" },
      ImageId: image,
      SubnetId: subnet,
      MinCount: 1,
      MaxCount: 1,
      TagSpecifications: [
        { ResourceType: "instance", Tags: tags({ "amipipe:environment": env }) },
        { ResourceType: "volume", Tags: tags({ "amipipe:environment": env }) },
      ],
    });
    expect(await whoMay(s, ALL_ROLES, "ec2", "RunInstances", launch("prod", fleet.toolkitImage))).toEqual([
      "amipipe-prod",
    ]);
    // The hand-built fleet's image, which prod's pin names: its rollback target until a bake replaces it.
    expect(
      await whoMay(s, ALL_ROLES, "ec2", "RunInstances", launch("prod", "ami-0a1b2c3d4e5f60000")),
    ).toEqual(["amipipe-prod"]);
    for (const image of [foreign.publicImage, foreign.shared, foreign.otherRecipe, foreign.image])
      expect(await whoMay(s, ALL_ROLES, "ec2", "RunInstances", launch("prod", image))).toEqual([]);
    // Another environment's template, or tags of another environment at launch.
    expect(await allowed(s, "amipipe-dev", "ec2", "RunInstances", launch("prod", fleet.toolkitImage))).toBe(
      false,
    );
    const mislabelled = launch("prod", fleet.toolkitImage);
    mislabelled.TagSpecifications = [
      { ResourceType: "instance", Tags: tags({ "amipipe:environment": "dev" }) },
    ];
    expect(await whoMay(s, ALL_ROLES, "ec2", "RunInstances", mislabelled)).toEqual([]);
  });

  it("passes only the fleet's and the build instances' roles, and only to EC2", async () => {
    const pass = (role: string, service = "ec2.amazonaws.com") => ({
      action: "iam:PassRole",
      resource: `arn:aws:iam::${s.sim.engine.state.account}:role/${role}`,
      context: { "iam:PassedToService": service },
      why: `passing ${role} to ${service}`,
    });
    const judgePass = async (role: string, request: ReturnType<typeof pass>) =>
      (await evaluate(s.policies.get(role)!, role, request)).result === "Allowed";
    const who = async (request: ReturnType<typeof pass>) => {
      const out: string[] = [];
      for (const role of ALL_ROLES) if (await judgePass(role, request)) out.push(role);
      return out;
    };
    expect(await who(pass("web-instance"))).toEqual(ENV_ROLES);
    expect(await who(pass("amipipe-image-builder"))).toEqual(["amipipe-bake"]);
    for (const other of ["Admin", "amipipe-prod", "amipipe-bake", "OrganizationAccountAccessRole"])
      expect(await who(pass(other))).toEqual([]);
    expect(await who(pass("web-instance", "lambda.amazonaws.com"))).toEqual([]);
  });

  it("never reads a parameter's value: the preflight learns a secret exists from its metadata", async () => {
    for (const name of ["/web/newrelic/license", "/web/deploy/authorized-keys"]) {
      expect(await whoMay(s, ALL_ROLES, "ssm", "GetParameter", { Name: name, WithDecryption: true })).toEqual(
        [],
      );
      expect(await whoMay(s, ALL_ROLES, "ssm", "GetParameters", { Names: [name] })).toEqual([]);
    }
    const describeParameters = {
      ParameterFilters: [{ Key: "Name", Option: "Equals", Values: ["/web/newrelic/license"] }],
    };
    // The bake runs the same preflight before it builds anything.
    expect(await whoMay(s, ALL_ROLES, "ssm", "DescribeParameters", describeParameters)).toEqual([
      ...ENV_ROLES,
      "amipipe-bake",
    ]);
  });

  it("changes no other environment's fleet: target group, launch template, lock, Auto Scaling group", async () => {
    const tg = (env: string) =>
      Object.values(s.sim.engine.state.regions[REGION]!.targetGroups).find((g) => g.name === `web-${env}`)!
        .arn;
    const register = { TargetGroupArn: tg("prod"), Targets: [{ Id: fleet.devInstance }] };
    expect(await whoMay(s, ALL_ROLES, "elbv2", "RegisterTargets", register)).toEqual(["amipipe-prod"]);
    expect(await whoMay(s, ALL_ROLES, "elbv2", "DeregisterTargets", register)).toEqual(["amipipe-prod"]);
    const version = { LaunchTemplateName: "web-prod", LaunchTemplateData: { ImageId: fleet.toolkitImage } };
    expect(await whoMay(s, ALL_ROLES, "ec2", "CreateLaunchTemplateVersion", version)).toEqual([
      "amipipe-prod",
    ]);
    expect(
      await whoMay(s, ALL_ROLES, "ec2", "ModifyLaunchTemplate", {
        LaunchTemplateName: "web-prod",
        DefaultVersion: "1",
      }),
    ).toEqual(["amipipe-prod"]);
    for (const operation of ["PutParameter", "DeleteParameter"])
      for (const name of ["/amipipe/locks/prod", "/amipipe/locks/prod-takeover-r1"])
        expect(await whoMay(s, ALL_ROLES, "ssm", operation, { Name: name, Value: "{}" })).toEqual([
          "amipipe-prod",
        ]);
    // Reading who holds a lock is status's business, for every role that reports status.
    expect(await whoMay(s, ALL_ROLES, "ssm", "GetParameter", { Name: "/amipipe/locks/prod" })).not.toContain(
      "amipipe-bake",
    );
    // Nobody publishes another environment's AMI for other tools.
    expect(
      await whoMay(s, ALL_ROLES, "ssm", "PutParameter", {
        Name: "/amipipe/prod/ami",
        Value: "ami-0",
        Overwrite: true,
      }),
    ).toEqual(["amipipe-prod"]);
    const group = { AutoScalingGroupName: "web-prod", MinSize: 0 };
    expect(await whoMay(asg, ALL_ROLES, "autoscaling", "UpdateAutoScalingGroup", group)).toEqual([
      "amipipe-prod",
    ]);
    expect(
      await whoMay(asg, ALL_ROLES, "autoscaling", "StartInstanceRefresh", {
        AutoScalingGroupName: "web-prod",
      }),
    ).toEqual(["amipipe-prod"]);
  });
});
