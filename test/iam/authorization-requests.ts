import { authorizationOf } from "../../src/iam/authorization.js";
import { probeDocuments } from "../../src/probes/documents.js";
import type { CallRecord } from "../../src/sim/engine.js";
import { defaultSecurityGroup } from "../../src/sim/services/ec2-network.js";
import { imageBuilderOf } from "../../src/sim/services/imagebuilder-state.js";
import type { LaunchTemplateRecord, RegionState, SimState, Tags } from "../../src/sim/state.js";

/**
 * One request IAM authorizes: an action on one resource ARN ("*" for actions without resource
 * types) with the request context AWS supplies. Context keys an action does not support are
 * dropped by the evaluator (it knows them from AWS's authorization data), so the context may
 * hold more than the action reads.
 */
export interface AuthRequest {
  action: string;
  resource: string;
  context: Record<string, string | string[]>;
  /** What the request is for, in words (for failure messages). */
  why: string;
}

/** SDK client names → IAM service prefixes. */
export const IAM_PREFIX: Record<string, string> = {
  ec2: "ec2",
  elbv2: "elasticloadbalancing",
  imagebuilder: "imagebuilder",
  ssm: "ssm",
  cloudwatch: "cloudwatch",
  autoscaling: "autoscaling",
  sts: "sts",
};

type Input = Record<string, unknown>;

const list = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];

/** Context keys for a resource's tags under every prefix the services use for them. */
function resourceTags(tags: Tags | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags ?? {})) {
    for (const prefix of ["aws", "ec2", "autoscaling", "elasticloadbalancing"])
      out[`${prefix}:ResourceTag/${k}`] = v;
    out[`ssm:resourceTag/${k}`] = v;
  }
  return out;
}

/** aws:RequestTag/… and aws:TagKeys for tags a request sets (keys without values count for TagKeys only). */
function requestTags(tags: Array<{ key: string; value?: string }>): Record<string, string | string[]> {
  if (tags.length === 0) return {};
  const out: Record<string, string | string[]> = { "aws:TagKeys": [...new Set(tags.map((t) => t.key))] };
  for (const t of tags) if (t.value !== undefined) out[`aws:RequestTag/${t.key}`] = t.value;
  return out;
}

const tagList = (v: unknown) =>
  (Array.isArray(v) ? v : []).flatMap((t: { Key?: unknown; Value?: unknown }) =>
    typeof t?.Key === "string"
      ? [{ key: t.Key, ...(typeof t.Value === "string" ? { value: t.Value } : {}) }]
      : [],
  );
const tagMap = (v: unknown) =>
  Object.entries((v ?? {}) as Record<string, string>).map(([key, value]) => ({ key, value }));

/**
 * The requests AWS authorizes for one call, built from its input as sent and the simulated
 * world just before the call ran (the state the engine's `onCall` hooks see).
 */
export function requestsFor(call: CallRecord, state: SimState): AuthRequest[] {
  const prefix = IAM_PREFIX[call.service];
  if (!prefix) throw new Error(`no IAM prefix for ${call.service}`);
  const action = `${prefix}:${call.operation}`;
  const w = new WorldView(state, call.region);
  const input = (call.input ?? {}) as Input;
  const base = { "aws:RequestedRegion": call.region, "ec2:Region": call.region };
  const req = (a: string, resource: string, context: Record<string, string | string[]>, why: string) => ({
    action: a,
    resource,
    context: { ...base, ...context },
    why,
  });
  const model = MODELS[action];
  if (model) {
    const requests = model({ action, input, w, req, call });
    if (requests.length === 0) throw new Error(`${action}: no request built from ${JSON.stringify(input)}`);
    return requests;
  }
  if (authorizationOf(action).wildcardOnly) return [req(action, "*", {}, `${action} takes no resource`)];
  throw new Error(`no authorization model for ${action}: add one to test/iam/authorization-requests.ts`);
}

type Req = (
  a: string,
  resource: string,
  context: Record<string, string | string[]>,
  why: string,
) => AuthRequest;
type Model = (o: { action: string; input: Input; w: WorldView; req: Req; call: CallRecord }) => AuthRequest[];

/** The world as IAM would see it: ARNs of the resources a call names, their tags and owners. */
export class WorldView {
  readonly r: RegionState;
  constructor(
    readonly state: SimState,
    readonly region: string,
  ) {
    this.r = state.regions[region] ?? ({} as RegionState);
  }
  get account() {
    return this.state.account;
  }
  ec2(resource: string, owner = this.account) {
    return `arn:aws:ec2:${this.region}:${owner}:${resource}`;
  }
  /** ARN and context of an EC2 resource named by id. */
  ec2Resource(id: string): { arn: string; context: Record<string, string | string[]>; what: string } {
    if (id.startsWith("i-")) {
      const i = this.r.instances[id];
      if (!i) throw new Error(`no instance ${id} in the world`);
      return {
        arn: this.ec2(`instance/${id}`),
        what: `instance ${id}`,
        context: {
          ...resourceTags(i.tags),
          "ec2:InstanceID": id,
          "ec2:InstanceType": i.instanceType,
          "ec2:AvailabilityZone": i.availabilityZone,
          ...(i.iamInstanceProfile ? { "ec2:InstanceProfile": this.profileArn(i.iamInstanceProfile) } : {}),
        },
      };
    }
    if (id.startsWith("ami-")) {
      const image = this.r.images[id];
      if (!image) throw new Error(`no image ${id} in the world`);
      return {
        arn: this.ec2(`image/${id}`, ""),
        what: `image ${id}`,
        context: {
          ...resourceTags(image.tags),
          "ec2:Owner": image.public ? "amazon" : image.ownerId,
          "ec2:ImageID": id,
          "ec2:Public": String(image.public),
          "ec2:ImageType": "machine",
          "ec2:RootDeviceType": "ebs",
        },
      };
    }
    if (id.startsWith("snap-")) {
      const snapshot = this.r.snapshots[id];
      if (!snapshot) throw new Error(`no snapshot ${id} in the world`);
      return {
        arn: this.ec2(`snapshot/${id}`, ""),
        what: `snapshot ${id}`,
        context: {
          ...resourceTags(snapshot.tags),
          "ec2:Owner": snapshot.ownerId,
          "ec2:SnapshotID": id,
          "ec2:VolumeSize": String(snapshot.volumeSize),
        },
      };
    }
    throw new Error(`no ARN model for EC2 resource ${id}`);
  }
  profileArn(profile: string) {
    return profile.startsWith("arn:") ? profile : `arn:aws:iam::${this.account}:instance-profile/${profile}`;
  }
  /** The role an instance profile carries: the bootstrap stack names them alike. */
  profileRole(profile: string) {
    return `arn:aws:iam::${this.account}:role/${profile.split("/").pop()}`;
  }
  template(ref: { LaunchTemplateId?: unknown; LaunchTemplateName?: unknown }): LaunchTemplateRecord {
    const t = Object.values(this.r.launchTemplates).find(
      (lt) => lt.id === ref.LaunchTemplateId || lt.name === ref.LaunchTemplateName,
    );
    if (!t) throw new Error(`no launch template ${String(ref.LaunchTemplateId ?? ref.LaunchTemplateName)}`);
    return t;
  }
  templateData(t: LaunchTemplateRecord, version: unknown): Record<string, unknown> {
    const v = String(version ?? "$Default");
    const number =
      v === "$Latest"
        ? Math.max(...t.versions.map((x) => x.number))
        : v === "$Default"
          ? t.defaultVersion
          : Number(v);
    const found = t.versions.find((x) => x.number === number);
    if (!found) throw new Error(`no version ${v} of launch template ${t.name}`);
    return found.data;
  }
}

/**
 * RunInstances as IAM authorizes it: on the new instance, volumes and network interface (not
 * yet existing, so `…/*`), and on the subnet, security groups, image, launch template and key
 * pair it uses; plus iam:PassRole for the instance profile's role and ec2:CreateTags for the
 * tags it sets at launch.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ExamplePolicies_EC2.html#iam-example-runinstances
 */
function launchRequests(
  o: { w: WorldView; req: Req },
  spec: {
    template?: LaunchTemplateRecord;
    data: Record<string, unknown>;
    subnetId: string;
    securityGroupIds?: string[];
    tagSpecifications?: unknown;
    why: string;
  },
): AuthRequest[] {
  const { w, req } = o;
  const data = spec.data;
  const subnet = w.r.subnets.find((s) => s.id === spec.subnetId);
  if (!subnet) throw new Error(`no subnet ${spec.subnetId}`);
  const vpc = w.ec2(`vpc/${subnet.vpcId}`);
  const lt: Record<string, string> = spec.template
    ? { "ec2:LaunchTemplate": w.ec2(`launch-template/${spec.template.id}`) }
    : {};
  const fromTemplate: Record<string, string> = spec.template
    ? { "ec2:IsLaunchTemplateResource": "true" }
    : {};
  const ni = (data.NetworkInterfaces as Array<{ Groups?: string[] }> | undefined)?.[0];
  const groups = spec.securityGroupIds ?? list(data.SecurityGroupIds);
  const securityGroups =
    groups.length > 0 ? groups : ni?.Groups?.length ? ni.Groups : [defaultSecurityGroup(subnet.vpcId)];
  const specs = [
    ...((data.TagSpecifications as Array<{ ResourceType?: string; Tags?: unknown }>) ?? []),
    ...((spec.tagSpecifications as Array<{ ResourceType?: string; Tags?: unknown }>) ?? []),
  ];
  const tagsFor = (type: string) =>
    specs.filter((s) => s.ResourceType === type).flatMap((s) => tagList(s.Tags));
  const image = w.ec2Resource(String(data.ImageId));
  const profile = (data.IamInstanceProfile as { Name?: string; Arn?: string } | undefined) ?? {};
  const profileName = profile.Arn ?? profile.Name;
  const metadata = (data.MetadataOptions as { HttpTokens?: string } | undefined) ?? {};
  const out: AuthRequest[] = [
    req(
      "ec2:RunInstances",
      w.ec2("instance/*"),
      {
        ...lt,
        ...requestTags(tagsFor("instance")),
        ...(data.InstanceType ? { "ec2:InstanceType": String(data.InstanceType) } : {}),
        ...(profileName ? { "ec2:InstanceProfile": w.profileArn(profileName) } : {}),
        ...(metadata.HttpTokens ? { "ec2:MetadataHttpTokens": metadata.HttpTokens } : {}),
        "ec2:AvailabilityZone": subnet.availabilityZone,
      },
      `${spec.why}: the new instance`,
    ),
    req(
      "ec2:RunInstances",
      w.ec2("volume/*"),
      { ...lt, ...requestTags(tagsFor("volume")) },
      `${spec.why}: its volumes`,
    ),
    req(
      "ec2:RunInstances",
      w.ec2("network-interface/*"),
      {
        ...lt,
        ...requestTags(tagsFor("network-interface")),
        "ec2:Subnet": w.ec2(`subnet/${subnet.id}`),
        "ec2:Vpc": vpc,
      },
      `${spec.why}: its network interface`,
    ),
    req(
      "ec2:RunInstances",
      w.ec2(`subnet/${subnet.id}`),
      {
        ...lt,
        ...resourceTags(subnet.tags),
        "ec2:Vpc": vpc,
        "ec2:SubnetID": subnet.id,
        "ec2:AvailabilityZone": subnet.availabilityZone,
      },
      `${spec.why}: subnet ${subnet.id}`,
    ),
    ...securityGroups.map((sg) =>
      req(
        "ec2:RunInstances",
        w.ec2(`security-group/${sg}`),
        { ...lt, "ec2:Vpc": vpc, "ec2:SecurityGroupID": sg },
        `${spec.why}: security group ${sg}`,
      ),
    ),
    req(
      "ec2:RunInstances",
      image.arn,
      { ...lt, ...fromTemplate, ...image.context },
      `${spec.why}: ${image.what}`,
    ),
  ];
  if (spec.template)
    out.push(
      req(
        "ec2:RunInstances",
        w.ec2(`launch-template/${spec.template.id}`),
        { ...lt, ...resourceTags(spec.template.tags) },
        `${spec.why}: launch template ${spec.template.name}`,
      ),
    );
  if (data.KeyName)
    out.push(
      req(
        "ec2:RunInstances",
        w.ec2(`key-pair/${String(data.KeyName)}`),
        { ...lt, "ec2:KeyPairName": String(data.KeyName) },
        `${spec.why}: key pair ${String(data.KeyName)}`,
      ),
    );
  if (profileName)
    out.push(
      req(
        "iam:PassRole",
        w.profileRole(profileName),
        { "iam:PassedToService": "ec2.amazonaws.com" },
        `${spec.why}: passing the instance profile's role`,
      ),
    );
  for (const type of ["instance", "volume", "network-interface"]) {
    const tags = tagsFor(type);
    if (tags.length > 0)
      out.push(
        req(
          "ec2:CreateTags",
          w.ec2(`${type}/*`),
          { ...requestTags(tags), "ec2:CreateAction": "RunInstances" },
          `${spec.why}: tagging the new ${type} at launch`,
        ),
      );
  }
  return out;
}

/** An Auto Scaling group given a launch template is checked for launching from it, in each of its subnets. */
function groupLaunchRequests(
  o: { w: WorldView; req: Req },
  group: { subnets: string[] },
  ref: { LaunchTemplateId?: unknown; LaunchTemplateName?: unknown; Version?: unknown },
  why: string,
): AuthRequest[] {
  const template = o.w.template(ref);
  const data = o.w.templateData(template, ref.Version);
  return group.subnets.flatMap((subnetId) =>
    launchRequests(o, { template, data, subnetId, why: `${why} (subnet ${subnetId})` }),
  );
}

function imageBuilderArn(w: WorldView, kind: string, name: string, version?: string, build?: number) {
  return `arn:aws:imagebuilder:${w.region}:${w.account}:${kind}/${name.toLowerCase()}${version ? `/${version}` : ""}${build !== undefined ? `/${build}` : ""}`;
}

/** A Create* of Image Builder: the resource it creates, and TagResource for the tags it sends. */
function imageBuilderCreate(o: Parameters<Model>[0], arn: string): AuthRequest[] {
  const tags = tagMap(o.input.tags);
  const context = requestTags(tags);
  const out = [o.req(o.action, arn, context, `${o.action} ${arn}`)];
  if (tags.length > 0)
    out.push(o.req("imagebuilder:TagResource", arn, context, `tags sent with ${o.action}`));
  return out;
}

const ec2OnIds =
  (field: string): Model =>
  ({ action, input, w, req }) =>
    list(input[field]).map((id) => {
      const r = w.ec2Resource(id);
      return req(action, r.arn, r.context, `${action} on ${r.what}`);
    });

const ssmParameter = (w: WorldView, name: string) =>
  `arn:aws:ssm:${w.region}:${name.startsWith("/aws/") ? "" : w.account}:parameter${name.startsWith("/") ? "" : "/"}${name}`;

const MODELS: Record<string, Model> = {
  "ec2:CreateTags": ({ action, input, w, req }) =>
    list(input.Resources).map((id) => {
      const r = w.ec2Resource(id);
      return req(action, r.arn, { ...r.context, ...requestTags(tagList(input.Tags)) }, `tagging ${r.what}`);
    }),
  "ec2:DeleteTags": ({ action, input, w, req }) =>
    list(input.Resources).map((id) => {
      const r = w.ec2Resource(id);
      return req(action, r.arn, { ...r.context, ...requestTags(tagList(input.Tags)) }, `untagging ${r.what}`);
    }),
  "ec2:StartInstances": ec2OnIds("InstanceIds"),
  "ec2:StopInstances": ec2OnIds("InstanceIds"),
  "ec2:RebootInstances": ec2OnIds("InstanceIds"),
  "ec2:TerminateInstances": ec2OnIds("InstanceIds"),
  "ec2:DeregisterImage": ec2OnIds("ImageId"),
  "ec2:DeleteSnapshot": ec2OnIds("SnapshotId"),
  "ec2:CreateLaunchTemplateVersion": ({ action, input, w, req }) => {
    const t = w.template(input);
    return [req(action, w.ec2(`launch-template/${t.id}`), resourceTags(t.tags), `new version of ${t.name}`)];
  },
  "ec2:ModifyLaunchTemplate": ({ action, input, w, req }) => {
    const t = w.template(input);
    return [
      req(action, w.ec2(`launch-template/${t.id}`), resourceTags(t.tags), `default version of ${t.name}`),
    ];
  },
  "ec2:RunInstances": ({ input, w, req }) => {
    const ref = (input.LaunchTemplate ?? {}) as Input;
    const template = ref.LaunchTemplateId || ref.LaunchTemplateName ? w.template(ref) : undefined;
    const data = { ...(template ? w.templateData(template, ref.Version) : {}) };
    for (const key of ["ImageId", "InstanceType", "KeyName", "IamInstanceProfile", "MetadataOptions"])
      if (input[key] !== undefined) data[key] = input[key];
    const ni = (data.NetworkInterfaces as Array<{ SubnetId?: string }> | undefined)?.[0];
    const subnetId = String(input.SubnetId ?? ni?.SubnetId ?? "");
    const groups = list(input.SecurityGroupIds);
    return launchRequests(
      { w, req },
      {
        ...(template ? { template } : {}),
        data,
        subnetId,
        ...(groups.length > 0 ? { securityGroupIds: groups } : {}),
        tagSpecifications: input.TagSpecifications,
        why: "launch",
      },
    );
  },
  "elasticloadbalancing:RegisterTargets": ({ action, input, w, req }) => {
    const tg = Object.values(w.r.targetGroups).find((g) => g.arn === input.TargetGroupArn);
    return [req(action, String(input.TargetGroupArn), resourceTags(tg?.tags), `target group ${tg?.name}`)];
  },
  "elasticloadbalancing:DeregisterTargets": ({ action, input, w, req }) => {
    const tg = Object.values(w.r.targetGroups).find((g) => g.arn === input.TargetGroupArn);
    return [req(action, String(input.TargetGroupArn), resourceTags(tg?.tags), `target group ${tg?.name}`)];
  },
  "ssm:SendCommand": ({ action, input, w, req }) => {
    const name = String(input.DocumentName);
    const owned = probeDocuments().some((d) => d.name === name);
    const document = `arn:aws:ssm:${w.region}:${owned ? w.account : ""}:document/${name}`;
    return [
      req(action, document, {}, `document ${name}`),
      ...list(input.InstanceIds).map((id) => {
        const r = w.ec2Resource(id);
        return req(action, r.arn, r.context, `${name} on ${r.what}`);
      }),
    ];
  },
  "ssm:GetParameter": ({ action, input, w, req }) => [
    req(action, ssmParameter(w, String(input.Name)), {}, `parameter ${String(input.Name)}`),
  ],
  "ssm:GetParameters": ({ action, input, w, req }) =>
    list(input.Names).map((n) => req(action, ssmParameter(w, n), {}, `parameter ${n}`)),
  "ssm:PutParameter": ({ action, input, w, req }) => [
    req(
      action,
      ssmParameter(w, String(input.Name)),
      requestTags(tagList(input.Tags)),
      `parameter ${String(input.Name)}`,
    ),
  ],
  "ssm:DeleteParameter": ({ action, input, w, req }) => [
    req(action, ssmParameter(w, String(input.Name)), {}, `parameter ${String(input.Name)}`),
  ],
  "cloudwatch:DescribeAlarms": ({ action, input, w, req }) => {
    const names = list(input.AlarmNames);
    if (names.length === 0)
      return [req(action, `arn:aws:cloudwatch:${w.region}:${w.account}:alarm:*`, {}, "every alarm")];
    return names.map((n) =>
      req(action, `arn:aws:cloudwatch:${w.region}:${w.account}:alarm:${n}`, {}, `alarm ${n}`),
    );
  },
  "autoscaling:UpdateAutoScalingGroup": ({ action, input, w, req }) => {
    const group = w.r.autoScalingGroups[String(input.AutoScalingGroupName)];
    if (!group) throw new Error(`no group ${String(input.AutoScalingGroupName)}`);
    const out = [req(action, group.arn, resourceTags(group.tags), `group ${group.name}`)];
    const lt = input.LaunchTemplate as Input | undefined;
    if (lt)
      out.push(...groupLaunchRequests({ w, req }, group, lt, `group ${group.name} with a launch template`));
    return out;
  },
  "autoscaling:StartInstanceRefresh": ({ action, input, w, req }) => {
    const group = w.r.autoScalingGroups[String(input.AutoScalingGroupName)];
    if (!group) throw new Error(`no group ${String(input.AutoScalingGroupName)}`);
    const out = [req(action, group.arn, resourceTags(group.tags), `group ${group.name}`)];
    const lt = (input.DesiredConfiguration as { LaunchTemplate?: Input } | undefined)?.LaunchTemplate;
    if (lt) out.push(...groupLaunchRequests({ w, req }, group, lt, `refresh of ${group.name}`));
    return out;
  },
  "autoscaling:RollbackInstanceRefresh": ({ action, input, w, req }) => {
    const group = w.r.autoScalingGroups[String(input.AutoScalingGroupName)];
    if (!group) throw new Error(`no group ${String(input.AutoScalingGroupName)}`);
    const refresh = group.refreshes.at(-1);
    const out = [req(action, group.arn, resourceTags(group.tags), `group ${group.name}`)];
    // Rolling back launches from the configuration the refresh replaced.
    if (refresh)
      out.push(
        ...groupLaunchRequests(
          { w, req },
          group,
          { LaunchTemplateId: refresh.previous.id, Version: refresh.previous.version },
          `rollback of ${group.name}`,
        ),
      );
    return out;
  },
  "imagebuilder:CreateComponent": (o) =>
    imageBuilderCreate(
      o,
      imageBuilderArn(o.w, "component", String(o.input.name), String(o.input.semanticVersion), 1),
    ),
  "imagebuilder:CreateImageRecipe": (o) => [
    ...imageBuilderCreate(
      o,
      imageBuilderArn(o.w, "image-recipe", String(o.input.name), String(o.input.semanticVersion)),
    ),
    // Dependent actions: Image Builder reads the components and the parent AMI as the caller.
    ...((o.input.components as Array<{ componentArn: string }>) ?? []).map((c) =>
      o.req("imagebuilder:GetComponent", c.componentArn, {}, `component ${c.componentArn} of the recipe`),
    ),
    ...(String(o.input.parentImage).startsWith("ami-")
      ? [o.req("ec2:DescribeImages", "*", {}, "the recipe's parent AMI")]
      : []),
  ],
  "imagebuilder:CreateInfrastructureConfiguration": (o) => [
    ...imageBuilderCreate(o, imageBuilderArn(o.w, "infrastructure-configuration", String(o.input.name))),
    o.req(
      "iam:PassRole",
      o.w.profileRole(String(o.input.instanceProfileName)),
      { "iam:PassedToService": "ec2.amazonaws.com" },
      "the build instances' role",
    ),
  ],
  "imagebuilder:UpdateInfrastructureConfiguration": (o) => [
    o.req(o.action, String(o.input.infrastructureConfigurationArn), {}, "the infrastructure configuration"),
    o.req(
      "iam:PassRole",
      o.w.profileRole(String(o.input.instanceProfileName)),
      { "iam:PassedToService": "ec2.amazonaws.com" },
      "the build instances' role",
    ),
  ],
  "imagebuilder:CreateDistributionConfiguration": (o) =>
    imageBuilderCreate(o, imageBuilderArn(o.w, "distribution-configuration", String(o.input.name))),
  "imagebuilder:UpdateDistributionConfiguration": (o) => [
    o.req(o.action, String(o.input.distributionConfigurationArn), {}, "the distribution configuration"),
  ],
  "imagebuilder:CreateImage": (o) => {
    const recipeArn = String(o.input.imageRecipeArn);
    const [, name, version] = /image-recipe\/([^/]+)\/([^/]+)$/.exec(recipeArn) ?? [];
    const builds = imageBuilderOf(o.w.state, o.w.region).builds.filter(
      (b) => b.image.imageRecipe?.arn === recipeArn,
    );
    const arn = imageBuilderArn(o.w, "image", String(name), version, builds.length + 1);
    const infra = imageBuilderOf(o.w.state, o.w.region).infrastructure.find(
      (i) => i.arn === o.input.infrastructureConfigurationArn,
    );
    return [
      ...imageBuilderCreate(o, arn),
      // Dependent actions: the build reads its recipe and configurations as the caller, passes
      // the build instances' role, and creates Image Builder's service-linked role on first use.
      o.req("imagebuilder:GetImageRecipe", recipeArn, {}, "the image's recipe"),
      o.req(
        "imagebuilder:GetInfrastructureConfiguration",
        String(o.input.infrastructureConfigurationArn),
        {},
        "the image's infrastructure",
      ),
      o.req(
        "imagebuilder:GetDistributionConfiguration",
        String(o.input.distributionConfigurationArn),
        {},
        "the image's distribution",
      ),
      ...(infra?.instanceProfileName
        ? [
            o.req(
              "iam:PassRole",
              o.w.profileRole(infra.instanceProfileName),
              { "iam:PassedToService": "ec2.amazonaws.com" },
              "the build instances' role",
            ),
          ]
        : []),
      o.req(
        "iam:CreateServiceLinkedRole",
        `arn:aws:iam::${o.w.account}:role/aws-service-role/imagebuilder.amazonaws.com/AWSServiceRoleForImageBuilder`,
        { "iam:AWSServiceName": "imagebuilder.amazonaws.com" },
        "Image Builder's service-linked role",
      ),
    ];
  },
  "imagebuilder:GetImage": ({ action, input, req }) => [
    req(action, String(input.imageBuildVersionArn), {}, "an image build"),
  ],
  "imagebuilder:GetInfrastructureConfiguration": ({ action, input, req }) => [
    req(action, String(input.infrastructureConfigurationArn), {}, "an infrastructure configuration"),
  ],
  "imagebuilder:GetDistributionConfiguration": ({ action, input, req }) => [
    req(action, String(input.distributionConfigurationArn), {}, "a distribution configuration"),
  ],
  // Authorized on every build of the version (the reference's allImageBuildVersions: `…/version/*`).
  "imagebuilder:ListImageBuildVersions": ({ action, input, req }) => [
    req(action, `${String(input.imageVersionArn)}/*`, {}, "an image version's builds"),
  ],
  "imagebuilder:ListImagePackages": ({ action, input, req }) => [
    req(action, String(input.imageBuildVersionArn), {}, "an image build"),
  ],
};
