import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  STATE_CODES,
  TIMINGS,
  changeState,
  describedStateAt,
  healthAt,
  healthyCountHistory,
  healthyIntervals,
  instanceState,
  listedEpisodes,
  notRegisteredHealth,
  pruneEpisodes,
  runningPeriods,
  stateAt,
  statusChecksAt
} from "./chunk-C4STJAVS.js";
import {
  MANIFEST_PATH,
  imageManifestSchema
} from "./chunk-2Z6C5QLB.js";
import {
  require_dist_cjs as require_dist_cjs7
} from "./chunk-I6SAK64H.js";
import {
  Faults,
  SimError
} from "./chunk-LGTJO46Y.js";
import {
  inventorySchema
} from "./chunk-VW3YBTYP.js";
import {
  probeDocuments
} from "./chunk-VZVMQFDZ.js";
import {
  ARCHITECTURES,
  BASE_OS,
  YamlSource,
  findingsFromIssues
} from "./chunk-QTEFZJYW.js";
import {
  external_exports
} from "./chunk-52IUZXQM.js";
import {
  require_dist
} from "./chunk-2EZH6WMF.js";
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-CLJXRIPF.js";
import {
  require_dist_cjs as require_dist_cjs4
} from "./chunk-4HLE3N6X.js";
import {
  require_dist_cjs as require_dist_cjs5
} from "./chunk-NZP7FVAE.js";
import {
  require_dist_cjs as require_dist_cjs6
} from "./chunk-CXZE2OG5.js";
import {
  createAwsFactory,
  registerAwsClients
} from "./chunk-QHLPZW5O.js";
import {
  ConfigError,
  ProcessDied,
  UsageError
} from "./chunk-25FIIMCB.js";
import {
  redactDeep
} from "./chunk-MJU6FAWD.js";
import {
  require_dist_cjs
} from "./chunk-FR6JYSTS.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-QLIKJFV2.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/sim/session.ts
import { renameSync, writeFileSync } from "node:fs";
import { readFile as readFile2, rename, writeFile } from "node:fs/promises";

// src/aws/all-clients.ts
var import_client_auto_scaling = __toESM(require_dist_cjs(), 1);
var import_client_cloudwatch = __toESM(require_dist_cjs2(), 1);
var import_client_ec2 = __toESM(require_dist_cjs3(), 1);
var import_client_elastic_load_balancing_v2 = __toESM(require_dist_cjs4(), 1);
var import_client_imagebuilder = __toESM(require_dist_cjs5(), 1);
var import_client_ssm = __toESM(require_dist_cjs6(), 1);
var import_client_sts = __toESM(require_dist_cjs7(), 1);
registerAwsClients({
  ec2: import_client_ec2.EC2Client,
  elbv2: import_client_elastic_load_balancing_v2.ElasticLoadBalancingV2Client,
  imagebuilder: import_client_imagebuilder.ImagebuilderClient,
  ssm: import_client_ssm.SSMClient,
  cloudwatch: import_client_cloudwatch.CloudWatchClient,
  autoscaling: import_client_auto_scaling.AutoScalingClient,
  sts: import_client_sts.STSClient
});

// src/sim/clock.ts
var VirtualClock = class {
  current;
  timers = [];
  seq = 0;
  tickScheduled = false;
  constructor(startMs) {
    this.current = startMs;
  }
  now() {
    return this.current;
  }
  /** Moves time forward without waking anyone (used by the simulator between CLI calls). */
  advance(ms) {
    this.current += Math.max(0, ms);
  }
  sleep(ms) {
    return new Promise((resolve) => {
      this.timers.push({ at: this.current + Math.max(0, ms), seq: this.seq++, resolve });
      this.scheduleTick();
    });
  }
  scheduleTick() {
    if (this.tickScheduled) return;
    this.tickScheduled = true;
    setImmediate(
      () => setImmediate(() => {
        this.tickScheduled = false;
        this.fireEarliest();
      })
    );
  }
  fireEarliest() {
    if (this.timers.length === 0) return;
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const at = this.timers[0].at;
    const due = this.timers.filter((t) => t.at === at);
    this.timers = this.timers.filter((t) => t.at !== at);
    this.current = Math.max(this.current, at);
    for (const timer of due) timer.resolve();
    if (this.timers.length > 0) this.scheduleTick();
  }
};

// src/sim/errors.ts
var autoscaling = __toESM(require_dist_cjs(), 1);
var cloudwatch = __toESM(require_dist_cjs2(), 1);
var ec2 = __toESM(require_dist_cjs3(), 1);
var elbv2 = __toESM(require_dist_cjs4(), 1);
var imagebuilder = __toESM(require_dist_cjs5(), 1);
var ssm = __toESM(require_dist_cjs6(), 1);
var sts = __toESM(require_dist_cjs7(), 1);
var SimulatedCrash = class extends ProcessDied {
  constructor(afterCalls) {
    super(`simulated crash after ${afterCalls} API calls`);
    this.afterCalls = afterCalls;
  }
  afterCalls;
};
var clientModules = {
  ec2: { module: ec2, base: ec2.EC2ServiceException },
  elbv2: { module: elbv2, base: elbv2.ElasticLoadBalancingV2ServiceException },
  imagebuilder: { module: imagebuilder, base: imagebuilder.ImagebuilderServiceException },
  ssm: { module: ssm, base: ssm.SSMServiceException },
  cloudwatch: { module: cloudwatch, base: cloudwatch.CloudWatchServiceException },
  autoscaling: { module: autoscaling, base: autoscaling.AutoScalingServiceException },
  sts: { module: sts, base: sts.STSServiceException }
};
function modeledException(service, code) {
  const { module, base } = clientModules[service];
  const candidate = module[code];
  return typeof candidate === "function" && candidate.prototype instanceof base ? candidate : void 0;
}
function toServiceException(service, error, requestId2) {
  const $metadata = { httpStatusCode: error.status, requestId: requestId2, attempts: 1, totalRetryDelay: 0 };
  const Modeled = modeledException(service, error.code);
  const exception = Modeled ? new Modeled({ message: error.message, $metadata }) : new clientModules[service].base({
    name: error.code,
    message: error.message,
    $fault: error.status >= 500 ? "server" : "client",
    $metadata
  });
  Object.assign(exception, { Code: error.code });
  return exception;
}
function notFound(code, message) {
  return new SimError(code, message, 400);
}

// src/sim/services/filters.ts
function wildcard(pattern) {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}
function matchesFilters(filters, tags2, fields) {
  for (const f of filters ?? []) {
    const name = f.Name ?? "";
    const values = f.Values ?? [];
    let actual;
    if (name.startsWith("tag:")) {
      const v = tags2[name.slice(4)];
      actual = v === void 0 ? [] : [v];
    } else if (name === "tag-key") {
      actual = Object.keys(tags2);
    } else if (name === "tag-value") {
      actual = Object.values(tags2);
    } else if (Object.hasOwn(fields, name)) {
      const v = fields[name];
      actual = v === void 0 ? [] : Array.isArray(v) ? v : [v];
    } else {
      throw new SimError("InvalidParameterValue", `The filter '${name}' is invalid`);
    }
    const patterns2 = values.map(wildcard);
    if (!actual.some((a) => patterns2.some((p) => p.test(a)))) return false;
  }
  return true;
}
function tagList(tags2) {
  return Object.entries(tags2).map(([Key, Value]) => ({ Key, Value }));
}
function tagsFrom(list) {
  const out = {};
  for (const t of list ?? []) if (t.Key !== void 0) out[t.Key] = t.Value ?? "";
  return out;
}
function tagsFor(specs, resourceType) {
  const out = {};
  for (const s of specs ?? []) if (s.ResourceType === resourceType) Object.assign(out, tagsFrom(s.Tags));
  return out;
}
function page(items, maxResults, nextToken, limits) {
  let offset = 0;
  if (nextToken) {
    const decoded = Number(Buffer.from(nextToken, "base64").toString("utf8").replace(/^o:/, ""));
    if (!Number.isInteger(decoded) || decoded < 0)
      throw new SimError("InvalidNextToken", "The specified token is invalid");
    offset = decoded;
  }
  if (maxResults !== void 0 && (maxResults < limits.min || maxResults > limits.max)) {
    throw new SimError(
      "InvalidParameterValue",
      `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value between ${limits.min} and ${limits.max}.`
    );
  }
  const size = maxResults ?? limits.default;
  const slice = items.slice(offset, offset + size);
  const end = offset + size;
  return end < items.length ? { items: slice, nextToken: Buffer.from(`o:${end}`).toString("base64") } : { items: slice };
}

// src/sim/services/ec2-tags.ts
function taggableById(r, id2) {
  return id2.startsWith("i-") ? r.instances[id2] : id2.startsWith("ami-") ? r.images[id2] : id2.startsWith("snap-") ? r.snapshots[id2] : id2.startsWith("lt-") ? r.launchTemplates[id2] : id2.startsWith("subnet-") ? r.subnets.find((s) => s.id === id2) : id2.startsWith("vpc-") ? r.vpcs.find((v) => v.id === id2) : void 0;
}
function taggable(ctx, id2) {
  const found = taggableById(ctx.r, id2);
  if (found) return found;
  const codes = {
    i: "InvalidInstanceID.NotFound",
    ami: "InvalidAMIID.NotFound",
    snap: "InvalidSnapshot.NotFound",
    lt: "InvalidLaunchTemplateId.NotFound",
    subnet: "InvalidSubnetID.NotFound",
    vpc: "InvalidVpcID.NotFound"
  };
  const code = codes[id2.split("-")[0] ?? ""];
  if (code) throw notFound(code, `The ID '${id2}' does not exist`);
  throw new SimError("InvalidID", `The ID '${id2}' is not valid`);
}
function createTags(input, ctx) {
  const tags2 = tagsFrom(input.Tags);
  for (const key of Object.keys(tags2)) {
    if (key.toLowerCase().startsWith("aws:"))
      throw new SimError(
        "InvalidParameterValue",
        `Tag keys starting with 'aws:' are reserved for internal use`
      );
    if (key.length > 128 || (tags2[key] ?? "").length > 256)
      throw new SimError("InvalidParameterValue", `Tag key or value too long: ${key}`);
  }
  const resources = (input.Resources ?? []).map((id2) => taggable(ctx, id2));
  for (const resource of resources) {
    const merged = { ...resource.tags, ...tags2 };
    if (Object.keys(merged).length > 50)
      throw new SimError(
        "TagLimitExceeded",
        "The maximum number of tags (50) for a resource has been reached."
      );
    resource.tags = merged;
  }
  return {};
}
function deleteTags(input, ctx) {
  const resources = (input.Resources ?? []).map((id2) => taggable(ctx, id2));
  for (const resource of resources) {
    for (const t of input.Tags ?? []) {
      if (t.Key === void 0) continue;
      if (t.Value === void 0 || resource.tags[t.Key] === t.Value) delete resource.tags[t.Key];
    }
  }
  return {};
}

// src/sim/call-subjects.ts
var READS = /^(Describe|Get|List)/;
var SUBJECT_PREFIXES = ["i-", "ami-", "snap-"];
function callSubjects(service, operation, input, r) {
  if (service !== "ec2" && service !== "ssm" || READS.test(operation)) return {};
  const i = input ?? {};
  const ids = [
    ...strings(i.InstanceIds),
    ...service === "ec2" ? [...strings(i.Resources), ...strings(i.ImageId), ...strings(i.SnapshotId)] : []
  ];
  const out = {};
  const resources = ids.flatMap((id2) => {
    const found = SUBJECT_PREFIXES.some((p) => id2.startsWith(p)) ? taggableById(r, id2) : void 0;
    return found ? [{ id: id2, tags: { ...found.tags } }] : [];
  });
  if (resources.length > 0) out.resources = resources;
  const tags2 = service === "ec2" ? requestTagsOf(operation, i) : [];
  if (tags2.length > 0) {
    out.tagKeys = [...new Set(tags2.map((t) => t.key))];
    const valued = tags2.filter((t) => t.value !== void 0);
    if (valued.length > 0) out.requestTags = Object.fromEntries(valued.map((t) => [t.key, t.value]));
  }
  return out;
}
function requestTagsOf(operation, i) {
  const list = (v) => (Array.isArray(v) ? v : []).flatMap(
    (t) => typeof t?.Key === "string" ? [{ key: t.Key, ...typeof t.Value === "string" ? { value: t.Value } : {} }] : []
  );
  if (operation === "CreateTags" || operation === "DeleteTags") return list(i.Tags);
  if (operation === "RunInstances" && Array.isArray(i.TagSpecifications)) {
    const spec = i.TagSpecifications.find(
      (s) => s.ResourceType === "instance"
    );
    return list(spec?.Tags);
  }
  return [];
}
function strings(v) {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}

// src/sim/model/aws-models.json
var aws_models_default = {
  botocore: "1.44.8",
  sources: {
    autoscaling: ".venv/lib/python3.11/site-packages/botocore/data/autoscaling/2011-01-01/service-2.json.gz",
    cloudwatch: ".venv/lib/python3.11/site-packages/botocore/data/cloudwatch/2010-08-01/service-2.json.gz",
    ec2: ".venv/lib/python3.11/site-packages/botocore/data/ec2/2016-11-15/service-2.json.gz",
    elbv2: ".venv/lib/python3.11/site-packages/botocore/data/elbv2/2015-12-01/service-2.json.gz",
    imagebuilder: ".venv/lib/python3.11/site-packages/botocore/data/imagebuilder/2019-12-02/service-2.json.gz",
    ssm: ".venv/lib/python3.11/site-packages/botocore/data/ssm/2014-11-06/service-2.json.gz",
    sts: ".venv/lib/python3.11/site-packages/botocore/data/sts/2011-06-15/service-2.json.gz"
  },
  droppedPatterns: [],
  services: {
    autoscaling: {
      protocol: "query",
      operations: {
        CancelInstanceRefresh: {
          input: "CancelInstanceRefreshType",
          output: "CancelInstanceRefreshAnswer"
        },
        CreateAutoScalingGroup: {
          input: "CreateAutoScalingGroupType"
        },
        DescribeAutoScalingGroups: {
          input: "AutoScalingGroupNamesType",
          output: "AutoScalingGroupsType"
        },
        DescribeInstanceRefreshes: {
          input: "DescribeInstanceRefreshesType",
          output: "DescribeInstanceRefreshesAnswer"
        },
        RollbackInstanceRefresh: {
          input: "RollbackInstanceRefreshType",
          output: "RollbackInstanceRefreshAnswer"
        },
        StartInstanceRefresh: {
          input: "StartInstanceRefreshType",
          output: "StartInstanceRefreshAnswer"
        },
        UpdateAutoScalingGroup: {
          input: "UpdateAutoScalingGroupType"
        }
      },
      shapes: {
        AcceleratorCountRequest: {
          type: "structure",
          members: {
            Min: "NullablePositiveInteger",
            Max: "NullablePositiveInteger"
          }
        },
        AcceleratorManufacturer: {
          type: "string",
          enum: ["nvidia", "amd", "amazon-web-services", "xilinx"]
        },
        AcceleratorManufacturers: {
          type: "list",
          member: "AcceleratorManufacturer"
        },
        AcceleratorName: {
          type: "string",
          enum: ["a100", "v100", "k80", "t4", "m60", "radeon-pro-v520", "vu9p"]
        },
        AcceleratorNames: {
          type: "list",
          member: "AcceleratorName"
        },
        AcceleratorTotalMemoryMiBRequest: {
          type: "structure",
          members: {
            Min: "NullablePositiveInteger",
            Max: "NullablePositiveInteger"
          }
        },
        AcceleratorType: {
          type: "string",
          enum: ["gpu", "fpga", "inference"]
        },
        AcceleratorTypes: {
          type: "list",
          member: "AcceleratorType"
        },
        AlarmList: {
          type: "list",
          member: "XmlStringMaxLen255"
        },
        AlarmSpecification: {
          type: "structure",
          members: {
            Alarms: "AlarmList"
          }
        },
        AllowedInstanceType: {
          type: "string",
          max: 30,
          min: 1,
          pattern: "[a-zA-Z0-9\\.\\*\\-]+"
        },
        AllowedInstanceTypes: {
          type: "list",
          max: 400,
          member: "AllowedInstanceType"
        },
        AnyPrintableAsciiStringMaxLen4000: {
          type: "string",
          max: 4e3,
          min: 1,
          pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007e]+"
        },
        AsciiStringMaxLen255: {
          type: "string",
          max: 255,
          min: 1,
          pattern: "[A-Za-z0-9\\-_\\/]+"
        },
        AutoScalingGroup: {
          type: "structure",
          members: {
            AutoScalingGroupName: "XmlStringMaxLen255",
            AutoScalingGroupARN: "ResourceName",
            LaunchConfigurationName: "XmlStringMaxLen255",
            LaunchTemplate: "LaunchTemplateSpecification",
            MixedInstancesPolicy: "MixedInstancesPolicy",
            MinSize: "#integer",
            MaxSize: "#integer",
            DesiredCapacity: "#integer",
            PredictedCapacity: "#integer",
            DefaultCooldown: "#integer",
            AvailabilityZones: "AvailabilityZones",
            AvailabilityZoneIds: "AvailabilityZoneIds",
            LoadBalancerNames: "LoadBalancerNames",
            TargetGroupARNs: "TargetGroupARNs",
            HealthCheckType: "XmlStringMaxLen32",
            HealthCheckGracePeriod: "#integer",
            Instances: "Instances",
            CreatedTime: "#timestamp",
            SuspendedProcesses: "SuspendedProcesses",
            PlacementGroup: "XmlStringMaxLen255",
            VPCZoneIdentifier: "XmlStringMaxLen5000",
            EnabledMetrics: "EnabledMetrics",
            Status: "XmlStringMaxLen255",
            Tags: "TagDescriptionList",
            TerminationPolicies: "TerminationPolicies",
            NewInstancesProtectedFromScaleIn: "#boolean",
            ServiceLinkedRoleARN: "ResourceName",
            MaxInstanceLifetime: "#integer",
            CapacityRebalance: "#boolean",
            WarmPoolConfiguration: "WarmPoolConfiguration",
            WarmPoolSize: "#integer",
            Context: "#string",
            DesiredCapacityType: "XmlStringMaxLen255",
            DefaultInstanceWarmup: "#integer",
            TrafficSources: "TrafficSources",
            InstanceMaintenancePolicy: "InstanceMaintenancePolicy",
            DeletionProtection: "DeletionProtection",
            AvailabilityZoneDistribution: "AvailabilityZoneDistribution",
            AvailabilityZoneImpairmentPolicy: "AvailabilityZoneImpairmentPolicy",
            CapacityReservationSpecification: "CapacityReservationSpecification",
            InstanceLifecyclePolicy: "InstanceLifecyclePolicy",
            Operator: "Operator"
          },
          required: [
            "AutoScalingGroupName",
            "MinSize",
            "MaxSize",
            "DesiredCapacity",
            "DefaultCooldown",
            "AvailabilityZones",
            "HealthCheckType",
            "CreatedTime"
          ]
        },
        AutoScalingGroupNames: {
          type: "list",
          member: "XmlStringMaxLen255"
        },
        AutoScalingGroupNamesType: {
          type: "structure",
          members: {
            AutoScalingGroupNames: "AutoScalingGroupNames",
            IncludeInstances: "#boolean",
            IncludeManagedResources: "#boolean",
            NextToken: "XmlString",
            MaxRecords: "#integer",
            Filters: "Filters"
          }
        },
        AutoScalingGroups: {
          type: "list",
          member: "AutoScalingGroup"
        },
        AutoScalingGroupsType: {
          type: "structure",
          members: {
            AutoScalingGroups: "AutoScalingGroups",
            NextToken: "XmlString"
          },
          required: ["AutoScalingGroups"]
        },
        AvailabilityZoneDistribution: {
          type: "structure",
          members: {
            CapacityDistributionStrategy: "CapacityDistributionStrategy"
          }
        },
        AvailabilityZoneIds: {
          type: "list",
          member: "XmlStringMaxLen255"
        },
        AvailabilityZoneImpairmentPolicy: {
          type: "structure",
          members: {
            ZonalShiftEnabled: "#boolean",
            ImpairedZoneHealthCheckBehavior: "ImpairedZoneHealthCheckBehavior"
          }
        },
        AvailabilityZones: {
          type: "list",
          member: "XmlStringMaxLen255"
        },
        BakeTime: {
          type: "integer",
          max: 172800,
          min: 0
        },
        BareMetal: {
          type: "string",
          enum: ["included", "excluded", "required"]
        },
        BaselineEbsBandwidthMbpsRequest: {
          type: "structure",
          members: {
            Min: "NullablePositiveInteger",
            Max: "NullablePositiveInteger"
          }
        },
        BaselinePerformanceFactorsRequest: {
          type: "structure",
          members: {
            Cpu: "CpuPerformanceFactorRequest"
          }
        },
        BurstablePerformance: {
          type: "string",
          enum: ["included", "excluded", "required"]
        },
        CancelInstanceRefreshAnswer: {
          type: "structure",
          members: {
            InstanceRefreshId: "XmlStringMaxLen255"
          }
        },
        CancelInstanceRefreshType: {
          type: "structure",
          members: {
            AutoScalingGroupName: "XmlStringMaxLen255",
            WaitForTransitioningInstances: "#boolean"
          },
          required: ["AutoScalingGroupName"]
        },
        CapacityDistributionStrategy: {
          type: "string",
          enum: ["balanced-only", "balanced-best-effort", "reservations-then-balanced"]
        },
        CapacityReservationIds: {
          type: "list",
          member: "AsciiStringMaxLen255"
        },
        CapacityReservationPreference: {
          type: "string",
          enum: ["capacity-reservations-only", "capacity-reservations-first", "none", "default"]
        },
        CapacityReservationResourceGroupArns: {
          type: "list",
          member: "ResourceName"
        },
        CapacityReservationSpecification: {
          type: "structure",
          members: {
            CapacityReservationPreference: "CapacityReservationPreference",
            CapacityReservationTarget: "CapacityReservationTarget"
          }
        },
        CapacityReservationTarget: {
          type: "structure",
          members: {
            CapacityReservationIds: "CapacityReservationIds",
            CapacityReservationResourceGroupArns: "CapacityReservationResourceGroupArns"
          }
        },
        CheckpointDelay: {
          type: "integer",
          max: 172800,
          min: 0
        },
        CheckpointPercentages: {
          type: "list",
          member: "NonZeroIntPercent"
        },
        CpuManufacturer: {
          type: "string",
          enum: ["intel", "amd", "amazon-web-services", "apple"]
        },
        CpuManufacturers: {
          type: "list",
          member: "CpuManufacturer"
        },
        CpuPerformanceFactorRequest: {
          type: "structure",
          members: {
            References: "PerformanceFactorReferenceSetRequest"
          }
        },
        CreateAutoScalingGroupType: {
          type: "structure",
          members: {
            AutoScalingGroupName: "XmlStringMaxLen255",
            LaunchConfigurationName: "XmlStringMaxLen255",
            LaunchTemplate: "LaunchTemplateSpecification",
            MixedInstancesPolicy: "MixedInstancesPolicy",
            InstanceId: "XmlStringMaxLen19",
            MinSize: "#integer",
            MaxSize: "#integer",
            DesiredCapacity: "#integer",
            DefaultCooldown: "#integer",
            AvailabilityZones: "AvailabilityZones",
            AvailabilityZoneIds: "AvailabilityZoneIds",
            LoadBalancerNames: "LoadBalancerNames",
            TargetGroupARNs: "TargetGroupARNs",
            HealthCheckType: "XmlStringMaxLen32",
            HealthCheckGracePeriod: "#integer",
            PlacementGroup: "XmlStringMaxLen255",
            VPCZoneIdentifier: "XmlStringMaxLen5000",
            TerminationPolicies: "TerminationPolicies",
            NewInstancesProtectedFromScaleIn: "#boolean",
            CapacityRebalance: "#boolean",
            LifecycleHookSpecificationList: "LifecycleHookSpecifications",
            DeletionProtection: "DeletionProtection",
            Tags: "Tags",
            ServiceLinkedRoleARN: "ResourceName",
            MaxInstanceLifetime: "#integer",
            Context: "#string",
            DesiredCapacityType: "XmlStringMaxLen255",
            DefaultInstanceWarmup: "#integer",
            TrafficSources: "TrafficSources",
            InstanceMaintenancePolicy: "InstanceMaintenancePolicy",
            AvailabilityZoneDistribution: "AvailabilityZoneDistribution",
            AvailabilityZoneImpairmentPolicy: "AvailabilityZoneImpairmentPolicy",
            SkipZonalShiftValidation: "#boolean",
            CapacityReservationSpecification: "CapacityReservationSpecification",
            InstanceLifecyclePolicy: "InstanceLifecyclePolicy",
            Operator: "Operator"
          },
          required: ["AutoScalingGroupName", "MinSize", "MaxSize"]
        },
        DeletionProtection: {
          type: "string",
          enum: ["none", "prevent-force-deletion", "prevent-all-deletion"]
        },
        DescribeInstanceRefreshesAnswer: {
          type: "structure",
          members: {
            InstanceRefreshes: "InstanceRefreshes",
            NextToken: "XmlString"
          }
        },
        DescribeInstanceRefreshesType: {
          type: "structure",
          members: {
            AutoScalingGroupName: "XmlStringMaxLen255",
            InstanceRefreshIds: "InstanceRefreshIds",
            NextToken: "XmlString",
            MaxRecords: "#integer"
          },
          required: ["AutoScalingGroupName"]
        },
        DesiredConfiguration: {
          type: "structure",
          members: {
            LaunchTemplate: "LaunchTemplateSpecification",
            MixedInstancesPolicy: "MixedInstancesPolicy"
          }
        },
        DistributionSegment: {
          type: "structure",
          members: {
            TargetCapacityTypes: "TargetCapacityTypes"
          }
        },
        DistributionSegments: {
          type: "list",
          member: "DistributionSegment"
        },
        EnabledMetric: {
          type: "structure",
          members: {
            Metric: "XmlStringMaxLen255",
            Granularity: "XmlStringMaxLen255"
          }
        },
        EnabledMetrics: {
          type: "list",
          member: "EnabledMetric"
        },
        ExcludedInstance: {
          type: "string",
          max: 30,
          min: 1,
          pattern: "[a-zA-Z0-9\\.\\*\\-]+"
        },
        ExcludedInstanceTypes: {
          type: "list",
          max: 400,
          member: "ExcludedInstance"
        },
        Filter: {
          type: "structure",
          members: {
            Name: "XmlString",
            Values: "Values"
          }
        },
        Filters: {
          type: "list",
          member: "Filter"
        },
        ImageId: {
          type: "string",
          max: 21,
          min: 5,
          pattern: "^ami-[a-z0-9]{1,17}$"
        },
        ImpairedZoneHealthCheckBehavior: {
          type: "string",
          enum: ["ReplaceUnhealthy", "IgnoreUnhealthy"]
        },
        Instance: {
          type: "structure",
          members: {
            InstanceId: "XmlStringMaxLen19",
            InstanceType: "XmlStringMaxLen255",
            AvailabilityZone: "XmlStringMaxLen255",
            AvailabilityZoneId: "XmlStringMaxLen255",
            LifecycleState: "LifecycleState",
            HealthStatus: "XmlStringMaxLen32",
            LaunchConfigurationName: "XmlStringMaxLen255",
            LaunchTemplate: "LaunchTemplateSpecification",
            ImageId: "XmlStringMaxLen255",
            ProtectedFromScaleIn: "#boolean",
            WeightedCapacity: "XmlStringMaxLen32"
          },
          required: [
            "InstanceId",
            "AvailabilityZone",
            "LifecycleState",
            "HealthStatus",
            "ProtectedFromScaleIn"
          ]
        },
        InstanceGeneration: {
          type: "string",
          enum: ["current", "previous"]
        },
        InstanceGenerations: {
          type: "list",
          member: "InstanceGeneration"
        },
        InstanceLifecyclePolicy: {
          type: "structure",
          members: {
            RetentionTriggers: "RetentionTriggers"
          }
        },
        InstanceMaintenancePolicy: {
          type: "structure",
          members: {
            MinHealthyPercentage: "IntPercentResettable",
            MaxHealthyPercentage: "IntPercent100To200Resettable"
          }
        },
        InstanceRefresh: {
          type: "structure",
          members: {
            InstanceRefreshId: "XmlStringMaxLen255",
            AutoScalingGroupName: "XmlStringMaxLen255",
            Status: "InstanceRefreshStatus",
            StatusReason: "XmlStringMaxLen1023",
            StartTime: "#timestamp",
            EndTime: "#timestamp",
            PercentageComplete: "IntPercent",
            InstancesToUpdate: "InstancesToUpdate",
            ProgressDetails: "InstanceRefreshProgressDetails",
            Preferences: "RefreshPreferences",
            DesiredConfiguration: "DesiredConfiguration",
            RollbackDetails: "RollbackDetails",
            Strategy: "RefreshStrategy"
          }
        },
        InstanceRefreshes: {
          type: "list",
          member: "InstanceRefresh"
        },
        InstanceRefreshIds: {
          type: "list",
          member: "XmlStringMaxLen255"
        },
        InstanceRefreshLivePoolProgress: {
          type: "structure",
          members: {
            PercentageComplete: "IntPercent",
            InstancesToUpdate: "InstancesToUpdate"
          }
        },
        InstanceRefreshProgressDetails: {
          type: "structure",
          members: {
            LivePoolProgress: "InstanceRefreshLivePoolProgress",
            WarmPoolProgress: "InstanceRefreshWarmPoolProgress"
          }
        },
        InstanceRefreshStatus: {
          type: "string",
          enum: [
            "Pending",
            "InProgress",
            "Successful",
            "Failed",
            "Cancelling",
            "Cancelled",
            "RollbackInProgress",
            "RollbackFailed",
            "RollbackSuccessful",
            "Baking"
          ]
        },
        InstanceRefreshWarmPoolProgress: {
          type: "structure",
          members: {
            PercentageComplete: "IntPercent",
            InstancesToUpdate: "InstancesToUpdate"
          }
        },
        InstanceRequirements: {
          type: "structure",
          members: {
            VCpuCount: "VCpuCountRequest",
            MemoryMiB: "MemoryMiBRequest",
            CpuManufacturers: "CpuManufacturers",
            MemoryGiBPerVCpu: "MemoryGiBPerVCpuRequest",
            ExcludedInstanceTypes: "ExcludedInstanceTypes",
            InstanceGenerations: "InstanceGenerations",
            SpotMaxPricePercentageOverLowestPrice: "NullablePositiveInteger",
            MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: "NullablePositiveInteger",
            OnDemandMaxPricePercentageOverLowestPrice: "NullablePositiveInteger",
            BareMetal: "BareMetal",
            BurstablePerformance: "BurstablePerformance",
            RequireHibernateSupport: "#boolean",
            NetworkInterfaceCount: "NetworkInterfaceCountRequest",
            LocalStorage: "LocalStorage",
            LocalStorageTypes: "LocalStorageTypes",
            TotalLocalStorageGB: "TotalLocalStorageGBRequest",
            BaselineEbsBandwidthMbps: "BaselineEbsBandwidthMbpsRequest",
            AcceleratorTypes: "AcceleratorTypes",
            AcceleratorCount: "AcceleratorCountRequest",
            AcceleratorManufacturers: "AcceleratorManufacturers",
            AcceleratorNames: "AcceleratorNames",
            AcceleratorTotalMemoryMiB: "AcceleratorTotalMemoryMiBRequest",
            NetworkBandwidthGbps: "NetworkBandwidthGbpsRequest",
            AllowedInstanceTypes: "AllowedInstanceTypes",
            BaselinePerformanceFactors: "BaselinePerformanceFactorsRequest"
          },
          required: ["VCpuCount", "MemoryMiB"]
        },
        InstanceReusePolicy: {
          type: "structure",
          members: {
            ReuseOnScaleIn: "#boolean"
          }
        },
        Instances: {
          type: "list",
          member: "Instance"
        },
        InstancesDistribution: {
          type: "structure",
          members: {
            OnDemandAllocationStrategy: "XmlString",
            OnDemandBaseCapacity: "#integer",
            OnDemandPercentageAboveBaseCapacity: "#integer",
            SpotAllocationStrategy: "XmlString",
            SpotInstancePools: "#integer",
            SpotMaxPrice: "MixedInstanceSpotPrice",
            DistributionSegments: "DistributionSegments"
          }
        },
        InstancesToUpdate: {
          type: "integer",
          min: 0
        },
        IntPercent: {
          type: "integer",
          max: 100,
          min: 0
        },
        IntPercent100To200: {
          type: "integer",
          max: 200,
          min: 100
        },
        IntPercent100To200Resettable: {
          type: "integer",
          max: 200,
          min: -1
        },
        IntPercentResettable: {
          type: "integer",
          max: 100,
          min: -1
        },
        LaunchTemplate: {
          type: "structure",
          members: {
            LaunchTemplateSpecification: "LaunchTemplateSpecification",
            Overrides: "Overrides"
          }
        },
        LaunchTemplateName: {
          type: "string",
          max: 128,
          min: 3,
          pattern: "[a-zA-Z0-9\\(\\)\\.\\-/_]+"
        },
        LaunchTemplateOverrides: {
          type: "structure",
          members: {
            InstanceType: "XmlStringMaxLen255",
            WeightedCapacity: "XmlStringMaxLen32",
            LaunchTemplateSpecification: "LaunchTemplateSpecification",
            InstanceRequirements: "InstanceRequirements",
            ImageId: "ImageId"
          }
        },
        LaunchTemplateSpecification: {
          type: "structure",
          members: {
            LaunchTemplateId: "XmlStringMaxLen255",
            LaunchTemplateName: "LaunchTemplateName",
            Version: "XmlStringMaxLen255"
          }
        },
        LifecycleHookSpecification: {
          type: "structure",
          members: {
            LifecycleHookName: "AsciiStringMaxLen255",
            LifecycleTransition: "#string",
            NotificationMetadata: "AnyPrintableAsciiStringMaxLen4000",
            HeartbeatTimeout: "#integer",
            DefaultResult: "#string",
            NotificationTargetARN: "NotificationTargetResourceName",
            RoleARN: "XmlStringMaxLen255"
          },
          required: ["LifecycleHookName", "LifecycleTransition"]
        },
        LifecycleHookSpecifications: {
          type: "list",
          member: "LifecycleHookSpecification"
        },
        LifecycleState: {
          type: "string",
          enum: [
            "Pending",
            "Pending:Wait",
            "Pending:Proceed",
            "Quarantined",
            "InService",
            "Terminating",
            "Terminating:Wait",
            "Terminating:Proceed",
            "Terminating:Retained",
            "Terminated",
            "Detaching",
            "Detached",
            "EnteringStandby",
            "Standby",
            "ReplacingRootVolume",
            "ReplacingRootVolume:Wait",
            "ReplacingRootVolume:Proceed",
            "RootVolumeReplaced",
            "Warmed:Pending",
            "Warmed:Pending:Wait",
            "Warmed:Pending:Proceed",
            "Warmed:Pending:Retained",
            "Warmed:Terminating",
            "Warmed:Terminating:Wait",
            "Warmed:Terminating:Proceed",
            "Warmed:Terminating:Retained",
            "Warmed:Terminated",
            "Warmed:Stopped",
            "Warmed:Running",
            "Warmed:Hibernated"
          ]
        },
        LoadBalancerNames: {
          type: "list",
          member: "XmlStringMaxLen255"
        },
        LocalStorage: {
          type: "string",
          enum: ["included", "excluded", "required"]
        },
        LocalStorageType: {
          type: "string",
          enum: ["hdd", "ssd"]
        },
        LocalStorageTypes: {
          type: "list",
          member: "LocalStorageType"
        },
        ManagerIdentifier: {
          type: "string",
          max: 128,
          min: 1
        },
        MaxGroupPreparedCapacity: {
          type: "integer",
          min: -1
        },
        MemoryGiBPerVCpuRequest: {
          type: "structure",
          members: {
            Min: "NullablePositiveDouble",
            Max: "NullablePositiveDouble"
          }
        },
        MemoryMiBRequest: {
          type: "structure",
          members: {
            Min: "NullablePositiveInteger",
            Max: "NullablePositiveInteger"
          },
          required: ["Min"]
        },
        MixedInstancesPolicy: {
          type: "structure",
          members: {
            LaunchTemplate: "LaunchTemplate",
            InstancesDistribution: "InstancesDistribution"
          }
        },
        MixedInstanceSpotPrice: {
          type: "string",
          max: 255,
          min: 0
        },
        NetworkBandwidthGbpsRequest: {
          type: "structure",
          members: {
            Min: "NullablePositiveDouble",
            Max: "NullablePositiveDouble"
          }
        },
        NetworkInterfaceCountRequest: {
          type: "structure",
          members: {
            Min: "NullablePositiveInteger",
            Max: "NullablePositiveInteger"
          }
        },
        NonZeroIntPercent: {
          type: "integer",
          max: 100,
          min: 1
        },
        NotificationTargetResourceName: {
          type: "string",
          max: 255,
          min: 0,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        NullablePositiveDouble: {
          type: "double",
          min: 0
        },
        NullablePositiveInteger: {
          type: "integer",
          min: 0
        },
        Operator: {
          type: "structure",
          members: {
            Principal: "ManagerIdentifier"
          },
          required: ["Principal"]
        },
        Overrides: {
          type: "list",
          member: "LaunchTemplateOverrides"
        },
        PerformanceFactorReferenceRequest: {
          type: "structure",
          members: {
            InstanceFamily: "#string"
          }
        },
        PerformanceFactorReferenceSetRequest: {
          type: "list",
          member: "PerformanceFactorReferenceRequest"
        },
        RefreshInstanceWarmup: {
          type: "integer",
          min: 0
        },
        RefreshPreferences: {
          type: "structure",
          members: {
            MinHealthyPercentage: "IntPercent",
            InstanceWarmup: "RefreshInstanceWarmup",
            CheckpointPercentages: "CheckpointPercentages",
            CheckpointDelay: "CheckpointDelay",
            SkipMatching: "#boolean",
            AutoRollback: "#boolean",
            ScaleInProtectedInstances: "ScaleInProtectedInstances",
            StandbyInstances: "StandbyInstances",
            AlarmSpecification: "AlarmSpecification",
            MaxHealthyPercentage: "IntPercent100To200",
            BakeTime: "BakeTime"
          }
        },
        RefreshStrategy: {
          type: "string",
          enum: ["Rolling", "ReplaceRootVolume"]
        },
        ResourceName: {
          type: "string",
          max: 1600,
          min: 1,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        RetentionAction: {
          type: "string",
          enum: ["retain", "terminate"]
        },
        RetentionTriggers: {
          type: "structure",
          members: {
            TerminateHookAbandon: "RetentionAction"
          }
        },
        RollbackDetails: {
          type: "structure",
          members: {
            RollbackReason: "XmlStringMaxLen1023",
            RollbackStartTime: "#timestamp",
            PercentageCompleteOnRollback: "IntPercent",
            InstancesToUpdateOnRollback: "InstancesToUpdate",
            ProgressDetailsOnRollback: "InstanceRefreshProgressDetails"
          }
        },
        RollbackInstanceRefreshAnswer: {
          type: "structure",
          members: {
            InstanceRefreshId: "XmlStringMaxLen255"
          }
        },
        RollbackInstanceRefreshType: {
          type: "structure",
          members: {
            AutoScalingGroupName: "XmlStringMaxLen255"
          },
          required: ["AutoScalingGroupName"]
        },
        ScaleInProtectedInstances: {
          type: "string",
          enum: ["Refresh", "Ignore", "Wait"]
        },
        StandbyInstances: {
          type: "string",
          enum: ["Terminate", "Ignore", "Wait"]
        },
        StartInstanceRefreshAnswer: {
          type: "structure",
          members: {
            InstanceRefreshId: "XmlStringMaxLen255"
          }
        },
        StartInstanceRefreshType: {
          type: "structure",
          members: {
            AutoScalingGroupName: "XmlStringMaxLen255",
            Strategy: "RefreshStrategy",
            DesiredConfiguration: "DesiredConfiguration",
            Preferences: "RefreshPreferences"
          },
          required: ["AutoScalingGroupName"]
        },
        SuspendedProcess: {
          type: "structure",
          members: {
            ProcessName: "XmlStringMaxLen255",
            SuspensionReason: "XmlStringMaxLen255"
          }
        },
        SuspendedProcesses: {
          type: "list",
          member: "SuspendedProcess"
        },
        Tag: {
          type: "structure",
          members: {
            ResourceId: "XmlString",
            ResourceType: "XmlString",
            Key: "TagKey",
            Value: "TagValue",
            PropagateAtLaunch: "#boolean"
          },
          required: ["Key"]
        },
        TagDescription: {
          type: "structure",
          members: {
            ResourceId: "XmlString",
            ResourceType: "XmlString",
            Key: "TagKey",
            Value: "TagValue",
            PropagateAtLaunch: "#boolean"
          }
        },
        TagDescriptionList: {
          type: "list",
          member: "TagDescription"
        },
        TagKey: {
          type: "string",
          max: 128,
          min: 1,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        Tags: {
          type: "list",
          member: "Tag"
        },
        TagValue: {
          type: "string",
          max: 256,
          min: 0,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        TargetCapacityType: {
          type: "string",
          enum: [
            "on-demand-capacity-reservation",
            "capacity-block",
            "interruptible-capacity-reservation",
            "on-demand"
          ]
        },
        TargetCapacityTypes: {
          type: "list",
          member: "TargetCapacityType"
        },
        TargetGroupARNs: {
          type: "list",
          member: "XmlStringMaxLen511"
        },
        TerminationPolicies: {
          type: "list",
          member: "XmlStringMaxLen1600"
        },
        TotalLocalStorageGBRequest: {
          type: "structure",
          members: {
            Min: "NullablePositiveDouble",
            Max: "NullablePositiveDouble"
          }
        },
        TrafficSourceIdentifier: {
          type: "structure",
          members: {
            Identifier: "XmlStringMaxLen511",
            Type: "XmlStringMaxLen511"
          },
          required: ["Identifier"]
        },
        TrafficSources: {
          type: "list",
          member: "TrafficSourceIdentifier"
        },
        UpdateAutoScalingGroupType: {
          type: "structure",
          members: {
            AutoScalingGroupName: "XmlStringMaxLen255",
            LaunchConfigurationName: "XmlStringMaxLen255",
            LaunchTemplate: "LaunchTemplateSpecification",
            MixedInstancesPolicy: "MixedInstancesPolicy",
            MinSize: "#integer",
            MaxSize: "#integer",
            DesiredCapacity: "#integer",
            DefaultCooldown: "#integer",
            AvailabilityZones: "AvailabilityZones",
            AvailabilityZoneIds: "AvailabilityZoneIds",
            HealthCheckType: "XmlStringMaxLen32",
            HealthCheckGracePeriod: "#integer",
            PlacementGroup: "UpdatePlacementGroupParam",
            VPCZoneIdentifier: "XmlStringMaxLen5000",
            TerminationPolicies: "TerminationPolicies",
            NewInstancesProtectedFromScaleIn: "#boolean",
            ServiceLinkedRoleARN: "ResourceName",
            MaxInstanceLifetime: "#integer",
            CapacityRebalance: "#boolean",
            Context: "#string",
            DesiredCapacityType: "XmlStringMaxLen255",
            DefaultInstanceWarmup: "#integer",
            InstanceMaintenancePolicy: "InstanceMaintenancePolicy",
            AvailabilityZoneDistribution: "AvailabilityZoneDistribution",
            AvailabilityZoneImpairmentPolicy: "AvailabilityZoneImpairmentPolicy",
            SkipZonalShiftValidation: "#boolean",
            CapacityReservationSpecification: "CapacityReservationSpecification",
            InstanceLifecyclePolicy: "InstanceLifecyclePolicy",
            DeletionProtection: "DeletionProtection"
          },
          required: ["AutoScalingGroupName"]
        },
        UpdatePlacementGroupParam: {
          type: "string",
          max: 255,
          min: 0,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        Values: {
          type: "list",
          member: "XmlString"
        },
        VCpuCountRequest: {
          type: "structure",
          members: {
            Min: "NullablePositiveInteger",
            Max: "NullablePositiveInteger"
          },
          required: ["Min"]
        },
        WarmPoolConfiguration: {
          type: "structure",
          members: {
            MaxGroupPreparedCapacity: "MaxGroupPreparedCapacity",
            MinSize: "WarmPoolMinSize",
            PoolState: "WarmPoolState",
            Status: "WarmPoolStatus",
            InstanceReusePolicy: "InstanceReusePolicy"
          }
        },
        WarmPoolMinSize: {
          type: "integer",
          min: 0
        },
        WarmPoolState: {
          type: "string",
          enum: ["Stopped", "Running", "Hibernated"]
        },
        WarmPoolStatus: {
          type: "string",
          enum: ["PendingDelete"]
        },
        XmlString: {
          type: "string",
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        XmlStringMaxLen1023: {
          type: "string",
          max: 1023,
          min: 1,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        XmlStringMaxLen1600: {
          type: "string",
          max: 1600,
          min: 1,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        XmlStringMaxLen19: {
          type: "string",
          max: 19,
          min: 1,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        XmlStringMaxLen255: {
          type: "string",
          max: 255,
          min: 1,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        XmlStringMaxLen32: {
          type: "string",
          max: 32,
          min: 1,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        XmlStringMaxLen5000: {
          type: "string",
          max: 5e3,
          min: 1,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        },
        XmlStringMaxLen511: {
          type: "string",
          max: 511,
          min: 1,
          patternFlags: "u",
          pattern: "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*"
        }
      }
    },
    cloudwatch: {
      protocol: "smithy-rpc-v2-cbor",
      operations: {
        DescribeAlarms: {
          input: "DescribeAlarmsInput",
          output: "DescribeAlarmsOutput"
        },
        PutCompositeAlarm: {
          input: "PutCompositeAlarmInput"
        },
        SetAlarmState: {
          input: "SetAlarmStateInput"
        }
      },
      shapes: {
        AccountId: {
          type: "string",
          max: 255,
          min: 1
        },
        ActionConfiguration: {
          type: "structure",
          members: {
            AlarmTagsPropagation: "AlarmTagsPropagation"
          }
        },
        ActionPrefix: {
          type: "string",
          max: 1024,
          min: 1
        },
        ActionsSuppressedBy: {
          type: "string",
          enum: ["WaitPeriod", "ExtensionPeriod", "Alarm"]
        },
        ActionsSuppressedReason: {
          type: "string",
          max: 1024,
          min: 0
        },
        AggregationExpression: {
          type: "string",
          max: 2048,
          min: 1
        },
        AlarmArn: {
          type: "string",
          max: 1600,
          min: 1
        },
        AlarmDescription: {
          type: "string",
          max: 1024,
          min: 0
        },
        AlarmName: {
          type: "string",
          max: 255,
          min: 1
        },
        AlarmNamePrefix: {
          type: "string",
          max: 255,
          min: 1
        },
        AlarmNames: {
          type: "list",
          max: 100,
          member: "AlarmName"
        },
        AlarmPromQLCriteria: {
          type: "structure",
          members: {
            Query: "Query",
            PendingPeriod: "PendingPeriod",
            RecoveryPeriod: "RecoveryPeriod"
          },
          required: ["Query"]
        },
        AlarmRule: {
          type: "string",
          max: 10240,
          min: 1
        },
        AlarmTagsPropagation: {
          type: "structure",
          members: {
            Enabled: "#boolean",
            IncludedTagKeys: "AlarmTagsPropagationTagKeys",
            ExcludedTagKeys: "AlarmTagsPropagationTagKeys"
          },
          required: ["Enabled"]
        },
        AlarmTagsPropagationTagKey: {
          type: "string",
          max: 128,
          min: 1
        },
        AlarmTagsPropagationTagKeys: {
          type: "list",
          max: 50,
          min: 1,
          member: "AlarmTagsPropagationTagKey"
        },
        AlarmType: {
          type: "string",
          enum: ["CompositeAlarm", "MetricAlarm", "LogAlarm"]
        },
        AlarmTypes: {
          type: "list",
          member: "AlarmType"
        },
        AmazonResourceName: {
          type: "string",
          max: 1024,
          min: 1
        },
        ComparisonOperator: {
          type: "string",
          enum: [
            "GreaterThanOrEqualToThreshold",
            "GreaterThanThreshold",
            "LessThanThreshold",
            "LessThanOrEqualToThreshold",
            "LessThanLowerOrGreaterThanUpperThreshold",
            "LessThanLowerThreshold",
            "GreaterThanUpperThreshold"
          ]
        },
        CompositeAlarm: {
          type: "structure",
          members: {
            ActionsEnabled: "#boolean",
            AlarmActions: "ResourceList",
            AlarmArn: "AlarmArn",
            AlarmConfigurationUpdatedTimestamp: "#timestamp",
            AlarmDescription: "AlarmDescription",
            AlarmName: "AlarmName",
            AlarmRule: "AlarmRule",
            InsufficientDataActions: "ResourceList",
            OKActions: "ResourceList",
            StateReason: "StateReason",
            StateReasonData: "StateReasonData",
            StateUpdatedTimestamp: "#timestamp",
            StateValue: "StateValue",
            StateTransitionedTimestamp: "#timestamp",
            ActionsSuppressedBy: "ActionsSuppressedBy",
            ActionsSuppressedReason: "ActionsSuppressedReason",
            ActionsSuppressor: "AlarmArn",
            ActionsSuppressorWaitPeriod: "#integer",
            ActionsSuppressorExtensionPeriod: "#integer",
            ActionConfiguration: "ActionConfiguration"
          }
        },
        CompositeAlarms: {
          type: "list",
          member: "CompositeAlarm"
        },
        DatapointsToAlarm: {
          type: "integer",
          min: 1
        },
        DescribeAlarmsInput: {
          type: "structure",
          members: {
            AlarmNames: "AlarmNames",
            AlarmNamePrefix: "AlarmNamePrefix",
            AlarmTypes: "AlarmTypes",
            ChildrenOfAlarmName: "AlarmName",
            ParentsOfAlarmName: "AlarmName",
            StateValue: "StateValue",
            ActionPrefix: "ActionPrefix",
            MaxRecords: "MaxRecords",
            NextToken: "#string"
          }
        },
        DescribeAlarmsOutput: {
          type: "structure",
          members: {
            CompositeAlarms: "CompositeAlarms",
            MetricAlarms: "MetricAlarms",
            LogAlarms: "LogAlarms",
            NextToken: "#string"
          }
        },
        Dimension: {
          type: "structure",
          members: {
            Name: "DimensionName",
            Value: "DimensionValue"
          },
          required: ["Name", "Value"]
        },
        DimensionName: {
          type: "string",
          max: 255,
          min: 1
        },
        Dimensions: {
          type: "list",
          max: 30,
          member: "Dimension"
        },
        DimensionValue: {
          type: "string",
          max: 1024,
          min: 1
        },
        EndTimeOffset: {
          type: "long",
          max: 2592e3,
          min: 0
        },
        EvaluateLowSampleCountPercentile: {
          type: "string",
          max: 255,
          min: 1
        },
        EvaluationCriteria: {
          type: "structure",
          members: {
            PromQLCriteria: "AlarmPromQLCriteria"
          }
        },
        EvaluationInterval: {
          type: "integer",
          max: 3600,
          min: 10
        },
        EvaluationPeriods: {
          type: "integer",
          min: 1
        },
        EvaluationState: {
          type: "string",
          enum: ["PARTIAL_DATA", "EVALUATION_FAILURE", "EVALUATION_ERROR"]
        },
        EvaluationWindow: {
          type: "structure",
          members: {
            WallClockWindow: "WallClockWindow",
            SlidingWindow: "SlidingWindow"
          }
        },
        LogAlarm: {
          type: "structure",
          members: {
            AlarmName: "AlarmName",
            AlarmArn: "AlarmArn",
            AlarmDescription: "AlarmDescription",
            AlarmConfigurationUpdatedTimestamp: "#timestamp",
            ActionsEnabled: "#boolean",
            OKActions: "ResourceList",
            AlarmActions: "ResourceList",
            InsufficientDataActions: "ResourceList",
            StateValue: "StateValue",
            StateReason: "StateReason",
            StateReasonData: "StateReasonData",
            StateUpdatedTimestamp: "#timestamp",
            ScheduledQueryConfiguration: "ScheduledQueryConfiguration",
            QueryResultsToEvaluate: "QueryResultsToEvaluate",
            QueryResultsToAlarm: "QueryResultsToAlarm",
            Threshold: "#double",
            ComparisonOperator: "ComparisonOperator",
            TreatMissingData: "TreatMissingData",
            StateTransitionedTimestamp: "#timestamp",
            EvaluationState: "EvaluationState",
            ActionLogLineCount: "#integer",
            ActionLogLineRoleArn: "#string",
            WarmUpConfiguration: "WarmUpConfiguration",
            ActionConfiguration: "ActionConfiguration"
          }
        },
        LogAlarms: {
          type: "list",
          member: "LogAlarm"
        },
        LogGroupIdentifiers: {
          type: "list",
          max: 50,
          min: 1,
          member: "AmazonResourceName"
        },
        MaxRecords: {
          type: "integer",
          max: 100,
          min: 1
        },
        Metric: {
          type: "structure",
          members: {
            Namespace: "Namespace",
            MetricName: "MetricName",
            Dimensions: "Dimensions"
          }
        },
        MetricAlarm: {
          type: "structure",
          members: {
            AlarmName: "AlarmName",
            AlarmArn: "AlarmArn",
            AlarmDescription: "AlarmDescription",
            AlarmConfigurationUpdatedTimestamp: "#timestamp",
            ActionsEnabled: "#boolean",
            OKActions: "ResourceList",
            AlarmActions: "ResourceList",
            InsufficientDataActions: "ResourceList",
            StateValue: "StateValue",
            StateReason: "StateReason",
            StateReasonData: "StateReasonData",
            StateUpdatedTimestamp: "#timestamp",
            MetricName: "MetricName",
            Namespace: "Namespace",
            Statistic: "Statistic",
            ExtendedStatistic: "#string",
            Dimensions: "Dimensions",
            Period: "Period",
            Unit: "StandardUnit",
            EvaluationPeriods: "EvaluationPeriods",
            DatapointsToAlarm: "DatapointsToAlarm",
            Threshold: "#double",
            ComparisonOperator: "ComparisonOperator",
            TreatMissingData: "TreatMissingData",
            EvaluateLowSampleCountPercentile: "EvaluateLowSampleCountPercentile",
            Metrics: "MetricDataQueries",
            ThresholdMetricId: "MetricId",
            EvaluationState: "EvaluationState",
            StateTransitionedTimestamp: "#timestamp",
            EvaluationWindow: "EvaluationWindow",
            WarmUpConfiguration: "WarmUpConfiguration",
            EvaluationCriteria: "EvaluationCriteria",
            EvaluationInterval: "EvaluationInterval",
            ActionConfiguration: "ActionConfiguration"
          }
        },
        MetricAlarms: {
          type: "list",
          member: "MetricAlarm"
        },
        MetricDataQueries: {
          type: "list",
          member: "MetricDataQuery"
        },
        MetricDataQuery: {
          type: "structure",
          members: {
            Id: "MetricId",
            MetricStat: "MetricStat",
            Expression: "MetricExpression",
            Label: "#string",
            ReturnData: "#boolean",
            Period: "Period",
            AccountId: "AccountId"
          },
          required: ["Id"]
        },
        MetricExpression: {
          type: "string",
          max: 2048,
          min: 1
        },
        MetricId: {
          type: "string",
          max: 255,
          min: 1
        },
        MetricName: {
          type: "string",
          max: 255,
          min: 1
        },
        MetricStat: {
          type: "structure",
          members: {
            Metric: "Metric",
            Period: "Period",
            Stat: "#string",
            Unit: "StandardUnit"
          },
          required: ["Metric", "Period", "Stat"]
        },
        Namespace: {
          type: "string",
          max: 255,
          min: 1,
          pattern: "[^:].*"
        },
        PendingPeriod: {
          type: "integer",
          max: 86400,
          min: 0
        },
        Period: {
          type: "integer",
          min: 1
        },
        PutCompositeAlarmInput: {
          type: "structure",
          members: {
            ActionsEnabled: "#boolean",
            AlarmActions: "ResourceList",
            AlarmDescription: "AlarmDescription",
            AlarmName: "AlarmName",
            AlarmRule: "AlarmRule",
            InsufficientDataActions: "ResourceList",
            OKActions: "ResourceList",
            Tags: "TagList",
            ActionsSuppressor: "AlarmArn",
            ActionsSuppressorWaitPeriod: "#integer",
            ActionsSuppressorExtensionPeriod: "#integer",
            ActionConfiguration: "ActionConfiguration"
          },
          required: ["AlarmName", "AlarmRule"]
        },
        Query: {
          type: "string",
          max: 1e4,
          min: 1
        },
        QueryResultsToAlarm: {
          type: "integer",
          min: 1
        },
        QueryResultsToEvaluate: {
          type: "integer",
          min: 1
        },
        QueryString: {
          type: "string",
          max: 1e4,
          min: 0
        },
        RecoveryPeriod: {
          type: "integer",
          max: 86400,
          min: 0
        },
        ResourceList: {
          type: "list",
          max: 5,
          member: "ResourceName"
        },
        ResourceName: {
          type: "string",
          max: 1024,
          min: 1
        },
        ScheduleConfiguration: {
          type: "structure",
          members: {
            ScheduleExpression: "ScheduleExpression",
            StartTimeOffset: "StartTimeOffset",
            EndTimeOffset: "EndTimeOffset"
          },
          required: ["ScheduleExpression", "StartTimeOffset"]
        },
        ScheduledQueryConfiguration: {
          type: "structure",
          members: {
            QueryString: "QueryString",
            LogGroupIdentifiers: "LogGroupIdentifiers",
            QueryARN: "AmazonResourceName",
            ScheduledQueryRoleARN: "AmazonResourceName",
            ScheduleConfiguration: "ScheduleConfiguration",
            AggregationExpression: "AggregationExpression",
            Tags: "TagList"
          },
          required: [
            "QueryString",
            "ScheduledQueryRoleARN",
            "ScheduleConfiguration",
            "AggregationExpression"
          ]
        },
        ScheduleExpression: {
          type: "string",
          max: 256,
          min: 1
        },
        SetAlarmStateInput: {
          type: "structure",
          members: {
            AlarmName: "AlarmName",
            StateValue: "StateValue",
            StateReason: "StateReason",
            StateReasonData: "StateReasonData"
          },
          required: ["AlarmName", "StateValue", "StateReason"]
        },
        SlidingWindow: {
          type: "structure",
          members: {}
        },
        StandardUnit: {
          type: "string",
          enum: [
            "Seconds",
            "Microseconds",
            "Milliseconds",
            "Bytes",
            "Kilobytes",
            "Megabytes",
            "Gigabytes",
            "Terabytes",
            "Bits",
            "Kilobits",
            "Megabits",
            "Gigabits",
            "Terabits",
            "Percent",
            "Count",
            "Bytes/Second",
            "Kilobytes/Second",
            "Megabytes/Second",
            "Gigabytes/Second",
            "Terabytes/Second",
            "Bits/Second",
            "Kilobits/Second",
            "Megabits/Second",
            "Gigabits/Second",
            "Terabits/Second",
            "Count/Second",
            "None"
          ]
        },
        StartTimeOffset: {
          type: "long",
          max: 2592e3,
          min: 1
        },
        StateReason: {
          type: "string",
          max: 1023,
          min: 0
        },
        StateReasonData: {
          type: "string",
          max: 4e3,
          min: 0
        },
        StateValue: {
          type: "string",
          enum: ["OK", "ALARM", "INSUFFICIENT_DATA"]
        },
        Statistic: {
          type: "string",
          enum: ["SampleCount", "Average", "Sum", "Minimum", "Maximum"]
        },
        Tag: {
          type: "structure",
          members: {
            Key: "TagKey",
            Value: "TagValue"
          },
          required: ["Key", "Value"]
        },
        TagKey: {
          type: "string",
          max: 128,
          min: 1
        },
        TagList: {
          type: "list",
          member: "Tag"
        },
        TagValue: {
          type: "string",
          max: 256,
          min: 0
        },
        Timezone: {
          type: "string",
          max: 50,
          min: 1
        },
        TreatMissingData: {
          type: "string",
          max: 255,
          min: 1
        },
        WallClockWindow: {
          type: "structure",
          members: {
            Timezone: "Timezone"
          }
        },
        WarmUpConfiguration: {
          type: "structure",
          members: {
            WarmUpPeriodDurationInMinutes: "WarmUpPeriodDurationInMinutes",
            OnlyStartEvaluatingAfterWarmUpPeriodEnds: "#boolean"
          },
          required: ["WarmUpPeriodDurationInMinutes"]
        },
        WarmUpPeriodDurationInMinutes: {
          type: "integer",
          max: 2880,
          min: 1
        }
      }
    },
    ec2: {
      protocol: "ec2",
      operations: {
        CreateLaunchTemplate: {
          input: "CreateLaunchTemplateRequest",
          output: "CreateLaunchTemplateResult"
        },
        CreateLaunchTemplateVersion: {
          input: "CreateLaunchTemplateVersionRequest",
          output: "CreateLaunchTemplateVersionResult"
        },
        CreateTags: {
          input: "CreateTagsRequest"
        },
        DeleteSnapshot: {
          input: "DeleteSnapshotRequest"
        },
        DeleteTags: {
          input: "DeleteTagsRequest"
        },
        DeregisterImage: {
          input: "DeregisterImageRequest",
          output: "DeregisterImageResult"
        },
        DescribeImages: {
          input: "DescribeImagesRequest",
          output: "DescribeImagesResult"
        },
        DescribeInstanceStatus: {
          input: "DescribeInstanceStatusRequest",
          output: "DescribeInstanceStatusResult"
        },
        DescribeInstanceTypes: {
          input: "DescribeInstanceTypesRequest",
          output: "DescribeInstanceTypesResult"
        },
        DescribeInstances: {
          input: "DescribeInstancesRequest",
          output: "DescribeInstancesResult"
        },
        DescribeLaunchTemplateVersions: {
          input: "DescribeLaunchTemplateVersionsRequest",
          output: "DescribeLaunchTemplateVersionsResult"
        },
        DescribeLaunchTemplates: {
          input: "DescribeLaunchTemplatesRequest",
          output: "DescribeLaunchTemplatesResult"
        },
        DescribeSnapshots: {
          input: "DescribeSnapshotsRequest",
          output: "DescribeSnapshotsResult"
        },
        DescribeSubnets: {
          input: "DescribeSubnetsRequest",
          output: "DescribeSubnetsResult"
        },
        DescribeVpcs: {
          input: "DescribeVpcsRequest",
          output: "DescribeVpcsResult"
        },
        DisableEbsEncryptionByDefault: {
          input: "DisableEbsEncryptionByDefaultRequest",
          output: "DisableEbsEncryptionByDefaultResult"
        },
        EnableEbsEncryptionByDefault: {
          input: "EnableEbsEncryptionByDefaultRequest",
          output: "EnableEbsEncryptionByDefaultResult"
        },
        GetEbsEncryptionByDefault: {
          input: "GetEbsEncryptionByDefaultRequest",
          output: "GetEbsEncryptionByDefaultResult"
        },
        ModifyLaunchTemplate: {
          input: "ModifyLaunchTemplateRequest",
          output: "ModifyLaunchTemplateResult"
        },
        RebootInstances: {
          input: "RebootInstancesRequest"
        },
        RunInstances: {
          input: "RunInstancesRequest",
          output: "Reservation"
        },
        StartInstances: {
          input: "StartInstancesRequest",
          output: "StartInstancesResult"
        },
        StopInstances: {
          input: "StopInstancesRequest",
          output: "StopInstancesResult"
        },
        TerminateInstances: {
          input: "TerminateInstancesRequest",
          output: "TerminateInstancesResult"
        }
      },
      shapes: {
        AcceleratorCount: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          }
        },
        AcceleratorCountRequest: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          }
        },
        AcceleratorManufacturer: {
          type: "string",
          enum: ["amazon-web-services", "amd", "nvidia", "xilinx", "habana"]
        },
        AcceleratorManufacturerSet: {
          type: "list",
          member: "AcceleratorManufacturer"
        },
        AcceleratorName: {
          type: "string",
          enum: [
            "a100",
            "inferentia",
            "k520",
            "k80",
            "m60",
            "radeon-pro-v520",
            "t4",
            "vu9p",
            "v100",
            "a10g",
            "h100",
            "t4g",
            "l40s",
            "l4",
            "gaudi-hl-205",
            "inferentia2",
            "trainium",
            "trainium2",
            "u30"
          ]
        },
        AcceleratorNameSet: {
          type: "list",
          member: "AcceleratorName"
        },
        AcceleratorTotalMemoryMiB: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          }
        },
        AcceleratorTotalMemoryMiBRequest: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          }
        },
        AcceleratorType: {
          type: "string",
          enum: ["gpu", "fpga", "inference", "media"]
        },
        AcceleratorTypeSet: {
          type: "list",
          member: "AcceleratorType"
        },
        AllowedInstanceType: {
          type: "string",
          max: 30,
          min: 1,
          pattern: "[a-zA-Z0-9\\.\\*\\-]+"
        },
        AllowedInstanceTypeSet: {
          type: "list",
          max: 400,
          min: 0,
          member: "AllowedInstanceType"
        },
        AmdSevSnpSpecification: {
          type: "string",
          enum: ["enabled", "disabled"]
        },
        ApplicationStatusSummary: {
          type: "structure",
          members: {
            Status: "SummaryStatus",
            ImpairedSince: "#timestamp"
          }
        },
        ArchitectureType: {
          type: "string",
          enum: ["i386", "x86_64", "arm64", "x86_64_mac", "arm64_mac"]
        },
        ArchitectureTypeList: {
          type: "list",
          member: "ArchitectureType"
        },
        ArchitectureValues: {
          type: "string",
          enum: ["i386", "x86_64", "arm64", "x86_64_mac", "arm64_mac"]
        },
        AssociatedKmsKey: {
          type: "structure",
          members: {
            KmsKeyId: "#string"
          }
        },
        AssociatedKmsKeySet: {
          type: "list",
          member: "AssociatedKmsKey"
        },
        AttachmentLimitType: {
          type: "string",
          enum: ["shared", "dedicated"]
        },
        AttachmentStatus: {
          type: "string",
          enum: ["attaching", "attached", "detaching", "detached"]
        },
        BandwidthWeightingType: {
          type: "string",
          enum: ["default", "vpc-1", "ebs-1"]
        },
        BandwidthWeightingTypeList: {
          type: "list",
          member: "BandwidthWeightingType"
        },
        BareMetal: {
          type: "string",
          enum: ["included", "required", "excluded"]
        },
        BaselineEbsBandwidthMbps: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          }
        },
        BaselineEbsBandwidthMbpsRequest: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          }
        },
        BaselinePerformanceFactors: {
          type: "structure",
          members: {
            Cpu: "CpuPerformanceFactor"
          }
        },
        BaselinePerformanceFactorsRequest: {
          type: "structure",
          members: {
            Cpu: "CpuPerformanceFactorRequest"
          }
        },
        BlockDeviceMapping: {
          type: "structure",
          members: {
            Ebs: "EbsBlockDevice",
            NoDevice: "#string",
            DeviceName: "#string",
            VirtualName: "#string"
          }
        },
        BlockDeviceMappingList: {
          type: "list",
          member: "BlockDeviceMapping"
        },
        BlockDeviceMappingRequestList: {
          type: "list",
          member: "BlockDeviceMapping"
        },
        BlockPublicAccessMode: {
          type: "string",
          enum: ["off", "block-bidirectional", "block-ingress"]
        },
        BlockPublicAccessStates: {
          type: "structure",
          members: {
            InternetGatewayBlockMode: "BlockPublicAccessMode"
          }
        },
        BootModeType: {
          type: "string",
          enum: ["legacy-bios", "uefi"]
        },
        BootModeTypeList: {
          type: "list",
          member: "BootModeType"
        },
        BootModeValues: {
          type: "string",
          enum: ["legacy-bios", "uefi", "uefi-preferred"]
        },
        BurstablePerformance: {
          type: "string",
          enum: ["included", "required", "excluded"]
        },
        CapacityReservationPreference: {
          type: "string",
          enum: ["capacity-reservations-only", "open", "none"]
        },
        CapacityReservationSpecification: {
          type: "structure",
          members: {
            CapacityReservationPreference: "CapacityReservationPreference",
            CapacityReservationTarget: "CapacityReservationTarget"
          }
        },
        CapacityReservationSpecificationResponse: {
          type: "structure",
          members: {
            CapacityReservationPreference: "CapacityReservationPreference",
            CapacityReservationTarget: "CapacityReservationTargetResponse"
          }
        },
        CapacityReservationTarget: {
          type: "structure",
          members: {
            CapacityReservationId: "#string",
            CapacityReservationResourceGroupArn: "#string"
          }
        },
        CapacityReservationTargetResponse: {
          type: "structure",
          members: {
            CapacityReservationId: "#string",
            CapacityReservationResourceGroupArn: "#string"
          }
        },
        ConnectionTrackingSpecification: {
          type: "structure",
          members: {
            TcpEstablishedTimeout: "#integer",
            UdpTimeout: "#integer",
            UdpStreamTimeout: "#integer"
          }
        },
        ConnectionTrackingSpecificationRequest: {
          type: "structure",
          members: {
            TcpEstablishedTimeout: "#integer",
            UdpStreamTimeout: "#integer",
            UdpTimeout: "#integer"
          }
        },
        ConnectionTrackingSpecificationResponse: {
          type: "structure",
          members: {
            TcpEstablishedTimeout: "#integer",
            UdpStreamTimeout: "#integer",
            UdpTimeout: "#integer"
          }
        },
        CoreCountList: {
          type: "list",
          member: "#integer"
        },
        CpuManufacturer: {
          type: "string",
          enum: ["intel", "amd", "amazon-web-services", "apple"]
        },
        CpuManufacturerSet: {
          type: "list",
          member: "CpuManufacturer"
        },
        CpuOptions: {
          type: "structure",
          members: {
            CoreCount: "#integer",
            ThreadsPerCore: "#integer",
            AmdSevSnp: "AmdSevSnpSpecification",
            NestedVirtualization: "NestedVirtualizationSpecification"
          }
        },
        CpuOptionsRequest: {
          type: "structure",
          members: {
            CoreCount: "#integer",
            ThreadsPerCore: "#integer",
            AmdSevSnp: "AmdSevSnpSpecification",
            NestedVirtualization: "NestedVirtualizationSpecification"
          }
        },
        CpuPerformanceFactor: {
          type: "structure",
          members: {
            References: "PerformanceFactorReferenceSet"
          }
        },
        CpuPerformanceFactorRequest: {
          type: "structure",
          members: {
            References: "PerformanceFactorReferenceSetRequest"
          }
        },
        CreateLaunchTemplateRequest: {
          type: "structure",
          members: {
            DryRun: "#boolean",
            ClientToken: "#string",
            LaunchTemplateName: "#string",
            VersionDescription: "VersionDescription",
            LaunchTemplateData: "RequestLaunchTemplateData",
            Operator: "OperatorRequest",
            TagSpecifications: "TagSpecificationList"
          },
          required: ["LaunchTemplateName", "LaunchTemplateData"]
        },
        CreateLaunchTemplateResult: {
          type: "structure",
          members: {
            LaunchTemplate: "LaunchTemplate",
            Warning: "ValidationWarning"
          }
        },
        CreateLaunchTemplateVersionRequest: {
          type: "structure",
          members: {
            DryRun: "#boolean",
            ClientToken: "#string",
            LaunchTemplateId: "#string",
            LaunchTemplateName: "LaunchTemplateName",
            SourceVersion: "#string",
            VersionDescription: "VersionDescription",
            LaunchTemplateData: "RequestLaunchTemplateData",
            ResolveAlias: "#boolean"
          },
          required: ["LaunchTemplateData"]
        },
        CreateLaunchTemplateVersionResult: {
          type: "structure",
          members: {
            LaunchTemplateVersion: "LaunchTemplateVersion",
            Warning: "ValidationWarning"
          }
        },
        CreateTagsRequest: {
          type: "structure",
          members: {
            DryRun: "#boolean",
            Resources: "ResourceIdList",
            Tags: "TagList"
          },
          required: ["Resources", "Tags"]
        },
        CreditSpecification: {
          type: "structure",
          members: {
            CpuCredits: "#string"
          }
        },
        CreditSpecificationRequest: {
          type: "structure",
          members: {
            CpuCredits: "#string"
          },
          required: ["CpuCredits"]
        },
        DefaultConnectionTrackingConfiguration: {
          type: "structure",
          members: {
            DefaultTcpEstablishedTimeout: "#integer",
            DefaultUdpTimeout: "#integer",
            DefaultUdpStreamTimeout: "#integer"
          }
        },
        DeleteSnapshotRequest: {
          type: "structure",
          members: {
            SnapshotId: "#string",
            DryRun: "#boolean"
          },
          required: ["SnapshotId"]
        },
        DeleteSnapshotResultSet: {
          type: "list",
          member: "DeleteSnapshotReturnCode"
        },
        DeleteSnapshotReturnCode: {
          type: "structure",
          members: {
            SnapshotId: "#string",
            ReturnCode: "SnapshotReturnCodes"
          }
        },
        DeleteTagsRequest: {
          type: "structure",
          members: {
            DryRun: "#boolean",
            Resources: "ResourceIdList",
            Tags: "TagList"
          },
          required: ["Resources"]
        },
        DeregisterImageRequest: {
          type: "structure",
          members: {
            ImageId: "#string",
            DeleteAssociatedSnapshots: "#boolean",
            DryRun: "#boolean"
          },
          required: ["ImageId"]
        },
        DeregisterImageResult: {
          type: "structure",
          members: {
            Return: "#boolean",
            DeleteSnapshotResults: "DeleteSnapshotResultSet"
          }
        },
        DescribeImagesRequest: {
          type: "structure",
          members: {
            ExecutableUsers: "ExecutableByStringList",
            ImageIds: "ImageIdStringList",
            Owners: "OwnerStringList",
            IncludeDeprecated: "#boolean",
            IncludeDisabled: "#boolean",
            MaxResults: "#integer",
            NextToken: "#string",
            DryRun: "#boolean",
            Filters: "FilterList"
          }
        },
        DescribeImagesResult: {
          type: "structure",
          members: {
            NextToken: "#string",
            Images: "ImageList"
          }
        },
        DescribeInstancesRequest: {
          type: "structure",
          members: {
            InstanceIds: "InstanceIdStringList",
            IncludeManagedResources: "#boolean",
            DryRun: "#boolean",
            Filters: "FilterList",
            NextToken: "#string",
            MaxResults: "#integer"
          }
        },
        DescribeInstancesResult: {
          type: "structure",
          members: {
            NextToken: "#string",
            Reservations: "ReservationList"
          }
        },
        DescribeInstanceStatusRequest: {
          type: "structure",
          members: {
            InstanceIds: "InstanceIdStringList",
            MaxResults: "#integer",
            NextToken: "#string",
            IncludeManagedResources: "#boolean",
            DryRun: "#boolean",
            Filters: "FilterList",
            IncludeAllInstances: "#boolean"
          }
        },
        DescribeInstanceStatusResult: {
          type: "structure",
          members: {
            InstanceStatuses: "InstanceStatusList",
            NextToken: "#string"
          }
        },
        DescribeInstanceTypesRequest: {
          type: "structure",
          members: {
            DryRun: "#boolean",
            InstanceTypes: "RequestInstanceTypeList",
            Filters: "FilterList",
            MaxResults: "DITMaxResults",
            NextToken: "#string",
            IncludeUnsupportedInRegion: "#boolean"
          }
        },
        DescribeInstanceTypesResult: {
          type: "structure",
          members: {
            InstanceTypes: "InstanceTypeInfoList",
            NextToken: "#string"
          }
        },
        DescribeLaunchTemplatesMaxResults: {
          type: "integer",
          max: 200,
          min: 1
        },
        DescribeLaunchTemplatesRequest: {
          type: "structure",
          members: {
            DryRun: "#boolean",
            LaunchTemplateIds: "LaunchTemplateIdStringList",
            LaunchTemplateNames: "LaunchTemplateNameStringList",
            Filters: "FilterList",
            NextToken: "#string",
            MaxResults: "DescribeLaunchTemplatesMaxResults",
            IncludeManagedResources: "#boolean"
          }
        },
        DescribeLaunchTemplatesResult: {
          type: "structure",
          members: {
            LaunchTemplates: "LaunchTemplateSet",
            NextToken: "#string"
          }
        },
        DescribeLaunchTemplateVersionsRequest: {
          type: "structure",
          members: {
            DryRun: "#boolean",
            LaunchTemplateId: "#string",
            LaunchTemplateName: "LaunchTemplateName",
            Versions: "VersionStringList",
            MinVersion: "#string",
            MaxVersion: "#string",
            NextToken: "#string",
            MaxResults: "#integer",
            Filters: "FilterList",
            ResolveAlias: "#boolean",
            IncludeManagedResources: "#boolean"
          }
        },
        DescribeLaunchTemplateVersionsResult: {
          type: "structure",
          members: {
            LaunchTemplateVersions: "LaunchTemplateVersionSet",
            NextToken: "#string"
          }
        },
        DescribeSnapshotsRequest: {
          type: "structure",
          members: {
            MaxResults: "#integer",
            NextToken: "#string",
            OwnerIds: "OwnerStringList",
            RestorableByUserIds: "RestorableByStringList",
            SnapshotIds: "SnapshotIdStringList",
            DryRun: "#boolean",
            Filters: "FilterList"
          }
        },
        DescribeSnapshotsResult: {
          type: "structure",
          members: {
            NextToken: "#string",
            Snapshots: "SnapshotList"
          }
        },
        DescribeSubnetsMaxResults: {
          type: "integer",
          max: 1e3,
          min: 5
        },
        DescribeSubnetsRequest: {
          type: "structure",
          members: {
            Filters: "FilterList",
            SubnetIds: "SubnetIdStringList",
            NextToken: "#string",
            MaxResults: "DescribeSubnetsMaxResults",
            DryRun: "#boolean"
          }
        },
        DescribeSubnetsResult: {
          type: "structure",
          members: {
            NextToken: "#string",
            Subnets: "SubnetList"
          }
        },
        DescribeVpcsMaxResults: {
          type: "integer",
          max: 1e3,
          min: 5
        },
        DescribeVpcsRequest: {
          type: "structure",
          members: {
            Filters: "FilterList",
            VpcIds: "VpcIdStringList",
            NextToken: "#string",
            MaxResults: "DescribeVpcsMaxResults",
            DryRun: "#boolean"
          }
        },
        DescribeVpcsResult: {
          type: "structure",
          members: {
            NextToken: "#string",
            Vpcs: "VpcList"
          }
        },
        DeviceType: {
          type: "string",
          enum: ["ebs", "instance-store"]
        },
        DisableEbsEncryptionByDefaultRequest: {
          type: "structure",
          members: {
            DryRun: "#boolean"
          }
        },
        DisableEbsEncryptionByDefaultResult: {
          type: "structure",
          members: {
            EbsEncryptionByDefault: "#boolean"
          }
        },
        DiskInfo: {
          type: "structure",
          members: {
            SizeInGB: "#long",
            Count: "#integer",
            Type: "DiskType"
          }
        },
        DiskInfoList: {
          type: "list",
          member: "DiskInfo"
        },
        DiskType: {
          type: "string",
          enum: ["hdd", "ssd"]
        },
        DITMaxResults: {
          type: "integer",
          max: 100,
          min: 5
        },
        EbsBlockDevice: {
          type: "structure",
          members: {
            DeleteOnTermination: "#boolean",
            Iops: "#integer",
            SnapshotId: "#string",
            VolumeSize: "#integer",
            VolumeType: "VolumeType",
            KmsKeyId: "#string",
            Throughput: "#integer",
            OutpostArn: "#string",
            AvailabilityZone: "#string",
            Encrypted: "#boolean",
            VolumeInitializationRate: "#integer",
            AvailabilityZoneId: "#string",
            EbsCardIndex: "#integer"
          }
        },
        EbsCardInfo: {
          type: "structure",
          members: {
            EbsCardIndex: "#integer",
            BaselineBandwidthInMbps: "#integer",
            BaselineThroughputInMBps: "#double",
            BaselineIops: "#integer",
            MaximumBandwidthInMbps: "#integer",
            MaximumThroughputInMBps: "#double",
            MaximumIops: "#integer"
          }
        },
        EbsCardInfoList: {
          type: "list",
          member: "EbsCardInfo"
        },
        EbsEncryptionSupport: {
          type: "string",
          enum: ["unsupported", "supported"]
        },
        EbsInfo: {
          type: "structure",
          members: {
            EbsOptimizedSupport: "EbsOptimizedSupport",
            EncryptionSupport: "EbsEncryptionSupport",
            EbsOptimizedInfo: "EbsOptimizedInfo",
            NvmeSupport: "EbsNvmeSupport",
            MaximumEbsAttachments: "#integer",
            AttachmentLimitType: "AttachmentLimitType",
            MaximumEbsCards: "#integer",
            EbsCards: "EbsCardInfoList"
          }
        },
        EbsInstanceBlockDevice: {
          type: "structure",
          members: {
            AttachTime: "#timestamp",
            DeleteOnTermination: "#boolean",
            Status: "AttachmentStatus",
            VolumeId: "#string",
            AssociatedResource: "#string",
            VolumeOwnerId: "#string",
            Operator: "OperatorResponse",
            EbsCardIndex: "#integer"
          }
        },
        EbsNvmeSupport: {
          type: "string",
          enum: ["unsupported", "supported", "required"]
        },
        EbsOptimizedInfo: {
          type: "structure",
          members: {
            BaselineBandwidthInMbps: "#integer",
            BaselineThroughputInMBps: "#double",
            BaselineIops: "#integer",
            MaximumBandwidthInMbps: "#integer",
            MaximumThroughputInMBps: "#double",
            MaximumIops: "#integer"
          }
        },
        EbsOptimizedSupport: {
          type: "string",
          enum: ["unsupported", "supported", "default"]
        },
        EbsStatusDetails: {
          type: "structure",
          members: {
            ImpairedSince: "#timestamp",
            Name: "StatusName",
            Status: "StatusType"
          }
        },
        EbsStatusDetailsList: {
          type: "list",
          member: "EbsStatusDetails"
        },
        EbsStatusSummary: {
          type: "structure",
          members: {
            Details: "EbsStatusDetailsList",
            Status: "SummaryStatus"
          }
        },
        EfaInfo: {
          type: "structure",
          members: {
            MaximumEfaInterfaces: "#integer"
          }
        },
        ElasticGpuAssociation: {
          type: "structure",
          members: {
            ElasticGpuId: "#string",
            ElasticGpuAssociationId: "#string",
            ElasticGpuAssociationState: "#string",
            ElasticGpuAssociationTime: "#string"
          }
        },
        ElasticGpuAssociationList: {
          type: "list",
          member: "ElasticGpuAssociation"
        },
        ElasticGpuSpecification: {
          type: "structure",
          members: {
            Type: "#string"
          },
          required: ["Type"]
        },
        ElasticGpuSpecificationList: {
          type: "list",
          member: "ElasticGpuSpecification"
        },
        ElasticGpuSpecificationResponse: {
          type: "structure",
          members: {
            Type: "#string"
          }
        },
        ElasticGpuSpecificationResponseList: {
          type: "list",
          member: "ElasticGpuSpecificationResponse"
        },
        ElasticGpuSpecifications: {
          type: "list",
          member: "ElasticGpuSpecification"
        },
        ElasticInferenceAccelerator: {
          type: "structure",
          members: {
            Type: "#string",
            Count: "ElasticInferenceAcceleratorCount"
          },
          required: ["Type"]
        },
        ElasticInferenceAcceleratorAssociation: {
          type: "structure",
          members: {
            ElasticInferenceAcceleratorArn: "#string",
            ElasticInferenceAcceleratorAssociationId: "#string",
            ElasticInferenceAcceleratorAssociationState: "#string",
            ElasticInferenceAcceleratorAssociationTime: "#timestamp"
          }
        },
        ElasticInferenceAcceleratorAssociationList: {
          type: "list",
          member: "ElasticInferenceAcceleratorAssociation"
        },
        ElasticInferenceAcceleratorCount: {
          type: "integer",
          min: 1
        },
        ElasticInferenceAccelerators: {
          type: "list",
          member: "ElasticInferenceAccelerator"
        },
        EnableEbsEncryptionByDefaultRequest: {
          type: "structure",
          members: {
            DryRun: "#boolean"
          }
        },
        EnableEbsEncryptionByDefaultResult: {
          type: "structure",
          members: {
            EbsEncryptionByDefault: "#boolean"
          }
        },
        EnaSrdSpecificationRequest: {
          type: "structure",
          members: {
            EnaSrdEnabled: "#boolean",
            EnaSrdUdpSpecification: "EnaSrdUdpSpecificationRequest"
          }
        },
        EnaSrdUdpSpecificationRequest: {
          type: "structure",
          members: {
            EnaSrdUdpEnabled: "#boolean"
          }
        },
        EnaSupport: {
          type: "string",
          enum: ["unsupported", "supported", "required"]
        },
        EnclaveOptions: {
          type: "structure",
          members: {
            Enabled: "#boolean"
          }
        },
        EnclaveOptionsRequest: {
          type: "structure",
          members: {
            Enabled: "#boolean"
          }
        },
        EphemeralNvmeSupport: {
          type: "string",
          enum: ["unsupported", "supported", "required"]
        },
        ErrorSet: {
          type: "list",
          member: "ValidationError"
        },
        EventCode: {
          type: "string",
          enum: [
            "instance-reboot",
            "system-reboot",
            "system-maintenance",
            "instance-retirement",
            "instance-stop"
          ]
        },
        ExcludedInstanceType: {
          type: "string",
          max: 30,
          min: 1,
          pattern: "[a-zA-Z0-9\\.\\*\\-]+"
        },
        ExcludedInstanceTypeSet: {
          type: "list",
          max: 400,
          min: 0,
          member: "ExcludedInstanceType"
        },
        ExecutableByStringList: {
          type: "list",
          member: "#string"
        },
        Filter: {
          type: "structure",
          members: {
            Name: "#string",
            Values: "ValueStringList"
          }
        },
        FilterList: {
          type: "list",
          member: "Filter"
        },
        FirewallMode: {
          type: "string",
          enum: ["monitor", "enforce"]
        },
        FirewallOnboardingStatus: {
          type: "string",
          enum: ["pending", "active", "disabling"]
        },
        FlexibleEnaQueuesSupport: {
          type: "string",
          enum: ["unsupported", "supported"]
        },
        FpgaDeviceInfo: {
          type: "structure",
          members: {
            Name: "#string",
            Manufacturer: "#string",
            Count: "#integer",
            MemoryInfo: "FpgaDeviceMemoryInfo"
          }
        },
        FpgaDeviceInfoList: {
          type: "list",
          member: "FpgaDeviceInfo"
        },
        FpgaDeviceMemoryInfo: {
          type: "structure",
          members: {
            SizeInMiB: "#integer"
          }
        },
        FpgaInfo: {
          type: "structure",
          members: {
            Fpgas: "FpgaDeviceInfoList",
            TotalFpgaMemoryInMiB: "#integer"
          }
        },
        GetEbsEncryptionByDefaultRequest: {
          type: "structure",
          members: {
            DryRun: "#boolean"
          }
        },
        GetEbsEncryptionByDefaultResult: {
          type: "structure",
          members: {
            EbsEncryptionByDefault: "#boolean",
            SseType: "SSEType"
          }
        },
        GpuDeviceInfo: {
          type: "structure",
          members: {
            Name: "#string",
            Manufacturer: "#string",
            Count: "#integer",
            LogicalGpuCount: "#integer",
            GpuPartitionSize: "#double",
            Workloads: "WorkloadsList",
            MemoryInfo: "GpuDeviceMemoryInfo"
          }
        },
        GpuDeviceInfoList: {
          type: "list",
          member: "GpuDeviceInfo"
        },
        GpuDeviceMemoryInfo: {
          type: "structure",
          members: {
            SizeInMiB: "#integer"
          }
        },
        GpuInfo: {
          type: "structure",
          members: {
            Gpus: "GpuDeviceInfoList",
            TotalGpuMemoryInMiB: "#integer"
          }
        },
        GroupIdentifier: {
          type: "structure",
          members: {
            GroupId: "#string",
            GroupName: "#string"
          }
        },
        GroupIdentifierList: {
          type: "list",
          member: "GroupIdentifier"
        },
        GroupIdStringList: {
          type: "list",
          member: "#string"
        },
        HibernationOptions: {
          type: "structure",
          members: {
            Configured: "#boolean"
          }
        },
        HibernationOptionsRequest: {
          type: "structure",
          members: {
            Configured: "#boolean"
          }
        },
        HostnameType: {
          type: "string",
          enum: ["ip-name", "resource-name"]
        },
        HttpTokensState: {
          type: "string",
          enum: ["optional", "required"]
        },
        HypervisorType: {
          type: "string",
          enum: ["ovm", "xen"]
        },
        IamInstanceProfile: {
          type: "structure",
          members: {
            Arn: "#string",
            Id: "#string"
          }
        },
        IamInstanceProfileSpecification: {
          type: "structure",
          members: {
            Arn: "#string",
            Name: "#string"
          }
        },
        Image: {
          type: "structure",
          members: {
            PlatformDetails: "#string",
            UsageOperation: "#string",
            BlockDeviceMappings: "BlockDeviceMappingList",
            Description: "#string",
            EnaSupport: "#boolean",
            Hypervisor: "HypervisorType",
            ImageOwnerAlias: "#string",
            Name: "#string",
            RootDeviceName: "#string",
            RootDeviceType: "DeviceType",
            SriovNetSupport: "#string",
            StateReason: "StateReason",
            Tags: "TagList",
            VirtualizationType: "VirtualizationType",
            BootMode: "BootModeValues",
            TpmSupport: "TpmSupportValues",
            DeprecationTime: "#string",
            ImdsSupport: "ImdsSupportValues",
            SourceInstanceId: "#string",
            DeregistrationProtection: "#string",
            LastLaunchedTime: "#string",
            ImageAllowed: "#boolean",
            SourceImageId: "#string",
            SourceImageRegion: "#string",
            FreeTierEligible: "#boolean",
            PublicSsmParameterName: "#string",
            ImageWatermarks: "ImageWatermarkList",
            ScanResults: "ScanResults",
            InstanceTypeSpecification: "InstanceTypeSpecification",
            ImageId: "#string",
            ImageLocation: "#string",
            State: "ImageState",
            OwnerId: "#string",
            CreationDate: "#string",
            Public: "#boolean",
            ProductCodes: "ProductCodeList",
            Architecture: "ArchitectureValues",
            ImageType: "ImageTypeValues",
            KernelId: "#string",
            RamdiskId: "#string",
            Platform: "PlatformValues"
          }
        },
        ImageIdStringList: {
          type: "list",
          member: "#string"
        },
        ImageList: {
          type: "list",
          member: "Image"
        },
        ImageState: {
          type: "string",
          enum: [
            "pending",
            "available",
            "invalid",
            "deregistered",
            "transient",
            "failed",
            "error",
            "disabled"
          ]
        },
        ImageTypeValues: {
          type: "string",
          enum: ["machine", "kernel", "ramdisk"]
        },
        ImageWatermark: {
          type: "structure",
          members: {
            WatermarkKey: "#string",
            SourceImageRegion: "#string",
            SourceImageId: "#string",
            SourceImageCreationTime: "#timestamp",
            WatermarkCreationTime: "#timestamp"
          }
        },
        ImageWatermarkList: {
          type: "list",
          member: "ImageWatermark"
        },
        ImdsSupportValues: {
          type: "string",
          enum: ["v2.0"]
        },
        InferenceAcceleratorInfo: {
          type: "structure",
          members: {
            Accelerators: "InferenceDeviceInfoList",
            TotalInferenceMemoryInMiB: "#integer"
          }
        },
        InferenceDeviceInfo: {
          type: "structure",
          members: {
            Count: "#integer",
            Name: "#string",
            Manufacturer: "#string",
            MemoryInfo: "InferenceDeviceMemoryInfo"
          }
        },
        InferenceDeviceInfoList: {
          type: "list",
          member: "InferenceDeviceInfo"
        },
        InferenceDeviceMemoryInfo: {
          type: "structure",
          members: {
            SizeInMiB: "#integer"
          }
        },
        Instance: {
          type: "structure",
          members: {
            Architecture: "ArchitectureValues",
            BlockDeviceMappings: "InstanceBlockDeviceMappingList",
            ClientToken: "#string",
            EbsOptimized: "#boolean",
            EnaSupport: "#boolean",
            Hypervisor: "HypervisorType",
            IamInstanceProfile: "IamInstanceProfile",
            InstanceLifecycle: "InstanceLifecycleType",
            ElasticGpuAssociations: "ElasticGpuAssociationList",
            ElasticInferenceAcceleratorAssociations: "ElasticInferenceAcceleratorAssociationList",
            NetworkInterfaces: "InstanceNetworkInterfaceList",
            OutpostArn: "#string",
            RootDeviceName: "#string",
            RootDeviceType: "DeviceType",
            SecurityGroups: "GroupIdentifierList",
            SourceDestCheck: "#boolean",
            SpotInstanceRequestId: "#string",
            SriovNetSupport: "#string",
            StateReason: "StateReason",
            Tags: "TagList",
            VirtualizationType: "VirtualizationType",
            CpuOptions: "CpuOptions",
            CapacityBlockId: "#string",
            CapacityReservationId: "#string",
            CapacityReservationSpecification: "CapacityReservationSpecificationResponse",
            HibernationOptions: "HibernationOptions",
            Licenses: "LicenseList",
            MetadataOptions: "InstanceMetadataOptionsResponse",
            EnclaveOptions: "EnclaveOptions",
            BootMode: "BootModeValues",
            PlatformDetails: "#string",
            UsageOperation: "#string",
            UsageOperationUpdateTime: "#timestamp",
            PrivateDnsNameOptions: "PrivateDnsNameOptionsResponse",
            Ipv6Address: "#string",
            TpmSupport: "#string",
            MaintenanceOptions: "InstanceMaintenanceOptions",
            CurrentInstanceBootMode: "InstanceBootModeValues",
            NetworkPerformanceOptions: "InstanceNetworkPerformanceOptions",
            Operator: "OperatorResponse",
            SecondaryInterfaces: "InstanceSecondaryInterfaceList",
            InstanceId: "#string",
            ImageId: "#string",
            State: "InstanceState",
            PrivateDnsName: "#string",
            PublicDnsName: "#string",
            StateTransitionReason: "#string",
            KeyName: "#string",
            AmiLaunchIndex: "#integer",
            ProductCodes: "ProductCodeList",
            InstanceType: "InstanceType",
            LaunchTime: "#timestamp",
            Placement: "Placement",
            KernelId: "#string",
            RamdiskId: "#string",
            Platform: "PlatformValues",
            Monitoring: "Monitoring",
            SubnetId: "#string",
            VpcId: "#string",
            PrivateIpAddress: "#string",
            PublicIpAddress: "#string"
          }
        },
        InstanceAttachmentEnaSrdSpecification: {
          type: "structure",
          members: {
            EnaSrdEnabled: "#boolean",
            EnaSrdUdpSpecification: "InstanceAttachmentEnaSrdUdpSpecification"
          }
        },
        InstanceAttachmentEnaSrdUdpSpecification: {
          type: "structure",
          members: {
            EnaSrdUdpEnabled: "#boolean"
          }
        },
        InstanceAutoRecoveryState: {
          type: "string",
          enum: ["disabled", "default"]
        },
        InstanceBandwidthWeighting: {
          type: "string",
          enum: ["default", "vpc-1", "ebs-1"]
        },
        InstanceBlockDeviceMapping: {
          type: "structure",
          members: {
            DeviceName: "#string",
            Ebs: "EbsInstanceBlockDevice"
          }
        },
        InstanceBlockDeviceMappingList: {
          type: "list",
          member: "InstanceBlockDeviceMapping"
        },
        InstanceBootModeValues: {
          type: "string",
          enum: ["legacy-bios", "uefi"]
        },
        InstanceGeneration: {
          type: "string",
          enum: ["current", "previous"]
        },
        InstanceGenerationSet: {
          type: "list",
          member: "InstanceGeneration"
        },
        InstanceIdStringList: {
          type: "list",
          member: "#string"
        },
        InstanceInterruptionBehavior: {
          type: "string",
          enum: ["hibernate", "stop", "terminate"]
        },
        InstanceIpv4Prefix: {
          type: "structure",
          members: {
            Ipv4Prefix: "#string"
          }
        },
        InstanceIpv4PrefixList: {
          type: "list",
          member: "InstanceIpv4Prefix"
        },
        InstanceIpv6Address: {
          type: "structure",
          members: {
            Ipv6Address: "#string",
            IsPrimaryIpv6: "#boolean"
          }
        },
        InstanceIpv6AddressList: {
          type: "list",
          member: "InstanceIpv6Address"
        },
        InstanceIpv6AddressListRequest: {
          type: "list",
          member: "InstanceIpv6AddressRequest"
        },
        InstanceIpv6AddressRequest: {
          type: "structure",
          members: {
            Ipv6Address: "#string"
          }
        },
        InstanceIpv6Prefix: {
          type: "structure",
          members: {
            Ipv6Prefix: "#string"
          }
        },
        InstanceIpv6PrefixList: {
          type: "list",
          member: "InstanceIpv6Prefix"
        },
        InstanceLifecycleType: {
          type: "string",
          enum: ["spot", "scheduled", "capacity-block", "interruptible-capacity-reservation"]
        },
        InstanceList: {
          type: "list",
          member: "Instance"
        },
        InstanceMaintenanceOptions: {
          type: "structure",
          members: {
            AutoRecovery: "InstanceAutoRecoveryState",
            RebootMigration: "InstanceRebootMigrationState"
          }
        },
        InstanceMaintenanceOptionsRequest: {
          type: "structure",
          members: {
            AutoRecovery: "InstanceAutoRecoveryState"
          }
        },
        InstanceMarketOptionsRequest: {
          type: "structure",
          members: {
            MarketType: "MarketType",
            SpotOptions: "SpotMarketOptions"
          }
        },
        InstanceMetadataEndpointState: {
          type: "string",
          enum: ["disabled", "enabled"]
        },
        InstanceMetadataOptionsRequest: {
          type: "structure",
          members: {
            HttpTokens: "HttpTokensState",
            HttpPutResponseHopLimit: "#integer",
            HttpEndpoint: "InstanceMetadataEndpointState",
            HttpProtocolIpv6: "InstanceMetadataProtocolState",
            InstanceMetadataTags: "InstanceMetadataTagsState"
          }
        },
        InstanceMetadataOptionsResponse: {
          type: "structure",
          members: {
            State: "InstanceMetadataOptionsState",
            HttpTokens: "HttpTokensState",
            HttpPutResponseHopLimit: "#integer",
            HttpEndpoint: "InstanceMetadataEndpointState",
            HttpProtocolIpv6: "InstanceMetadataProtocolState",
            InstanceMetadataTags: "InstanceMetadataTagsState"
          }
        },
        InstanceMetadataOptionsState: {
          type: "string",
          enum: ["pending", "applied"]
        },
        InstanceMetadataProtocolState: {
          type: "string",
          enum: ["disabled", "enabled"]
        },
        InstanceMetadataTagsState: {
          type: "string",
          enum: ["disabled", "enabled"]
        },
        InstanceNetworkInterface: {
          type: "structure",
          members: {
            Association: "InstanceNetworkInterfaceAssociation",
            Attachment: "InstanceNetworkInterfaceAttachment",
            Description: "#string",
            Groups: "GroupIdentifierList",
            Ipv6Addresses: "InstanceIpv6AddressList",
            MacAddress: "#string",
            NetworkInterfaceId: "#string",
            OwnerId: "#string",
            PrivateDnsName: "#string",
            PrivateIpAddress: "#string",
            PrivateIpAddresses: "InstancePrivateIpAddressList",
            SourceDestCheck: "#boolean",
            Status: "NetworkInterfaceStatus",
            SubnetId: "#string",
            VpcId: "#string",
            InterfaceType: "#string",
            Ipv4Prefixes: "InstanceIpv4PrefixList",
            Ipv6Prefixes: "InstanceIpv6PrefixList",
            ConnectionTrackingConfiguration: "ConnectionTrackingSpecificationResponse",
            Operator: "OperatorResponse"
          }
        },
        InstanceNetworkInterfaceAssociation: {
          type: "structure",
          members: {
            CarrierIp: "#string",
            CustomerOwnedIp: "#string",
            IpOwnerId: "#string",
            PublicDnsName: "#string",
            PublicIp: "#string"
          }
        },
        InstanceNetworkInterfaceAttachment: {
          type: "structure",
          members: {
            AttachTime: "#timestamp",
            AttachmentId: "#string",
            DeleteOnTermination: "#boolean",
            DeviceIndex: "#integer",
            Status: "AttachmentStatus",
            NetworkCardIndex: "#integer",
            EnaSrdSpecification: "InstanceAttachmentEnaSrdSpecification",
            EnaQueueCount: "#integer"
          }
        },
        InstanceNetworkInterfaceList: {
          type: "list",
          member: "InstanceNetworkInterface"
        },
        InstanceNetworkInterfaceSpecification: {
          type: "structure",
          members: {
            AssociatePublicIpAddress: "#boolean",
            DeleteOnTermination: "#boolean",
            Description: "#string",
            DeviceIndex: "#integer",
            Groups: "SecurityGroupIdStringList",
            Ipv6AddressCount: "#integer",
            Ipv6Addresses: "InstanceIpv6AddressList",
            NetworkInterfaceId: "#string",
            PrivateIpAddress: "#string",
            PrivateIpAddresses: "PrivateIpAddressSpecificationList",
            SecondaryPrivateIpAddressCount: "#integer",
            SubnetId: "#string",
            AssociateCarrierIpAddress: "#boolean",
            InterfaceType: "#string",
            NetworkCardIndex: "#integer",
            Ipv4Prefixes: "Ipv4PrefixList",
            Ipv4PrefixCount: "#integer",
            Ipv6Prefixes: "Ipv6PrefixList",
            Ipv6PrefixCount: "#integer",
            PrimaryIpv6: "#boolean",
            EnaSrdSpecification: "EnaSrdSpecificationRequest",
            ConnectionTrackingSpecification: "ConnectionTrackingSpecificationRequest",
            EnaQueueCount: "#integer"
          }
        },
        InstanceNetworkInterfaceSpecificationList: {
          type: "list",
          member: "InstanceNetworkInterfaceSpecification"
        },
        InstanceNetworkPerformanceOptions: {
          type: "structure",
          members: {
            BandwidthWeighting: "InstanceBandwidthWeighting"
          }
        },
        InstanceNetworkPerformanceOptionsRequest: {
          type: "structure",
          members: {
            BandwidthWeighting: "InstanceBandwidthWeighting"
          }
        },
        InstancePrivateIpAddress: {
          type: "structure",
          members: {
            Association: "InstanceNetworkInterfaceAssociation",
            Primary: "#boolean",
            PrivateDnsName: "#string",
            PrivateIpAddress: "#string"
          }
        },
        InstancePrivateIpAddressList: {
          type: "list",
          member: "InstancePrivateIpAddress"
        },
        InstanceRebootMigrationState: {
          type: "string",
          enum: ["disabled", "default"]
        },
        InstanceRequirements: {
          type: "structure",
          members: {
            VCpuCount: "VCpuCountRange",
            MemoryMiB: "MemoryMiB",
            CpuManufacturers: "CpuManufacturerSet",
            MemoryGiBPerVCpu: "MemoryGiBPerVCpu",
            ExcludedInstanceTypes: "ExcludedInstanceTypeSet",
            InstanceGenerations: "InstanceGenerationSet",
            SpotMaxPricePercentageOverLowestPrice: "#integer",
            OnDemandMaxPricePercentageOverLowestPrice: "#integer",
            BareMetal: "BareMetal",
            BurstablePerformance: "BurstablePerformance",
            RequireHibernateSupport: "#boolean",
            NetworkInterfaceCount: "NetworkInterfaceCount",
            LocalStorage: "LocalStorage",
            LocalStorageTypes: "LocalStorageTypeSet",
            TotalLocalStorageGB: "TotalLocalStorageGB",
            BaselineEbsBandwidthMbps: "BaselineEbsBandwidthMbps",
            AcceleratorTypes: "AcceleratorTypeSet",
            AcceleratorCount: "AcceleratorCount",
            AcceleratorManufacturers: "AcceleratorManufacturerSet",
            AcceleratorNames: "AcceleratorNameSet",
            AcceleratorTotalMemoryMiB: "AcceleratorTotalMemoryMiB",
            NetworkBandwidthGbps: "NetworkBandwidthGbps",
            AllowedInstanceTypes: "AllowedInstanceTypeSet",
            MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: "#integer",
            BaselinePerformanceFactors: "BaselinePerformanceFactors",
            RequireEncryptionInTransit: "#boolean"
          }
        },
        InstanceRequirementsRequest: {
          type: "structure",
          members: {
            VCpuCount: "VCpuCountRangeRequest",
            MemoryMiB: "MemoryMiBRequest",
            CpuManufacturers: "CpuManufacturerSet",
            MemoryGiBPerVCpu: "MemoryGiBPerVCpuRequest",
            ExcludedInstanceTypes: "ExcludedInstanceTypeSet",
            InstanceGenerations: "InstanceGenerationSet",
            SpotMaxPricePercentageOverLowestPrice: "#integer",
            OnDemandMaxPricePercentageOverLowestPrice: "#integer",
            BareMetal: "BareMetal",
            BurstablePerformance: "BurstablePerformance",
            RequireHibernateSupport: "#boolean",
            NetworkInterfaceCount: "NetworkInterfaceCountRequest",
            LocalStorage: "LocalStorage",
            LocalStorageTypes: "LocalStorageTypeSet",
            TotalLocalStorageGB: "TotalLocalStorageGBRequest",
            BaselineEbsBandwidthMbps: "BaselineEbsBandwidthMbpsRequest",
            AcceleratorTypes: "AcceleratorTypeSet",
            AcceleratorCount: "AcceleratorCountRequest",
            AcceleratorManufacturers: "AcceleratorManufacturerSet",
            AcceleratorNames: "AcceleratorNameSet",
            AcceleratorTotalMemoryMiB: "AcceleratorTotalMemoryMiBRequest",
            NetworkBandwidthGbps: "NetworkBandwidthGbpsRequest",
            AllowedInstanceTypes: "AllowedInstanceTypeSet",
            MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: "#integer",
            BaselinePerformanceFactors: "BaselinePerformanceFactorsRequest",
            RequireEncryptionInTransit: "#boolean"
          },
          required: ["VCpuCount", "MemoryMiB"]
        },
        InstanceSecondaryInterface: {
          type: "structure",
          members: {
            Attachment: "InstanceSecondaryInterfaceAttachment",
            MacAddress: "#string",
            SecondaryInterfaceId: "#string",
            OwnerId: "#string",
            PrivateIpAddresses: "InstanceSecondaryInterfacePrivateIpAddressList",
            SourceDestCheck: "#boolean",
            Status: "SecondaryInterfaceStatus",
            SecondarySubnetId: "#string",
            SecondaryNetworkId: "#string",
            InterfaceType: "SecondaryInterfaceType"
          }
        },
        InstanceSecondaryInterfaceAttachment: {
          type: "structure",
          members: {
            AttachTime: "#timestamp",
            AttachmentId: "#string",
            DeleteOnTermination: "#boolean",
            DeviceIndex: "#integer",
            Status: "AttachmentStatus",
            NetworkCardIndex: "#integer"
          }
        },
        InstanceSecondaryInterfaceList: {
          type: "list",
          member: "InstanceSecondaryInterface"
        },
        InstanceSecondaryInterfacePrivateIpAddress: {
          type: "structure",
          members: {
            PrivateIpAddress: "#string"
          }
        },
        InstanceSecondaryInterfacePrivateIpAddressList: {
          type: "list",
          member: "InstanceSecondaryInterfacePrivateIpAddress"
        },
        InstanceSecondaryInterfacePrivateIpAddressListRequest: {
          type: "list",
          member: "InstanceSecondaryInterfacePrivateIpAddressRequest"
        },
        InstanceSecondaryInterfacePrivateIpAddressRequest: {
          type: "structure",
          members: {
            PrivateIpAddress: "#string"
          },
          required: ["PrivateIpAddress"]
        },
        InstanceSecondaryInterfaceSpecificationListRequest: {
          type: "list",
          member: "InstanceSecondaryInterfaceSpecificationRequest"
        },
        InstanceSecondaryInterfaceSpecificationRequest: {
          type: "structure",
          members: {
            DeleteOnTermination: "#boolean",
            DeviceIndex: "#integer",
            PrivateIpAddresses: "InstanceSecondaryInterfacePrivateIpAddressListRequest",
            PrivateIpAddressCount: "#integer",
            SecondarySubnetId: "#string",
            InterfaceType: "SecondaryInterfaceType",
            NetworkCardIndex: "#integer"
          }
        },
        InstanceState: {
          type: "structure",
          members: {
            Code: "#integer",
            Name: "InstanceStateName"
          }
        },
        InstanceStateChange: {
          type: "structure",
          members: {
            InstanceId: "#string",
            CurrentState: "InstanceState",
            PreviousState: "InstanceState"
          }
        },
        InstanceStateChangeList: {
          type: "list",
          member: "InstanceStateChange"
        },
        InstanceStateName: {
          type: "string",
          enum: ["pending", "running", "shutting-down", "terminated", "stopping", "stopped"]
        },
        InstanceStatus: {
          type: "structure",
          members: {
            AvailabilityZone: "#string",
            AvailabilityZoneId: "#string",
            OutpostArn: "#string",
            Operator: "OperatorResponse",
            Events: "InstanceStatusEventList",
            InstanceId: "#string",
            InstanceState: "InstanceState",
            InstanceStatus: "InstanceStatusSummary",
            SystemStatus: "InstanceStatusSummary",
            AttachedEbsStatus: "EbsStatusSummary",
            ApplicationStatus: "ApplicationStatusSummary",
            PerformanceStatus: "PerformanceStatusSummary"
          }
        },
        InstanceStatusDetails: {
          type: "structure",
          members: {
            ImpairedSince: "#timestamp",
            Name: "StatusName",
            Status: "StatusType"
          }
        },
        InstanceStatusDetailsList: {
          type: "list",
          member: "InstanceStatusDetails"
        },
        InstanceStatusEvent: {
          type: "structure",
          members: {
            InstanceEventId: "#string",
            Code: "EventCode",
            Description: "#string",
            NotAfter: "#timestamp",
            NotBefore: "#timestamp",
            NotBeforeDeadline: "#timestamp"
          }
        },
        InstanceStatusEventList: {
          type: "list",
          member: "InstanceStatusEvent"
        },
        InstanceStatusList: {
          type: "list",
          member: "InstanceStatus"
        },
        InstanceStatusSummary: {
          type: "structure",
          members: {
            Details: "InstanceStatusDetailsList",
            Status: "SummaryStatus"
          }
        },
        InstanceStorageEncryptionSupport: {
          type: "string",
          enum: ["unsupported", "required"]
        },
        InstanceStorageInfo: {
          type: "structure",
          members: {
            TotalSizeInGB: "#long",
            Disks: "DiskInfoList",
            NvmeSupport: "EphemeralNvmeSupport",
            EncryptionSupport: "InstanceStorageEncryptionSupport"
          }
        },
        InstanceType: {
          type: "string",
          enum: [
            "a1.medium",
            "a1.large",
            "a1.xlarge",
            "a1.2xlarge",
            "a1.4xlarge",
            "a1.metal",
            "c1.medium",
            "c1.xlarge",
            "c3.large",
            "c3.xlarge",
            "c3.2xlarge",
            "c3.4xlarge",
            "c3.8xlarge",
            "c4.large",
            "c4.xlarge",
            "c4.2xlarge",
            "c4.4xlarge",
            "c4.8xlarge",
            "c5.large",
            "c5.xlarge",
            "c5.2xlarge",
            "c5.4xlarge",
            "c5.9xlarge",
            "c5.12xlarge",
            "c5.18xlarge",
            "c5.24xlarge",
            "c5.metal",
            "c5a.large",
            "c5a.xlarge",
            "c5a.2xlarge",
            "c5a.4xlarge",
            "c5a.8xlarge",
            "c5a.12xlarge",
            "c5a.16xlarge",
            "c5a.24xlarge",
            "c5ad.large",
            "c5ad.xlarge",
            "c5ad.2xlarge",
            "c5ad.4xlarge",
            "c5ad.8xlarge",
            "c5ad.12xlarge",
            "c5ad.16xlarge",
            "c5ad.24xlarge",
            "c5d.large",
            "c5d.xlarge",
            "c5d.2xlarge",
            "c5d.4xlarge",
            "c5d.9xlarge",
            "c5d.12xlarge",
            "c5d.18xlarge",
            "c5d.24xlarge",
            "c5d.metal",
            "c5n.large",
            "c5n.xlarge",
            "c5n.2xlarge",
            "c5n.4xlarge",
            "c5n.9xlarge",
            "c5n.18xlarge",
            "c5n.metal",
            "c6g.medium",
            "c6g.large",
            "c6g.xlarge",
            "c6g.2xlarge",
            "c6g.4xlarge",
            "c6g.8xlarge",
            "c6g.12xlarge",
            "c6g.16xlarge",
            "c6g.metal",
            "c6gd.medium",
            "c6gd.large",
            "c6gd.xlarge",
            "c6gd.2xlarge",
            "c6gd.4xlarge",
            "c6gd.8xlarge",
            "c6gd.12xlarge",
            "c6gd.16xlarge",
            "c6gd.metal",
            "c6gn.medium",
            "c6gn.large",
            "c6gn.xlarge",
            "c6gn.2xlarge",
            "c6gn.4xlarge",
            "c6gn.8xlarge",
            "c6gn.12xlarge",
            "c6gn.16xlarge",
            "c6i.large",
            "c6i.xlarge",
            "c6i.2xlarge",
            "c6i.4xlarge",
            "c6i.8xlarge",
            "c6i.12xlarge",
            "c6i.16xlarge",
            "c6i.24xlarge",
            "c6i.32xlarge",
            "c6i.metal",
            "cc1.4xlarge",
            "cc2.8xlarge",
            "cg1.4xlarge",
            "cr1.8xlarge",
            "d2.xlarge",
            "d2.2xlarge",
            "d2.4xlarge",
            "d2.8xlarge",
            "d3.xlarge",
            "d3.2xlarge",
            "d3.4xlarge",
            "d3.8xlarge",
            "d3en.xlarge",
            "d3en.2xlarge",
            "d3en.4xlarge",
            "d3en.6xlarge",
            "d3en.8xlarge",
            "d3en.12xlarge",
            "dl1.24xlarge",
            "f1.2xlarge",
            "f1.4xlarge",
            "f1.16xlarge",
            "g2.2xlarge",
            "g2.8xlarge",
            "g3.4xlarge",
            "g3.8xlarge",
            "g3.16xlarge",
            "g3s.xlarge",
            "g4ad.xlarge",
            "g4ad.2xlarge",
            "g4ad.4xlarge",
            "g4ad.8xlarge",
            "g4ad.16xlarge",
            "g4dn.xlarge",
            "g4dn.2xlarge",
            "g4dn.4xlarge",
            "g4dn.8xlarge",
            "g4dn.12xlarge",
            "g4dn.16xlarge",
            "g4dn.metal",
            "g5.xlarge",
            "g5.2xlarge",
            "g5.4xlarge",
            "g5.8xlarge",
            "g5.12xlarge",
            "g5.16xlarge",
            "g5.24xlarge",
            "g5.48xlarge",
            "g5g.xlarge",
            "g5g.2xlarge",
            "g5g.4xlarge",
            "g5g.8xlarge",
            "g5g.16xlarge",
            "g5g.metal",
            "hi1.4xlarge",
            "hpc6a.48xlarge",
            "hs1.8xlarge",
            "h1.2xlarge",
            "h1.4xlarge",
            "h1.8xlarge",
            "h1.16xlarge",
            "i2.xlarge",
            "i2.2xlarge",
            "i2.4xlarge",
            "i2.8xlarge",
            "i3.large",
            "i3.xlarge",
            "i3.2xlarge",
            "i3.4xlarge",
            "i3.8xlarge",
            "i3.16xlarge",
            "i3.metal",
            "i3en.large",
            "i3en.xlarge",
            "i3en.2xlarge",
            "i3en.3xlarge",
            "i3en.6xlarge",
            "i3en.12xlarge",
            "i3en.24xlarge",
            "i3en.metal",
            "im4gn.large",
            "im4gn.xlarge",
            "im4gn.2xlarge",
            "im4gn.4xlarge",
            "im4gn.8xlarge",
            "im4gn.16xlarge",
            "inf1.xlarge",
            "inf1.2xlarge",
            "inf1.6xlarge",
            "inf1.24xlarge",
            "is4gen.medium",
            "is4gen.large",
            "is4gen.xlarge",
            "is4gen.2xlarge",
            "is4gen.4xlarge",
            "is4gen.8xlarge",
            "m1.small",
            "m1.medium",
            "m1.large",
            "m1.xlarge",
            "m2.xlarge",
            "m2.2xlarge",
            "m2.4xlarge",
            "m3.medium",
            "m3.large",
            "m3.xlarge",
            "m3.2xlarge",
            "m4.large",
            "m4.xlarge",
            "m4.2xlarge",
            "m4.4xlarge",
            "m4.10xlarge",
            "m4.16xlarge",
            "m5.large",
            "m5.xlarge",
            "m5.2xlarge",
            "m5.4xlarge",
            "m5.8xlarge",
            "m5.12xlarge",
            "m5.16xlarge",
            "m5.24xlarge",
            "m5.metal",
            "m5a.large",
            "m5a.xlarge",
            "m5a.2xlarge",
            "m5a.4xlarge",
            "m5a.8xlarge",
            "m5a.12xlarge",
            "m5a.16xlarge",
            "m5a.24xlarge",
            "m5ad.large",
            "m5ad.xlarge",
            "m5ad.2xlarge",
            "m5ad.4xlarge",
            "m5ad.8xlarge",
            "m5ad.12xlarge",
            "m5ad.16xlarge",
            "m5ad.24xlarge",
            "m5d.large",
            "m5d.xlarge",
            "m5d.2xlarge",
            "m5d.4xlarge",
            "m5d.8xlarge",
            "m5d.12xlarge",
            "m5d.16xlarge",
            "m5d.24xlarge",
            "m5d.metal",
            "m5dn.large",
            "m5dn.xlarge",
            "m5dn.2xlarge",
            "m5dn.4xlarge",
            "m5dn.8xlarge",
            "m5dn.12xlarge",
            "m5dn.16xlarge",
            "m5dn.24xlarge",
            "m5dn.metal",
            "m5n.large",
            "m5n.xlarge",
            "m5n.2xlarge",
            "m5n.4xlarge",
            "m5n.8xlarge",
            "m5n.12xlarge",
            "m5n.16xlarge",
            "m5n.24xlarge",
            "m5n.metal",
            "m5zn.large",
            "m5zn.xlarge",
            "m5zn.2xlarge",
            "m5zn.3xlarge",
            "m5zn.6xlarge",
            "m5zn.12xlarge",
            "m5zn.metal",
            "m6a.large",
            "m6a.xlarge",
            "m6a.2xlarge",
            "m6a.4xlarge",
            "m6a.8xlarge",
            "m6a.12xlarge",
            "m6a.16xlarge",
            "m6a.24xlarge",
            "m6a.32xlarge",
            "m6a.48xlarge",
            "m6g.metal",
            "m6g.medium",
            "m6g.large",
            "m6g.xlarge",
            "m6g.2xlarge",
            "m6g.4xlarge",
            "m6g.8xlarge",
            "m6g.12xlarge",
            "m6g.16xlarge",
            "m6gd.metal",
            "m6gd.medium",
            "m6gd.large",
            "m6gd.xlarge",
            "m6gd.2xlarge",
            "m6gd.4xlarge",
            "m6gd.8xlarge",
            "m6gd.12xlarge",
            "m6gd.16xlarge",
            "m6i.large",
            "m6i.xlarge",
            "m6i.2xlarge",
            "m6i.4xlarge",
            "m6i.8xlarge",
            "m6i.12xlarge",
            "m6i.16xlarge",
            "m6i.24xlarge",
            "m6i.32xlarge",
            "m6i.metal",
            "mac1.metal",
            "p2.xlarge",
            "p2.8xlarge",
            "p2.16xlarge",
            "p3.2xlarge",
            "p3.8xlarge",
            "p3.16xlarge",
            "p3dn.24xlarge",
            "p4d.24xlarge",
            "r3.large",
            "r3.xlarge",
            "r3.2xlarge",
            "r3.4xlarge",
            "r3.8xlarge",
            "r4.large",
            "r4.xlarge",
            "r4.2xlarge",
            "r4.4xlarge",
            "r4.8xlarge",
            "r4.16xlarge",
            "r5.large",
            "r5.xlarge",
            "r5.2xlarge",
            "r5.4xlarge",
            "r5.8xlarge",
            "r5.12xlarge",
            "r5.16xlarge",
            "r5.24xlarge",
            "r5.metal",
            "r5a.large",
            "r5a.xlarge",
            "r5a.2xlarge",
            "r5a.4xlarge",
            "r5a.8xlarge",
            "r5a.12xlarge",
            "r5a.16xlarge",
            "r5a.24xlarge",
            "r5ad.large",
            "r5ad.xlarge",
            "r5ad.2xlarge",
            "r5ad.4xlarge",
            "r5ad.8xlarge",
            "r5ad.12xlarge",
            "r5ad.16xlarge",
            "r5ad.24xlarge",
            "r5b.large",
            "r5b.xlarge",
            "r5b.2xlarge",
            "r5b.4xlarge",
            "r5b.8xlarge",
            "r5b.12xlarge",
            "r5b.16xlarge",
            "r5b.24xlarge",
            "r5b.metal",
            "r5d.large",
            "r5d.xlarge",
            "r5d.2xlarge",
            "r5d.4xlarge",
            "r5d.8xlarge",
            "r5d.12xlarge",
            "r5d.16xlarge",
            "r5d.24xlarge",
            "r5d.metal",
            "r5dn.large",
            "r5dn.xlarge",
            "r5dn.2xlarge",
            "r5dn.4xlarge",
            "r5dn.8xlarge",
            "r5dn.12xlarge",
            "r5dn.16xlarge",
            "r5dn.24xlarge",
            "r5dn.metal",
            "r5n.large",
            "r5n.xlarge",
            "r5n.2xlarge",
            "r5n.4xlarge",
            "r5n.8xlarge",
            "r5n.12xlarge",
            "r5n.16xlarge",
            "r5n.24xlarge",
            "r5n.metal",
            "r6g.medium",
            "r6g.large",
            "r6g.xlarge",
            "r6g.2xlarge",
            "r6g.4xlarge",
            "r6g.8xlarge",
            "r6g.12xlarge",
            "r6g.16xlarge",
            "r6g.metal",
            "r6gd.medium",
            "r6gd.large",
            "r6gd.xlarge",
            "r6gd.2xlarge",
            "r6gd.4xlarge",
            "r6gd.8xlarge",
            "r6gd.12xlarge",
            "r6gd.16xlarge",
            "r6gd.metal",
            "r6i.large",
            "r6i.xlarge",
            "r6i.2xlarge",
            "r6i.4xlarge",
            "r6i.8xlarge",
            "r6i.12xlarge",
            "r6i.16xlarge",
            "r6i.24xlarge",
            "r6i.32xlarge",
            "r6i.metal",
            "t1.micro",
            "t2.nano",
            "t2.micro",
            "t2.small",
            "t2.medium",
            "t2.large",
            "t2.xlarge",
            "t2.2xlarge",
            "t3.nano",
            "t3.micro",
            "t3.small",
            "t3.medium",
            "t3.large",
            "t3.xlarge",
            "t3.2xlarge",
            "t3a.nano",
            "t3a.micro",
            "t3a.small",
            "t3a.medium",
            "t3a.large",
            "t3a.xlarge",
            "t3a.2xlarge",
            "t4g.nano",
            "t4g.micro",
            "t4g.small",
            "t4g.medium",
            "t4g.large",
            "t4g.xlarge",
            "t4g.2xlarge",
            "u-6tb1.56xlarge",
            "u-6tb1.112xlarge",
            "u-9tb1.112xlarge",
            "u-12tb1.112xlarge",
            "u-6tb1.metal",
            "u-9tb1.metal",
            "u-12tb1.metal",
            "u-18tb1.metal",
            "u-24tb1.metal",
            "vt1.3xlarge",
            "vt1.6xlarge",
            "vt1.24xlarge",
            "x1.16xlarge",
            "x1.32xlarge",
            "x1e.xlarge",
            "x1e.2xlarge",
            "x1e.4xlarge",
            "x1e.8xlarge",
            "x1e.16xlarge",
            "x1e.32xlarge",
            "x2iezn.2xlarge",
            "x2iezn.4xlarge",
            "x2iezn.6xlarge",
            "x2iezn.8xlarge",
            "x2iezn.12xlarge",
            "x2iezn.metal",
            "x2gd.medium",
            "x2gd.large",
            "x2gd.xlarge",
            "x2gd.2xlarge",
            "x2gd.4xlarge",
            "x2gd.8xlarge",
            "x2gd.12xlarge",
            "x2gd.16xlarge",
            "x2gd.metal",
            "z1d.large",
            "z1d.xlarge",
            "z1d.2xlarge",
            "z1d.3xlarge",
            "z1d.6xlarge",
            "z1d.12xlarge",
            "z1d.metal",
            "x2idn.16xlarge",
            "x2idn.24xlarge",
            "x2idn.32xlarge",
            "x2iedn.xlarge",
            "x2iedn.2xlarge",
            "x2iedn.4xlarge",
            "x2iedn.8xlarge",
            "x2iedn.16xlarge",
            "x2iedn.24xlarge",
            "x2iedn.32xlarge",
            "c6a.large",
            "c6a.xlarge",
            "c6a.2xlarge",
            "c6a.4xlarge",
            "c6a.8xlarge",
            "c6a.12xlarge",
            "c6a.16xlarge",
            "c6a.24xlarge",
            "c6a.32xlarge",
            "c6a.48xlarge",
            "c6a.metal",
            "m6a.metal",
            "i4i.large",
            "i4i.xlarge",
            "i4i.2xlarge",
            "i4i.4xlarge",
            "i4i.8xlarge",
            "i4i.16xlarge",
            "i4i.32xlarge",
            "i4i.metal",
            "x2idn.metal",
            "x2iedn.metal",
            "c7g.medium",
            "c7g.large",
            "c7g.xlarge",
            "c7g.2xlarge",
            "c7g.4xlarge",
            "c7g.8xlarge",
            "c7g.12xlarge",
            "c7g.16xlarge",
            "mac2.metal",
            "c6id.large",
            "c6id.xlarge",
            "c6id.2xlarge",
            "c6id.4xlarge",
            "c6id.8xlarge",
            "c6id.12xlarge",
            "c6id.16xlarge",
            "c6id.24xlarge",
            "c6id.32xlarge",
            "c6id.metal",
            "m6id.large",
            "m6id.xlarge",
            "m6id.2xlarge",
            "m6id.4xlarge",
            "m6id.8xlarge",
            "m6id.12xlarge",
            "m6id.16xlarge",
            "m6id.24xlarge",
            "m6id.32xlarge",
            "m6id.metal",
            "r6id.large",
            "r6id.xlarge",
            "r6id.2xlarge",
            "r6id.4xlarge",
            "r6id.8xlarge",
            "r6id.12xlarge",
            "r6id.16xlarge",
            "r6id.24xlarge",
            "r6id.32xlarge",
            "r6id.metal",
            "r6a.large",
            "r6a.xlarge",
            "r6a.2xlarge",
            "r6a.4xlarge",
            "r6a.8xlarge",
            "r6a.12xlarge",
            "r6a.16xlarge",
            "r6a.24xlarge",
            "r6a.32xlarge",
            "r6a.48xlarge",
            "r6a.metal",
            "p4de.24xlarge",
            "u-3tb1.56xlarge",
            "u-18tb1.112xlarge",
            "u-24tb1.112xlarge",
            "trn1.2xlarge",
            "trn1.32xlarge",
            "hpc6id.32xlarge",
            "c6in.large",
            "c6in.xlarge",
            "c6in.2xlarge",
            "c6in.4xlarge",
            "c6in.8xlarge",
            "c6in.12xlarge",
            "c6in.16xlarge",
            "c6in.24xlarge",
            "c6in.32xlarge",
            "m6in.large",
            "m6in.xlarge",
            "m6in.2xlarge",
            "m6in.4xlarge",
            "m6in.8xlarge",
            "m6in.12xlarge",
            "m6in.16xlarge",
            "m6in.24xlarge",
            "m6in.32xlarge",
            "m6idn.large",
            "m6idn.xlarge",
            "m6idn.2xlarge",
            "m6idn.4xlarge",
            "m6idn.8xlarge",
            "m6idn.12xlarge",
            "m6idn.16xlarge",
            "m6idn.24xlarge",
            "m6idn.32xlarge",
            "r6in.large",
            "r6in.xlarge",
            "r6in.2xlarge",
            "r6in.4xlarge",
            "r6in.8xlarge",
            "r6in.12xlarge",
            "r6in.16xlarge",
            "r6in.24xlarge",
            "r6in.32xlarge",
            "r6idn.large",
            "r6idn.xlarge",
            "r6idn.2xlarge",
            "r6idn.4xlarge",
            "r6idn.8xlarge",
            "r6idn.12xlarge",
            "r6idn.16xlarge",
            "r6idn.24xlarge",
            "r6idn.32xlarge",
            "c7g.metal",
            "m7g.medium",
            "m7g.large",
            "m7g.xlarge",
            "m7g.2xlarge",
            "m7g.4xlarge",
            "m7g.8xlarge",
            "m7g.12xlarge",
            "m7g.16xlarge",
            "m7g.metal",
            "r7g.medium",
            "r7g.large",
            "r7g.xlarge",
            "r7g.2xlarge",
            "r7g.4xlarge",
            "r7g.8xlarge",
            "r7g.12xlarge",
            "r7g.16xlarge",
            "r7g.metal",
            "c6in.metal",
            "m6in.metal",
            "m6idn.metal",
            "r6in.metal",
            "r6idn.metal",
            "inf2.xlarge",
            "inf2.8xlarge",
            "inf2.24xlarge",
            "inf2.48xlarge",
            "trn1n.32xlarge",
            "i4g.large",
            "i4g.xlarge",
            "i4g.2xlarge",
            "i4g.4xlarge",
            "i4g.8xlarge",
            "i4g.16xlarge",
            "hpc7g.4xlarge",
            "hpc7g.8xlarge",
            "hpc7g.16xlarge",
            "c7gn.medium",
            "c7gn.large",
            "c7gn.xlarge",
            "c7gn.2xlarge",
            "c7gn.4xlarge",
            "c7gn.8xlarge",
            "c7gn.12xlarge",
            "c7gn.16xlarge",
            "p5.48xlarge",
            "m7i.large",
            "m7i.xlarge",
            "m7i.2xlarge",
            "m7i.4xlarge",
            "m7i.8xlarge",
            "m7i.12xlarge",
            "m7i.16xlarge",
            "m7i.24xlarge",
            "m7i.48xlarge",
            "m7i-flex.large",
            "m7i-flex.xlarge",
            "m7i-flex.2xlarge",
            "m7i-flex.4xlarge",
            "m7i-flex.8xlarge",
            "m7a.medium",
            "m7a.large",
            "m7a.xlarge",
            "m7a.2xlarge",
            "m7a.4xlarge",
            "m7a.8xlarge",
            "m7a.12xlarge",
            "m7a.16xlarge",
            "m7a.24xlarge",
            "m7a.32xlarge",
            "m7a.48xlarge",
            "m7a.metal-48xl",
            "hpc7a.12xlarge",
            "hpc7a.24xlarge",
            "hpc7a.48xlarge",
            "hpc7a.96xlarge",
            "c7gd.medium",
            "c7gd.large",
            "c7gd.xlarge",
            "c7gd.2xlarge",
            "c7gd.4xlarge",
            "c7gd.8xlarge",
            "c7gd.12xlarge",
            "c7gd.16xlarge",
            "m7gd.medium",
            "m7gd.large",
            "m7gd.xlarge",
            "m7gd.2xlarge",
            "m7gd.4xlarge",
            "m7gd.8xlarge",
            "m7gd.12xlarge",
            "m7gd.16xlarge",
            "r7gd.medium",
            "r7gd.large",
            "r7gd.xlarge",
            "r7gd.2xlarge",
            "r7gd.4xlarge",
            "r7gd.8xlarge",
            "r7gd.12xlarge",
            "r7gd.16xlarge",
            "r7a.medium",
            "r7a.large",
            "r7a.xlarge",
            "r7a.2xlarge",
            "r7a.4xlarge",
            "r7a.8xlarge",
            "r7a.12xlarge",
            "r7a.16xlarge",
            "r7a.24xlarge",
            "r7a.32xlarge",
            "r7a.48xlarge",
            "c7i.large",
            "c7i.xlarge",
            "c7i.2xlarge",
            "c7i.4xlarge",
            "c7i.8xlarge",
            "c7i.12xlarge",
            "c7i.16xlarge",
            "c7i.24xlarge",
            "c7i.48xlarge",
            "mac2-m2pro.metal",
            "r7iz.large",
            "r7iz.xlarge",
            "r7iz.2xlarge",
            "r7iz.4xlarge",
            "r7iz.8xlarge",
            "r7iz.12xlarge",
            "r7iz.16xlarge",
            "r7iz.32xlarge",
            "c7a.medium",
            "c7a.large",
            "c7a.xlarge",
            "c7a.2xlarge",
            "c7a.4xlarge",
            "c7a.8xlarge",
            "c7a.12xlarge",
            "c7a.16xlarge",
            "c7a.24xlarge",
            "c7a.32xlarge",
            "c7a.48xlarge",
            "c7a.metal-48xl",
            "r7a.metal-48xl",
            "r7i.large",
            "r7i.xlarge",
            "r7i.2xlarge",
            "r7i.4xlarge",
            "r7i.8xlarge",
            "r7i.12xlarge",
            "r7i.16xlarge",
            "r7i.24xlarge",
            "r7i.48xlarge",
            "dl2q.24xlarge",
            "mac2-m2.metal",
            "i4i.12xlarge",
            "i4i.24xlarge",
            "c7i.metal-24xl",
            "c7i.metal-48xl",
            "m7i.metal-24xl",
            "m7i.metal-48xl",
            "r7i.metal-24xl",
            "r7i.metal-48xl",
            "r7iz.metal-16xl",
            "r7iz.metal-32xl",
            "c7gd.metal",
            "m7gd.metal",
            "r7gd.metal",
            "g6.xlarge",
            "g6.2xlarge",
            "g6.4xlarge",
            "g6.8xlarge",
            "g6.12xlarge",
            "g6.16xlarge",
            "g6.24xlarge",
            "g6.48xlarge",
            "gr6.4xlarge",
            "gr6.8xlarge",
            "c7i-flex.large",
            "c7i-flex.xlarge",
            "c7i-flex.2xlarge",
            "c7i-flex.4xlarge",
            "c7i-flex.8xlarge",
            "u7i-12tb.224xlarge",
            "u7in-16tb.224xlarge",
            "u7in-24tb.224xlarge",
            "u7in-32tb.224xlarge",
            "u7ib-12tb.224xlarge",
            "c7gn.metal",
            "r8g.medium",
            "r8g.large",
            "r8g.xlarge",
            "r8g.2xlarge",
            "r8g.4xlarge",
            "r8g.8xlarge",
            "r8g.12xlarge",
            "r8g.16xlarge",
            "r8g.24xlarge",
            "r8g.48xlarge",
            "r8g.metal-24xl",
            "r8g.metal-48xl",
            "mac2-m1ultra.metal",
            "g6e.xlarge",
            "g6e.2xlarge",
            "g6e.4xlarge",
            "g6e.8xlarge",
            "g6e.12xlarge",
            "g6e.16xlarge",
            "g6e.24xlarge",
            "g6e.48xlarge",
            "c8g.medium",
            "c8g.large",
            "c8g.xlarge",
            "c8g.2xlarge",
            "c8g.4xlarge",
            "c8g.8xlarge",
            "c8g.12xlarge",
            "c8g.16xlarge",
            "c8g.24xlarge",
            "c8g.48xlarge",
            "c8g.metal-24xl",
            "c8g.metal-48xl",
            "m8g.medium",
            "m8g.large",
            "m8g.xlarge",
            "m8g.2xlarge",
            "m8g.4xlarge",
            "m8g.8xlarge",
            "m8g.12xlarge",
            "m8g.16xlarge",
            "m8g.24xlarge",
            "m8g.48xlarge",
            "m8g.metal-24xl",
            "m8g.metal-48xl",
            "x8g.medium",
            "x8g.large",
            "x8g.xlarge",
            "x8g.2xlarge",
            "x8g.4xlarge",
            "x8g.8xlarge",
            "x8g.12xlarge",
            "x8g.16xlarge",
            "x8g.24xlarge",
            "x8g.48xlarge",
            "x8g.metal-24xl",
            "x8g.metal-48xl",
            "i7ie.large",
            "i7ie.xlarge",
            "i7ie.2xlarge",
            "i7ie.3xlarge",
            "i7ie.6xlarge",
            "i7ie.12xlarge",
            "i7ie.18xlarge",
            "i7ie.24xlarge",
            "i7ie.48xlarge",
            "i8g.large",
            "i8g.xlarge",
            "i8g.2xlarge",
            "i8g.4xlarge",
            "i8g.8xlarge",
            "i8g.12xlarge",
            "i8g.16xlarge",
            "i8g.24xlarge",
            "i8g.metal-24xl",
            "u7i-6tb.112xlarge",
            "u7i-8tb.112xlarge",
            "u7inh-32tb.480xlarge",
            "p5e.48xlarge",
            "p5en.48xlarge",
            "f2.12xlarge",
            "f2.48xlarge",
            "trn2.48xlarge",
            "c7i-flex.12xlarge",
            "c7i-flex.16xlarge",
            "m7i-flex.12xlarge",
            "m7i-flex.16xlarge",
            "i7ie.metal-24xl",
            "i7ie.metal-48xl",
            "i8g.48xlarge",
            "c8gd.medium",
            "c8gd.large",
            "c8gd.xlarge",
            "c8gd.2xlarge",
            "c8gd.4xlarge",
            "c8gd.8xlarge",
            "c8gd.12xlarge",
            "c8gd.16xlarge",
            "c8gd.24xlarge",
            "c8gd.48xlarge",
            "c8gd.metal-24xl",
            "c8gd.metal-48xl",
            "i7i.large",
            "i7i.xlarge",
            "i7i.2xlarge",
            "i7i.4xlarge",
            "i7i.8xlarge",
            "i7i.12xlarge",
            "i7i.16xlarge",
            "i7i.24xlarge",
            "i7i.48xlarge",
            "i7i.metal-24xl",
            "i7i.metal-48xl",
            "p6-b200.48xlarge",
            "m8gd.medium",
            "m8gd.large",
            "m8gd.xlarge",
            "m8gd.2xlarge",
            "m8gd.4xlarge",
            "m8gd.8xlarge",
            "m8gd.12xlarge",
            "m8gd.16xlarge",
            "m8gd.24xlarge",
            "m8gd.48xlarge",
            "m8gd.metal-24xl",
            "m8gd.metal-48xl",
            "r8gd.medium",
            "r8gd.large",
            "r8gd.xlarge",
            "r8gd.2xlarge",
            "r8gd.4xlarge",
            "r8gd.8xlarge",
            "r8gd.12xlarge",
            "r8gd.16xlarge",
            "r8gd.24xlarge",
            "r8gd.48xlarge",
            "r8gd.metal-24xl",
            "r8gd.metal-48xl",
            "c8gn.medium",
            "c8gn.large",
            "c8gn.xlarge",
            "c8gn.2xlarge",
            "c8gn.4xlarge",
            "c8gn.8xlarge",
            "c8gn.12xlarge",
            "c8gn.16xlarge",
            "c8gn.24xlarge",
            "c8gn.48xlarge",
            "c8gn.metal-24xl",
            "c8gn.metal-48xl",
            "f2.6xlarge",
            "p6e-gb200.36xlarge",
            "g6f.large",
            "g6f.xlarge",
            "g6f.2xlarge",
            "g6f.4xlarge",
            "gr6f.4xlarge",
            "p5.4xlarge",
            "r8i.large",
            "r8i.xlarge",
            "r8i.2xlarge",
            "r8i.4xlarge",
            "r8i.8xlarge",
            "r8i.12xlarge",
            "r8i.16xlarge",
            "r8i.24xlarge",
            "r8i.32xlarge",
            "r8i.48xlarge",
            "r8i.96xlarge",
            "r8i.metal-48xl",
            "r8i.metal-96xl",
            "r8i-flex.large",
            "r8i-flex.xlarge",
            "r8i-flex.2xlarge",
            "r8i-flex.4xlarge",
            "r8i-flex.8xlarge",
            "r8i-flex.12xlarge",
            "r8i-flex.16xlarge",
            "m8i.large",
            "m8i.xlarge",
            "m8i.2xlarge",
            "m8i.4xlarge",
            "m8i.8xlarge",
            "m8i.12xlarge",
            "m8i.16xlarge",
            "m8i.24xlarge",
            "m8i.32xlarge",
            "m8i.48xlarge",
            "m8i.96xlarge",
            "m8i.metal-48xl",
            "m8i.metal-96xl",
            "m8i-flex.large",
            "m8i-flex.xlarge",
            "m8i-flex.2xlarge",
            "m8i-flex.4xlarge",
            "m8i-flex.8xlarge",
            "m8i-flex.12xlarge",
            "m8i-flex.16xlarge",
            "i8ge.large",
            "i8ge.xlarge",
            "i8ge.2xlarge",
            "i8ge.3xlarge",
            "i8ge.6xlarge",
            "i8ge.12xlarge",
            "i8ge.18xlarge",
            "i8ge.24xlarge",
            "i8ge.48xlarge",
            "i8ge.metal-24xl",
            "i8ge.metal-48xl",
            "mac-m4.metal",
            "mac-m4pro.metal",
            "r8gn.medium",
            "r8gn.large",
            "r8gn.xlarge",
            "r8gn.2xlarge",
            "r8gn.4xlarge",
            "r8gn.8xlarge",
            "r8gn.12xlarge",
            "r8gn.16xlarge",
            "r8gn.24xlarge",
            "r8gn.48xlarge",
            "r8gn.metal-24xl",
            "r8gn.metal-48xl",
            "c8i.large",
            "c8i.xlarge",
            "c8i.2xlarge",
            "c8i.4xlarge",
            "c8i.8xlarge",
            "c8i.12xlarge",
            "c8i.16xlarge",
            "c8i.24xlarge",
            "c8i.32xlarge",
            "c8i.48xlarge",
            "c8i.96xlarge",
            "c8i.metal-48xl",
            "c8i.metal-96xl",
            "c8i-flex.large",
            "c8i-flex.xlarge",
            "c8i-flex.2xlarge",
            "c8i-flex.4xlarge",
            "c8i-flex.8xlarge",
            "c8i-flex.12xlarge",
            "c8i-flex.16xlarge",
            "r8gb.medium",
            "r8gb.large",
            "r8gb.xlarge",
            "r8gb.2xlarge",
            "r8gb.4xlarge",
            "r8gb.8xlarge",
            "r8gb.12xlarge",
            "r8gb.16xlarge",
            "r8gb.24xlarge",
            "r8gb.metal-24xl",
            "m8a.medium",
            "m8a.large",
            "m8a.xlarge",
            "m8a.2xlarge",
            "m8a.4xlarge",
            "m8a.8xlarge",
            "m8a.12xlarge",
            "m8a.16xlarge",
            "m8a.24xlarge",
            "m8a.48xlarge",
            "m8a.metal-24xl",
            "m8a.metal-48xl",
            "trn2.3xlarge",
            "r8a.medium",
            "r8a.large",
            "r8a.xlarge",
            "r8a.2xlarge",
            "r8a.4xlarge",
            "r8a.8xlarge",
            "r8a.12xlarge",
            "r8a.16xlarge",
            "r8a.24xlarge",
            "r8a.48xlarge",
            "r8a.metal-24xl",
            "r8a.metal-48xl",
            "p6-b300.48xlarge",
            "c8a.medium",
            "c8a.large",
            "c8a.xlarge",
            "c8a.2xlarge",
            "c8a.4xlarge",
            "c8a.8xlarge",
            "c8a.12xlarge",
            "c8a.16xlarge",
            "c8a.24xlarge",
            "c8a.48xlarge",
            "c8a.metal-24xl",
            "c8a.metal-48xl",
            "c8gb.12xlarge",
            "c8gb.16xlarge",
            "c8gb.24xlarge",
            "c8gb.2xlarge",
            "c8gb.4xlarge",
            "c8gb.8xlarge",
            "c8gb.large",
            "c8gb.medium",
            "c8gb.metal-24xl",
            "c8gb.xlarge",
            "c8gb.48xlarge",
            "c8gb.metal-48xl",
            "m8gb.12xlarge",
            "m8gb.16xlarge",
            "m8gb.24xlarge",
            "m8gb.2xlarge",
            "m8gb.4xlarge",
            "m8gb.8xlarge",
            "m8gb.large",
            "m8gb.medium",
            "m8gb.xlarge",
            "m8gb.48xlarge",
            "m8gb.metal-24xl",
            "m8gb.metal-48xl",
            "m8gn.12xlarge",
            "m8gn.16xlarge",
            "m8gn.24xlarge",
            "m8gn.2xlarge",
            "m8gn.48xlarge",
            "m8gn.4xlarge",
            "m8gn.8xlarge",
            "m8gn.large",
            "m8gn.medium",
            "m8gn.xlarge",
            "m8gn.metal-24xl",
            "m8gn.metal-48xl",
            "x8aedz.12xlarge",
            "x8aedz.24xlarge",
            "x8aedz.3xlarge",
            "x8aedz.6xlarge",
            "x8aedz.large",
            "x8aedz.metal-12xl",
            "x8aedz.metal-24xl",
            "x8aedz.xlarge",
            "m8azn.medium",
            "m8azn.large",
            "m8azn.xlarge",
            "m8azn.3xlarge",
            "m8azn.6xlarge",
            "m8azn.12xlarge",
            "m8azn.24xlarge",
            "m8azn.metal-12xl",
            "m8azn.metal-24xl",
            "x8i.large",
            "x8i.xlarge",
            "x8i.2xlarge",
            "x8i.4xlarge",
            "x8i.8xlarge",
            "x8i.12xlarge",
            "x8i.16xlarge",
            "x8i.24xlarge",
            "x8i.32xlarge",
            "x8i.48xlarge",
            "x8i.64xlarge",
            "x8i.96xlarge",
            "x8i.metal-48xl",
            "x8i.metal-96xl",
            "mac-m4max.metal",
            "g7e.2xlarge",
            "g7e.4xlarge",
            "g7e.8xlarge",
            "g7e.12xlarge",
            "g7e.24xlarge",
            "g7e.48xlarge",
            "r8id.large",
            "r8id.xlarge",
            "r8id.2xlarge",
            "r8id.4xlarge",
            "r8id.8xlarge",
            "r8id.12xlarge",
            "r8id.16xlarge",
            "r8id.24xlarge",
            "r8id.32xlarge",
            "r8id.48xlarge",
            "r8id.96xlarge",
            "r8id.metal-48xl",
            "r8id.metal-96xl",
            "c8id.large",
            "c8id.xlarge",
            "c8id.2xlarge",
            "c8id.4xlarge",
            "c8id.8xlarge",
            "c8id.12xlarge",
            "c8id.16xlarge",
            "c8id.24xlarge",
            "c8id.32xlarge",
            "c8id.48xlarge",
            "c8id.96xlarge",
            "c8id.metal-48xl",
            "c8id.metal-96xl",
            "m8id.large",
            "m8id.xlarge",
            "m8id.2xlarge",
            "m8id.4xlarge",
            "m8id.8xlarge",
            "m8id.12xlarge",
            "m8id.16xlarge",
            "m8id.24xlarge",
            "m8id.32xlarge",
            "m8id.48xlarge",
            "m8id.96xlarge",
            "m8id.metal-48xl",
            "m8id.metal-96xl",
            "hpc8a.96xlarge",
            "c8in.large",
            "c8in.xlarge",
            "c8in.2xlarge",
            "c8in.4xlarge",
            "c8in.8xlarge",
            "c8in.12xlarge",
            "c8in.16xlarge",
            "c8in.24xlarge",
            "c8in.32xlarge",
            "c8in.48xlarge",
            "c8in.96xlarge",
            "c8in.metal-48xl",
            "c8in.metal-96xl",
            "c8ib.large",
            "c8ib.xlarge",
            "c8ib.2xlarge",
            "c8ib.4xlarge",
            "c8ib.8xlarge",
            "c8ib.12xlarge",
            "c8ib.16xlarge",
            "c8ib.24xlarge",
            "c8ib.32xlarge",
            "c8ib.48xlarge",
            "c8ib.96xlarge",
            "c8ib.metal-48xl",
            "c8ib.metal-96xl",
            "r8in.large",
            "r8in.xlarge",
            "r8in.2xlarge",
            "r8in.4xlarge",
            "r8in.8xlarge",
            "r8in.12xlarge",
            "r8in.16xlarge",
            "r8in.24xlarge",
            "r8in.32xlarge",
            "r8in.48xlarge",
            "r8in.96xlarge",
            "r8ib.large",
            "r8ib.xlarge",
            "r8ib.2xlarge",
            "r8ib.4xlarge",
            "r8ib.8xlarge",
            "r8ib.12xlarge",
            "r8ib.16xlarge",
            "r8ib.24xlarge",
            "r8ib.32xlarge",
            "r8ib.48xlarge",
            "r8ib.96xlarge",
            "m8in.large",
            "m8in.xlarge",
            "m8in.2xlarge",
            "m8in.4xlarge",
            "m8in.8xlarge",
            "m8in.12xlarge",
            "m8in.16xlarge",
            "m8in.24xlarge",
            "m8in.32xlarge",
            "m8in.48xlarge",
            "m8in.96xlarge",
            "m8ib.large",
            "m8ib.xlarge",
            "m8ib.2xlarge",
            "m8ib.4xlarge",
            "m8ib.8xlarge",
            "m8ib.12xlarge",
            "m8ib.16xlarge",
            "m8ib.24xlarge",
            "m8ib.32xlarge",
            "m8ib.48xlarge",
            "m8ib.96xlarge",
            "m8ine.large",
            "m8ine.xlarge",
            "m8ine.2xlarge",
            "m8ine.4xlarge",
            "m8ine.8xlarge",
            "m8ine.12xlarge",
            "c8ine.large",
            "c8ine.xlarge",
            "c8ine.2xlarge",
            "c8ine.4xlarge",
            "c8ine.8xlarge",
            "c8ine.12xlarge",
            "m8idn.large",
            "m8idn.xlarge",
            "m8idn.2xlarge",
            "m8idn.4xlarge",
            "m8idn.8xlarge",
            "m8idn.12xlarge",
            "m8idn.16xlarge",
            "m8idn.24xlarge",
            "m8idn.32xlarge",
            "m8idn.48xlarge",
            "m8idn.96xlarge",
            "r8idn.large",
            "r8idn.xlarge",
            "r8idn.2xlarge",
            "r8idn.4xlarge",
            "r8idn.8xlarge",
            "r8idn.12xlarge",
            "r8idn.16xlarge",
            "r8idn.24xlarge",
            "r8idn.32xlarge",
            "r8idn.48xlarge",
            "r8idn.96xlarge",
            "m8idb.large",
            "m8idb.xlarge",
            "m8idb.2xlarge",
            "m8idb.4xlarge",
            "m8idb.8xlarge",
            "m8idb.12xlarge",
            "m8idb.16xlarge",
            "m8idb.24xlarge",
            "m8idb.32xlarge",
            "m8idb.48xlarge",
            "m8idb.96xlarge",
            "r8idb.large",
            "r8idb.xlarge",
            "r8idb.2xlarge",
            "r8idb.4xlarge",
            "r8idb.8xlarge",
            "r8idb.12xlarge",
            "r8idb.16xlarge",
            "r8idb.24xlarge",
            "r8idb.32xlarge",
            "r8idb.48xlarge",
            "r8idb.96xlarge",
            "mac-m3ultra.metal",
            "m9g.large",
            "m9g.xlarge",
            "m9g.2xlarge",
            "m9g.4xlarge",
            "m9g.8xlarge",
            "m9g.12xlarge",
            "m9g.16xlarge",
            "m9g.24xlarge",
            "m9g.48xlarge",
            "m9g.metal-24xl",
            "m9g.metal-48xl",
            "m9gd.large",
            "m9gd.xlarge",
            "m9gd.2xlarge",
            "m9gd.4xlarge",
            "m9gd.8xlarge",
            "m9gd.12xlarge",
            "m9gd.16xlarge",
            "m9gd.24xlarge",
            "m9gd.48xlarge",
            "m9gd.metal-24xl",
            "m9gd.metal-48xl",
            "r8in.metal-48xl",
            "r8in.metal-96xl",
            "r8ib.metal-48xl",
            "r8ib.metal-96xl",
            "r8idn.metal-48xl",
            "r8idn.metal-96xl",
            "r8idb.metal-48xl",
            "r8idb.metal-96xl",
            "m8in.metal-48xl",
            "m8in.metal-96xl",
            "m8ib.metal-48xl",
            "m8ib.metal-96xl",
            "m8idn.metal-48xl",
            "m8idn.metal-96xl",
            "m8idb.metal-48xl",
            "m8idb.metal-96xl",
            "g7.2xlarge",
            "g7.4xlarge",
            "g7.8xlarge",
            "g7.12xlarge",
            "g7.24xlarge",
            "g7.48xlarge",
            "c9g.medium",
            "c9g.large",
            "c9g.xlarge",
            "c9g.2xlarge",
            "c9g.4xlarge",
            "c9g.8xlarge",
            "c9g.12xlarge",
            "c9g.16xlarge",
            "c9g.24xlarge",
            "c9g.48xlarge",
            "c9g.metal-48xl",
            "c9gd.medium",
            "c9gd.large",
            "c9gd.xlarge",
            "c9gd.2xlarge",
            "c9gd.4xlarge",
            "c9gd.8xlarge",
            "c9gd.12xlarge",
            "c9gd.16xlarge",
            "c9gd.24xlarge",
            "c9gd.48xlarge",
            "c9gd.metal-48xl",
            "r9g.medium",
            "r9g.large",
            "r9g.xlarge",
            "r9g.2xlarge",
            "r9g.4xlarge",
            "r9g.8xlarge",
            "r9g.12xlarge",
            "r9g.16xlarge",
            "r9g.24xlarge",
            "r9g.48xlarge",
            "r9g.metal-48xl",
            "r9gd.medium",
            "r9gd.large",
            "r9gd.xlarge",
            "r9gd.2xlarge",
            "r9gd.4xlarge",
            "r9gd.8xlarge",
            "r9gd.12xlarge",
            "r9gd.16xlarge",
            "r9gd.24xlarge",
            "r9gd.48xlarge",
            "r9gd.metal-48xl",
            "m9g.medium",
            "t8i.nano",
            "t8i.micro",
            "t8i.small",
            "t8i.medium",
            "i8g.metal-48xl",
            "r8gb.48xlarge",
            "r8gb.metal-48xl",
            "m9gd.medium",
            "trn2u.48xlarge"
          ]
        },
        InstanceTypeHypervisor: {
          type: "string",
          enum: ["nitro", "xen"]
        },
        InstanceTypeInfo: {
          type: "structure",
          members: {
            InstanceType: "InstanceType",
            CurrentGeneration: "#boolean",
            FreeTierEligible: "#boolean",
            SupportedUsageClasses: "UsageClassTypeList",
            SupportedRootDeviceTypes: "RootDeviceTypeList",
            SupportedVirtualizationTypes: "VirtualizationTypeList",
            BareMetal: "#boolean",
            Hypervisor: "InstanceTypeHypervisor",
            ProcessorInfo: "ProcessorInfo",
            VCpuInfo: "VCpuInfo",
            MemoryInfo: "MemoryInfo",
            InstanceStorageSupported: "#boolean",
            InstanceStorageInfo: "InstanceStorageInfo",
            EbsInfo: "EbsInfo",
            NetworkInfo: "NetworkInfo",
            GpuInfo: "GpuInfo",
            FpgaInfo: "FpgaInfo",
            PlacementGroupInfo: "PlacementGroupInfo",
            InferenceAcceleratorInfo: "InferenceAcceleratorInfo",
            HibernationSupported: "#boolean",
            BurstablePerformanceSupported: "#boolean",
            DedicatedHostsSupported: "#boolean",
            AutoRecoverySupported: "#boolean",
            SupportedBootModes: "BootModeTypeList",
            NitroEnclavesSupport: "NitroEnclavesSupport",
            NitroTpmSupport: "NitroTpmSupport",
            NitroTpmInfo: "NitroTpmInfo",
            MediaAcceleratorInfo: "MediaAcceleratorInfo",
            NeuronInfo: "NeuronInfo",
            PhcSupport: "PhcSupport",
            RebootMigrationSupport: "RebootMigrationSupport",
            SupportedInRegion: "#boolean"
          }
        },
        InstanceTypeInfoList: {
          type: "list",
          member: "InstanceTypeInfo"
        },
        InstanceTypeItem: {
          type: "structure",
          members: {
            InstanceType: "#string"
          }
        },
        InstanceTypeSpecification: {
          type: "structure",
          members: {
            SupportedInstanceTypes: "SupportedInstanceTypeSet",
            UnsupportedInstanceTypes: "UnsupportedInstanceTypeSet"
          }
        },
        IpSource: {
          type: "string",
          enum: ["amazon", "byoip", "none"]
        },
        Ipv4PrefixList: {
          type: "list",
          member: "Ipv4PrefixSpecificationRequest"
        },
        Ipv4PrefixListResponse: {
          type: "list",
          member: "Ipv4PrefixSpecificationResponse"
        },
        Ipv4PrefixSpecificationRequest: {
          type: "structure",
          members: {
            Ipv4Prefix: "#string"
          }
        },
        Ipv4PrefixSpecificationResponse: {
          type: "structure",
          members: {
            Ipv4Prefix: "#string"
          }
        },
        Ipv6AddressAttribute: {
          type: "string",
          enum: ["public", "private"]
        },
        Ipv6PrefixList: {
          type: "list",
          member: "Ipv6PrefixSpecificationRequest"
        },
        Ipv6PrefixListResponse: {
          type: "list",
          member: "Ipv6PrefixSpecificationResponse"
        },
        Ipv6PrefixSpecificationRequest: {
          type: "structure",
          members: {
            Ipv6Prefix: "#string"
          }
        },
        Ipv6PrefixSpecificationResponse: {
          type: "structure",
          members: {
            Ipv6Prefix: "#string"
          }
        },
        LaunchTemplate: {
          type: "structure",
          members: {
            LaunchTemplateId: "#string",
            LaunchTemplateName: "LaunchTemplateName",
            CreateTime: "#timestamp",
            CreatedBy: "#string",
            DefaultVersionNumber: "#long",
            LatestVersionNumber: "#long",
            Tags: "TagList",
            Operator: "OperatorResponse"
          }
        },
        LaunchTemplateAutoRecoveryState: {
          type: "string",
          enum: ["default", "disabled"]
        },
        LaunchTemplateBlockDeviceMapping: {
          type: "structure",
          members: {
            DeviceName: "#string",
            VirtualName: "#string",
            Ebs: "LaunchTemplateEbsBlockDevice",
            NoDevice: "#string"
          }
        },
        LaunchTemplateBlockDeviceMappingList: {
          type: "list",
          member: "LaunchTemplateBlockDeviceMapping"
        },
        LaunchTemplateBlockDeviceMappingRequest: {
          type: "structure",
          members: {
            DeviceName: "#string",
            VirtualName: "#string",
            Ebs: "LaunchTemplateEbsBlockDeviceRequest",
            NoDevice: "#string"
          }
        },
        LaunchTemplateBlockDeviceMappingRequestList: {
          type: "list",
          member: "LaunchTemplateBlockDeviceMappingRequest"
        },
        LaunchTemplateCapacityReservationSpecificationRequest: {
          type: "structure",
          members: {
            CapacityReservationPreference: "CapacityReservationPreference",
            CapacityReservationTarget: "CapacityReservationTarget"
          }
        },
        LaunchTemplateCapacityReservationSpecificationResponse: {
          type: "structure",
          members: {
            CapacityReservationPreference: "CapacityReservationPreference",
            CapacityReservationTarget: "CapacityReservationTargetResponse"
          }
        },
        LaunchTemplateCpuOptions: {
          type: "structure",
          members: {
            CoreCount: "#integer",
            ThreadsPerCore: "#integer",
            AmdSevSnp: "AmdSevSnpSpecification",
            NestedVirtualization: "NestedVirtualizationSpecification"
          }
        },
        LaunchTemplateCpuOptionsRequest: {
          type: "structure",
          members: {
            CoreCount: "#integer",
            ThreadsPerCore: "#integer",
            AmdSevSnp: "AmdSevSnpSpecification",
            NestedVirtualization: "NestedVirtualizationSpecification"
          }
        },
        LaunchTemplateEbsBlockDevice: {
          type: "structure",
          members: {
            Encrypted: "#boolean",
            DeleteOnTermination: "#boolean",
            Iops: "#integer",
            KmsKeyId: "#string",
            SnapshotId: "#string",
            VolumeSize: "#integer",
            VolumeType: "VolumeType",
            Throughput: "#integer",
            VolumeInitializationRate: "#integer",
            EbsCardIndex: "#integer"
          }
        },
        LaunchTemplateEbsBlockDeviceRequest: {
          type: "structure",
          members: {
            Encrypted: "#boolean",
            DeleteOnTermination: "#boolean",
            Iops: "#integer",
            KmsKeyId: "#string",
            SnapshotId: "#string",
            VolumeSize: "#integer",
            VolumeType: "VolumeType",
            Throughput: "#integer",
            VolumeInitializationRate: "#integer",
            EbsCardIndex: "#integer"
          }
        },
        LaunchTemplateElasticInferenceAccelerator: {
          type: "structure",
          members: {
            Type: "#string",
            Count: "LaunchTemplateElasticInferenceAcceleratorCount"
          },
          required: ["Type"]
        },
        LaunchTemplateElasticInferenceAcceleratorCount: {
          type: "integer",
          min: 1
        },
        LaunchTemplateElasticInferenceAcceleratorList: {
          type: "list",
          member: "LaunchTemplateElasticInferenceAccelerator"
        },
        LaunchTemplateElasticInferenceAcceleratorResponse: {
          type: "structure",
          members: {
            Type: "#string",
            Count: "#integer"
          }
        },
        LaunchTemplateElasticInferenceAcceleratorResponseList: {
          type: "list",
          member: "LaunchTemplateElasticInferenceAcceleratorResponse"
        },
        LaunchTemplateEnaSrdSpecification: {
          type: "structure",
          members: {
            EnaSrdEnabled: "#boolean",
            EnaSrdUdpSpecification: "LaunchTemplateEnaSrdUdpSpecification"
          }
        },
        LaunchTemplateEnaSrdUdpSpecification: {
          type: "structure",
          members: {
            EnaSrdUdpEnabled: "#boolean"
          }
        },
        LaunchTemplateEnclaveOptions: {
          type: "structure",
          members: {
            Enabled: "#boolean"
          }
        },
        LaunchTemplateEnclaveOptionsRequest: {
          type: "structure",
          members: {
            Enabled: "#boolean"
          }
        },
        LaunchTemplateHibernationOptions: {
          type: "structure",
          members: {
            Configured: "#boolean"
          }
        },
        LaunchTemplateHibernationOptionsRequest: {
          type: "structure",
          members: {
            Configured: "#boolean"
          }
        },
        LaunchTemplateHttpTokensState: {
          type: "string",
          enum: ["optional", "required"]
        },
        LaunchTemplateIamInstanceProfileSpecification: {
          type: "structure",
          members: {
            Arn: "#string",
            Name: "#string"
          }
        },
        LaunchTemplateIamInstanceProfileSpecificationRequest: {
          type: "structure",
          members: {
            Arn: "#string",
            Name: "#string"
          }
        },
        LaunchTemplateIdStringList: {
          type: "list",
          member: "#string"
        },
        LaunchTemplateInstanceMaintenanceOptions: {
          type: "structure",
          members: {
            AutoRecovery: "LaunchTemplateAutoRecoveryState"
          }
        },
        LaunchTemplateInstanceMaintenanceOptionsRequest: {
          type: "structure",
          members: {
            AutoRecovery: "LaunchTemplateAutoRecoveryState"
          }
        },
        LaunchTemplateInstanceMarketOptions: {
          type: "structure",
          members: {
            MarketType: "MarketType",
            SpotOptions: "LaunchTemplateSpotMarketOptions"
          }
        },
        LaunchTemplateInstanceMarketOptionsRequest: {
          type: "structure",
          members: {
            MarketType: "MarketType",
            SpotOptions: "LaunchTemplateSpotMarketOptionsRequest"
          }
        },
        LaunchTemplateInstanceMetadataEndpointState: {
          type: "string",
          enum: ["disabled", "enabled"]
        },
        LaunchTemplateInstanceMetadataOptions: {
          type: "structure",
          members: {
            State: "LaunchTemplateInstanceMetadataOptionsState",
            HttpTokens: "LaunchTemplateHttpTokensState",
            HttpPutResponseHopLimit: "#integer",
            HttpEndpoint: "LaunchTemplateInstanceMetadataEndpointState",
            HttpProtocolIpv6: "LaunchTemplateInstanceMetadataProtocolIpv6",
            InstanceMetadataTags: "LaunchTemplateInstanceMetadataTagsState"
          }
        },
        LaunchTemplateInstanceMetadataOptionsRequest: {
          type: "structure",
          members: {
            HttpTokens: "LaunchTemplateHttpTokensState",
            HttpPutResponseHopLimit: "#integer",
            HttpEndpoint: "LaunchTemplateInstanceMetadataEndpointState",
            HttpProtocolIpv6: "LaunchTemplateInstanceMetadataProtocolIpv6",
            InstanceMetadataTags: "LaunchTemplateInstanceMetadataTagsState"
          }
        },
        LaunchTemplateInstanceMetadataOptionsState: {
          type: "string",
          enum: ["pending", "applied"]
        },
        LaunchTemplateInstanceMetadataProtocolIpv6: {
          type: "string",
          enum: ["disabled", "enabled"]
        },
        LaunchTemplateInstanceMetadataTagsState: {
          type: "string",
          enum: ["disabled", "enabled"]
        },
        LaunchTemplateInstanceNetworkInterfaceSpecification: {
          type: "structure",
          members: {
            AssociateCarrierIpAddress: "#boolean",
            AssociatePublicIpAddress: "#boolean",
            DeleteOnTermination: "#boolean",
            Description: "#string",
            DeviceIndex: "#integer",
            Groups: "GroupIdStringList",
            InterfaceType: "#string",
            Ipv6AddressCount: "#integer",
            Ipv6Addresses: "InstanceIpv6AddressList",
            NetworkInterfaceId: "#string",
            PrivateIpAddress: "#string",
            PrivateIpAddresses: "PrivateIpAddressSpecificationList",
            SecondaryPrivateIpAddressCount: "#integer",
            SubnetId: "#string",
            NetworkCardIndex: "#integer",
            Ipv4Prefixes: "Ipv4PrefixListResponse",
            Ipv4PrefixCount: "#integer",
            Ipv6Prefixes: "Ipv6PrefixListResponse",
            Ipv6PrefixCount: "#integer",
            PrimaryIpv6: "#boolean",
            EnaSrdSpecification: "LaunchTemplateEnaSrdSpecification",
            ConnectionTrackingSpecification: "ConnectionTrackingSpecification",
            EnaQueueCount: "#integer"
          }
        },
        LaunchTemplateInstanceNetworkInterfaceSpecificationList: {
          type: "list",
          member: "LaunchTemplateInstanceNetworkInterfaceSpecification"
        },
        LaunchTemplateInstanceNetworkInterfaceSpecificationRequest: {
          type: "structure",
          members: {
            AssociateCarrierIpAddress: "#boolean",
            AssociatePublicIpAddress: "#boolean",
            DeleteOnTermination: "#boolean",
            Description: "#string",
            DeviceIndex: "#integer",
            Groups: "SecurityGroupIdStringList",
            InterfaceType: "#string",
            Ipv6AddressCount: "#integer",
            Ipv6Addresses: "InstanceIpv6AddressListRequest",
            NetworkInterfaceId: "#string",
            PrivateIpAddress: "#string",
            PrivateIpAddresses: "PrivateIpAddressSpecificationList",
            SecondaryPrivateIpAddressCount: "#integer",
            SubnetId: "#string",
            NetworkCardIndex: "#integer",
            Ipv4Prefixes: "Ipv4PrefixList",
            Ipv4PrefixCount: "#integer",
            Ipv6Prefixes: "Ipv6PrefixList",
            Ipv6PrefixCount: "#integer",
            PrimaryIpv6: "#boolean",
            EnaSrdSpecification: "EnaSrdSpecificationRequest",
            ConnectionTrackingSpecification: "ConnectionTrackingSpecificationRequest",
            EnaQueueCount: "#integer"
          }
        },
        LaunchTemplateInstanceNetworkInterfaceSpecificationRequestList: {
          type: "list",
          member: "LaunchTemplateInstanceNetworkInterfaceSpecificationRequest"
        },
        LaunchTemplateInstanceSecondaryInterfaceSpecification: {
          type: "structure",
          members: {
            DeleteOnTermination: "#boolean",
            DeviceIndex: "#integer",
            PrivateIpAddresses: "SecondaryInterfacePrivateIpAddressSpecificationList",
            PrivateIpAddressCount: "#integer",
            SecondarySubnetId: "#string",
            InterfaceType: "SecondaryInterfaceType",
            NetworkCardIndex: "#integer"
          }
        },
        LaunchTemplateInstanceSecondaryInterfaceSpecificationList: {
          type: "list",
          member: "LaunchTemplateInstanceSecondaryInterfaceSpecification"
        },
        LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest: {
          type: "structure",
          members: {
            DeleteOnTermination: "#boolean",
            DeviceIndex: "#integer",
            PrivateIpAddresses: "SecondaryInterfacePrivateIpAddressSpecificationListRequest",
            PrivateIpAddressCount: "#integer",
            SecondarySubnetId: "#string",
            InterfaceType: "SecondaryInterfaceType",
            NetworkCardIndex: "#integer"
          }
        },
        LaunchTemplateInstanceSecondaryInterfaceSpecificationRequestList: {
          type: "list",
          member: "LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest"
        },
        LaunchTemplateLicenseConfiguration: {
          type: "structure",
          members: {
            LicenseConfigurationArn: "#string"
          }
        },
        LaunchTemplateLicenseConfigurationRequest: {
          type: "structure",
          members: {
            LicenseConfigurationArn: "#string"
          }
        },
        LaunchTemplateLicenseList: {
          type: "list",
          member: "LaunchTemplateLicenseConfiguration"
        },
        LaunchTemplateLicenseSpecificationListRequest: {
          type: "list",
          member: "LaunchTemplateLicenseConfigurationRequest"
        },
        LaunchTemplateName: {
          type: "string",
          max: 128,
          min: 3,
          pattern: "[a-zA-Z0-9\\(\\)\\.\\-/_]+"
        },
        LaunchTemplateNameStringList: {
          type: "list",
          member: "LaunchTemplateName"
        },
        LaunchTemplateNetworkPerformanceOptions: {
          type: "structure",
          members: {
            BandwidthWeighting: "InstanceBandwidthWeighting"
          }
        },
        LaunchTemplateNetworkPerformanceOptionsRequest: {
          type: "structure",
          members: {
            BandwidthWeighting: "InstanceBandwidthWeighting"
          }
        },
        LaunchTemplatePlacement: {
          type: "structure",
          members: {
            AvailabilityZone: "#string",
            AvailabilityZoneId: "#string",
            Affinity: "#string",
            GroupName: "#string",
            HostId: "#string",
            Tenancy: "Tenancy",
            SpreadDomain: "#string",
            HostResourceGroupArn: "#string",
            PartitionNumber: "#integer",
            GroupId: "#string"
          }
        },
        LaunchTemplatePlacementRequest: {
          type: "structure",
          members: {
            AvailabilityZone: "#string",
            AvailabilityZoneId: "#string",
            Affinity: "#string",
            GroupName: "#string",
            HostId: "#string",
            Tenancy: "Tenancy",
            SpreadDomain: "#string",
            HostResourceGroupArn: "#string",
            PartitionNumber: "#integer",
            GroupId: "#string"
          }
        },
        LaunchTemplatePrivateDnsNameOptions: {
          type: "structure",
          members: {
            HostnameType: "HostnameType",
            EnableResourceNameDnsARecord: "#boolean",
            EnableResourceNameDnsAAAARecord: "#boolean"
          }
        },
        LaunchTemplatePrivateDnsNameOptionsRequest: {
          type: "structure",
          members: {
            HostnameType: "HostnameType",
            EnableResourceNameDnsARecord: "#boolean",
            EnableResourceNameDnsAAAARecord: "#boolean"
          }
        },
        LaunchTemplateSet: {
          type: "list",
          member: "LaunchTemplate"
        },
        LaunchTemplatesMonitoring: {
          type: "structure",
          members: {
            Enabled: "#boolean",
            MetricCategoryIds: "MetricCategoryIdList"
          }
        },
        LaunchTemplatesMonitoringRequest: {
          type: "structure",
          members: {
            Enabled: "#boolean",
            MetricCategoryIds: "MetricCategoryIdList"
          }
        },
        LaunchTemplateSpecification: {
          type: "structure",
          members: {
            LaunchTemplateId: "#string",
            LaunchTemplateName: "#string",
            Version: "#string"
          }
        },
        LaunchTemplateSpotMarketOptions: {
          type: "structure",
          members: {
            MaxPrice: "#string",
            SpotInstanceType: "SpotInstanceType",
            BlockDurationMinutes: "#integer",
            ValidUntil: "#timestamp",
            InstanceInterruptionBehavior: "InstanceInterruptionBehavior"
          }
        },
        LaunchTemplateSpotMarketOptionsRequest: {
          type: "structure",
          members: {
            MaxPrice: "#string",
            SpotInstanceType: "SpotInstanceType",
            BlockDurationMinutes: "#integer",
            ValidUntil: "#timestamp",
            InstanceInterruptionBehavior: "InstanceInterruptionBehavior"
          }
        },
        LaunchTemplateTagSpecification: {
          type: "structure",
          members: {
            ResourceType: "ResourceType",
            Tags: "TagList"
          }
        },
        LaunchTemplateTagSpecificationList: {
          type: "list",
          member: "LaunchTemplateTagSpecification"
        },
        LaunchTemplateTagSpecificationRequest: {
          type: "structure",
          members: {
            ResourceType: "ResourceType",
            Tags: "TagList"
          }
        },
        LaunchTemplateTagSpecificationRequestList: {
          type: "list",
          member: "LaunchTemplateTagSpecificationRequest"
        },
        LaunchTemplateVersion: {
          type: "structure",
          members: {
            LaunchTemplateId: "#string",
            LaunchTemplateName: "LaunchTemplateName",
            VersionNumber: "#long",
            VersionDescription: "VersionDescription",
            CreateTime: "#timestamp",
            CreatedBy: "#string",
            DefaultVersion: "#boolean",
            LaunchTemplateData: "ResponseLaunchTemplateData",
            Operator: "OperatorResponse"
          }
        },
        LaunchTemplateVersionSet: {
          type: "list",
          member: "LaunchTemplateVersion"
        },
        LicenseConfiguration: {
          type: "structure",
          members: {
            LicenseConfigurationArn: "#string"
          }
        },
        LicenseConfigurationRequest: {
          type: "structure",
          members: {
            LicenseConfigurationArn: "#string"
          }
        },
        LicenseList: {
          type: "list",
          member: "LicenseConfiguration"
        },
        LicenseSpecificationListRequest: {
          type: "list",
          member: "LicenseConfigurationRequest"
        },
        LocalStorage: {
          type: "string",
          enum: ["included", "required", "excluded"]
        },
        LocalStorageType: {
          type: "string",
          enum: ["hdd", "ssd"]
        },
        LocalStorageTypeSet: {
          type: "list",
          member: "LocalStorageType"
        },
        MarketType: {
          type: "string",
          enum: ["spot", "capacity-block", "interruptible-capacity-reservation", "on-demand"]
        },
        MediaAcceleratorInfo: {
          type: "structure",
          members: {
            Accelerators: "MediaDeviceInfoList",
            TotalMediaMemoryInMiB: "#integer"
          }
        },
        MediaDeviceInfo: {
          type: "structure",
          members: {
            Count: "#integer",
            Name: "#string",
            Manufacturer: "#string",
            MemoryInfo: "MediaDeviceMemoryInfo"
          }
        },
        MediaDeviceInfoList: {
          type: "list",
          member: "MediaDeviceInfo"
        },
        MediaDeviceMemoryInfo: {
          type: "structure",
          members: {
            SizeInMiB: "#integer"
          }
        },
        MemoryGiBPerVCpu: {
          type: "structure",
          members: {
            Min: "#double",
            Max: "#double"
          }
        },
        MemoryGiBPerVCpuRequest: {
          type: "structure",
          members: {
            Min: "#double",
            Max: "#double"
          }
        },
        MemoryInfo: {
          type: "structure",
          members: {
            SizeInMiB: "#long"
          }
        },
        MemoryMiB: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          }
        },
        MemoryMiBRequest: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          },
          required: ["Min"]
        },
        MetricCategoryIdList: {
          type: "list",
          member: "#string"
        },
        ModifyLaunchTemplateRequest: {
          type: "structure",
          members: {
            DryRun: "#boolean",
            ClientToken: "#string",
            LaunchTemplateId: "#string",
            LaunchTemplateName: "LaunchTemplateName",
            DefaultVersion: "#string"
          }
        },
        ModifyLaunchTemplateResult: {
          type: "structure",
          members: {
            LaunchTemplate: "LaunchTemplate"
          }
        },
        Monitoring: {
          type: "structure",
          members: {
            MetricCategoryIds: "MetricCategoryIdList",
            State: "MonitoringState"
          }
        },
        MonitoringState: {
          type: "string",
          enum: ["disabled", "disabling", "enabled", "pending"]
        },
        NestedVirtualizationSpecification: {
          type: "string",
          enum: ["enabled", "disabled"]
        },
        NetworkBandwidthGbps: {
          type: "structure",
          members: {
            Min: "#double",
            Max: "#double"
          }
        },
        NetworkBandwidthGbpsRequest: {
          type: "structure",
          members: {
            Min: "#double",
            Max: "#double"
          }
        },
        NetworkCardInfo: {
          type: "structure",
          members: {
            NetworkCardIndex: "#integer",
            NetworkPerformance: "#string",
            MaximumNetworkInterfaces: "#integer",
            AdditionalFlexibleNetworkInterfaces: "#integer",
            BaselineBandwidthInGbps: "#double",
            PeakBandwidthInGbps: "#double",
            DefaultEnaQueueCountPerInterface: "#integer",
            MaximumEnaQueueCount: "#integer",
            MaximumEnaQueueCountPerInterface: "#integer",
            InterfaceTypes: "NetworkCardInterfaceTypeList"
          }
        },
        NetworkCardInfoList: {
          type: "list",
          member: "NetworkCardInfo"
        },
        NetworkCardInterfaceType: {
          type: "string",
          enum: ["interface", "efa", "efa-only", "secondary"]
        },
        NetworkCardInterfaceTypeList: {
          type: "list",
          member: "NetworkCardInterfaceType"
        },
        NetworkFirewallAssociation: {
          type: "structure",
          members: {
            FirewallArn: "#string",
            FirewallOnboardingStatus: "FirewallOnboardingStatus",
            FirewallMode: "FirewallMode"
          }
        },
        NetworkFirewallAssociationSet: {
          type: "list",
          member: "NetworkFirewallAssociation"
        },
        NetworkFirewallConnectivityType: {
          type: "string",
          enum: ["flexible", "outbound-only", "bidirectional", "exclude", "az-unsupported"]
        },
        NetworkInfo: {
          type: "structure",
          members: {
            NetworkPerformance: "#string",
            MaximumNetworkInterfaces: "#integer",
            MaximumNetworkCards: "#integer",
            DefaultNetworkCardIndex: "#integer",
            NetworkCards: "NetworkCardInfoList",
            Ipv4AddressesPerInterface: "#integer",
            Ipv6AddressesPerInterface: "#integer",
            Ipv6Supported: "#boolean",
            EnaSupport: "EnaSupport",
            EfaSupported: "#boolean",
            EfaInfo: "EfaInfo",
            EncryptionInTransitSupported: "#boolean",
            EnaSrdSupported: "#boolean",
            BandwidthWeightings: "BandwidthWeightingTypeList",
            FlexibleEnaQueuesSupport: "FlexibleEnaQueuesSupport",
            ConnectionTrackingConfiguration: "DefaultConnectionTrackingConfiguration",
            SecondaryNetworkSupported: "#boolean",
            MaximumSecondaryNetworkInterfaces: "#integer",
            Ipv4AddressesPerSecondaryInterface: "#integer"
          }
        },
        NetworkInterfaceCount: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          }
        },
        NetworkInterfaceCountRequest: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          }
        },
        NetworkInterfaceStatus: {
          type: "string",
          enum: ["available", "associated", "attaching", "in-use", "detaching"]
        },
        NeuronDeviceCoreInfo: {
          type: "structure",
          members: {
            Count: "#integer",
            Version: "#integer"
          }
        },
        NeuronDeviceInfo: {
          type: "structure",
          members: {
            Count: "#integer",
            Name: "#string",
            CoreInfo: "NeuronDeviceCoreInfo",
            MemoryInfo: "NeuronDeviceMemoryInfo"
          }
        },
        NeuronDeviceInfoList: {
          type: "list",
          member: "NeuronDeviceInfo"
        },
        NeuronDeviceMemoryInfo: {
          type: "structure",
          members: {
            SizeInMiB: "#integer"
          }
        },
        NeuronInfo: {
          type: "structure",
          members: {
            NeuronDevices: "NeuronDeviceInfoList",
            TotalNeuronDeviceMemoryInMiB: "#integer"
          }
        },
        NitroEnclavesSupport: {
          type: "string",
          enum: ["unsupported", "supported"]
        },
        NitroTpmInfo: {
          type: "structure",
          members: {
            SupportedVersions: "NitroTpmSupportedVersionsList"
          }
        },
        NitroTpmSupport: {
          type: "string",
          enum: ["unsupported", "supported"]
        },
        NitroTpmSupportedVersionsList: {
          type: "list",
          member: "#string"
        },
        OperatorRequest: {
          type: "structure",
          members: {
            Principal: "#string"
          }
        },
        OperatorResponse: {
          type: "structure",
          members: {
            Managed: "#boolean",
            Principal: "#string",
            HiddenByDefault: "#boolean"
          }
        },
        OwnerStringList: {
          type: "list",
          member: "#string"
        },
        PerformanceFactorReference: {
          type: "structure",
          members: {
            InstanceFamily: "#string"
          }
        },
        PerformanceFactorReferenceRequest: {
          type: "structure",
          members: {
            InstanceFamily: "#string"
          }
        },
        PerformanceFactorReferenceSet: {
          type: "list",
          member: "PerformanceFactorReference"
        },
        PerformanceFactorReferenceSetRequest: {
          type: "list",
          member: "PerformanceFactorReferenceRequest"
        },
        PerformanceStatusSummary: {
          type: "structure",
          members: {
            Status: "SummaryStatus",
            ImpairedSince: "#timestamp",
            Remediation: "#string"
          }
        },
        PhcSupport: {
          type: "string",
          enum: ["unsupported", "supported"]
        },
        Placement: {
          type: "structure",
          members: {
            AvailabilityZoneId: "#string",
            Affinity: "#string",
            GroupName: "#string",
            PartitionNumber: "#integer",
            HostId: "#string",
            Tenancy: "Tenancy",
            SpreadDomain: "#string",
            HostResourceGroupArn: "#string",
            GroupId: "#string",
            AvailabilityZone: "#string"
          }
        },
        PlacementGroupInfo: {
          type: "structure",
          members: {
            SupportedStrategies: "PlacementGroupStrategyList"
          }
        },
        PlacementGroupStrategy: {
          type: "string",
          enum: ["cluster", "partition", "spread"]
        },
        PlacementGroupStrategyList: {
          type: "list",
          member: "PlacementGroupStrategy"
        },
        PlatformValues: {
          type: "string",
          enum: ["Windows"]
        },
        PrivateDnsNameOptionsOnLaunch: {
          type: "structure",
          members: {
            HostnameType: "HostnameType",
            EnableResourceNameDnsARecord: "#boolean",
            EnableResourceNameDnsAAAARecord: "#boolean"
          }
        },
        PrivateDnsNameOptionsRequest: {
          type: "structure",
          members: {
            HostnameType: "HostnameType",
            EnableResourceNameDnsARecord: "#boolean",
            EnableResourceNameDnsAAAARecord: "#boolean"
          }
        },
        PrivateDnsNameOptionsResponse: {
          type: "structure",
          members: {
            HostnameType: "HostnameType",
            EnableResourceNameDnsARecord: "#boolean",
            EnableResourceNameDnsAAAARecord: "#boolean"
          }
        },
        PrivateIpAddressSpecification: {
          type: "structure",
          members: {
            Primary: "#boolean",
            PrivateIpAddress: "#string"
          }
        },
        PrivateIpAddressSpecificationList: {
          type: "list",
          member: "PrivateIpAddressSpecification"
        },
        ProcessorInfo: {
          type: "structure",
          members: {
            SupportedArchitectures: "ArchitectureTypeList",
            SustainedClockSpeedInGhz: "#double",
            SupportedFeatures: "SupportedAdditionalProcessorFeatureList",
            Manufacturer: "#string"
          }
        },
        ProductCode: {
          type: "structure",
          members: {
            ProductCodeId: "#string",
            ProductCodeType: "ProductCodeValues"
          }
        },
        ProductCodeList: {
          type: "list",
          member: "ProductCode"
        },
        ProductCodeValues: {
          type: "string",
          enum: ["devpay", "marketplace"]
        },
        RebootInstancesRequest: {
          type: "structure",
          members: {
            InstanceIds: "InstanceIdStringList",
            DryRun: "#boolean"
          },
          required: ["InstanceIds"]
        },
        RebootMigrationSupport: {
          type: "string",
          enum: ["unsupported", "supported"]
        },
        RequestInstanceTypeList: {
          type: "list",
          max: 100,
          min: 0,
          member: "InstanceType"
        },
        RequestLaunchTemplateData: {
          type: "structure",
          members: {
            KernelId: "#string",
            EbsOptimized: "#boolean",
            IamInstanceProfile: "LaunchTemplateIamInstanceProfileSpecificationRequest",
            BlockDeviceMappings: "LaunchTemplateBlockDeviceMappingRequestList",
            NetworkInterfaces: "LaunchTemplateInstanceNetworkInterfaceSpecificationRequestList",
            ImageId: "#string",
            InstanceType: "InstanceType",
            KeyName: "#string",
            Monitoring: "LaunchTemplatesMonitoringRequest",
            Placement: "LaunchTemplatePlacementRequest",
            RamDiskId: "#string",
            DisableApiTermination: "#boolean",
            InstanceInitiatedShutdownBehavior: "ShutdownBehavior",
            UserData: "#string",
            TagSpecifications: "LaunchTemplateTagSpecificationRequestList",
            ElasticGpuSpecifications: "ElasticGpuSpecificationList",
            ElasticInferenceAccelerators: "LaunchTemplateElasticInferenceAcceleratorList",
            SecurityGroupIds: "SecurityGroupIdStringList",
            SecurityGroups: "SecurityGroupStringList",
            InstanceMarketOptions: "LaunchTemplateInstanceMarketOptionsRequest",
            CreditSpecification: "CreditSpecificationRequest",
            CpuOptions: "LaunchTemplateCpuOptionsRequest",
            CapacityReservationSpecification: "LaunchTemplateCapacityReservationSpecificationRequest",
            LicenseSpecifications: "LaunchTemplateLicenseSpecificationListRequest",
            HibernationOptions: "LaunchTemplateHibernationOptionsRequest",
            MetadataOptions: "LaunchTemplateInstanceMetadataOptionsRequest",
            EnclaveOptions: "LaunchTemplateEnclaveOptionsRequest",
            InstanceRequirements: "InstanceRequirementsRequest",
            PrivateDnsNameOptions: "LaunchTemplatePrivateDnsNameOptionsRequest",
            MaintenanceOptions: "LaunchTemplateInstanceMaintenanceOptionsRequest",
            DisableApiStop: "#boolean",
            Operator: "OperatorRequest",
            NetworkPerformanceOptions: "LaunchTemplateNetworkPerformanceOptionsRequest",
            SecondaryInterfaces: "LaunchTemplateInstanceSecondaryInterfaceSpecificationRequestList"
          }
        },
        Reservation: {
          type: "structure",
          members: {
            ReservationId: "#string",
            OwnerId: "#string",
            RequesterId: "#string",
            Groups: "GroupIdentifierList",
            Instances: "InstanceList"
          }
        },
        ReservationList: {
          type: "list",
          member: "Reservation"
        },
        ResourceIdList: {
          type: "list",
          member: "#string"
        },
        ResourceType: {
          type: "string",
          enum: [
            "capacity-reservation",
            "client-vpn-endpoint",
            "customer-gateway",
            "carrier-gateway",
            "coip-pool",
            "declarative-policies-report",
            "dedicated-host",
            "dhcp-options",
            "egress-only-internet-gateway",
            "elastic-ip",
            "elastic-gpu",
            "export-image-task",
            "export-instance-task",
            "fca-policy",
            "fleet",
            "fpga-image",
            "host-reservation",
            "image",
            "image-usage-report",
            "import-image-task",
            "import-snapshot-task",
            "instance",
            "instance-event-window",
            "internet-gateway",
            "ipam",
            "ipam-pool",
            "ipam-scope",
            "ipv4pool-ec2",
            "ipv6pool-ec2",
            "key-pair",
            "launch-template",
            "local-gateway",
            "local-gateway-route-table",
            "local-gateway-virtual-interface",
            "local-gateway-virtual-interface-group",
            "local-gateway-route-table-vpc-association",
            "local-gateway-route-table-virtual-interface-group-association",
            "natgateway",
            "network-acl",
            "network-interface",
            "network-insights-analysis",
            "network-insights-path",
            "network-insights-access-scope",
            "network-insights-access-scope-analysis",
            "outpost-lag",
            "placement-group",
            "prefix-list",
            "replace-root-volume-task",
            "reserved-instances",
            "route-table",
            "security-group",
            "security-group-rule",
            "service-link-virtual-interface",
            "snapshot",
            "spot-fleet-request",
            "spot-instances-request",
            "subnet",
            "subnet-cidr-reservation",
            "traffic-mirror-filter",
            "traffic-mirror-session",
            "traffic-mirror-target",
            "transit-gateway",
            "transit-gateway-attachment",
            "transit-gateway-connect-peer",
            "transit-gateway-multicast-domain",
            "transit-gateway-policy-table",
            "transit-gateway-metering-policy",
            "transit-gateway-route-table",
            "transit-gateway-route-table-announcement",
            "volume",
            "vpc",
            "vpc-endpoint",
            "vpc-endpoint-connection",
            "vpc-endpoint-service",
            "vpc-endpoint-service-permission",
            "vpc-peering-connection",
            "vpn-connection",
            "vpn-gateway",
            "vpc-flow-log",
            "capacity-reservation-fleet",
            "traffic-mirror-filter-rule",
            "vpc-endpoint-connection-device-type",
            "verified-access-instance",
            "verified-access-group",
            "verified-access-endpoint",
            "verified-access-policy",
            "verified-access-trust-provider",
            "vpn-connection-device-type",
            "vpc-block-public-access-exclusion",
            "vpc-encryption-control",
            "route-server",
            "route-server-endpoint",
            "route-server-peer",
            "ipam-resource-discovery",
            "ipam-resource-discovery-association",
            "instance-connect-endpoint",
            "verified-access-endpoint-target",
            "ipam-external-resource-verification-token",
            "capacity-block",
            "mac-modification-task",
            "ipam-prefix-list-resolver",
            "ipam-policy",
            "ipam-prefix-list-resolver-target",
            "ipam-internet-registry-association",
            "secondary-interface",
            "secondary-network",
            "secondary-subnet",
            "capacity-manager-data-export",
            "vpn-concentrator",
            "ipam-pool-allocation",
            "capacity-reservation-cancellation-quote",
            "application-status-check",
            "capacity-reservation-modification-quote",
            "metric-category"
          ]
        },
        ResponseLaunchTemplateData: {
          type: "structure",
          members: {
            KernelId: "#string",
            EbsOptimized: "#boolean",
            IamInstanceProfile: "LaunchTemplateIamInstanceProfileSpecification",
            BlockDeviceMappings: "LaunchTemplateBlockDeviceMappingList",
            NetworkInterfaces: "LaunchTemplateInstanceNetworkInterfaceSpecificationList",
            ImageId: "#string",
            InstanceType: "InstanceType",
            KeyName: "#string",
            Monitoring: "LaunchTemplatesMonitoring",
            Placement: "LaunchTemplatePlacement",
            RamDiskId: "#string",
            DisableApiTermination: "#boolean",
            InstanceInitiatedShutdownBehavior: "ShutdownBehavior",
            UserData: "#string",
            TagSpecifications: "LaunchTemplateTagSpecificationList",
            ElasticGpuSpecifications: "ElasticGpuSpecificationResponseList",
            ElasticInferenceAccelerators: "LaunchTemplateElasticInferenceAcceleratorResponseList",
            SecurityGroupIds: "ValueStringList",
            SecurityGroups: "ValueStringList",
            InstanceMarketOptions: "LaunchTemplateInstanceMarketOptions",
            CreditSpecification: "CreditSpecification",
            CpuOptions: "LaunchTemplateCpuOptions",
            CapacityReservationSpecification: "LaunchTemplateCapacityReservationSpecificationResponse",
            LicenseSpecifications: "LaunchTemplateLicenseList",
            HibernationOptions: "LaunchTemplateHibernationOptions",
            MetadataOptions: "LaunchTemplateInstanceMetadataOptions",
            EnclaveOptions: "LaunchTemplateEnclaveOptions",
            InstanceRequirements: "InstanceRequirements",
            PrivateDnsNameOptions: "LaunchTemplatePrivateDnsNameOptions",
            MaintenanceOptions: "LaunchTemplateInstanceMaintenanceOptions",
            DisableApiStop: "#boolean",
            Operator: "OperatorResponse",
            NetworkPerformanceOptions: "LaunchTemplateNetworkPerformanceOptions",
            SecondaryInterfaces: "LaunchTemplateInstanceSecondaryInterfaceSpecificationList"
          }
        },
        RestorableByStringList: {
          type: "list",
          member: "#string"
        },
        RootDeviceType: {
          type: "string",
          enum: ["ebs", "instance-store"]
        },
        RootDeviceTypeList: {
          type: "list",
          member: "RootDeviceType"
        },
        RunInstancesMonitoringEnabled: {
          type: "structure",
          members: {
            MetricCategoryIds: "MetricCategoryIdList",
            Enabled: "#boolean"
          },
          required: ["Enabled"]
        },
        RunInstancesRequest: {
          type: "structure",
          members: {
            BlockDeviceMappings: "BlockDeviceMappingRequestList",
            ImageId: "#string",
            InstanceType: "InstanceType",
            Ipv6AddressCount: "#integer",
            Ipv6Addresses: "InstanceIpv6AddressList",
            KernelId: "#string",
            KeyName: "#string",
            MaxCount: "#integer",
            MinCount: "#integer",
            Monitoring: "RunInstancesMonitoringEnabled",
            Placement: "Placement",
            RamdiskId: "#string",
            SecurityGroupIds: "SecurityGroupIdStringList",
            SecurityGroups: "SecurityGroupStringList",
            SubnetId: "#string",
            UserData: "#string",
            ElasticGpuSpecification: "ElasticGpuSpecifications",
            ElasticInferenceAccelerators: "ElasticInferenceAccelerators",
            TagSpecifications: "TagSpecificationList",
            LaunchTemplate: "LaunchTemplateSpecification",
            InstanceMarketOptions: "InstanceMarketOptionsRequest",
            CreditSpecification: "CreditSpecificationRequest",
            CpuOptions: "CpuOptionsRequest",
            CapacityReservationSpecification: "CapacityReservationSpecification",
            HibernationOptions: "HibernationOptionsRequest",
            LicenseSpecifications: "LicenseSpecificationListRequest",
            MetadataOptions: "InstanceMetadataOptionsRequest",
            EnclaveOptions: "EnclaveOptionsRequest",
            PrivateDnsNameOptions: "PrivateDnsNameOptionsRequest",
            MaintenanceOptions: "InstanceMaintenanceOptionsRequest",
            DisableApiStop: "#boolean",
            EnablePrimaryIpv6: "#boolean",
            NetworkPerformanceOptions: "InstanceNetworkPerformanceOptionsRequest",
            Operator: "OperatorRequest",
            SecondaryInterfaces: "InstanceSecondaryInterfaceSpecificationListRequest",
            DryRun: "#boolean",
            DisableApiTermination: "#boolean",
            InstanceInitiatedShutdownBehavior: "ShutdownBehavior",
            PrivateIpAddress: "#string",
            ClientToken: "#string",
            AdditionalInfo: "#string",
            NetworkInterfaces: "InstanceNetworkInterfaceSpecificationList",
            IamInstanceProfile: "IamInstanceProfileSpecification",
            EbsOptimized: "#boolean"
          },
          required: ["MaxCount", "MinCount"]
        },
        ScanResults: {
          type: "structure",
          members: {
            HighestFindingSeverityLabel: "SeverityLabel",
            FindingScanDate: "#timestamp",
            InformationalFixAvailableSince: "#timestamp",
            LowFixAvailableSince: "#timestamp",
            MediumFixAvailableSince: "#timestamp",
            HighFixAvailableSince: "#timestamp",
            CriticalFixAvailableSince: "#timestamp"
          }
        },
        SecondaryInterfacePrivateIpAddressSpecification: {
          type: "structure",
          members: {
            PrivateIpAddress: "#string"
          }
        },
        SecondaryInterfacePrivateIpAddressSpecificationList: {
          type: "list",
          member: "SecondaryInterfacePrivateIpAddressSpecification"
        },
        SecondaryInterfacePrivateIpAddressSpecificationListRequest: {
          type: "list",
          member: "SecondaryInterfacePrivateIpAddressSpecificationRequest"
        },
        SecondaryInterfacePrivateIpAddressSpecificationRequest: {
          type: "structure",
          members: {
            PrivateIpAddress: "#string"
          }
        },
        SecondaryInterfaceStatus: {
          type: "string",
          enum: ["available", "in-use"]
        },
        SecondaryInterfaceType: {
          type: "string",
          enum: ["secondary"]
        },
        SecurityGroupIdStringList: {
          type: "list",
          member: "#string"
        },
        SecurityGroupStringList: {
          type: "list",
          member: "#string"
        },
        SeverityLabel: {
          type: "string",
          enum: ["informational", "low", "medium", "high", "critical"]
        },
        ShutdownBehavior: {
          type: "string",
          enum: ["stop", "terminate"]
        },
        Snapshot: {
          type: "structure",
          members: {
            OwnerAlias: "#string",
            OutpostArn: "#string",
            Tags: "TagList",
            StorageTier: "StorageTier",
            RestoreExpiryTime: "#timestamp",
            SseType: "SSEType",
            AvailabilityZone: "#string",
            TransferType: "TransferType",
            CompletionDurationMinutes: "#integer",
            CompletionTime: "#timestamp",
            FullSnapshotSizeInBytes: "#long",
            AssociatedKmsKeys: "AssociatedKmsKeySet",
            SnapshotId: "#string",
            VolumeId: "#string",
            State: "SnapshotState",
            StateMessage: "#string",
            StartTime: "#timestamp",
            Progress: "#string",
            OwnerId: "#string",
            Description: "#string",
            VolumeSize: "#integer",
            Encrypted: "#boolean",
            KmsKeyId: "#string",
            DataEncryptionKeyId: "#string"
          }
        },
        SnapshotIdStringList: {
          type: "list",
          member: "#string"
        },
        SnapshotList: {
          type: "list",
          member: "Snapshot"
        },
        SnapshotReturnCodes: {
          type: "string",
          enum: ["success", "skipped", "missing-permissions", "internal-error", "client-error"]
        },
        SnapshotState: {
          type: "string",
          enum: ["pending", "completed", "error", "recoverable", "recovering"]
        },
        SpotInstanceType: {
          type: "string",
          enum: ["one-time", "persistent"]
        },
        SpotMarketOptions: {
          type: "structure",
          members: {
            MaxPrice: "#string",
            SpotInstanceType: "SpotInstanceType",
            BlockDurationMinutes: "#integer",
            ValidUntil: "#timestamp",
            InstanceInterruptionBehavior: "InstanceInterruptionBehavior"
          }
        },
        SSEType: {
          type: "string",
          enum: ["sse-ebs", "sse-kms", "none"]
        },
        StartInstancesRequest: {
          type: "structure",
          members: {
            InstanceIds: "InstanceIdStringList",
            AdditionalInfo: "#string",
            DryRun: "#boolean"
          },
          required: ["InstanceIds"]
        },
        StartInstancesResult: {
          type: "structure",
          members: {
            StartingInstances: "InstanceStateChangeList"
          }
        },
        StateReason: {
          type: "structure",
          members: {
            Code: "#string",
            Message: "#string"
          }
        },
        StatusName: {
          type: "string",
          enum: ["reachability"]
        },
        StatusType: {
          type: "string",
          enum: ["passed", "failed", "insufficient-data", "initializing"]
        },
        StopInstancesRequest: {
          type: "structure",
          members: {
            InstanceIds: "InstanceIdStringList",
            Hibernate: "#boolean",
            SkipOsShutdown: "#boolean",
            DryRun: "#boolean",
            Force: "#boolean"
          },
          required: ["InstanceIds"]
        },
        StopInstancesResult: {
          type: "structure",
          members: {
            StoppingInstances: "InstanceStateChangeList"
          }
        },
        StorageTier: {
          type: "string",
          enum: ["archive", "standard"]
        },
        Subnet: {
          type: "structure",
          members: {
            AvailabilityZoneId: "#string",
            EnableLniAtDeviceIndex: "#integer",
            MapCustomerOwnedIpOnLaunch: "#boolean",
            CustomerOwnedIpv4Pool: "#string",
            OwnerId: "#string",
            AssignIpv6AddressOnCreation: "#boolean",
            Ipv6CidrBlockAssociationSet: "SubnetIpv6CidrBlockAssociationSet",
            Tags: "TagList",
            SubnetArn: "#string",
            OutpostArn: "#string",
            EnableDns64: "#boolean",
            Ipv6Native: "#boolean",
            PrivateDnsNameOptionsOnLaunch: "PrivateDnsNameOptionsOnLaunch",
            BlockPublicAccessStates: "BlockPublicAccessStates",
            Type: "#string",
            NetworkFirewallConnectivityType: "NetworkFirewallConnectivityType",
            SubnetId: "#string",
            State: "SubnetState",
            VpcId: "#string",
            CidrBlock: "#string",
            AvailableIpAddressCount: "#integer",
            AvailabilityZone: "#string",
            DefaultForAz: "#boolean",
            MapPublicIpOnLaunch: "#boolean"
          }
        },
        SubnetCidrBlockState: {
          type: "structure",
          members: {
            State: "SubnetCidrBlockStateCode",
            StatusMessage: "#string"
          }
        },
        SubnetCidrBlockStateCode: {
          type: "string",
          enum: ["associating", "associated", "disassociating", "disassociated", "failing", "failed"]
        },
        SubnetIdStringList: {
          type: "list",
          member: "#string"
        },
        SubnetIpv6CidrBlockAssociation: {
          type: "structure",
          members: {
            AssociationId: "#string",
            Ipv6CidrBlock: "#string",
            Ipv6CidrBlockState: "SubnetCidrBlockState",
            Ipv6AddressAttribute: "Ipv6AddressAttribute",
            IpSource: "IpSource"
          }
        },
        SubnetIpv6CidrBlockAssociationSet: {
          type: "list",
          member: "SubnetIpv6CidrBlockAssociation"
        },
        SubnetList: {
          type: "list",
          member: "Subnet"
        },
        SubnetState: {
          type: "string",
          enum: ["pending", "available", "unavailable", "failed", "failed-insufficient-capacity"]
        },
        SummaryStatus: {
          type: "string",
          enum: ["ok", "impaired", "insufficient-data", "not-applicable", "initializing"]
        },
        SupportedAdditionalProcessorFeature: {
          type: "string",
          enum: ["amd-sev-snp", "nested-virtualization"]
        },
        SupportedAdditionalProcessorFeatureList: {
          type: "list",
          member: "SupportedAdditionalProcessorFeature"
        },
        SupportedInstanceTypeSet: {
          type: "list",
          member: "InstanceTypeItem"
        },
        Tag: {
          type: "structure",
          members: {
            Key: "#string",
            Value: "#string"
          }
        },
        TagList: {
          type: "list",
          member: "Tag"
        },
        TagSpecification: {
          type: "structure",
          members: {
            ResourceType: "ResourceType",
            Tags: "TagList"
          }
        },
        TagSpecificationList: {
          type: "list",
          member: "TagSpecification"
        },
        Tenancy: {
          type: "string",
          enum: ["default", "dedicated", "host"]
        },
        TerminateInstancesRequest: {
          type: "structure",
          members: {
            InstanceIds: "InstanceIdStringList",
            Force: "#boolean",
            SkipOsShutdown: "#boolean",
            DryRun: "#boolean"
          },
          required: ["InstanceIds"]
        },
        TerminateInstancesResult: {
          type: "structure",
          members: {
            TerminatingInstances: "InstanceStateChangeList"
          }
        },
        ThreadsPerCoreList: {
          type: "list",
          member: "#integer"
        },
        TotalLocalStorageGB: {
          type: "structure",
          members: {
            Min: "#double",
            Max: "#double"
          }
        },
        TotalLocalStorageGBRequest: {
          type: "structure",
          members: {
            Min: "#double",
            Max: "#double"
          }
        },
        TpmSupportValues: {
          type: "string",
          enum: ["v2.0"]
        },
        TransferType: {
          type: "string",
          enum: ["time-based", "standard"]
        },
        UnsupportedInstanceTypeSet: {
          type: "list",
          member: "InstanceTypeItem"
        },
        UsageClassType: {
          type: "string",
          enum: ["spot", "on-demand", "capacity-block"]
        },
        UsageClassTypeList: {
          type: "list",
          member: "UsageClassType"
        },
        ValidationError: {
          type: "structure",
          members: {
            Code: "#string",
            Message: "#string"
          }
        },
        ValidationWarning: {
          type: "structure",
          members: {
            Errors: "ErrorSet"
          }
        },
        ValueStringList: {
          type: "list",
          member: "#string"
        },
        VCpuCountRange: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          }
        },
        VCpuCountRangeRequest: {
          type: "structure",
          members: {
            Min: "#integer",
            Max: "#integer"
          },
          required: ["Min"]
        },
        VCpuInfo: {
          type: "structure",
          members: {
            DefaultVCpus: "#integer",
            DefaultCores: "#integer",
            DefaultThreadsPerCore: "#integer",
            ValidCores: "CoreCountList",
            ValidThreadsPerCore: "ThreadsPerCoreList"
          }
        },
        VersionDescription: {
          type: "string",
          max: 255,
          min: 0
        },
        VersionStringList: {
          type: "list",
          member: "#string"
        },
        VirtualizationType: {
          type: "string",
          enum: ["hvm", "paravirtual"]
        },
        VirtualizationTypeList: {
          type: "list",
          member: "VirtualizationType"
        },
        VolumeType: {
          type: "string",
          enum: ["standard", "io1", "io2", "gp2", "sc1", "st1", "gp3"]
        },
        Vpc: {
          type: "structure",
          members: {
            OwnerId: "#string",
            InstanceTenancy: "Tenancy",
            Ipv6CidrBlockAssociationSet: "VpcIpv6CidrBlockAssociationSet",
            CidrBlockAssociationSet: "VpcCidrBlockAssociationSet",
            IsDefault: "#boolean",
            EncryptionControl: "VpcEncryptionControl",
            Tags: "TagList",
            BlockPublicAccessStates: "BlockPublicAccessStates",
            NetworkFirewallAssociations: "NetworkFirewallAssociationSet",
            VpcId: "#string",
            State: "VpcState",
            CidrBlock: "#string",
            DhcpOptionsId: "#string"
          }
        },
        VpcCidrBlockAssociation: {
          type: "structure",
          members: {
            AssociationId: "#string",
            CidrBlock: "#string",
            CidrBlockState: "VpcCidrBlockState"
          }
        },
        VpcCidrBlockAssociationSet: {
          type: "list",
          member: "VpcCidrBlockAssociation"
        },
        VpcCidrBlockState: {
          type: "structure",
          members: {
            State: "VpcCidrBlockStateCode",
            StatusMessage: "#string"
          }
        },
        VpcCidrBlockStateCode: {
          type: "string",
          enum: ["associating", "associated", "disassociating", "disassociated", "failing", "failed"]
        },
        VpcEncryptionControl: {
          type: "structure",
          members: {
            VpcId: "#string",
            VpcEncryptionControlId: "#string",
            Mode: "VpcEncryptionControlMode",
            State: "VpcEncryptionControlState",
            StateMessage: "#string",
            ResourceExclusions: "VpcEncryptionControlExclusions",
            Tags: "TagList"
          }
        },
        VpcEncryptionControlExclusion: {
          type: "structure",
          members: {
            State: "VpcEncryptionControlExclusionState",
            StateMessage: "#string"
          }
        },
        VpcEncryptionControlExclusions: {
          type: "structure",
          members: {
            InternetGateway: "VpcEncryptionControlExclusion",
            EgressOnlyInternetGateway: "VpcEncryptionControlExclusion",
            NatGateway: "VpcEncryptionControlExclusion",
            VirtualPrivateGateway: "VpcEncryptionControlExclusion",
            VpcPeering: "VpcEncryptionControlExclusion",
            Lambda: "VpcEncryptionControlExclusion",
            VpcLattice: "VpcEncryptionControlExclusion",
            ElasticFileSystem: "VpcEncryptionControlExclusion",
            GlobalAccelerator: "VpcEncryptionControlExclusion",
            ApiGatewayV2: "VpcEncryptionControlExclusion"
          }
        },
        VpcEncryptionControlExclusionState: {
          type: "string",
          enum: ["enabling", "enabled", "disabling", "disabled"]
        },
        VpcEncryptionControlMode: {
          type: "string",
          enum: ["monitor", "enforce"]
        },
        VpcEncryptionControlState: {
          type: "string",
          enum: [
            "enforce-in-progress",
            "monitor-in-progress",
            "enforce-failed",
            "monitor-failed",
            "deleting",
            "deleted",
            "available",
            "creating",
            "delete-failed"
          ]
        },
        VpcIdStringList: {
          type: "list",
          member: "#string"
        },
        VpcIpv6CidrBlockAssociation: {
          type: "structure",
          members: {
            AssociationId: "#string",
            Ipv6CidrBlock: "#string",
            Ipv6CidrBlockState: "VpcCidrBlockState",
            NetworkBorderGroup: "#string",
            Ipv6Pool: "#string",
            Ipv6AddressAttribute: "Ipv6AddressAttribute",
            IpSource: "IpSource"
          }
        },
        VpcIpv6CidrBlockAssociationSet: {
          type: "list",
          member: "VpcIpv6CidrBlockAssociation"
        },
        VpcList: {
          type: "list",
          member: "Vpc"
        },
        VpcState: {
          type: "string",
          enum: ["pending", "available", "deleting"]
        },
        WorkloadsList: {
          type: "list",
          member: "#string"
        }
      }
    },
    elbv2: {
      protocol: "query",
      operations: {
        DeregisterTargets: {
          input: "DeregisterTargetsInput",
          output: "DeregisterTargetsOutput"
        },
        DescribeListeners: {
          input: "DescribeListenersInput",
          output: "DescribeListenersOutput"
        },
        DescribeLoadBalancers: {
          input: "DescribeLoadBalancersInput",
          output: "DescribeLoadBalancersOutput"
        },
        DescribeRules: {
          input: "DescribeRulesInput",
          output: "DescribeRulesOutput"
        },
        DescribeTags: {
          input: "DescribeTagsInput",
          output: "DescribeTagsOutput"
        },
        DescribeTargetGroupAttributes: {
          input: "DescribeTargetGroupAttributesInput",
          output: "DescribeTargetGroupAttributesOutput"
        },
        DescribeTargetGroups: {
          input: "DescribeTargetGroupsInput",
          output: "DescribeTargetGroupsOutput"
        },
        DescribeTargetHealth: {
          input: "DescribeTargetHealthInput",
          output: "DescribeTargetHealthOutput"
        },
        ModifyTargetGroup: {
          input: "ModifyTargetGroupInput",
          output: "ModifyTargetGroupOutput"
        },
        ModifyTargetGroupAttributes: {
          input: "ModifyTargetGroupAttributesInput",
          output: "ModifyTargetGroupAttributesOutput"
        },
        RegisterTargets: {
          input: "RegisterTargetsInput",
          output: "RegisterTargetsOutput"
        }
      },
      shapes: {
        Action: {
          type: "structure",
          members: {
            Type: "ActionTypeEnum",
            TargetGroupArn: "#string",
            AuthenticateOidcConfig: "AuthenticateOidcActionConfig",
            AuthenticateCognitoConfig: "AuthenticateCognitoActionConfig",
            Order: "ActionOrder",
            RedirectConfig: "RedirectActionConfig",
            FixedResponseConfig: "FixedResponseActionConfig",
            ForwardConfig: "ForwardActionConfig",
            JwtValidationConfig: "JwtValidationActionConfig"
          },
          required: ["Type"]
        },
        ActionOrder: {
          type: "integer",
          max: 5e4,
          min: 1
        },
        Actions: {
          type: "list",
          member: "Action"
        },
        ActionTypeEnum: {
          type: "string",
          enum: [
            "forward",
            "authenticate-oidc",
            "authenticate-cognito",
            "redirect",
            "fixed-response",
            "jwt-validation"
          ]
        },
        AdministrativeOverride: {
          type: "structure",
          members: {
            State: "TargetAdministrativeOverrideStateEnum",
            Reason: "TargetAdministrativeOverrideReasonEnum",
            Description: "#string"
          }
        },
        AdvertiseTrustStoreCaNamesEnum: {
          type: "string",
          enum: ["on", "off"]
        },
        AlpnPolicyName: {
          type: "list",
          member: "#string"
        },
        AnomalyDetection: {
          type: "structure",
          members: {
            Result: "AnomalyResultEnum",
            MitigationInEffect: "MitigationInEffectEnum"
          }
        },
        AnomalyResultEnum: {
          type: "string",
          enum: ["anomalous", "normal"]
        },
        AuthenticateCognitoActionAuthenticationRequestExtraParams: {
          type: "map",
          key: "#string",
          value: "#string"
        },
        AuthenticateCognitoActionConditionalBehaviorEnum: {
          type: "string",
          enum: ["deny", "allow", "authenticate"]
        },
        AuthenticateCognitoActionConfig: {
          type: "structure",
          members: {
            UserPoolArn: "#string",
            UserPoolClientId: "#string",
            UserPoolDomain: "#string",
            SessionCookieName: "#string",
            Scope: "#string",
            SessionTimeout: "#long",
            AuthenticationRequestExtraParams: "AuthenticateCognitoActionAuthenticationRequestExtraParams",
            OnUnauthenticatedRequest: "AuthenticateCognitoActionConditionalBehaviorEnum"
          },
          required: ["UserPoolArn", "UserPoolClientId", "UserPoolDomain"]
        },
        AuthenticateOidcActionAuthenticationRequestExtraParams: {
          type: "map",
          key: "#string",
          value: "#string"
        },
        AuthenticateOidcActionConditionalBehaviorEnum: {
          type: "string",
          enum: ["deny", "allow", "authenticate"]
        },
        AuthenticateOidcActionConfig: {
          type: "structure",
          members: {
            Issuer: "#string",
            AuthorizationEndpoint: "#string",
            TokenEndpoint: "#string",
            UserInfoEndpoint: "#string",
            ClientId: "#string",
            ClientSecret: "#string",
            SessionCookieName: "#string",
            Scope: "#string",
            SessionTimeout: "#long",
            AuthenticationRequestExtraParams: "AuthenticateOidcActionAuthenticationRequestExtraParams",
            OnUnauthenticatedRequest: "AuthenticateOidcActionConditionalBehaviorEnum",
            UseExistingClientSecret: "#boolean"
          },
          required: ["Issuer", "AuthorizationEndpoint", "TokenEndpoint", "UserInfoEndpoint", "ClientId"]
        },
        AvailabilityZone: {
          type: "structure",
          members: {
            ZoneName: "#string",
            SubnetId: "#string",
            OutpostId: "#string",
            LoadBalancerAddresses: "LoadBalancerAddresses",
            SourceNatIpv6Prefixes: "SourceNatIpv6Prefixes"
          }
        },
        AvailabilityZones: {
          type: "list",
          member: "AvailabilityZone"
        },
        Certificate: {
          type: "structure",
          members: {
            CertificateArn: "#string",
            IsDefault: "#boolean"
          }
        },
        CertificateList: {
          type: "list",
          member: "Certificate"
        },
        ClientCertificateIdentityFilter: {
          type: "structure",
          members: {
            Field: "ClientCertificateIdentityFilterField",
            Action: "ClientCertificateIdentityFilterAction",
            MatchType: "ClientCertificateIdentityFilterMatchType",
            Value: "ClientCertificateIdentityFilterValue"
          },
          required: ["Field", "Action", "MatchType", "Value"]
        },
        ClientCertificateIdentityFilterAction: {
          type: "string",
          enum: ["accept"]
        },
        ClientCertificateIdentityFilterField: {
          type: "string",
          enum: ["subject-cn", "subject-ou", "san-dns", "san-uri"]
        },
        ClientCertificateIdentityFilterMatchType: {
          type: "string",
          enum: ["exact", "prefix"]
        },
        ClientCertificateIdentityFilters: {
          type: "list",
          max: 100,
          member: "ClientCertificateIdentityFilter"
        },
        ClientCertificateIdentityFilterValue: {
          type: "string",
          max: 256,
          min: 1
        },
        ConditionFieldName: {
          type: "string",
          max: 64
        },
        CustomerOwnedIpv4Pool: {
          type: "string",
          max: 256,
          pattern: "^(ipv4pool-coip-)[a-zA-Z0-9]+$"
        },
        DeregisterTargetsInput: {
          type: "structure",
          members: {
            TargetGroupArn: "#string",
            Targets: "TargetDescriptions"
          },
          required: ["TargetGroupArn", "Targets"]
        },
        DeregisterTargetsOutput: {
          type: "structure",
          members: {}
        },
        DescribeListenersInput: {
          type: "structure",
          members: {
            LoadBalancerArn: "#string",
            ListenerArns: "ListenerArns",
            Marker: "#string",
            PageSize: "PageSize"
          }
        },
        DescribeListenersOutput: {
          type: "structure",
          members: {
            Listeners: "Listeners",
            NextMarker: "#string"
          }
        },
        DescribeLoadBalancersInput: {
          type: "structure",
          members: {
            LoadBalancerArns: "LoadBalancerArns",
            Names: "LoadBalancerNames",
            Marker: "#string",
            PageSize: "PageSize"
          }
        },
        DescribeLoadBalancersOutput: {
          type: "structure",
          members: {
            LoadBalancers: "LoadBalancers",
            NextMarker: "#string"
          }
        },
        DescribeRulesInput: {
          type: "structure",
          members: {
            ListenerArn: "#string",
            RuleArns: "RuleArns",
            Marker: "#string",
            PageSize: "PageSize"
          }
        },
        DescribeRulesOutput: {
          type: "structure",
          members: {
            Rules: "Rules",
            NextMarker: "#string"
          }
        },
        DescribeTagsInput: {
          type: "structure",
          members: {
            ResourceArns: "ResourceArns"
          },
          required: ["ResourceArns"]
        },
        DescribeTagsOutput: {
          type: "structure",
          members: {
            TagDescriptions: "TagDescriptions"
          }
        },
        DescribeTargetGroupAttributesInput: {
          type: "structure",
          members: {
            TargetGroupArn: "#string"
          },
          required: ["TargetGroupArn"]
        },
        DescribeTargetGroupAttributesOutput: {
          type: "structure",
          members: {
            Attributes: "TargetGroupAttributes"
          }
        },
        DescribeTargetGroupsInput: {
          type: "structure",
          members: {
            LoadBalancerArn: "#string",
            TargetGroupArns: "TargetGroupArns",
            Names: "TargetGroupNames",
            Marker: "#string",
            PageSize: "PageSize"
          }
        },
        DescribeTargetGroupsOutput: {
          type: "structure",
          members: {
            TargetGroups: "TargetGroups",
            NextMarker: "#string"
          }
        },
        DescribeTargetHealthInput: {
          type: "structure",
          members: {
            TargetGroupArn: "#string",
            Targets: "TargetDescriptions",
            Include: "ListOfDescribeTargetHealthIncludeOptions"
          },
          required: ["TargetGroupArn"]
        },
        DescribeTargetHealthInputIncludeEnum: {
          type: "string",
          enum: ["AnomalyDetection", "All"]
        },
        DescribeTargetHealthOutput: {
          type: "structure",
          members: {
            TargetHealthDescriptions: "TargetHealthDescriptions"
          }
        },
        EnablePrefixForIpv6SourceNatEnum: {
          type: "string",
          enum: ["on", "off"]
        },
        FixedResponseActionConfig: {
          type: "structure",
          members: {
            MessageBody: "FixedResponseActionMessage",
            StatusCode: "FixedResponseActionStatusCode",
            ContentType: "FixedResponseActionContentType"
          },
          required: ["StatusCode"]
        },
        FixedResponseActionContentType: {
          type: "string",
          max: 32,
          min: 0
        },
        FixedResponseActionMessage: {
          type: "string",
          max: 1024,
          min: 0
        },
        FixedResponseActionStatusCode: {
          type: "string",
          pattern: "^(2|4|5)\\d\\d$"
        },
        ForwardActionConfig: {
          type: "structure",
          members: {
            TargetGroups: "TargetGroupList",
            TargetGroupStickinessConfig: "TargetGroupStickinessConfig"
          }
        },
        HealthCheckIntervalSeconds: {
          type: "integer",
          max: 300,
          min: 5
        },
        HealthCheckThresholdCount: {
          type: "integer",
          max: 10,
          min: 2
        },
        HealthCheckTimeoutSeconds: {
          type: "integer",
          max: 120,
          min: 2
        },
        HostHeaderConditionConfig: {
          type: "structure",
          members: {
            Values: "ListOfString",
            RegexValues: "ListOfString"
          }
        },
        HostHeaderRewriteConfig: {
          type: "structure",
          members: {
            Rewrites: "RewriteConfigList"
          }
        },
        HttpHeaderConditionConfig: {
          type: "structure",
          members: {
            HttpHeaderName: "#string",
            Values: "ListOfString",
            RegexValues: "ListOfString"
          }
        },
        HttpRequestMethodConditionConfig: {
          type: "structure",
          members: {
            Values: "ListOfString"
          }
        },
        IpAddressType: {
          type: "string",
          enum: ["ipv4", "dualstack", "dualstack-without-public-ipv4"]
        },
        IpamPoolId: {
          type: "string",
          max: 1e3,
          pattern: "^(ipam-pool-)[a-zA-Z0-9]+$"
        },
        IpamPools: {
          type: "structure",
          members: {
            Ipv4IpamPoolId: "IpamPoolId"
          }
        },
        JwtValidationActionAdditionalClaim: {
          type: "structure",
          members: {
            Format: "JwtValidationActionAdditionalClaimFormatEnum",
            Name: "#string",
            Values: "JwtValidationActionAdditionalClaimValues"
          },
          required: ["Format", "Name", "Values"]
        },
        JwtValidationActionAdditionalClaimFormatEnum: {
          type: "string",
          enum: ["single-string", "string-array", "space-separated-values"]
        },
        JwtValidationActionAdditionalClaims: {
          type: "list",
          member: "JwtValidationActionAdditionalClaim"
        },
        JwtValidationActionAdditionalClaimValues: {
          type: "list",
          member: "#string"
        },
        JwtValidationActionConfig: {
          type: "structure",
          members: {
            JwksEndpoint: "#string",
            Issuer: "#string",
            AdditionalClaims: "JwtValidationActionAdditionalClaims"
          },
          required: ["JwksEndpoint", "Issuer"]
        },
        Listener: {
          type: "structure",
          members: {
            ListenerArn: "#string",
            LoadBalancerArn: "#string",
            Port: "Port",
            Protocol: "ProtocolEnum",
            Certificates: "CertificateList",
            SslPolicy: "#string",
            DefaultActions: "Actions",
            AlpnPolicy: "AlpnPolicyName",
            MutualAuthentication: "MutualAuthenticationAttributes"
          }
        },
        ListenerArns: {
          type: "list",
          member: "#string"
        },
        Listeners: {
          type: "list",
          member: "Listener"
        },
        ListOfDescribeTargetHealthIncludeOptions: {
          type: "list",
          member: "DescribeTargetHealthInputIncludeEnum"
        },
        ListOfString: {
          type: "list",
          member: "#string"
        },
        LoadBalancer: {
          type: "structure",
          members: {
            LoadBalancerArn: "#string",
            DNSName: "#string",
            CanonicalHostedZoneId: "#string",
            CreatedTime: "#timestamp",
            LoadBalancerName: "#string",
            Scheme: "LoadBalancerSchemeEnum",
            VpcId: "#string",
            State: "LoadBalancerState",
            Type: "LoadBalancerTypeEnum",
            AvailabilityZones: "AvailabilityZones",
            SecurityGroups: "SecurityGroups",
            IpAddressType: "IpAddressType",
            CustomerOwnedIpv4Pool: "CustomerOwnedIpv4Pool",
            EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: "#string",
            EnablePrefixForIpv6SourceNat: "EnablePrefixForIpv6SourceNatEnum",
            IpamPools: "IpamPools"
          }
        },
        LoadBalancerAddress: {
          type: "structure",
          members: {
            IpAddress: "#string",
            AllocationId: "#string",
            PrivateIPv4Address: "#string",
            IPv6Address: "#string"
          }
        },
        LoadBalancerAddresses: {
          type: "list",
          member: "LoadBalancerAddress"
        },
        LoadBalancerArns: {
          type: "list",
          member: "#string"
        },
        LoadBalancerNames: {
          type: "list",
          member: "#string"
        },
        LoadBalancers: {
          type: "list",
          member: "LoadBalancer"
        },
        LoadBalancerSchemeEnum: {
          type: "string",
          enum: ["internet-facing", "internal"]
        },
        LoadBalancerState: {
          type: "structure",
          members: {
            Code: "LoadBalancerStateEnum",
            Reason: "#string"
          }
        },
        LoadBalancerStateEnum: {
          type: "string",
          enum: ["active", "provisioning", "active_impaired", "failed"]
        },
        LoadBalancerTypeEnum: {
          type: "string",
          enum: ["application", "network", "gateway"]
        },
        Matcher: {
          type: "structure",
          members: {
            HttpCode: "#string",
            GrpcCode: "#string"
          }
        },
        MitigationInEffectEnum: {
          type: "string",
          enum: ["yes", "no"]
        },
        ModifyTargetGroupAttributesInput: {
          type: "structure",
          members: {
            TargetGroupArn: "#string",
            Attributes: "TargetGroupAttributes"
          },
          required: ["TargetGroupArn", "Attributes"]
        },
        ModifyTargetGroupAttributesOutput: {
          type: "structure",
          members: {
            Attributes: "TargetGroupAttributes"
          }
        },
        ModifyTargetGroupInput: {
          type: "structure",
          members: {
            TargetGroupArn: "#string",
            HealthCheckProtocol: "ProtocolEnum",
            HealthCheckPort: "#string",
            HealthCheckPath: "Path",
            HealthCheckEnabled: "#boolean",
            HealthCheckIntervalSeconds: "HealthCheckIntervalSeconds",
            HealthCheckTimeoutSeconds: "HealthCheckTimeoutSeconds",
            HealthyThresholdCount: "HealthCheckThresholdCount",
            UnhealthyThresholdCount: "HealthCheckThresholdCount",
            Matcher: "Matcher"
          },
          required: ["TargetGroupArn"]
        },
        ModifyTargetGroupOutput: {
          type: "structure",
          members: {
            TargetGroups: "TargetGroups"
          }
        },
        MutualAuthenticationAttributes: {
          type: "structure",
          members: {
            Mode: "#string",
            TrustStoreArn: "#string",
            IgnoreClientCertificateExpiry: "#boolean",
            TrustStoreAssociationStatus: "TrustStoreAssociationStatusEnum",
            AdvertiseTrustStoreCaNames: "AdvertiseTrustStoreCaNamesEnum",
            ClientCertificateIdentityFilters: "ClientCertificateIdentityFilters"
          }
        },
        PageSize: {
          type: "integer",
          max: 400,
          min: 1
        },
        Path: {
          type: "string",
          max: 1024,
          min: 1
        },
        PathPatternConditionConfig: {
          type: "structure",
          members: {
            Values: "ListOfString",
            RegexValues: "ListOfString"
          }
        },
        Port: {
          type: "integer",
          max: 65535,
          min: 1
        },
        ProtocolEnum: {
          type: "string",
          enum: ["HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP", "GENEVE", "QUIC", "TCP_QUIC"]
        },
        QueryStringConditionConfig: {
          type: "structure",
          members: {
            Values: "QueryStringKeyValuePairList"
          }
        },
        QueryStringKeyValuePair: {
          type: "structure",
          members: {
            Key: "#string",
            Value: "#string"
          }
        },
        QueryStringKeyValuePairList: {
          type: "list",
          member: "QueryStringKeyValuePair"
        },
        QuicServerId: {
          type: "string",
          max: 256,
          min: 1
        },
        RedirectActionConfig: {
          type: "structure",
          members: {
            Protocol: "RedirectActionProtocol",
            Port: "#string",
            Host: "RedirectActionHost",
            Path: "RedirectActionPath",
            Query: "RedirectActionQuery",
            StatusCode: "RedirectActionStatusCodeEnum"
          },
          required: ["StatusCode"]
        },
        RedirectActionHost: {
          type: "string",
          max: 128,
          min: 1
        },
        RedirectActionPath: {
          type: "string",
          max: 128,
          min: 1
        },
        RedirectActionProtocol: {
          type: "string",
          pattern: "^(HTTPS?|#\\{protocol\\})$"
        },
        RedirectActionQuery: {
          type: "string",
          max: 128,
          min: 0
        },
        RedirectActionStatusCodeEnum: {
          type: "string",
          enum: ["HTTP_301", "HTTP_302"]
        },
        RegisterTargetsInput: {
          type: "structure",
          members: {
            TargetGroupArn: "#string",
            Targets: "TargetDescriptions"
          },
          required: ["TargetGroupArn", "Targets"]
        },
        RegisterTargetsOutput: {
          type: "structure",
          members: {}
        },
        ResourceArns: {
          type: "list",
          member: "#string"
        },
        RewriteConfig: {
          type: "structure",
          members: {
            Regex: "#string",
            Replace: "#string"
          },
          required: ["Regex", "Replace"]
        },
        RewriteConfigList: {
          type: "list",
          member: "RewriteConfig"
        },
        Rule: {
          type: "structure",
          members: {
            RuleArn: "#string",
            Priority: "#string",
            Conditions: "RuleConditionList",
            Actions: "Actions",
            IsDefault: "#boolean",
            Transforms: "RuleTransformList"
          }
        },
        RuleArns: {
          type: "list",
          member: "#string"
        },
        RuleCondition: {
          type: "structure",
          members: {
            Field: "ConditionFieldName",
            Values: "ListOfString",
            HostHeaderConfig: "HostHeaderConditionConfig",
            PathPatternConfig: "PathPatternConditionConfig",
            HttpHeaderConfig: "HttpHeaderConditionConfig",
            QueryStringConfig: "QueryStringConditionConfig",
            HttpRequestMethodConfig: "HttpRequestMethodConditionConfig",
            SourceIpConfig: "SourceIpConditionConfig",
            RegexValues: "ListOfString"
          }
        },
        RuleConditionList: {
          type: "list",
          member: "RuleCondition"
        },
        Rules: {
          type: "list",
          member: "Rule"
        },
        RuleTransform: {
          type: "structure",
          members: {
            Type: "TransformTypeEnum",
            HostHeaderRewriteConfig: "HostHeaderRewriteConfig",
            UrlRewriteConfig: "UrlRewriteConfig"
          },
          required: ["Type"]
        },
        RuleTransformList: {
          type: "list",
          member: "RuleTransform"
        },
        SecurityGroups: {
          type: "list",
          member: "#string"
        },
        SourceIpAddressTypeEnum: {
          type: "string",
          enum: ["ipv4", "ipv6"]
        },
        SourceIpConditionConfig: {
          type: "structure",
          members: {
            Values: "ListOfString",
            IpAddressType: "SourceIpAddressTypeEnum"
          }
        },
        SourceNatIpv6Prefixes: {
          type: "list",
          member: "#string"
        },
        Tag: {
          type: "structure",
          members: {
            Key: "TagKey",
            Value: "TagValue"
          },
          required: ["Key"]
        },
        TagDescription: {
          type: "structure",
          members: {
            ResourceArn: "#string",
            Tags: "TagList"
          }
        },
        TagDescriptions: {
          type: "list",
          member: "TagDescription"
        },
        TagKey: {
          type: "string",
          max: 128,
          min: 1,
          pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"
        },
        TagList: {
          type: "list",
          min: 1,
          member: "Tag"
        },
        TagValue: {
          type: "string",
          max: 256,
          min: 0,
          pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"
        },
        TargetAdministrativeOverrideReasonEnum: {
          type: "string",
          enum: [
            "AdministrativeOverride.Unknown",
            "AdministrativeOverride.NoOverride",
            "AdministrativeOverride.ZonalShiftActive",
            "AdministrativeOverride.ZonalShiftDelegatedToDns"
          ]
        },
        TargetAdministrativeOverrideStateEnum: {
          type: "string",
          enum: ["unknown", "no_override", "zonal_shift_active", "zonal_shift_delegated_to_dns"]
        },
        TargetControlPort: {
          type: "integer",
          max: 65535,
          min: 1
        },
        TargetDescription: {
          type: "structure",
          members: {
            Id: "#string",
            Port: "Port",
            AvailabilityZone: "#string",
            QuicServerId: "QuicServerId"
          },
          required: ["Id"]
        },
        TargetDescriptions: {
          type: "list",
          member: "TargetDescription"
        },
        TargetGroup: {
          type: "structure",
          members: {
            TargetGroupArn: "#string",
            TargetGroupName: "#string",
            Protocol: "ProtocolEnum",
            Port: "Port",
            VpcId: "#string",
            HealthCheckProtocol: "ProtocolEnum",
            HealthCheckPort: "#string",
            HealthCheckEnabled: "#boolean",
            HealthCheckIntervalSeconds: "HealthCheckIntervalSeconds",
            HealthCheckTimeoutSeconds: "HealthCheckTimeoutSeconds",
            HealthyThresholdCount: "HealthCheckThresholdCount",
            UnhealthyThresholdCount: "HealthCheckThresholdCount",
            HealthCheckPath: "Path",
            Matcher: "Matcher",
            LoadBalancerArns: "LoadBalancerArns",
            TargetType: "TargetTypeEnum",
            ProtocolVersion: "#string",
            IpAddressType: "TargetGroupIpAddressTypeEnum",
            TargetControlPort: "TargetControlPort"
          }
        },
        TargetGroupArns: {
          type: "list",
          member: "#string"
        },
        TargetGroupAttribute: {
          type: "structure",
          members: {
            Key: "TargetGroupAttributeKey",
            Value: "#string"
          }
        },
        TargetGroupAttributeKey: {
          type: "string",
          max: 256,
          pattern: "^[a-zA-Z0-9._]+$"
        },
        TargetGroupAttributes: {
          type: "list",
          member: "TargetGroupAttribute"
        },
        TargetGroupIpAddressTypeEnum: {
          type: "string",
          enum: ["ipv4", "ipv6"]
        },
        TargetGroupList: {
          type: "list",
          member: "TargetGroupTuple"
        },
        TargetGroupNames: {
          type: "list",
          member: "#string"
        },
        TargetGroups: {
          type: "list",
          member: "TargetGroup"
        },
        TargetGroupStickinessConfig: {
          type: "structure",
          members: {
            Enabled: "#boolean",
            DurationSeconds: "#integer"
          }
        },
        TargetGroupTuple: {
          type: "structure",
          members: {
            TargetGroupArn: "#string",
            Weight: "#integer"
          }
        },
        TargetHealth: {
          type: "structure",
          members: {
            State: "TargetHealthStateEnum",
            Reason: "TargetHealthReasonEnum",
            Description: "#string"
          }
        },
        TargetHealthDescription: {
          type: "structure",
          members: {
            Target: "TargetDescription",
            HealthCheckPort: "#string",
            TargetHealth: "TargetHealth",
            AnomalyDetection: "AnomalyDetection",
            AdministrativeOverride: "AdministrativeOverride"
          }
        },
        TargetHealthDescriptions: {
          type: "list",
          member: "TargetHealthDescription"
        },
        TargetHealthReasonEnum: {
          type: "string",
          enum: [
            "Elb.RegistrationInProgress",
            "Elb.InitialHealthChecking",
            "Target.ResponseCodeMismatch",
            "Target.Timeout",
            "Target.FailedHealthChecks",
            "Target.NotRegistered",
            "Target.NotInUse",
            "Target.DeregistrationInProgress",
            "Target.InvalidState",
            "Target.IpUnusable",
            "Target.HealthCheckDisabled",
            "Elb.InternalError"
          ]
        },
        TargetHealthStateEnum: {
          type: "string",
          enum: [
            "initial",
            "healthy",
            "unhealthy",
            "unhealthy.draining",
            "unused",
            "draining",
            "unavailable"
          ]
        },
        TargetTypeEnum: {
          type: "string",
          enum: ["instance", "ip", "lambda", "alb"]
        },
        TransformTypeEnum: {
          type: "string",
          enum: ["host-header-rewrite", "url-rewrite"]
        },
        TrustStoreAssociationStatusEnum: {
          type: "string",
          enum: ["active", "removed"]
        },
        UrlRewriteConfig: {
          type: "structure",
          members: {
            Rewrites: "RewriteConfigList"
          }
        }
      }
    },
    imagebuilder: {
      protocol: "rest-json",
      operations: {
        CancelImageCreation: {
          input: "CancelImageCreationRequest",
          output: "CancelImageCreationResponse"
        },
        CreateComponent: {
          input: "CreateComponentRequest",
          output: "CreateComponentResponse"
        },
        CreateDistributionConfiguration: {
          input: "CreateDistributionConfigurationRequest",
          output: "CreateDistributionConfigurationResponse"
        },
        CreateImage: {
          input: "CreateImageRequest",
          output: "CreateImageResponse"
        },
        CreateImageRecipe: {
          input: "CreateImageRecipeRequest",
          output: "CreateImageRecipeResponse"
        },
        CreateInfrastructureConfiguration: {
          input: "CreateInfrastructureConfigurationRequest",
          output: "CreateInfrastructureConfigurationResponse"
        },
        GetComponent: {
          input: "GetComponentRequest",
          output: "GetComponentResponse"
        },
        GetDistributionConfiguration: {
          input: "GetDistributionConfigurationRequest",
          output: "GetDistributionConfigurationResponse"
        },
        GetImage: {
          input: "GetImageRequest",
          output: "GetImageResponse"
        },
        GetImageRecipe: {
          input: "GetImageRecipeRequest",
          output: "GetImageRecipeResponse"
        },
        GetInfrastructureConfiguration: {
          input: "GetInfrastructureConfigurationRequest",
          output: "GetInfrastructureConfigurationResponse"
        },
        ListComponents: {
          input: "ListComponentsRequest",
          output: "ListComponentsResponse"
        },
        ListDistributionConfigurations: {
          input: "ListDistributionConfigurationsRequest",
          output: "ListDistributionConfigurationsResponse"
        },
        ListImageBuildVersions: {
          input: "ListImageBuildVersionsRequest",
          output: "ListImageBuildVersionsResponse"
        },
        ListImagePackages: {
          input: "ListImagePackagesRequest",
          output: "ListImagePackagesResponse"
        },
        ListImageRecipes: {
          input: "ListImageRecipesRequest",
          output: "ListImageRecipesResponse"
        },
        ListImages: {
          input: "ListImagesRequest",
          output: "ListImagesResponse"
        },
        ListInfrastructureConfigurations: {
          input: "ListInfrastructureConfigurationsRequest",
          output: "ListInfrastructureConfigurationsResponse"
        },
        ListTagsForResource: {
          input: "ListTagsForResourceRequest",
          output: "ListTagsForResourceResponse"
        },
        TagResource: {
          input: "TagResourceRequest",
          output: "TagResourceResponse"
        },
        UntagResource: {
          input: "UntagResourceRequest",
          output: "UntagResourceResponse"
        },
        UpdateDistributionConfiguration: {
          input: "UpdateDistributionConfigurationRequest",
          output: "UpdateDistributionConfigurationResponse"
        },
        UpdateInfrastructureConfiguration: {
          input: "UpdateInfrastructureConfigurationRequest",
          output: "UpdateInfrastructureConfigurationResponse"
        }
      },
      shapes: {
        AccountId: {
          type: "string",
          pattern: "^[0-9]{12}$"
        },
        AccountList: {
          type: "list",
          max: 1536,
          min: 1,
          member: "AccountId"
        },
        AdditionalInstanceConfiguration: {
          type: "structure",
          members: {
            systemsManagerAgent: "SystemsManagerAgent",
            userDataOverride: "UserDataOverride"
          }
        },
        Ami: {
          type: "structure",
          members: {
            region: "NonEmptyString",
            image: "NonEmptyString",
            name: "NonEmptyString",
            description: "NonEmptyString",
            state: "ImageState",
            accountId: "NonEmptyString"
          }
        },
        AmiDistributionConfiguration: {
          type: "structure",
          members: {
            name: "AmiNameString",
            description: "NonEmptyString",
            targetAccountIds: "AccountList",
            amiTags: "TagMap",
            kmsKeyId: "NonEmptyString",
            launchPermission: "LaunchPermissionConfiguration"
          }
        },
        AmiList: {
          type: "list",
          member: "Ami"
        },
        AmiNameString: {
          type: "string",
          max: 127,
          min: 1,
          pattern: "^[-_A-Za-z0-9{][-_A-Za-z0-9\\s:{}\\.]+[-_A-Za-z0-9}]$"
        },
        AmiWatermarkName: {
          type: "string",
          max: 128,
          min: 3,
          pattern: "^[A-Za-z0-9()\\[\\]./'@_\\-][A-Za-z0-9 ()\\[\\]./'@_\\-]{1,126}[A-Za-z0-9()\\[\\]./'@_\\-]$"
        },
        AmiWatermarksList: {
          type: "list",
          max: 5,
          min: 1,
          member: "AmiWatermarkName"
        },
        AutoScalingGroupConfiguration: {
          type: "structure",
          members: {
            name: "NonEmptyString",
            capacityWaitTimeoutSeconds: "CapacityWaitTimeoutSeconds"
          },
          required: ["name"]
        },
        BuildType: {
          type: "string",
          enum: ["USER_INITIATED", "SCHEDULED", "IMPORT", "IMPORT_ISO"]
        },
        CancelImageCreationRequest: {
          type: "structure",
          members: {
            imageBuildVersionArn: "ImageBuildVersionArn",
            clientToken: "ClientToken"
          },
          required: ["imageBuildVersionArn"]
        },
        CancelImageCreationResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            clientToken: "ClientToken",
            imageBuildVersionArn: "ImageBuildVersionArn"
          }
        },
        CapacityWaitTimeoutSeconds: {
          type: "integer",
          max: 3600,
          min: 0
        },
        ClientToken: {
          type: "string",
          max: 64,
          min: 1
        },
        Component: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            name: "ResourceName",
            version: "VersionNumber",
            description: "NonEmptyString",
            changeDescription: "NonEmptyString",
            type: "ComponentType",
            platform: "Platform",
            supportedOsVersions: "OsVersionList",
            state: "ComponentState",
            parameters: "ComponentParameterDetailList",
            owner: "NonEmptyString",
            data: "#string",
            kmsKeyId: "NonEmptyString",
            encrypted: "#boolean",
            dateCreated: "#string",
            tags: "TagMap",
            publisher: "NonEmptyString",
            obfuscate: "#boolean",
            productCodes: "ProductCodeList"
          }
        },
        ComponentBuildVersionArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party):component/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+$"
        },
        ComponentConfiguration: {
          type: "structure",
          members: {
            componentArn: "ComponentVersionArnOrBuildVersionArn",
            parameters: "ComponentParameterList"
          },
          required: ["componentArn"]
        },
        ComponentConfigurationList: {
          type: "list",
          min: 1,
          member: "ComponentConfiguration"
        },
        ComponentFailureContext: {
          type: "structure",
          members: {
            componentArn: "ComponentBuildVersionArn",
            phaseName: "NonEmptyString",
            stepName: "NonEmptyString",
            action: "NonEmptyString",
            errorMessage: "NonEmptyMaxLengthString"
          }
        },
        ComponentParameter: {
          type: "structure",
          members: {
            name: "ComponentParameterName",
            value: "ComponentParameterValueList"
          },
          required: ["name", "value"]
        },
        ComponentParameterDescription: {
          type: "string",
          max: 1024,
          min: 1,
          pattern: "[^\\x00]+"
        },
        ComponentParameterDetail: {
          type: "structure",
          members: {
            name: "ComponentParameterName",
            type: "ComponentParameterType",
            defaultValue: "ComponentParameterValueList",
            description: "ComponentParameterDescription"
          },
          required: ["name", "type"]
        },
        ComponentParameterDetailList: {
          type: "list",
          member: "ComponentParameterDetail"
        },
        ComponentParameterList: {
          type: "list",
          min: 1,
          member: "ComponentParameter"
        },
        ComponentParameterName: {
          type: "string",
          max: 256,
          min: 1,
          pattern: "[^\\x00]+"
        },
        ComponentParameterType: {
          type: "string",
          max: 20,
          min: 1,
          pattern: "^String|Integer|Boolean|StringList$"
        },
        ComponentParameterValue: {
          type: "string",
          min: 0,
          pattern: "[^\\x00]*"
        },
        ComponentParameterValueList: {
          type: "list",
          member: "ComponentParameterValue"
        },
        ComponentState: {
          type: "structure",
          members: {
            status: "ComponentStatus",
            reason: "NonEmptyString"
          }
        },
        ComponentStatus: {
          type: "string",
          enum: ["DEPRECATED", "DISABLED", "ACTIVE"]
        },
        ComponentType: {
          type: "string",
          enum: ["BUILD", "TEST"]
        },
        ComponentVersion: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            name: "ResourceName",
            version: "VersionNumber",
            description: "NonEmptyString",
            platform: "Platform",
            supportedOsVersions: "OsVersionList",
            type: "ComponentType",
            owner: "NonEmptyString",
            dateCreated: "#string",
            status: "ComponentStatus",
            productCodes: "ProductCodeList"
          }
        },
        ComponentVersionArnOrBuildVersionArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party):component/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+))$"
        },
        ComponentVersionList: {
          type: "list",
          member: "ComponentVersion"
        },
        Container: {
          type: "structure",
          members: {
            region: "NonEmptyString",
            imageUris: "StringList"
          }
        },
        ContainerDistributionConfiguration: {
          type: "structure",
          members: {
            description: "NonEmptyString",
            containerTags: "StringList",
            targetRepository: "TargetContainerRepository"
          },
          required: ["targetRepository"]
        },
        ContainerList: {
          type: "list",
          member: "Container"
        },
        ContainerRecipe: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            containerType: "ContainerType",
            name: "ResourceName",
            description: "NonEmptyString",
            platform: "Platform",
            owner: "NonEmptyString",
            version: "VersionNumber",
            components: "ComponentConfigurationList",
            instanceConfiguration: "InstanceConfiguration",
            dockerfileTemplateData: "#string",
            kmsKeyId: "NonEmptyString",
            encrypted: "#boolean",
            parentImage: "NonEmptyString",
            dateCreated: "#string",
            tags: "TagMap",
            workingDirectory: "NonEmptyString",
            targetRepository: "TargetContainerRepository"
          }
        },
        ContainerRecipeArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):container-recipe/[a-z0-9-_]+/(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"
        },
        ContainerRepositoryService: {
          type: "string",
          enum: ["ECR"]
        },
        ContainerType: {
          type: "string",
          enum: ["DOCKER"]
        },
        CreateComponentRequest: {
          type: "structure",
          members: {
            name: "ResourceName",
            semanticVersion: "VersionNumber",
            description: "NonEmptyString",
            changeDescription: "NonEmptyString",
            platform: "Platform",
            supportedOsVersions: "OsVersionList",
            data: "InlineComponentData",
            uri: "#string",
            kmsKeyId: "NonEmptyString",
            tags: "TagMap",
            clientToken: "ClientToken",
            dryRun: "#boolean"
          },
          required: ["name", "semanticVersion", "platform"]
        },
        CreateComponentResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            clientToken: "ClientToken",
            componentBuildVersionArn: "ComponentBuildVersionArn",
            latestVersionReferences: "LatestVersionReferences"
          }
        },
        CreateDistributionConfigurationRequest: {
          type: "structure",
          members: {
            name: "ResourceName",
            description: "NonEmptyString",
            distributions: "DistributionList",
            tags: "TagMap",
            clientToken: "ClientToken",
            dryRun: "#boolean"
          },
          required: ["name", "distributions"]
        },
        CreateDistributionConfigurationResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            clientToken: "ClientToken",
            distributionConfigurationArn: "DistributionConfigurationArn"
          }
        },
        CreateImageRecipeRequest: {
          type: "structure",
          members: {
            name: "ResourceName",
            description: "NonEmptyString",
            semanticVersion: "WildcardVersionNumber",
            components: "ComponentConfigurationList",
            parentImage: "NonEmptyString",
            blockDeviceMappings: "InstanceBlockDeviceMappings",
            tags: "TagMap",
            workingDirectory: "NonEmptyString",
            additionalInstanceConfiguration: "AdditionalInstanceConfiguration",
            amiTags: "TagMap",
            amiWatermarks: "AmiWatermarksList",
            clientToken: "ClientToken",
            dryRun: "#boolean"
          },
          required: ["name", "semanticVersion", "parentImage"]
        },
        CreateImageRecipeResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            clientToken: "ClientToken",
            imageRecipeArn: "ImageRecipeArn",
            latestVersionReferences: "LatestVersionReferences"
          }
        },
        CreateImageRequest: {
          type: "structure",
          members: {
            imageRecipeArn: "ImageRecipeArn",
            containerRecipeArn: "ContainerRecipeArn",
            distributionConfigurationArn: "DistributionConfigurationArn",
            infrastructureConfigurationArn: "InfrastructureConfigurationArn",
            imageTestsConfiguration: "ImageTestsConfiguration",
            enhancedImageMetadataEnabled: "#boolean",
            tags: "TagMap",
            clientToken: "ClientToken",
            imageScanningConfiguration: "ImageScanningConfiguration",
            workflows: "WorkflowConfigurationList",
            executionRole: "RoleNameOrArn",
            loggingConfiguration: "ImageLoggingConfiguration"
          },
          required: ["infrastructureConfigurationArn"]
        },
        CreateImageResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            clientToken: "ClientToken",
            imageBuildVersionArn: "ImageBuildVersionArn",
            latestVersionReferences: "LatestVersionReferences"
          }
        },
        CreateInfrastructureConfigurationRequest: {
          type: "structure",
          members: {
            name: "ResourceName",
            description: "NonEmptyString",
            instanceTypes: "InstanceTypeList",
            instanceProfileName: "InstanceProfileNameType",
            securityGroupIds: "SecurityGroupIds",
            subnetId: "NonEmptyString",
            logging: "Logging",
            keyPair: "NonEmptyString",
            terminateInstanceOnFailure: "#boolean",
            terminateInstanceOnCompletion: "#boolean",
            snsTopicArn: "SnsTopicArn",
            resourceTags: "ResourceTagMap",
            instanceMetadataOptions: "InstanceMetadataOptions",
            tags: "TagMap",
            placement: "Placement",
            parentInstance: "ParentInstanceConfiguration",
            clientToken: "ClientToken",
            dryRun: "#boolean"
          },
          required: ["name", "instanceProfileName"]
        },
        CreateInfrastructureConfigurationResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            clientToken: "ClientToken",
            infrastructureConfigurationArn: "InfrastructureConfigurationArn"
          }
        },
        DiskImageFormat: {
          type: "string",
          enum: ["VMDK", "RAW", "VHD"]
        },
        Distribution: {
          type: "structure",
          members: {
            region: "NonEmptyString",
            amiDistributionConfiguration: "AmiDistributionConfiguration",
            containerDistributionConfiguration: "ContainerDistributionConfiguration",
            licenseConfigurationArns: "LicenseConfigurationArnList",
            launchTemplateConfigurations: "LaunchTemplateConfigurationList",
            s3ExportConfiguration: "S3ExportConfiguration",
            fastLaunchConfigurations: "FastLaunchConfigurationList",
            ssmParameterConfigurations: "SsmParameterConfigurationList"
          },
          required: ["region"]
        },
        DistributionConfiguration: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            name: "ResourceName",
            description: "NonEmptyString",
            distributions: "DistributionList",
            timeoutMinutes: "DistributionTimeoutMinutes",
            dateCreated: "#string",
            dateUpdated: "#string",
            tags: "TagMap"
          },
          required: ["timeoutMinutes"]
        },
        DistributionConfigurationArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):distribution-configuration/[a-z0-9-_]+$"
        },
        DistributionConfigurationSummary: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            name: "ResourceName",
            description: "NonEmptyString",
            dateCreated: "#string",
            dateUpdated: "#string",
            tags: "TagMap",
            regions: "RegionList"
          }
        },
        DistributionConfigurationSummaryList: {
          type: "list",
          member: "DistributionConfigurationSummary"
        },
        DistributionFailureContext: {
          type: "structure",
          members: {
            errorMessage: "NonEmptyMaxLengthString",
            regionFailures: "RegionFailureList"
          }
        },
        DistributionList: {
          type: "list",
          member: "Distribution"
        },
        DistributionTimeoutMinutes: {
          type: "integer",
          max: 720,
          min: 30
        },
        EbsInstanceBlockDeviceSpecification: {
          type: "structure",
          members: {
            encrypted: "#boolean",
            deleteOnTermination: "#boolean",
            iops: "EbsIopsInteger",
            kmsKeyId: "NonEmptyString",
            snapshotId: "NonEmptyString",
            volumeSize: "EbsVolumeSizeInteger",
            volumeType: "EbsVolumeType",
            throughput: "EbsVolumeThroughput"
          }
        },
        EbsIopsInteger: {
          type: "integer",
          max: 64e3,
          min: 100
        },
        EbsVolumeSizeInteger: {
          type: "integer",
          max: 16e3,
          min: 1
        },
        EbsVolumeThroughput: {
          type: "integer",
          max: 1e3,
          min: 125
        },
        EbsVolumeType: {
          type: "string",
          enum: ["standard", "io1", "io2", "gp2", "gp3", "sc1", "st1"]
        },
        EcrConfiguration: {
          type: "structure",
          members: {
            repositoryName: "NonEmptyString",
            containerTags: "StringList"
          }
        },
        EmptyString: {
          type: "string",
          max: 0,
          min: 0
        },
        FastLaunchConfiguration: {
          type: "structure",
          members: {
            enabled: "#boolean",
            snapshotConfiguration: "FastLaunchSnapshotConfiguration",
            maxParallelLaunches: "MaxParallelLaunches",
            launchTemplate: "FastLaunchLaunchTemplateSpecification",
            accountId: "AccountId"
          },
          required: ["enabled"]
        },
        FastLaunchConfigurationList: {
          type: "list",
          max: 1e3,
          min: 1,
          member: "FastLaunchConfiguration"
        },
        FastLaunchLaunchTemplateSpecification: {
          type: "structure",
          members: {
            launchTemplateId: "LaunchTemplateId",
            launchTemplateName: "NonEmptyString",
            launchTemplateVersion: "NonEmptyString"
          }
        },
        FastLaunchSnapshotConfiguration: {
          type: "structure",
          members: {
            targetResourceCount: "TargetResourceCount"
          }
        },
        Filter: {
          type: "structure",
          members: {
            name: "FilterName",
            values: "FilterValues"
          }
        },
        FilterList: {
          type: "list",
          max: 10,
          min: 1,
          member: "Filter"
        },
        FilterName: {
          type: "string",
          pattern: "^[a-zA-Z]{1,1024}$"
        },
        FilterValue: {
          type: "string",
          pattern: '^[0-9a-zA-Z./_ :,{}"*-]{1,1024}$'
        },
        FilterValues: {
          type: "list",
          max: 10,
          min: 1,
          member: "FilterValue"
        },
        GetComponentRequest: {
          type: "structure",
          members: {
            componentBuildVersionArn: "ComponentVersionArnOrBuildVersionArn"
          },
          required: ["componentBuildVersionArn"]
        },
        GetComponentResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            component: "Component",
            latestVersionReferences: "LatestVersionReferences"
          }
        },
        GetDistributionConfigurationRequest: {
          type: "structure",
          members: {
            distributionConfigurationArn: "DistributionConfigurationArn"
          },
          required: ["distributionConfigurationArn"]
        },
        GetDistributionConfigurationResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            distributionConfiguration: "DistributionConfiguration"
          }
        },
        GetImageRecipeRequest: {
          type: "structure",
          members: {
            imageRecipeArn: "ImageRecipeArn"
          },
          required: ["imageRecipeArn"]
        },
        GetImageRecipeResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            imageRecipe: "ImageRecipe",
            latestVersionReferences: "LatestVersionReferences"
          }
        },
        GetImageRequest: {
          type: "structure",
          members: {
            imageBuildVersionArn: "ImageVersionArnOrBuildVersionArn"
          },
          required: ["imageBuildVersionArn"]
        },
        GetImageResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            image: "Image",
            latestVersionReferences: "LatestVersionReferences"
          }
        },
        GetInfrastructureConfigurationRequest: {
          type: "structure",
          members: {
            infrastructureConfigurationArn: "InfrastructureConfigurationArn"
          },
          required: ["infrastructureConfigurationArn"]
        },
        GetInfrastructureConfigurationResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            infrastructureConfiguration: "InfrastructureConfiguration"
          }
        },
        HttpPutResponseHopLimit: {
          type: "integer",
          max: 64,
          min: 1
        },
        HttpTokens: {
          type: "string",
          pattern: "optional|required"
        },
        Image: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            type: "ImageType",
            name: "ResourceName",
            version: "VersionNumberWithBuild",
            platform: "Platform",
            enhancedImageMetadataEnabled: "#boolean",
            osVersion: "OsVersion",
            state: "ImageState",
            imageRecipe: "ImageRecipe",
            containerRecipe: "ContainerRecipe",
            sourcePipelineName: "ResourceName",
            sourcePipelineArn: "#string",
            infrastructureConfiguration: "InfrastructureConfiguration",
            distributionConfiguration: "DistributionConfiguration",
            imageTestsConfiguration: "ImageTestsConfiguration",
            dateCreated: "#string",
            outputResources: "OutputResources",
            tags: "TagMap",
            buildType: "BuildType",
            imageSource: "ImageSource",
            scanState: "ImageScanState",
            imageScanningConfiguration: "ImageScanningConfiguration",
            deprecationTime: "#timestamp",
            lifecycleExecutionId: "LifecycleExecutionId",
            executionRole: "RoleNameOrArn",
            workflows: "WorkflowConfigurationList",
            loggingConfiguration: "ImageLoggingConfiguration"
          }
        },
        ImageBuilderArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party):(?:image-recipe|container-recipe|infrastructure-configuration|distribution-configuration|component|image|image-pipeline|lifecycle-policy|workflow\\/(?:build|test|distribution))/[a-z0-9-_]+(?:/(?:(?:x|[0-9]+)\\.(?:x|[0-9]+)\\.(?:x|[0-9]+))(?:/[0-9]+)?)?$"
        },
        ImageBuildVersionArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+$"
        },
        ImageConfigurationStep: {
          type: "string",
          enum: [
            "ASSOCIATE_LICENSES",
            "UPDATE_LAUNCH_TEMPLATES",
            "PUT_SSM_PARAMETERS",
            "UPDATE_FAST_LAUNCH_CONFIGURATIONS",
            "EXPORT_AMI"
          ]
        },
        ImageFailureContext: {
          type: "structure",
          members: {
            imageStatus: "ImageStatus",
            workflowExecutionId: "WorkflowExecutionId",
            workflowArn: "WorkflowBuildVersionArn",
            stepExecutionId: "WorkflowStepExecutionId",
            failedStep: "WorkflowStepName",
            componentFailure: "ComponentFailureContext",
            distributionFailure: "DistributionFailureContext"
          }
        },
        ImageLoggingConfiguration: {
          type: "structure",
          members: {
            logGroupName: "LogGroupName"
          }
        },
        ImagePackage: {
          type: "structure",
          members: {
            packageName: "NonEmptyString",
            packageVersion: "NonEmptyString"
          }
        },
        ImagePackageList: {
          type: "list",
          member: "ImagePackage"
        },
        ImageRecipe: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            type: "ImageType",
            name: "ResourceName",
            description: "NonEmptyString",
            platform: "Platform",
            owner: "NonEmptyString",
            version: "VersionNumber",
            components: "ComponentConfigurationList",
            parentImage: "NonEmptyString",
            blockDeviceMappings: "InstanceBlockDeviceMappings",
            dateCreated: "#string",
            tags: "TagMap",
            workingDirectory: "NonEmptyString",
            additionalInstanceConfiguration: "AdditionalInstanceConfiguration",
            amiTags: "TagMap",
            amiWatermarks: "AmiWatermarksList"
          }
        },
        ImageRecipeArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):image-recipe/[a-z0-9-_]+/(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"
        },
        ImageRecipeSummary: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            name: "ResourceName",
            platform: "Platform",
            owner: "NonEmptyString",
            parentImage: "NonEmptyString",
            dateCreated: "#string",
            tags: "TagMap"
          }
        },
        ImageRecipeSummaryList: {
          type: "list",
          member: "ImageRecipeSummary"
        },
        ImageScanningConfiguration: {
          type: "structure",
          members: {
            imageScanningEnabled: "#boolean",
            ecrConfiguration: "EcrConfiguration",
            imageScanningTypes: "ImageScanningTypeList",
            scanResultCondition: "ScanResultCondition"
          }
        },
        ImageScanningType: {
          type: "string",
          enum: ["TEST_INSTANCE_CVE", "ON_DEMAND_AMI_CVE"]
        },
        ImageScanningTypeList: {
          type: "list",
          max: 1,
          min: 1,
          member: "ImageScanningType"
        },
        ImageScanState: {
          type: "structure",
          members: {
            status: "ImageScanStatus",
            reason: "NonEmptyString"
          }
        },
        ImageScanStatus: {
          type: "string",
          enum: ["PENDING", "SCANNING", "COLLECTING", "COMPLETED", "ABANDONED", "FAILED", "TIMED_OUT"]
        },
        ImageSource: {
          type: "string",
          enum: ["AMAZON_MANAGED", "AWS_MARKETPLACE", "IMPORTED", "CUSTOM"]
        },
        ImageState: {
          type: "structure",
          members: {
            status: "ImageStatus",
            reason: "NonEmptyString",
            failureContext: "ImageFailureContext"
          }
        },
        ImageStatus: {
          type: "string",
          enum: [
            "PENDING",
            "CREATING",
            "BUILDING",
            "TESTING",
            "DISTRIBUTING",
            "INTEGRATING",
            "AVAILABLE",
            "CANCELLED",
            "FAILED",
            "DEPRECATED",
            "DELETED",
            "DISABLED"
          ]
        },
        ImageSummary: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            name: "ResourceName",
            type: "ImageType",
            version: "VersionNumberWithBuild",
            platform: "Platform",
            osVersion: "OsVersion",
            state: "ImageState",
            owner: "NonEmptyString",
            dateCreated: "#string",
            outputResources: "OutputResources",
            tags: "TagMap",
            buildType: "BuildType",
            imageSource: "ImageSource",
            deprecationTime: "#timestamp",
            lifecycleExecutionId: "LifecycleExecutionId",
            loggingConfiguration: "ImageLoggingConfiguration"
          }
        },
        ImageSummaryList: {
          type: "list",
          member: "ImageSummary"
        },
        ImageTestsConfiguration: {
          type: "structure",
          members: {
            imageTestsEnabled: "#boolean",
            timeoutMinutes: "ImageTestsTimeoutMinutes"
          }
        },
        ImageTestsTimeoutMinutes: {
          type: "integer",
          max: 1440,
          min: 60
        },
        ImageType: {
          type: "string",
          enum: ["AMI", "DOCKER"]
        },
        ImageVersion: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            name: "ResourceName",
            type: "ImageType",
            version: "VersionNumber",
            platform: "Platform",
            osVersion: "OsVersion",
            owner: "NonEmptyString",
            dateCreated: "#string",
            buildType: "BuildType",
            imageSource: "ImageSource"
          }
        },
        ImageVersionArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+$"
        },
        ImageVersionArnOrBuildVersionArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+))$"
        },
        ImageVersionList: {
          type: "list",
          member: "ImageVersion"
        },
        InfrastructureConfiguration: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            name: "ResourceName",
            description: "NonEmptyString",
            instanceTypes: "InstanceTypeList",
            instanceProfileName: "InstanceProfileNameType",
            securityGroupIds: "SecurityGroupIds",
            subnetId: "NonEmptyString",
            logging: "Logging",
            keyPair: "NonEmptyString",
            terminateInstanceOnFailure: "#boolean",
            snsTopicArn: "NonEmptyString",
            dateCreated: "#string",
            dateUpdated: "#string",
            resourceTags: "ResourceTagMap",
            instanceMetadataOptions: "InstanceMetadataOptions",
            tags: "TagMap",
            placement: "Placement",
            terminateInstanceOnCompletion: "#boolean",
            parentInstance: "ParentInstanceConfiguration"
          }
        },
        InfrastructureConfigurationArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):infrastructure-configuration/[a-z0-9-_]+$"
        },
        InfrastructureConfigurationSummary: {
          type: "structure",
          members: {
            arn: "ImageBuilderArn",
            name: "ResourceName",
            description: "NonEmptyString",
            dateCreated: "#string",
            dateUpdated: "#string",
            resourceTags: "ResourceTagMap",
            tags: "TagMap",
            instanceTypes: "InstanceTypeList",
            instanceProfileName: "InstanceProfileNameType",
            placement: "Placement"
          }
        },
        InfrastructureConfigurationSummaryList: {
          type: "list",
          member: "InfrastructureConfigurationSummary"
        },
        InlineComponentData: {
          type: "string",
          max: 16e3,
          min: 1,
          pattern: "[^\\x00]+"
        },
        InstanceBlockDeviceMapping: {
          type: "structure",
          members: {
            deviceName: "NonEmptyString",
            ebs: "EbsInstanceBlockDeviceSpecification",
            virtualName: "NonEmptyString",
            noDevice: "EmptyString"
          }
        },
        InstanceBlockDeviceMappings: {
          type: "list",
          member: "InstanceBlockDeviceMapping"
        },
        InstanceConfiguration: {
          type: "structure",
          members: {
            image: "NonEmptyString",
            blockDeviceMappings: "InstanceBlockDeviceMappings"
          }
        },
        InstanceMetadataOptions: {
          type: "structure",
          members: {
            httpTokens: "HttpTokens",
            httpPutResponseHopLimit: "HttpPutResponseHopLimit"
          }
        },
        InstanceProfileNameType: {
          type: "string",
          max: 256,
          min: 1,
          pattern: "^[\\w+=,.@-]+$"
        },
        InstanceTypeList: {
          type: "list",
          member: "#string"
        },
        LatestVersionReferences: {
          type: "structure",
          members: {
            latestVersionArn: "ImageBuilderArn",
            latestMajorVersionArn: "ImageBuilderArn",
            latestMinorVersionArn: "ImageBuilderArn",
            latestPatchVersionArn: "ImageBuilderArn"
          }
        },
        LaunchPermissionConfiguration: {
          type: "structure",
          members: {
            userIds: "AccountList",
            userGroups: "StringList",
            organizationArns: "OrganizationArnList",
            organizationalUnitArns: "OrganizationalUnitArnList"
          }
        },
        LaunchTemplateConfiguration: {
          type: "structure",
          members: {
            launchTemplateId: "LaunchTemplateId",
            accountId: "AccountId",
            setDefaultVersion: "#boolean"
          },
          required: ["launchTemplateId"]
        },
        LaunchTemplateConfigurationList: {
          type: "list",
          max: 100,
          min: 1,
          member: "LaunchTemplateConfiguration"
        },
        LaunchTemplateId: {
          type: "string",
          pattern: "^lt-[a-z0-9-_]{17}$"
        },
        LicenseConfigurationArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:license-manager:[^:]+:[0-9]{12}:license-configuration:lic-[a-z0-9-_]{32}$"
        },
        LicenseConfigurationArnList: {
          type: "list",
          max: 50,
          min: 1,
          member: "LicenseConfigurationArn"
        },
        LifecycleExecutionId: {
          type: "string",
          pattern: "^lce-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        },
        ListComponentsRequest: {
          type: "structure",
          members: {
            owner: "Ownership",
            filters: "FilterList",
            byName: "#boolean",
            maxResults: "RestrictedInteger",
            nextToken: "PaginationToken"
          }
        },
        ListComponentsResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            componentVersionList: "ComponentVersionList",
            nextToken: "PaginationToken"
          }
        },
        ListDistributionConfigurationsRequest: {
          type: "structure",
          members: {
            filters: "FilterList",
            maxResults: "RestrictedInteger",
            nextToken: "PaginationToken"
          }
        },
        ListDistributionConfigurationsResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            distributionConfigurationSummaryList: "DistributionConfigurationSummaryList",
            nextToken: "PaginationToken"
          }
        },
        ListImageBuildVersionsRequest: {
          type: "structure",
          members: {
            imageVersionArn: "ImageVersionArn",
            filters: "FilterList",
            maxResults: "RestrictedInteger",
            nextToken: "PaginationToken"
          }
        },
        ListImageBuildVersionsResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            imageSummaryList: "ImageSummaryList",
            nextToken: "PaginationToken"
          }
        },
        ListImagePackagesRequest: {
          type: "structure",
          members: {
            imageBuildVersionArn: "ImageBuildVersionArn",
            maxResults: "RestrictedInteger",
            nextToken: "PaginationToken"
          },
          required: ["imageBuildVersionArn"]
        },
        ListImagePackagesResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            imagePackageList: "ImagePackageList",
            nextToken: "PaginationToken"
          }
        },
        ListImageRecipesRequest: {
          type: "structure",
          members: {
            owner: "Ownership",
            filters: "FilterList",
            maxResults: "RestrictedInteger",
            nextToken: "PaginationToken"
          }
        },
        ListImageRecipesResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            imageRecipeSummaryList: "ImageRecipeSummaryList",
            nextToken: "PaginationToken"
          }
        },
        ListImagesRequest: {
          type: "structure",
          members: {
            owner: "Ownership",
            filters: "FilterList",
            byName: "#boolean",
            maxResults: "RestrictedInteger",
            nextToken: "PaginationToken",
            includeDeprecated: "#boolean"
          }
        },
        ListImagesResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            imageVersionList: "ImageVersionList",
            nextToken: "PaginationToken"
          }
        },
        ListInfrastructureConfigurationsRequest: {
          type: "structure",
          members: {
            filters: "FilterList",
            maxResults: "RestrictedInteger",
            nextToken: "PaginationToken"
          }
        },
        ListInfrastructureConfigurationsResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            infrastructureConfigurationSummaryList: "InfrastructureConfigurationSummaryList",
            nextToken: "PaginationToken"
          }
        },
        ListTagsForResourceRequest: {
          type: "structure",
          members: {
            resourceArn: "ImageBuilderArn"
          },
          required: ["resourceArn"]
        },
        ListTagsForResourceResponse: {
          type: "structure",
          members: {
            tags: "TagMap"
          }
        },
        Logging: {
          type: "structure",
          members: {
            s3Logs: "S3Logs"
          }
        },
        LogGroupName: {
          type: "string",
          max: 512,
          min: 1,
          pattern: "^[a-zA-Z0-9\\-_/\\.]{1,512}$"
        },
        MaximumSeverityLabel: {
          type: "string",
          enum: ["INFORMATIONAL", "LOW", "MEDIUM", "HIGH"]
        },
        MaxParallelLaunches: {
          type: "integer",
          min: 1
        },
        NonEmptyMaxLengthString: {
          type: "string",
          max: 384e3,
          min: 1
        },
        NonEmptyString: {
          type: "string",
          max: 1024,
          min: 1
        },
        OnWorkflowFailure: {
          type: "string",
          enum: ["CONTINUE", "ABORT"]
        },
        OrganizationalUnitArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:organizations::[0-9]{12}:ou/o-[a-z0-9]{10,32}/ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}"
        },
        OrganizationalUnitArnList: {
          type: "list",
          max: 25,
          min: 1,
          member: "OrganizationalUnitArn"
        },
        OrganizationArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:organizations::[0-9]{12}:organization/o-[a-z0-9]{10,32}$"
        },
        OrganizationArnList: {
          type: "list",
          max: 25,
          min: 1,
          member: "OrganizationArn"
        },
        OsVersion: {
          type: "string",
          min: 1
        },
        OsVersionList: {
          type: "list",
          max: 25,
          min: 1,
          member: "OsVersion"
        },
        OutputResources: {
          type: "structure",
          members: {
            amis: "AmiList",
            containers: "ContainerList"
          }
        },
        Ownership: {
          type: "string",
          enum: ["Self", "Shared", "Amazon", "ThirdParty", "AWSMarketplace"]
        },
        PaginationToken: {
          type: "string",
          max: 65535,
          min: 1
        },
        ParallelGroup: {
          type: "string",
          max: 100,
          min: 1,
          pattern: "^[A-Za-z0-9][A-Za-z0-9-_+#]{0,99}$"
        },
        ParentInstanceConfiguration: {
          type: "structure",
          members: {
            autoScalingGroup: "AutoScalingGroupConfiguration"
          },
          required: ["autoScalingGroup"]
        },
        Placement: {
          type: "structure",
          members: {
            availabilityZone: "NonEmptyString",
            tenancy: "TenancyType",
            hostId: "NonEmptyString",
            hostResourceGroupArn: "NonEmptyString"
          }
        },
        Platform: {
          type: "string",
          enum: ["Windows", "Linux", "macOS"]
        },
        ProductCodeId: {
          type: "string",
          pattern: "^[A-Za-z0-9]{1,25}$"
        },
        ProductCodeList: {
          type: "list",
          member: "ProductCodeListItem"
        },
        ProductCodeListItem: {
          type: "structure",
          members: {
            productCodeId: "ProductCodeId",
            productCodeType: "ProductCodeType"
          },
          required: ["productCodeId", "productCodeType"]
        },
        ProductCodeType: {
          type: "string",
          enum: ["marketplace"]
        },
        RegionFailure: {
          type: "structure",
          members: {
            region: "NonEmptyString",
            status: "RegionFailureStatus",
            imageConfigurationStep: "ImageConfigurationStep",
            errorMessage: "NonEmptyMaxLengthString",
            targetAccountId: "AccountId"
          }
        },
        RegionFailureList: {
          type: "list",
          max: 256,
          min: 1,
          member: "RegionFailure"
        },
        RegionFailureStatus: {
          type: "string",
          enum: ["FAILED", "CANCELLED", "TIMED_OUT"]
        },
        RegionList: {
          type: "list",
          member: "NonEmptyString"
        },
        ResourceName: {
          type: "string",
          pattern: "^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"
        },
        ResourceTagMap: {
          type: "map",
          max: 30,
          min: 1,
          key: "TagKey",
          value: "TagValue"
        },
        RestrictedInteger: {
          type: "integer",
          max: 100,
          min: 1
        },
        RoleNameOrArn: {
          type: "string",
          max: 2048,
          min: 1,
          pattern: "^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\\-_/]+$"
        },
        S3ExportConfiguration: {
          type: "structure",
          members: {
            roleName: "NonEmptyString",
            diskImageFormat: "DiskImageFormat",
            s3Bucket: "NonEmptyString",
            s3Prefix: "NonEmptyString"
          },
          required: ["roleName", "diskImageFormat", "s3Bucket"]
        },
        S3Logs: {
          type: "structure",
          members: {
            s3BucketName: "NonEmptyString",
            s3KeyPrefix: "NonEmptyString"
          }
        },
        ScanResultCondition: {
          type: "structure",
          members: {
            maximumSeverityLabel: "MaximumSeverityLabel",
            fixAvailable: "#boolean"
          },
          required: ["maximumSeverityLabel"]
        },
        SecurityGroupIds: {
          type: "list",
          member: "NonEmptyString"
        },
        SnsTopicArn: {
          type: "string",
          pattern: "^arn:aws[^:]*:sns:[^:]+:[0-9]{12}:[a-zA-Z0-9-_]{1,256}$"
        },
        SsmParameterConfiguration: {
          type: "structure",
          members: {
            amiAccountId: "AccountId",
            parameterName: "SsmParameterName",
            dataType: "SsmParameterDataType"
          },
          required: ["parameterName"]
        },
        SsmParameterConfigurationList: {
          type: "list",
          member: "SsmParameterConfiguration"
        },
        SsmParameterDataType: {
          type: "string",
          enum: ["text", "aws:ec2:image"]
        },
        SsmParameterName: {
          type: "string",
          max: 1011,
          min: 1,
          pattern: "^[a-zA-Z0-9_.\\-\\/]+$"
        },
        StringList: {
          type: "list",
          member: "NonEmptyString"
        },
        SystemsManagerAgent: {
          type: "structure",
          members: {
            uninstallAfterBuild: "#boolean"
          }
        },
        TagKey: {
          type: "string",
          max: 128,
          min: 1,
          pattern: "^(?!aws:)[a-zA-Z0-9\\s_.:/=+\\-@]*$"
        },
        TagKeyList: {
          type: "list",
          max: 50,
          min: 1,
          member: "TagKey"
        },
        TagMap: {
          type: "map",
          max: 50,
          min: 1,
          key: "TagKey",
          value: "TagValue"
        },
        TagResourceRequest: {
          type: "structure",
          members: {
            resourceArn: "ImageBuilderArn",
            tags: "TagMap"
          },
          required: ["resourceArn", "tags"]
        },
        TagResourceResponse: {
          type: "structure",
          members: {}
        },
        TagValue: {
          type: "string",
          max: 256
        },
        TargetContainerRepository: {
          type: "structure",
          members: {
            service: "ContainerRepositoryService",
            repositoryName: "NonEmptyString"
          },
          required: ["service", "repositoryName"]
        },
        TargetResourceCount: {
          type: "integer",
          max: 1e4,
          min: 1
        },
        TenancyType: {
          type: "string",
          enum: ["default", "dedicated", "host"]
        },
        UntagResourceRequest: {
          type: "structure",
          members: {
            resourceArn: "ImageBuilderArn",
            tagKeys: "TagKeyList"
          },
          required: ["resourceArn", "tagKeys"]
        },
        UntagResourceResponse: {
          type: "structure",
          members: {}
        },
        UpdateDistributionConfigurationRequest: {
          type: "structure",
          members: {
            distributionConfigurationArn: "DistributionConfigurationArn",
            description: "NonEmptyString",
            distributions: "DistributionList",
            clientToken: "ClientToken"
          },
          required: ["distributionConfigurationArn", "distributions"]
        },
        UpdateDistributionConfigurationResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            clientToken: "ClientToken",
            distributionConfigurationArn: "DistributionConfigurationArn"
          }
        },
        UpdateInfrastructureConfigurationRequest: {
          type: "structure",
          members: {
            infrastructureConfigurationArn: "InfrastructureConfigurationArn",
            description: "NonEmptyString",
            instanceTypes: "InstanceTypeList",
            instanceProfileName: "InstanceProfileNameType",
            securityGroupIds: "SecurityGroupIds",
            subnetId: "NonEmptyString",
            logging: "Logging",
            keyPair: "NonEmptyString",
            terminateInstanceOnFailure: "#boolean",
            terminateInstanceOnCompletion: "#boolean",
            snsTopicArn: "SnsTopicArn",
            resourceTags: "ResourceTagMap",
            instanceMetadataOptions: "InstanceMetadataOptions",
            placement: "Placement",
            parentInstance: "ParentInstanceConfiguration",
            clientToken: "ClientToken"
          },
          required: ["infrastructureConfigurationArn", "instanceProfileName"]
        },
        UpdateInfrastructureConfigurationResponse: {
          type: "structure",
          members: {
            requestId: "NonEmptyString",
            clientToken: "ClientToken",
            infrastructureConfigurationArn: "InfrastructureConfigurationArn"
          }
        },
        UserDataOverride: {
          type: "string",
          max: 21847,
          min: 1,
          pattern: "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"
        },
        VersionNumber: {
          type: "string",
          pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$"
        },
        VersionNumberWithBuild: {
          type: "string",
          max: 64,
          min: 5,
          pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(?:/[0-9]+)?$"
        },
        WildcardVersionNumber: {
          type: "string",
          pattern: "^(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"
        },
        WorkflowBuildVersionArn: {
          type: "string",
          max: 1024,
          pattern: "^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):workflow/(build|test|distribution)/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+$"
        },
        WorkflowConfiguration: {
          type: "structure",
          members: {
            workflowArn: "WorkflowVersionArnOrBuildVersionArn",
            parameters: "WorkflowParameterList",
            parallelGroup: "ParallelGroup",
            onFailure: "OnWorkflowFailure"
          },
          required: ["workflowArn"]
        },
        WorkflowConfigurationList: {
          type: "list",
          member: "WorkflowConfiguration"
        },
        WorkflowExecutionId: {
          type: "string",
          pattern: "^wf-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        },
        WorkflowParameter: {
          type: "structure",
          members: {
            name: "WorkflowParameterName",
            value: "WorkflowParameterValueList"
          },
          required: ["name", "value"]
        },
        WorkflowParameterList: {
          type: "list",
          min: 1,
          member: "WorkflowParameter"
        },
        WorkflowParameterName: {
          type: "string",
          max: 128,
          min: 1,
          pattern: "[^\\x00]+"
        },
        WorkflowParameterValue: {
          type: "string",
          min: 0,
          pattern: "[^\\x00]*"
        },
        WorkflowParameterValueList: {
          type: "list",
          member: "WorkflowParameterValue"
        },
        WorkflowStepExecutionId: {
          type: "string",
          pattern: "^step-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        },
        WorkflowStepName: {
          type: "string",
          pattern: "^[A-Za-z][A-Za-z0-9-_]{1,99}$"
        },
        WorkflowVersionArnOrBuildVersionArn: {
          type: "string",
          pattern: "^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):workflow/(build|test|distribution)/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+))$"
        }
      }
    },
    ssm: {
      protocol: "json",
      operations: {
        DeleteParameter: {
          input: "DeleteParameterRequest",
          output: "DeleteParameterResult"
        },
        DescribeParameters: {
          input: "DescribeParametersRequest",
          output: "DescribeParametersResult"
        },
        GetCommandInvocation: {
          input: "GetCommandInvocationRequest",
          output: "GetCommandInvocationResult"
        },
        GetParameter: {
          input: "GetParameterRequest",
          output: "GetParameterResult"
        },
        GetParameters: {
          input: "GetParametersRequest",
          output: "GetParametersResult"
        },
        GetParametersByPath: {
          input: "GetParametersByPathRequest",
          output: "GetParametersByPathResult"
        },
        ListCommandInvocations: {
          input: "ListCommandInvocationsRequest",
          output: "ListCommandInvocationsResult"
        },
        PutParameter: {
          input: "PutParameterRequest",
          output: "PutParameterResult"
        },
        SendCommand: {
          input: "SendCommandRequest",
          output: "SendCommandResult"
        }
      },
      shapes: {
        Alarm: {
          type: "structure",
          members: {
            Name: "AlarmName"
          },
          required: ["Name"]
        },
        AlarmConfiguration: {
          type: "structure",
          members: {
            IgnorePollAlarmFailure: "#boolean",
            Alarms: "AlarmList"
          },
          required: ["Alarms"]
        },
        AlarmList: {
          type: "list",
          max: 1,
          min: 1,
          member: "Alarm"
        },
        AlarmName: {
          type: "string",
          max: 255,
          min: 1,
          pattern: "^(?!\\s*$).+"
        },
        AlarmStateInformation: {
          type: "structure",
          members: {
            Name: "AlarmName",
            State: "ExternalAlarmState"
          },
          required: ["Name", "State"]
        },
        AlarmStateInformationList: {
          type: "list",
          max: 1,
          min: 1,
          member: "AlarmStateInformation"
        },
        AllowedPattern: {
          type: "string",
          max: 1024,
          min: 0
        },
        CloudWatchLogGroupName: {
          type: "string",
          max: 512,
          min: 1
        },
        CloudWatchOutputConfig: {
          type: "structure",
          members: {
            CloudWatchLogGroupName: "CloudWatchLogGroupName",
            CloudWatchOutputEnabled: "#boolean"
          }
        },
        Command: {
          type: "structure",
          members: {
            CommandId: "CommandId",
            DocumentName: "DocumentName",
            DocumentVersion: "DocumentVersion",
            Comment: "Comment",
            ExpiresAfter: "#timestamp",
            Parameters: "Parameters",
            InstanceIds: "InstanceIdList",
            Targets: "Targets",
            RequestedDateTime: "#timestamp",
            Status: "CommandStatus",
            StatusDetails: "StatusDetails",
            OutputS3Region: "S3Region",
            OutputS3BucketName: "S3BucketName",
            OutputS3KeyPrefix: "S3KeyPrefix",
            MaxConcurrency: "MaxConcurrency",
            MaxErrors: "MaxErrors",
            TargetCount: "#integer",
            CompletedCount: "#integer",
            ErrorCount: "#integer",
            DeliveryTimedOutCount: "#integer",
            ServiceRole: "#string",
            NotificationConfig: "NotificationConfig",
            CloudWatchOutputConfig: "CloudWatchOutputConfig",
            TimeoutSeconds: "TimeoutSeconds",
            AlarmConfiguration: "AlarmConfiguration",
            TriggeredAlarms: "AlarmStateInformationList"
          }
        },
        CommandFilter: {
          type: "structure",
          members: {
            key: "CommandFilterKey",
            value: "CommandFilterValue"
          },
          required: ["key", "value"]
        },
        CommandFilterKey: {
          type: "string",
          enum: ["InvokedAfter", "InvokedBefore", "Status", "ExecutionStage", "DocumentName"]
        },
        CommandFilterList: {
          type: "list",
          max: 5,
          min: 1,
          member: "CommandFilter"
        },
        CommandFilterValue: {
          type: "string",
          max: 128,
          min: 1
        },
        CommandId: {
          type: "string",
          max: 36,
          min: 36
        },
        CommandInvocation: {
          type: "structure",
          members: {
            CommandId: "CommandId",
            InstanceId: "InstanceId",
            InstanceName: "InstanceTagName",
            Comment: "Comment",
            DocumentName: "DocumentName",
            DocumentVersion: "DocumentVersion",
            RequestedDateTime: "#timestamp",
            Status: "CommandInvocationStatus",
            StatusDetails: "StatusDetails",
            TraceOutput: "InvocationTraceOutput",
            StandardOutputUrl: "#string",
            StandardErrorUrl: "#string",
            CommandPlugins: "CommandPluginList",
            ServiceRole: "#string",
            NotificationConfig: "NotificationConfig",
            CloudWatchOutputConfig: "CloudWatchOutputConfig"
          }
        },
        CommandInvocationList: {
          type: "list",
          member: "CommandInvocation"
        },
        CommandInvocationStatus: {
          type: "string",
          enum: [
            "Pending",
            "InProgress",
            "Delayed",
            "Success",
            "Cancelled",
            "TimedOut",
            "Failed",
            "Cancelling"
          ]
        },
        CommandMaxResults: {
          type: "integer",
          max: 50,
          min: 1
        },
        CommandPlugin: {
          type: "structure",
          members: {
            Name: "CommandPluginName",
            Status: "CommandPluginStatus",
            StatusDetails: "StatusDetails",
            ResponseCode: "#integer",
            ResponseStartDateTime: "#timestamp",
            ResponseFinishDateTime: "#timestamp",
            Output: "CommandPluginOutput",
            StandardOutputUrl: "#string",
            StandardErrorUrl: "#string",
            OutputS3Region: "S3Region",
            OutputS3BucketName: "S3BucketName",
            OutputS3KeyPrefix: "S3KeyPrefix"
          }
        },
        CommandPluginList: {
          type: "list",
          member: "CommandPlugin"
        },
        CommandPluginName: {
          type: "string",
          min: 4
        },
        CommandPluginOutput: {
          type: "string",
          max: 2500
        },
        CommandPluginStatus: {
          type: "string",
          enum: ["Pending", "InProgress", "Success", "TimedOut", "Cancelled", "Failed"]
        },
        CommandStatus: {
          type: "string",
          enum: ["Pending", "InProgress", "Success", "Cancelled", "Failed", "TimedOut", "Cancelling"]
        },
        Comment: {
          type: "string",
          max: 100
        },
        DeleteParameterRequest: {
          type: "structure",
          members: {
            Name: "PSParameterName"
          },
          required: ["Name"]
        },
        DeleteParameterResult: {
          type: "structure",
          members: {}
        },
        DescribeParametersRequest: {
          type: "structure",
          members: {
            Filters: "ParametersFilterList",
            ParameterFilters: "ParameterStringFilterList",
            MaxResults: "MaxResults",
            NextToken: "#string",
            Shared: "#boolean"
          }
        },
        DescribeParametersResult: {
          type: "structure",
          members: {
            Parameters: "ParameterMetadataList",
            NextToken: "#string"
          }
        },
        DocumentARN: {
          type: "string",
          pattern: "^[a-zA-Z0-9_\\-.:/]{3,128}$"
        },
        DocumentHash: {
          type: "string",
          max: 256
        },
        DocumentHashType: {
          type: "string",
          enum: ["Sha256", "Sha1"]
        },
        DocumentName: {
          type: "string",
          pattern: "^[a-zA-Z0-9_\\-.]{3,128}$"
        },
        DocumentVersion: {
          type: "string",
          pattern: "([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)"
        },
        ExternalAlarmState: {
          type: "string",
          enum: ["UNKNOWN", "ALARM"]
        },
        GetCommandInvocationRequest: {
          type: "structure",
          members: {
            CommandId: "CommandId",
            InstanceId: "InstanceId",
            PluginName: "CommandPluginName"
          },
          required: ["CommandId", "InstanceId"]
        },
        GetCommandInvocationResult: {
          type: "structure",
          members: {
            CommandId: "CommandId",
            InstanceId: "InstanceId",
            Comment: "Comment",
            DocumentName: "DocumentName",
            DocumentVersion: "DocumentVersion",
            PluginName: "CommandPluginName",
            ResponseCode: "#integer",
            ExecutionStartDateTime: "StringDateTime",
            ExecutionElapsedTime: "StringDateTime",
            ExecutionEndDateTime: "StringDateTime",
            Status: "CommandInvocationStatus",
            StatusDetails: "StatusDetails",
            StandardOutputContent: "StandardOutputContent",
            StandardOutputUrl: "#string",
            StandardErrorContent: "StandardErrorContent",
            StandardErrorUrl: "#string",
            CloudWatchOutputConfig: "CloudWatchOutputConfig"
          }
        },
        GetParameterRequest: {
          type: "structure",
          members: {
            Name: "PSParameterName",
            WithDecryption: "#boolean"
          },
          required: ["Name"]
        },
        GetParameterResult: {
          type: "structure",
          members: {
            Parameter: "Parameter"
          }
        },
        GetParametersByPathMaxResults: {
          type: "integer",
          max: 10,
          min: 1
        },
        GetParametersByPathRequest: {
          type: "structure",
          members: {
            Path: "PSParameterName",
            Recursive: "#boolean",
            ParameterFilters: "ParameterStringFilterList",
            WithDecryption: "#boolean",
            MaxResults: "GetParametersByPathMaxResults",
            NextToken: "#string"
          },
          required: ["Path"]
        },
        GetParametersByPathResult: {
          type: "structure",
          members: {
            Parameters: "ParameterList",
            NextToken: "#string"
          }
        },
        GetParametersRequest: {
          type: "structure",
          members: {
            Names: "ParameterNameList",
            WithDecryption: "#boolean"
          },
          required: ["Names"]
        },
        GetParametersResult: {
          type: "structure",
          members: {
            Parameters: "ParameterList",
            InvalidParameters: "ParameterNameList"
          }
        },
        InstanceId: {
          type: "string",
          pattern: "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)"
        },
        InstanceIdList: {
          type: "list",
          max: 50,
          min: 0,
          member: "InstanceId"
        },
        InstanceTagName: {
          type: "string",
          max: 255
        },
        InvocationTraceOutput: {
          type: "string",
          max: 2500
        },
        ListCommandInvocationsRequest: {
          type: "structure",
          members: {
            CommandId: "CommandId",
            InstanceId: "InstanceId",
            MaxResults: "CommandMaxResults",
            NextToken: "#string",
            Filters: "CommandFilterList",
            Details: "#boolean"
          }
        },
        ListCommandInvocationsResult: {
          type: "structure",
          members: {
            CommandInvocations: "CommandInvocationList",
            NextToken: "#string"
          }
        },
        MaxConcurrency: {
          type: "string",
          max: 7,
          min: 1,
          pattern: "^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$"
        },
        MaxErrors: {
          type: "string",
          max: 7,
          min: 1,
          pattern: "^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$"
        },
        MaxResults: {
          type: "integer",
          max: 50,
          min: 1
        },
        NotificationConfig: {
          type: "structure",
          members: {
            NotificationArn: "#string",
            NotificationEvents: "NotificationEventList",
            NotificationType: "NotificationType"
          }
        },
        NotificationEvent: {
          type: "string",
          enum: ["All", "InProgress", "Success", "TimedOut", "Cancelled", "Failed"]
        },
        NotificationEventList: {
          type: "list",
          member: "NotificationEvent"
        },
        NotificationType: {
          type: "string",
          enum: ["Command", "Invocation"]
        },
        Parameter: {
          type: "structure",
          members: {
            Name: "PSParameterName",
            Type: "ParameterType",
            Value: "#string",
            Version: "#long",
            Selector: "PSParameterSelector",
            SourceResult: "#string",
            LastModifiedDate: "#timestamp",
            ARN: "#string",
            DataType: "ParameterDataType"
          }
        },
        ParameterDataType: {
          type: "string",
          max: 128,
          min: 0
        },
        ParameterDescription: {
          type: "string",
          max: 1024,
          min: 0
        },
        ParameterInlinePolicy: {
          type: "structure",
          members: {
            PolicyText: "#string",
            PolicyType: "#string",
            PolicyStatus: "#string"
          }
        },
        ParameterKeyId: {
          type: "string",
          max: 256,
          min: 1,
          pattern: "^([a-zA-Z0-9:/_-]+)$"
        },
        ParameterList: {
          type: "list",
          member: "Parameter"
        },
        ParameterMetadata: {
          type: "structure",
          members: {
            Name: "PSParameterName",
            ARN: "#string",
            Type: "ParameterType",
            KeyId: "ParameterKeyId",
            LastModifiedDate: "#timestamp",
            LastModifiedUser: "#string",
            Description: "ParameterDescription",
            AllowedPattern: "AllowedPattern",
            Version: "#long",
            Tier: "ParameterTier",
            Policies: "ParameterPolicyList",
            DataType: "ParameterDataType"
          }
        },
        ParameterMetadataList: {
          type: "list",
          member: "ParameterMetadata"
        },
        ParameterNameList: {
          type: "list",
          max: 10,
          min: 1,
          member: "PSParameterName"
        },
        ParameterPolicies: {
          type: "string",
          max: 4096,
          min: 1
        },
        ParameterPolicyList: {
          type: "list",
          member: "ParameterInlinePolicy"
        },
        Parameters: {
          type: "map",
          key: "#string",
          value: "ParameterValueList"
        },
        ParametersFilter: {
          type: "structure",
          members: {
            Key: "ParametersFilterKey",
            Values: "ParametersFilterValueList"
          },
          required: ["Key", "Values"]
        },
        ParametersFilterKey: {
          type: "string",
          enum: ["Name", "Type", "KeyId"]
        },
        ParametersFilterList: {
          type: "list",
          member: "ParametersFilter"
        },
        ParametersFilterValue: {
          type: "string",
          max: 1024,
          min: 1
        },
        ParametersFilterValueList: {
          type: "list",
          max: 50,
          min: 1,
          member: "ParametersFilterValue"
        },
        ParameterStringFilter: {
          type: "structure",
          members: {
            Key: "ParameterStringFilterKey",
            Option: "ParameterStringQueryOption",
            Values: "ParameterStringFilterValueList"
          },
          required: ["Key"]
        },
        ParameterStringFilterKey: {
          type: "string",
          max: 132,
          min: 1,
          pattern: "^(tag:.+|Name|Type|KeyId|Path|Label|Tier|DataType)$"
        },
        ParameterStringFilterList: {
          type: "list",
          member: "ParameterStringFilter"
        },
        ParameterStringFilterValue: {
          type: "string",
          max: 1024,
          min: 1
        },
        ParameterStringFilterValueList: {
          type: "list",
          max: 50,
          min: 1,
          member: "ParameterStringFilterValue"
        },
        ParameterStringQueryOption: {
          type: "string",
          max: 10,
          min: 1
        },
        ParameterTier: {
          type: "string",
          enum: ["Standard", "Advanced", "Intelligent-Tiering"]
        },
        ParameterType: {
          type: "string",
          enum: ["String", "StringList", "SecureString"]
        },
        ParameterValueList: {
          type: "list",
          member: "#string"
        },
        PSParameterName: {
          type: "string",
          max: 2048,
          min: 1
        },
        PSParameterSelector: {
          type: "string",
          max: 128,
          min: 0
        },
        PutParameterRequest: {
          type: "structure",
          members: {
            Name: "PSParameterName",
            Description: "ParameterDescription",
            Value: "#string",
            Type: "ParameterType",
            KeyId: "ParameterKeyId",
            Overwrite: "#boolean",
            AllowedPattern: "AllowedPattern",
            Tags: "TagList",
            Tier: "ParameterTier",
            Policies: "ParameterPolicies",
            DataType: "ParameterDataType"
          },
          required: ["Name", "Value"]
        },
        PutParameterResult: {
          type: "structure",
          members: {
            Version: "#long",
            Tier: "ParameterTier"
          }
        },
        S3BucketName: {
          type: "string",
          max: 63,
          min: 3
        },
        S3KeyPrefix: {
          type: "string",
          max: 500
        },
        S3Region: {
          type: "string",
          max: 20,
          min: 3
        },
        SendCommandRequest: {
          type: "structure",
          members: {
            InstanceIds: "InstanceIdList",
            Targets: "Targets",
            DocumentName: "DocumentARN",
            DocumentVersion: "DocumentVersion",
            DocumentHash: "DocumentHash",
            DocumentHashType: "DocumentHashType",
            TimeoutSeconds: "TimeoutSeconds",
            Comment: "Comment",
            Parameters: "Parameters",
            OutputS3Region: "S3Region",
            OutputS3BucketName: "S3BucketName",
            OutputS3KeyPrefix: "S3KeyPrefix",
            MaxConcurrency: "MaxConcurrency",
            MaxErrors: "MaxErrors",
            ServiceRoleArn: "#string",
            NotificationConfig: "NotificationConfig",
            CloudWatchOutputConfig: "CloudWatchOutputConfig",
            AlarmConfiguration: "AlarmConfiguration"
          },
          required: ["DocumentName"]
        },
        SendCommandResult: {
          type: "structure",
          members: {
            Command: "Command"
          }
        },
        StandardErrorContent: {
          type: "string",
          max: 8e3
        },
        StandardOutputContent: {
          type: "string",
          max: 24e3
        },
        StatusDetails: {
          type: "string",
          max: 100,
          min: 0
        },
        StringDateTime: {
          type: "string",
          pattern: "^([\\-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d(?!:))?)?(\\17[0-5]\\d([\\.,]\\d)?)?([zZ]|([\\-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$"
        },
        Tag: {
          type: "structure",
          members: {
            Key: "TagKey",
            Value: "TagValue"
          },
          required: ["Key", "Value"]
        },
        TagKey: {
          type: "string",
          max: 128,
          min: 1,
          pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"
        },
        TagList: {
          type: "list",
          max: 1e3,
          member: "Tag"
        },
        TagValue: {
          type: "string",
          max: 256,
          min: 0,
          pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"
        },
        Target: {
          type: "structure",
          members: {
            Key: "TargetKey",
            Values: "TargetValues"
          }
        },
        TargetKey: {
          type: "string",
          max: 163,
          min: 1,
          pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=\\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name"
        },
        Targets: {
          type: "list",
          max: 5,
          min: 0,
          member: "Target"
        },
        TargetValues: {
          type: "list",
          max: 50,
          min: 0,
          member: "#string"
        },
        TimeoutSeconds: {
          type: "integer",
          max: 2592e3,
          min: 30
        }
      }
    },
    sts: {
      protocol: "query",
      operations: {
        GetCallerIdentity: {
          input: "GetCallerIdentityRequest",
          output: "GetCallerIdentityResponse"
        }
      },
      shapes: {
        arnType: {
          type: "string",
          max: 2048,
          min: 20,
          pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+"
        },
        GetCallerIdentityRequest: {
          type: "structure",
          members: {}
        },
        GetCallerIdentityResponse: {
          type: "structure",
          members: {
            UserId: "#string",
            Account: "#string",
            Arn: "arnType"
          }
        }
      }
    }
  }
};

// src/sim/model/check.ts
var services = aws_models_default.services;
var MODEL_SOURCE = { botocore: aws_models_default.botocore, sources: aws_models_default.sources };
var patterns = /* @__PURE__ */ new Map();
function regexOf(shape) {
  const key = `${shape.patternFlags ?? ""}/${shape.pattern}`;
  let re = patterns.get(key);
  if (!re) {
    re = new RegExp(shape.pattern, shape.patternFlags ?? "");
    patterns.set(key, re);
  }
  return re;
}
var RESPONSE_PATTERN_EXEMPT = {
  // GetCommandInvocation answers ExecutionElapsedTime as "PT2S" and times with milliseconds
  // ("…T00:33:21.000Z"); neither matches this ISO-8601 pattern.
  "ssm:StringDateTime": "SSM answers durations and millisecond times in this shape"
};
var lowerFirst = (name) => name.charAt(0).toLowerCase() + name.slice(1);
function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (value instanceof Date) return "timestamp";
  if (value instanceof Uint8Array) return "blob";
  return typeof value;
}
function typeProblem(type, value) {
  switch (type) {
    case "string":
      return typeof value === "string" ? void 0 : "string";
    case "integer":
    case "long":
      return typeof value === "number" && Number.isInteger(value) ? void 0 : "whole number";
    case "double":
    case "float":
      return typeof value === "number" ? void 0 : "number";
    case "boolean":
      return typeof value === "boolean" ? void 0 : "boolean";
    case "timestamp":
      return value instanceof Date || typeof value === "number" || typeof value === "string" ? void 0 : "timestamp";
    case "blob":
      return value instanceof Uint8Array || typeof value === "string" ? void 0 : "blob";
    case "structure":
    case "map":
      return kindOf(value) === "object" ? void 0 : type;
    case "list":
      return Array.isArray(value) ? void 0 : "list";
    default:
      return void 0;
  }
}
function lengthOf(value) {
  if (typeof value === "string") {
    let n = 0;
    for (const _ of value) n++;
    return n;
  }
  if (Array.isArray(value)) return value.length;
  return Object.keys(value).length;
}
function check(w, ref, value, path2, parameter) {
  const primitive = ref.startsWith("#");
  const shape = primitive ? { type: ref.slice(1) } : w.model.shapes[ref];
  const add = (constraint) => w.out.push({ path: path2, parameter, value, constraint });
  const expected = typeProblem(shape.type, value);
  if (expected) {
    add(`Member must be a ${expected} (got ${kindOf(value)})`);
    return;
  }
  if (shape.type === "timestamp" && !w.awsPaths && !(value instanceof Date)) {
    add(`Member must be a Date, as the SDK deserializes timestamps (got ${kindOf(value)})`);
    return;
  }
  const sized = shape.type === "string" || shape.type === "list" || shape.type === "map";
  const emptyAnswer = !w.awsPaths && sized && lengthOf(value) === 0;
  if (sized) {
    const length = lengthOf(value);
    if (shape.min !== void 0 && length < shape.min && !emptyAnswer)
      add(`Member must have length greater than or equal to ${shape.min}`);
    if (shape.max !== void 0 && length > shape.max)
      add(`Member must have length less than or equal to ${shape.max}`);
  } else if (typeof value === "number") {
    if (shape.min !== void 0 && value < shape.min)
      add(`Member must have value greater than or equal to ${shape.min}`);
    if (shape.max !== void 0 && value > shape.max)
      add(`Member must have value less than or equal to ${shape.max}`);
  }
  if (shape.type === "string") {
    if (shape.enum && !shape.enum.includes(value))
      add(`Member must satisfy enum value set: [${shape.enum.join(", ")}]`);
    const exempt = !w.awsPaths && RESPONSE_PATTERN_EXEMPT[`${w.service}:${ref}`] !== void 0;
    if (shape.pattern && !emptyAnswer && !exempt && !regexOf(shape).test(value))
      add(`Member must satisfy regular expression pattern: ${shape.pattern}`);
    return;
  }
  if (shape.type === "list") {
    value.forEach((item, i) => {
      check(w, shape.member, item, w.awsPaths ? `${path2}.${i + 1}.member` : `${path2}[${i}]`, parameter);
    });
    return;
  }
  if (shape.type === "map") {
    for (const [k, v] of Object.entries(value)) {
      const before = w.out.length;
      check(w, shape.key, k, path2, parameter);
      for (const p of w.out.splice(before)) add(`Map keys must satisfy constraint: [${p.constraint}]`);
      check(w, shape.value, v, path2, parameter);
      for (const p of w.out.splice(before)) add(`Map value must satisfy constraint: [${p.constraint}]`);
    }
    return;
  }
  if (shape.type === "structure") structure(w, shape, value, path2, parameter);
}
function structure(w, shape, value, path2, parameter) {
  const members = shape.members ?? {};
  const join = (name) => {
    const segment = w.awsPaths ? lowerFirst(name) : name;
    return path2 ? `${path2}.${segment}` : segment;
  };
  for (const name of shape.required ?? []) {
    if (value[name] === void 0 || value[name] === null)
      w.out.push({
        path: join(name),
        parameter: parameter || name,
        value: null,
        constraint: "Member must not be null",
        missing: true
      });
  }
  for (const [name, member] of Object.entries(value)) {
    if (member === void 0 || member === null) continue;
    const ref = members[name];
    if (!ref) {
      if (w.strictMembers)
        w.out.push({
          path: join(name),
          parameter: parameter || name,
          value: member,
          constraint: "not a member of the shape"
        });
      continue;
    }
    check(w, ref, member, join(name), parameter || name);
  }
}
function operationOf(service, operation) {
  const model = services[service];
  const op = model?.operations[operation];
  if (!model || !op)
    throw new Error(
      `the AWS model table has no ${service}:${operation}: run npm run gen:aws-models after adding a handler`
    );
  return { model, ...op };
}
function requestViolations(service, operation, input) {
  const { model, input: ref } = operationOf(service, operation);
  if (!ref) return [];
  const w = { service, model, out: [], strictMembers: false, awsPaths: true };
  check(w, ref, input ?? {}, "", "");
  return w.out;
}
function responseViolations(service, operation, output) {
  const { model, output: ref } = operationOf(service, operation);
  const body = { ...output ?? {} };
  delete body.$metadata;
  if (!ref)
    return Object.keys(body).length > 0 ? [{ path: "", parameter: "", value: body, constraint: "the operation has no output" }] : [];
  const w = { service, model, out: [], strictMembers: true, awsPaths: false };
  check(w, ref, body, "", "");
  return w.out;
}
function quoted(value) {
  if (value === null || value === void 0) return "null";
  const text = Array.isArray(value) ? `[${value.map((v) => String(v)).join(", ")}]` : String(value);
  return `'${text.length > 200 ? `${text.slice(0, 200)}\u2026(${text.length} characters)` : text}'`;
}
function ec2Parameter(v) {
  return v.path.split(".").map((s) => /^\d+$/.test(s) ? s : s === "member" ? "" : s.charAt(0).toUpperCase() + s.slice(1)).filter(Boolean).join(".");
}
function validationError(service, violations) {
  if (service === "ec2") {
    const missing = violations.find((v2) => v2.missing);
    if (missing)
      return new SimError(
        "MissingParameter",
        `The request must contain the parameter ${ec2Parameter(missing)}`
      );
    const v = violations[0];
    return new SimError(
      "InvalidParameterValue",
      `Value (${quoted(v.value).slice(1, -1)}) for parameter ${ec2Parameter(v)} is invalid. ${v.constraint}`
    );
  }
  const n = violations.length;
  const detail = violations.map((v) => `Value ${quoted(v.value)} at '${v.path}' failed to satisfy constraint: ${v.constraint}`).join("; ");
  const code = service === "ssm" || service === "imagebuilder" ? "ValidationException" : "ValidationError";
  return new SimError(code, `${n} validation error${n === 1 ? "" : "s"} detected: ${detail}`, 400);
}
var SimulatorModelViolation = class extends ProcessDied {
  constructor(service, operation, violations) {
    super(
      `simulator bug: the ${service}:${operation} response breaks AWS's model (botocore ${aws_models_default.botocore}): ` + violations.map((v) => `${v.path || "(response)"}: ${v.constraint} (got ${quoted(v.value)})`).join("; ")
    );
  }
};

// src/sim/random.ts
function mix(x) {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 2146121005);
  h ^= h >>> 15;
  h = Math.imul(h, 2221713035);
  h ^= h >>> 16;
  return h >>> 0;
}
function hashString(text, seed) {
  let h = mix(seed ^ 2654435769);
  for (let i = 0; i < text.length; i++) h = mix(h ^ text.charCodeAt(i));
  return h;
}
function draw(state) {
  state.draws += 1;
  return mix(mix(state.seed) ^ state.draws) / 2 ** 32;
}
function newId(state, prefix) {
  const n = (state.ids[prefix] ?? 0) + 1;
  state.ids[prefix] = n;
  const a = hashString(`${prefix}:${n}`, state.seed).toString(16).padStart(8, "0");
  const b = hashString(`${n}:${prefix}`, state.seed + 1).toString(16).padStart(8, "0");
  return `${prefix}-0${a}${b}`;
}
function newHex(state, prefix, length) {
  const n = (state.ids[prefix] ?? 0) + 1;
  state.ids[prefix] = n;
  let out = "";
  for (let i = 0; out.length < length; i++)
    out += hashString(`${prefix}:${n}:${i}`, state.seed).toString(16).padStart(8, "0");
  return out.slice(0, length);
}

// src/sim/state.ts
function emptyRegion() {
  return {
    vpcs: [],
    subnets: [],
    instances: {},
    images: {},
    snapshots: {},
    launchTemplates: {},
    loadBalancers: [],
    listeners: [],
    targetGroups: {},
    parameters: {},
    commands: {},
    alarms: {},
    autoScalingGroups: {},
    imagebuilder: {}
  };
}
function emptyState(o) {
  return {
    version: 1,
    account: o.account,
    now: o.now,
    seed: o.seed ?? 1,
    draws: 0,
    faults: [],
    ids: {},
    regions: {},
    calls: [],
    callCount: 0
  };
}
function regionOf(state, region) {
  let r = state.regions[region];
  if (!r) {
    r = emptyRegion();
    state.regions[region] = r;
  }
  return r;
}
var AMAZON_OWNER_ID = "137112412989";

// src/sim/throttling.ts
var REQUEST_BUCKETS = {
  /** Describe*, Get* and other reads. */
  nonMutating: { size: 100, refill: 20 },
  /** Describe* with no filter, no id list and no page size. */
  unfilteredUnpaginated: { size: 50, refill: 10 },
  mutating: { size: 200, refill: 5 },
  /** Mutating actions that take the most time and resources. */
  resourceIntensive: { size: 50, refill: 5 }
};
var RESOURCE_INTENSIVE = /* @__PURE__ */ new Set(["RunInstances", "StartInstances", "TerminateInstances"]);
var RESOURCE_BUCKETS = {
  RunInstances: { size: 1e3, refill: 2 },
  TerminateInstances: { size: 1e3, refill: 20 },
  StartInstances: { size: 1e3, refill: 2 },
  StopInstances: { size: 1e3, refill: 20 }
};
function requestBucket(operation, input) {
  if (/^(Describe|Get|List)/.test(operation)) {
    const narrowed = Object.keys(input).some((k) => k === "Filters" || k === "MaxResults" || /Ids$/.test(k));
    return operation.startsWith("Describe") && !narrowed ? REQUEST_BUCKETS.unfilteredUnpaginated : REQUEST_BUCKETS.nonMutating;
  }
  return RESOURCE_INTENSIVE.has(operation) ? REQUEST_BUCKETS.resourceIntensive : REQUEST_BUCKETS.mutating;
}
function resourceTokens(operation, input) {
  if (operation === "RunInstances") return Number(input.MaxCount ?? 1);
  return Array.isArray(input.InstanceIds) ? input.InstanceIds.length : 0;
}
var limitExceeded = () => new SimError("RequestLimitExceeded", "Request limit exceeded.", 503);
var TokenBuckets = class {
  levels = /* @__PURE__ */ new Map();
  take(key, bucket, tokens, now) {
    const level = this.levels.get(key) ?? { tokens: bucket.size, at: now };
    level.tokens = Math.min(bucket.size, level.tokens + (now - level.at) / 1e3 * bucket.refill);
    level.at = now;
    this.levels.set(key, level);
    if (level.tokens < tokens) return false;
    level.tokens -= tokens;
    return true;
  }
  /** RequestLimitExceeded when the call finds its bucket empty; undefined when it may go on. */
  admit(o) {
    if (o.service !== "ec2") return void 0;
    const input = o.input ?? {};
    if (!this.take(`${o.region}:${o.operation}`, requestBucket(o.operation, input), 1, o.now))
      return limitExceeded();
    const resource = RESOURCE_BUCKETS[o.operation];
    const tokens = resourceTokens(o.operation, input);
    if (resource && tokens > 0 && !this.take(`${o.region}:${o.operation}:resource`, resource, tokens, o.now))
      return limitExceeded();
    return void 0;
  }
};

// src/sim/engine.ts
var PERSISTED_CALLS = 5e3;
var SimEngine = class {
  state;
  clock;
  faults;
  /** Every call made through this engine (this process). */
  calls = [];
  handlers = /* @__PURE__ */ new Map();
  beforeCall = [];
  onCrash;
  /** Virtual time the session started (credentials-expire counts from here). */
  sessionStart;
  buckets = new TokenBuckets();
  constructor(o) {
    this.state = o.state;
    this.clock = o.clock;
    this.faults = o.faults;
    this.onCrash = o.onCrash;
    this.sessionStart = o.clock.now();
  }
  /** When the session's credentials expire (virtual ms), if a fault makes them. */
  credentialsExpireAt() {
    const lifetime = this.faults.credentialsLifetimeMs();
    return lifetime === void 0 ? void 0 : this.sessionStart + lifetime;
  }
  register(service, handlers) {
    for (const [operation, handler] of Object.entries(handlers))
      this.handlers.set(`${service}:${operation}`, handler);
  }
  /** Runs before every call's handler: models that advance lazily (instance refreshes) catch up to the clock. */
  onCall(hook) {
    this.beforeCall.push(hook);
  }
  /** Whether the simulator models `operation` of `service`. */
  supports(service, operation) {
    return this.handlers.has(`${service}:${operation}`);
  }
  fault(name) {
    return this.faults.has(name);
  }
  /**
   * Answers one API call, in AWS's order: the process may die before it (crash-after-calls);
   * the call is logged; faults may answer it (throttle, credentials-expire); EC2's token buckets
   * may refuse it; the request is checked against AWS's model of the operation; then the
   * operation's handler answers, and its response is checked against the model too.
   */
  async handle(service, operation, region, input) {
    const at = this.clock.now();
    const view = {
      service,
      operation,
      callsSoFar: this.calls.length,
      now: at,
      sessionStart: this.sessionStart,
      draw: () => draw(this.state)
    };
    if (this.faults.diesBefore(view)) {
      this.state.now = at;
      if (this.onCrash) this.onCrash(this);
      throw new SimulatedCrash(this.calls.length);
    }
    const record = {
      service,
      operation,
      region,
      at,
      outcome: "ok",
      ...callSubjects(service, operation, input, regionOf(this.state, region))
    };
    this.calls.push({ ...record, input: redactDeep(redactInput(service, operation, input)) });
    const inMemory = this.calls[this.calls.length - 1];
    this.state.callCount += 1;
    this.state.calls.push(record);
    if (this.state.calls.length > PERSISTED_CALLS * 2)
      this.state.calls.splice(0, this.state.calls.length - PERSISTED_CALLS);
    const requestId2 = newHex(this.state, "request", 32).replace(
      /^(.{8})(.{4})(.{4})(.{4})(.{12})$/,
      "$1-$2-$3-$4-$5"
    );
    try {
      const refused = this.faults.answer(view) ?? this.buckets.admit({ service, operation, region, input, now: at });
      if (refused) throw refused;
      const handler = this.handlers.get(`${service}:${operation}`);
      if (!handler) {
        throw new SimError(
          "UnsupportedOperation",
          `The simulator does not model ${service}:${operation}.`,
          400
        );
      }
      const violations = requestViolations(service, operation, input);
      if (violations.length > 0) throw validationError(service, violations);
      const ctx = {
        engine: this,
        state: this.state,
        region,
        r: regionOf(this.state, region),
        now: at,
        account: this.state.account,
        call: inMemory
      };
      for (const hook of this.beforeCall) await hook(ctx);
      const output = await handler(structuredClone(input ?? {}), ctx) ?? {};
      const wrong = responseViolations(service, operation, output);
      if (wrong.length > 0) throw new SimulatorModelViolation(service, operation, wrong);
      return {
        ...output,
        $metadata: { httpStatusCode: 200, requestId: requestId2, attempts: 1, totalRetryDelay: 0 }
      };
    } catch (error) {
      if (error instanceof SimError) {
        record.outcome = error.code;
        inMemory.outcome = error.code;
        throw toServiceException(service, error, requestId2);
      }
      record.outcome = error instanceof Error ? error.name : "Error";
      inMemory.outcome = record.outcome;
      throw error;
    }
  }
  /**
   * Healthy-target count of a target group (name or ARN) over virtual time, as steps
   * `{at, healthy}`: proves "healthy targets ≥ desired at every moment" without sampling.
   */
  timeline(targetGroup, region) {
    for (const [name, r] of Object.entries(this.state.regions)) {
      if (region && name !== region) continue;
      const tg = Object.values(r.targetGroups).find((t) => t.name === targetGroup || t.arn === targetGroup);
      if (tg) return healthyCountHistory(tg, r, this.clock.now());
    }
    throw new Error(`no target group ${targetGroup} in the simulated world`);
  }
};
var SECRET_FIELDS = /^(SecretAccessKey|SessionToken|Password|ClientSecret)$/;
function redactInput(service, operation, input) {
  const copy = structuredClone(input ?? {});
  const walk = (value) => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) {
        if (SECRET_FIELDS.test(key) && typeof inner === "string")
          value[key] = "<redacted>";
        else walk(inner);
      }
  };
  walk(copy);
  if (service === "ssm" && operation === "PutParameter" && copy.Type === "SecureString" && "Value" in copy)
    copy.Value = "<redacted>";
  return copy;
}

// src/sim/retry.ts
var BASE_DELAY_MS = 100;
var MAX_DELAY_MS = 2e4;
var token = (count) => ({ getRetryCount: () => count, getRetryDelay: () => 0 });
function virtualRetryStrategy(maxAttempts, clock) {
  return {
    mode: "standard",
    acquireInitialRetryToken: async () => token(0),
    refreshRetryTokenForRetry: async (current, info) => {
      const retryable = info.errorType === "THROTTLING" || info.errorType === "TRANSIENT";
      if (!retryable || current.getRetryCount() + 1 >= maxAttempts)
        throw info.error ?? new Error("no more retries");
      await clock().sleep(Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** current.getRetryCount()));
      return token(current.getRetryCount() + 1);
    },
    recordSuccess: () => {
    }
  };
}

// src/sim/services/cloudwatch-rule.ts
var STATES = /* @__PURE__ */ new Set(["ALARM", "OK", "INSUFFICIENT_DATA"]);
function parseAlarmRule(rule) {
  const tokens = tokenize(rule);
  let at = 0;
  const peek = () => tokens[at];
  const take = (want) => {
    const token2 = tokens[at++];
    if (token2 === void 0 || want !== void 0 && token2 !== want)
      throw new Error(`expected ${want ?? "more"} at token ${at} of '${rule}'`);
    return token2;
  };
  const or = () => {
    let left = and();
    while (peek() === "OR") {
      take();
      left = { kind: "or", left, right: and() };
    }
    return left;
  };
  const and = () => {
    let left = not();
    while (peek() === "AND") {
      take();
      left = { kind: "and", left, right: not() };
    }
    return left;
  };
  const not = () => {
    if (peek() === "NOT") {
      take();
      return { kind: "not", of: not() };
    }
    return atom();
  };
  const atom = () => {
    const token2 = take();
    if (token2 === "(") {
      const inner = or();
      take(")");
      return inner;
    }
    if (token2 === "TRUE" || token2 === "FALSE") return { kind: "const", value: token2 === "TRUE" };
    if (STATES.has(token2)) {
      take("(");
      const name = take();
      take(")");
      const unquoted = name.startsWith('"') ? name.slice(1, -1) : name;
      const alarm = unquoted.startsWith("arn:") ? unquoted.slice(unquoted.indexOf(":alarm:") + 7) : unquoted;
      return { kind: "state", state: token2, alarm };
    }
    throw new Error(`unexpected '${token2}' in '${rule}'`);
  };
  const tree = or();
  if (at !== tokens.length) throw new Error(`unexpected '${tokens[at]}' in '${rule}'`);
  return tree;
}
function tokenize(rule) {
  const tokens = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|\(|\)|[^\s()"]+)/gy;
  let m;
  let end = 0;
  while ((m = re.exec(rule)) !== null) {
    tokens.push(m[1]);
    end = re.lastIndex;
  }
  if (rule.slice(end).trim() !== "") throw new Error(`cannot read '${rule.slice(end)}'`);
  return tokens;
}

// src/sim/services/cloudwatch.ts
function alarmStateAt(alarm, at, alarms) {
  if (alarm.rule !== void 0) return compositeStateAt(alarm, alarm.rule, at, alarms);
  let current = {
    state: "INSUFFICIENT_DATA",
    reason: "Unchecked: Initial alarm creation",
    since: 0
  };
  for (const h of alarm.history) {
    if (h.at > at) break;
    if (h.state !== current.state || current.since === 0)
      current = { state: h.state, reason: h.reason, since: h.at };
  }
  return current;
}
function compositeStateAt(alarm, rule, at, alarms) {
  const created = alarm.history[0]?.at ?? 0;
  if (!alarms)
    return { state: "INSUFFICIENT_DATA", reason: "Unchecked: Initial alarm creation", since: created };
  const tree = parseAlarmRule(rule);
  const children = [...namesIn(tree)].flatMap((n) => alarms[n] && alarms[n] !== alarm ? [alarms[n]] : []);
  const value = (t) => evaluate(
    tree,
    (name) => alarms[name] ? alarmStateAt(alarms[name], t, alarms).state : "INSUFFICIENT_DATA"
  );
  const moments = [
    .../* @__PURE__ */ new Set([
      created,
      ...children.flatMap((c) => c.history.map((h) => h.at)).filter((t) => t > created && t <= at)
    ])
  ].sort((a, b) => a - b);
  let since = created;
  let last = value(created);
  for (const t of moments) {
    const now = value(t);
    if (now !== last) since = t;
    last = now;
  }
  return {
    state: last ? "ALARM" : "OK",
    reason: `${last ? "Alarm rule became TRUE" : "Alarm rule became FALSE"}: ${rule}`,
    since
  };
}
function namesIn(node) {
  switch (node.kind) {
    case "state":
      return /* @__PURE__ */ new Set([node.alarm]);
    case "not":
      return namesIn(node.of);
    case "and":
    case "or":
      return /* @__PURE__ */ new Set([...namesIn(node.left), ...namesIn(node.right)]);
    default:
      return /* @__PURE__ */ new Set();
  }
}
function evaluate(node, stateOf) {
  switch (node.kind) {
    case "const":
      return node.value;
    case "state":
      return stateOf(node.alarm) === node.state;
    case "not":
      return !evaluate(node.of, stateOf);
    case "and":
      return evaluate(node.left, stateOf) && evaluate(node.right, stateOf);
    case "or":
      return evaluate(node.left, stateOf) || evaluate(node.right, stateOf);
  }
}
function scheduleAlarmState(state, o) {
  const alarm = regionOf(state, o.region).alarms[o.name];
  if (!alarm) throw new Error(`no alarm ${o.name} in ${o.region}`);
  alarm.history = alarm.history.filter((h) => h.at <= o.at);
  alarm.history.push({
    at: o.at,
    state: o.value,
    reason: o.reason ?? `Threshold Crossed: simulated ${o.value}`
  });
}
function toMetricAlarm(a, at) {
  const s = alarmStateAt(a, at);
  return {
    AlarmName: a.name,
    AlarmArn: a.arn,
    AlarmDescription: a.description ?? "",
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    StateValue: s.state,
    StateReason: s.reason,
    StateUpdatedTimestamp: new Date(s.since),
    StateTransitionedTimestamp: new Date(s.since),
    AlarmConfigurationUpdatedTimestamp: new Date(a.history[0]?.at ?? 0),
    MetricName: a.metricName,
    Namespace: a.namespace,
    Statistic: a.statistic,
    Dimensions: a.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
    Period: a.period,
    EvaluationPeriods: a.evaluationPeriods,
    Threshold: a.threshold,
    ComparisonOperator: a.comparisonOperator,
    TreatMissingData: "notBreaching",
    Metrics: []
  };
}
function toCompositeAlarm(a, s) {
  return {
    AlarmName: a.name,
    AlarmArn: a.arn,
    AlarmDescription: a.description ?? "",
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    AlarmRule: a.rule ?? "",
    StateValue: s.state,
    StateReason: s.reason,
    StateUpdatedTimestamp: new Date(s.since),
    StateTransitionedTimestamp: new Date(s.since),
    AlarmConfigurationUpdatedTimestamp: new Date(a.history[0]?.at ?? 0)
  };
}
function describeAlarms(input, ctx) {
  if (input.AlarmNames?.length && input.AlarmNamePrefix)
    throw new SimError(
      "InvalidParameterCombination",
      "AlarmNames and AlarmNamePrefix cannot be used together"
    );
  const stateOf = (a) => alarmStateAt(a, ctx.now, ctx.r.alarms);
  const alarms = Object.values(ctx.r.alarms).filter(
    (a) => (!input.AlarmNames?.length || input.AlarmNames.includes(a.name)) && (!input.AlarmNamePrefix || a.name.startsWith(input.AlarmNamePrefix)) && (!input.StateValue || stateOf(a).state === input.StateValue)
  );
  const wantsMetric = !input.AlarmTypes?.length || input.AlarmTypes.includes("MetricAlarm");
  const wantsComposite = input.AlarmTypes?.includes("CompositeAlarm") ?? false;
  const listed = alarms.filter((a) => a.rule === void 0 ? wantsMetric : wantsComposite);
  const { items, nextToken } = page(listed, input.MaxRecords, input.NextToken, {
    min: 1,
    max: 100,
    default: 50
  });
  return {
    MetricAlarms: items.filter((a) => a.rule === void 0).map((a) => toMetricAlarm(a, ctx.now)),
    CompositeAlarms: items.filter((a) => a.rule !== void 0).map((a) => toCompositeAlarm(a, stateOf(a))),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function putCompositeAlarm(input, ctx) {
  const name = input.AlarmName ?? "";
  const rule = input.AlarmRule ?? "";
  let tree;
  try {
    tree = parseAlarmRule(rule);
  } catch (error) {
    throw new SimError(
      "ValidationError",
      `Error in alarm rule: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  const missing = [...namesIn(tree)].filter((n) => !ctx.r.alarms[n]);
  if (missing.length > 0)
    throw new SimError(
      "ValidationError",
      `Could not save the composite alarm as alarms [${missing.join(", ")}] in the alarm rule do not exist`
    );
  const existing = ctx.r.alarms[name];
  if (existing && existing.rule === void 0)
    throw new SimError("ValidationError", `The alarm ${name} is a metric alarm, not a composite alarm`);
  ctx.r.alarms[name] = {
    name,
    arn: `arn:aws:cloudwatch:${ctx.region}:${ctx.account}:alarm:${name}`,
    ...input.AlarmDescription ? { description: input.AlarmDescription } : {},
    rule,
    metricName: "",
    namespace: "",
    statistic: "",
    period: 0,
    evaluationPeriods: 0,
    threshold: 0,
    comparisonOperator: "",
    dimensions: [],
    history: [{ at: existing?.history[0]?.at ?? ctx.now, state: "INSUFFICIENT_DATA", reason: "created" }]
  };
  return {};
}
function setAlarmState(input, ctx) {
  const alarm = input.AlarmName ? ctx.r.alarms[input.AlarmName] : void 0;
  if (!alarm) throw notFound("ResourceNotFound", `Alarm ${input.AlarmName} not found`);
  if (alarm.rule !== void 0) return {};
  if (!["OK", "ALARM", "INSUFFICIENT_DATA"].includes(input.StateValue ?? ""))
    throw new SimError("InvalidParameterValue", `Invalid state value ${input.StateValue}`);
  scheduleAlarmState(ctx.state, {
    region: ctx.region,
    name: alarm.name,
    value: input.StateValue,
    at: ctx.now,
    reason: input.StateReason ?? ""
  });
  return {};
}
function register(engine) {
  engine.register("cloudwatch", {
    DescribeAlarms: describeAlarms,
    PutCompositeAlarm: putCompositeAlarm,
    SetAlarmState: setAlarmState
  });
}

// src/sim/facts.ts
var probes = () => import("./instance-4SVGCZUL.js");
async function factsForImage(image, o) {
  const m = await probes();
  if (image.manifest)
    return m.factsFromManifest(image.manifest, image.packages ? { ...o, packages: image.packages } : o);
  if (image.inventory) return m.factsFromInventory(image.inventory);
  return null;
}
async function factsAfterBoot(facts, at) {
  if (!facts) return facts;
  const m = await probes();
  return m.rebootFacts(facts, at);
}
async function answerProbe(script, facts, now, o = {}) {
  const m = await probes();
  return m.answerProbe(script, facts, now, o);
}

// src/sim/consistency.ts
var DEFAULT_LAG_MS = {
  ec2: 5e3,
  imagebuilder: 6e4
};
function lagMs(ctx, service) {
  return ctx.engine.faults.consistencyLagMs() ?? DEFAULT_LAG_MS[service] ?? 0;
}

// src/sim/services/ec2-images.ts
function imageState(image, at) {
  if (image.deregisteredAt !== void 0 && at >= image.deregisteredAt) return "deregistered";
  if (at < image.availableAt) return "pending";
  return image.failed ? "failed" : "available";
}
function createImageRecord(state, o) {
  const r = regionOf(state, o.region);
  const imageId = newId(state, "ami");
  const snapshotId = newId(state, "snap");
  const ownerId = o.public ? AMAZON_OWNER_ID : state.account;
  const size = o.volumeSizeGiB ?? 8;
  r.snapshots[snapshotId] = {
    id: snapshotId,
    volumeSize: size,
    ownerId,
    startedAt: o.at,
    description: `Created by CreateImage for ${imageId}`,
    tags: { ...o.snapshotTags ?? {} }
  };
  const image = {
    id: imageId,
    name: o.name,
    architecture: o.architecture,
    ownerId,
    public: Boolean(o.public),
    createdAt: o.at,
    availableAt: o.availableAt ?? o.at,
    rootDeviceName: "/dev/xvda",
    blockDevices: [{ deviceName: "/dev/xvda", snapshotId, volumeSize: size, volumeType: "gp3" }],
    tags: { ...o.tags ?? {} },
    platformDetails: "Linux/UNIX"
  };
  if (o.description !== void 0) image.description = o.description;
  if (o.manifest) image.manifest = o.manifest;
  if (o.inventory !== void 0) image.inventory = o.inventory;
  if (o.packages) image.packages = o.packages.map((p) => ({ ...p }));
  r.images[imageId] = image;
  return { imageId, snapshotIds: [snapshotId] };
}
function publicParameterNames(os, arch) {
  const prefix = "/aws/service/ami-amazon-linux-latest";
  return os === "amazon-linux-2" ? [`${prefix}/amzn2-ami-hvm-${arch}-gp2`, `${prefix}/amzn2-ami-kernel-5.10-hvm-${arch}-gp2`] : [`${prefix}/al2023-ami-kernel-default-${arch}`, `${prefix}/al2023-ami-kernel-6.1-${arch}`];
}
function publishBaseImage(state, o) {
  const date = new Date(o.at).toISOString().slice(0, 10).replaceAll("-", "");
  const release = o.release ?? `${date}.0`;
  const name = o.os === "amazon-linux-2" ? `amzn2-ami-kernel-5.10-hvm-2.0.${release}-${o.arch}-gp2` : `al2023-ami-2023.10.${release}-kernel-6.1-${o.arch}`;
  const description = o.os === "amazon-linux-2" ? "Amazon Linux 2 Kernel 5.10 AMI" : "Amazon Linux 2023 AMI";
  const { imageId } = createImageRecord(state, {
    region: o.region,
    name,
    description,
    architecture: o.arch,
    at: o.at,
    public: true
  });
  const r = regionOf(state, o.region);
  for (const parameter of publicParameterNames(o.os, o.arch)) {
    const previous = r.parameters[parameter];
    r.parameters[parameter] = {
      name: parameter,
      type: "String",
      value: imageId,
      version: (previous?.version ?? 0) + 1,
      modifiedAt: o.at,
      dataType: "text",
      tags: {}
    };
  }
  return imageId;
}
function toImage(image, at) {
  const state = imageState(image, at);
  const out = {
    ImageId: image.id,
    Name: image.name,
    Architecture: image.architecture,
    CreationDate: new Date(image.createdAt).toISOString(),
    ImageLocation: `${image.public ? "amazon" : image.ownerId}/${image.name}`,
    ImageType: "machine",
    OwnerId: image.ownerId,
    Public: image.public,
    State: state,
    RootDeviceName: image.rootDeviceName,
    RootDeviceType: "ebs",
    VirtualizationType: "hvm",
    Hypervisor: "xen",
    EnaSupport: true,
    PlatformDetails: image.platformDetails,
    UsageOperation: "RunInstances",
    BlockDeviceMappings: image.blockDevices.map((b) => ({
      DeviceName: b.deviceName,
      Ebs: {
        SnapshotId: b.snapshotId,
        VolumeSize: b.volumeSize,
        VolumeType: b.volumeType,
        DeleteOnTermination: true,
        Encrypted: false
      }
    })),
    Tags: tagList(image.tags)
  };
  out.Description = image.description ?? "";
  out.ProductCodes = [];
  out.BootMode = image.architecture === "arm64" ? "uefi" : "legacy-bios";
  if (image.public) out.ImageOwnerAlias = "amazon";
  if (image.deprecationTime !== void 0)
    out.DeprecationTime = new Date(image.deprecationTime).toISOString();
  if (state === "failed") out.StateReason = { Code: "Client.ImageFailed", Message: "The image build failed" };
  if (out.Tags?.length === 0) delete out.Tags;
  return out;
}
function visibleTo(image, owners, account) {
  if (!owners || owners.length === 0) return image.public || image.ownerId === account;
  return owners.some(
    (o) => o === "self" ? image.ownerId === account : o === "amazon" ? image.public && image.ownerId === AMAZON_OWNER_ID : image.ownerId === o
  );
}
function findImage(ctx, id2) {
  if (!/^ami-[0-9a-f]{8,17}$/.test(id2))
    throw new SimError("InvalidAMIID.Malformed", `Invalid id: "${id2}" (expecting "ami-...")`);
  const image = ctx.r.images[id2];
  if (!image || imageState(image, ctx.now) === "deregistered")
    throw notFound("InvalidAMIID.NotFound", `The image id '[${id2}]' does not exist`);
  return image;
}
function describeImages(input, ctx) {
  const ids = input.ImageIds ?? [];
  for (const id2 of ids) findImage(ctx, id2);
  const images = Object.values(ctx.r.images).filter((image) => {
    const state = imageState(image, ctx.now);
    if (state === "deregistered") return false;
    if (ids.length > 0 && !ids.includes(image.id)) return false;
    if (!visibleTo(image, input.Owners, ctx.account)) return false;
    return matchesFilters(input.Filters, image.tags, {
      "image-id": image.id,
      name: image.name,
      description: image.description,
      state,
      architecture: image.architecture,
      "owner-id": image.ownerId,
      "owner-alias": image.public ? "amazon" : void 0,
      "is-public": String(image.public),
      "image-type": "machine",
      "root-device-type": "ebs",
      "virtualization-type": "hvm",
      "platform-details": image.platformDetails,
      "block-device-mapping.snapshot-id": image.blockDevices.map((b) => b.snapshotId)
    });
  });
  const { items, nextToken } = page(images, input.MaxResults, input.NextToken, {
    min: 5,
    max: 1e3,
    default: 1e3
  });
  return { Images: items.map((i) => toImage(i, ctx.now)), ...nextToken ? { NextToken: nextToken } : {} };
}
function deregisterImage(input, ctx) {
  const image = findImage(ctx, input.ImageId ?? "");
  if (image.ownerId !== ctx.account)
    throw new SimError("AuthFailure", `Not authorized for image:${image.id}`);
  image.deregisteredAt = ctx.now;
  if (!input.DeleteAssociatedSnapshots) return { Return: true };
  const results = image.blockDevices.map((b) => {
    delete ctx.r.snapshots[b.snapshotId];
    return { SnapshotId: b.snapshotId, ReturnCode: "success" };
  });
  return { Return: true, DeleteSnapshotResults: results };
}
function describeSnapshots(input, ctx) {
  const ids = input.SnapshotIds ?? [];
  for (const id2 of ids)
    if (!ctx.r.snapshots[id2])
      throw notFound("InvalidSnapshot.NotFound", `The snapshot '${id2}' does not exist.`);
  const owners = input.OwnerIds ?? [];
  const snapshots = Object.values(ctx.r.snapshots).filter(
    (s) => (ids.length === 0 || ids.includes(s.id)) && (owners.length === 0 ? s.ownerId === ctx.account || ids.length > 0 : owners.some(
      (o) => o === "self" ? s.ownerId === ctx.account : o === "amazon" ? s.ownerId === AMAZON_OWNER_ID : s.ownerId === o
    )) && matchesFilters(input.Filters, s.tags, {
      "snapshot-id": s.id,
      "owner-id": s.ownerId,
      status: "completed",
      description: s.description,
      "volume-size": String(s.volumeSize)
    })
  );
  const { items, nextToken } = page(snapshots, input.MaxResults, input.NextToken, {
    min: 5,
    max: 1e3,
    default: 1e3
  });
  return {
    Snapshots: items.map((s) => ({
      SnapshotId: s.id,
      VolumeId: "vol-ffffffff",
      State: "completed",
      Progress: "100%",
      StartTime: new Date(s.startedAt),
      OwnerId: s.ownerId,
      VolumeSize: s.volumeSize,
      Encrypted: false,
      StorageTier: "standard",
      ...s.description !== void 0 ? { Description: s.description } : {},
      ...Object.keys(s.tags).length > 0 ? { Tags: tagList(s.tags) } : {}
    })),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
var SNAPSHOT_RELEASE_MS = 3e4;
function deleteSnapshot(input, ctx) {
  const id2 = input.SnapshotId ?? "";
  const snapshot = ctx.r.snapshots[id2];
  if (!snapshot) throw notFound("InvalidSnapshot.NotFound", `The snapshot '${id2}' does not exist.`);
  const release = Math.max(SNAPSHOT_RELEASE_MS, lagMs(ctx, "ec2"));
  const user = Object.values(ctx.r.images).find(
    (i) => i.blockDevices.some((b) => b.snapshotId === id2) && (imageState(i, ctx.now) !== "deregistered" || ctx.now < (i.deregisteredAt ?? 0) + release)
  );
  if (user)
    throw new SimError("InvalidSnapshot.InUse", `The snapshot ${id2} is currently in use by ${user.id}`);
  delete ctx.r.snapshots[id2];
  return {};
}

// src/sim/services/ec2-network.ts
function defaultSecurityGroup(vpcId) {
  return `sg-${vpcId.slice(4)}`;
}
function findSubnet(r, id2) {
  const subnet = r.subnets.find((s) => s.id === id2);
  if (!subnet) throw notFound("InvalidSubnetID.NotFound", `The subnet ID '${id2}' does not exist`);
  return subnet;
}
function nextPrivateIp(subnet) {
  const [base] = subnet.cidr.split("/");
  const parts = (base ?? "10.0.0.0").split(".").map(Number);
  const host = subnet.nextHost++;
  const value = (parts[0] << 24 | parts[1] << 16 | parts[2] << 8 | parts[3]) + host;
  return [value >>> 24 & 255, value >>> 16 & 255, value >>> 8 & 255, value & 255].join(".");
}
function describeVpcs(input, { r, account }) {
  for (const id2 of input.VpcIds ?? [])
    if (!r.vpcs.some((v) => v.id === id2))
      throw notFound("InvalidVpcID.NotFound", `The vpc ID '${id2}' does not exist`);
  const vpcs = r.vpcs.filter(
    (v) => (!input.VpcIds?.length || input.VpcIds.includes(v.id)) && matchesFilters(input.Filters, v.tags, {
      "vpc-id": v.id,
      "cidr-block": v.cidr,
      state: "available",
      "is-default": "false"
    })
  );
  return {
    Vpcs: vpcs.map((v) => ({
      VpcId: v.id,
      CidrBlock: v.cidr,
      State: "available",
      OwnerId: account,
      IsDefault: false,
      InstanceTenancy: "default",
      Tags: tagList(v.tags)
    }))
  };
}
function describeSubnets(input, { r, account, region }) {
  for (const id2 of input.SubnetIds ?? []) findSubnet(r, id2);
  const subnets = r.subnets.filter(
    (s) => (!input.SubnetIds?.length || input.SubnetIds.includes(s.id)) && matchesFilters(input.Filters, s.tags, {
      "subnet-id": s.id,
      "vpc-id": s.vpcId,
      "availability-zone": s.availabilityZone,
      "cidr-block": s.cidr,
      state: "available"
    })
  );
  return {
    Subnets: subnets.map((s) => ({
      SubnetId: s.id,
      SubnetArn: `arn:aws:ec2:${region}:${account}:subnet/${s.id}`,
      VpcId: s.vpcId,
      AvailabilityZone: s.availabilityZone,
      CidrBlock: s.cidr,
      State: "available",
      OwnerId: account,
      AvailableIpAddressCount: 251 - s.nextHost + 4,
      DefaultForAz: false,
      MapPublicIpOnLaunch: false,
      Tags: tagList(s.tags)
    }))
  };
}

// src/sim/services/ec2-instance-description.ts
function reservationsOf(instances, ctx, stateOf = (i) => stateAt(i, ctx.now)) {
  const byReservation = /* @__PURE__ */ new Map();
  for (const i of instances) {
    let reservation = byReservation.get(i.reservationId);
    if (!reservation) {
      reservation = { ReservationId: i.reservationId, OwnerId: ctx.account, Groups: [], Instances: [] };
      byReservation.set(i.reservationId, reservation);
    }
    reservation.Instances.push(toInstance(i, ctx, stateOf(i)));
  }
  return [...byReservation.values()];
}
function toInstance(i, ctx, state) {
  const profileArn = i.iamInstanceProfile?.startsWith("arn:") ? i.iamInstanceProfile : `arn:aws:iam::${ctx.account}:instance-profile/${i.iamInstanceProfile}`;
  const out = {
    InstanceId: i.id,
    ImageId: i.imageId,
    InstanceType: i.instanceType,
    Architecture: i.architecture,
    State: instanceState(state),
    LaunchTime: new Date(i.launchedAt),
    Placement: { AvailabilityZone: i.availabilityZone, Tenancy: "default", GroupName: "" },
    SubnetId: i.subnetId,
    VpcId: i.vpcId,
    PrivateIpAddress: i.privateIp,
    PrivateDnsName: `ip-${i.privateIp.replaceAll(".", "-")}.${ctx.region}.compute.internal`,
    RootDeviceName: "/dev/xvda",
    RootDeviceType: "ebs",
    VirtualizationType: "hvm",
    Hypervisor: "xen",
    EnaSupport: true,
    AmiLaunchIndex: 0,
    PlatformDetails: "Linux/UNIX",
    UsageOperation: "RunInstances",
    StateTransitionReason: state === "stopped" || state === "stopping" ? "User initiated" : "",
    Monitoring: { State: "disabled" },
    EbsOptimized: false,
    SourceDestCheck: true,
    SriovNetSupport: "simple",
    HibernationOptions: { Configured: false },
    ProductCodes: [],
    ClientToken: i.clientToken ?? "",
    NetworkInterfaces: state === "terminated" ? [] : [primaryInterface(i, ctx.account)],
    MetadataOptions: {
      State: "applied",
      HttpTokens: i.metadataOptions.httpTokens,
      HttpEndpoint: i.metadataOptions.httpEndpoint,
      HttpPutResponseHopLimit: i.metadataOptions.httpPutResponseHopLimit,
      HttpProtocolIpv6: "disabled",
      InstanceMetadataTags: "disabled"
    },
    BlockDeviceMappings: state === "terminated" ? [] : i.blockDevices.map((b) => ({
      DeviceName: b.deviceName,
      Ebs: {
        VolumeId: b.volumeId,
        Status: "attached",
        AttachTime: new Date(i.launchedAt),
        DeleteOnTermination: b.deleteOnTermination
      }
    })),
    SecurityGroups: i.securityGroupIds.map((g) => ({
      GroupId: g,
      GroupName: g === defaultSecurityGroup(i.vpcId) ? "default" : g
    })),
    ...Object.keys(i.tags).length > 0 ? { Tags: tagList(i.tags) } : {}
  };
  if (i.iamInstanceProfile) out.IamInstanceProfile = { Arn: profileArn, Id: "AIPAAMIPIPE" };
  if (i.keyName) out.KeyName = i.keyName;
  const reason = STATE_REASONS[state];
  if (reason) out.StateReason = reason;
  return out;
}
var USER_SHUTDOWN = {
  Code: "Client.UserInitiatedShutdown",
  Message: "Client.UserInitiatedShutdown: User initiated shutdown"
};
var STATE_REASONS = {
  pending: { Code: "pending", Message: "pending" },
  stopping: USER_SHUTDOWN,
  stopped: USER_SHUTDOWN,
  "shutting-down": USER_SHUTDOWN,
  terminated: USER_SHUTDOWN
};
function primaryInterface(i, account) {
  const eni = `eni-${i.id.slice(2)}`;
  const mac = `0e:${i.id.slice(-10).match(/../g).join(":")}`;
  return {
    NetworkInterfaceId: eni,
    SubnetId: i.subnetId,
    VpcId: i.vpcId,
    Description: "",
    OwnerId: account,
    Status: "in-use",
    MacAddress: mac,
    PrivateIpAddress: i.privateIp,
    SourceDestCheck: true,
    InterfaceType: "interface",
    Groups: i.securityGroupIds.map((g) => ({
      GroupId: g,
      GroupName: g === defaultSecurityGroup(i.vpcId) ? "default" : g
    })),
    Ipv6Addresses: [],
    PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: i.privateIp }],
    Association: { IpOwnerId: "amazon", PublicDnsName: "", PublicIp: "" },
    Attachment: {
      AttachmentId: `eni-attach-${i.id.slice(2)}`,
      AttachTime: new Date(i.launchedAt),
      DeleteOnTermination: true,
      DeviceIndex: 0,
      NetworkCardIndex: 0,
      Status: "attached"
    }
  };
}

// src/sim/services/ec2-launch-templates.ts
function findLaunchTemplate(r, ref) {
  if (ref.id) {
    const lt = r.launchTemplates[ref.id];
    if (!lt)
      throw notFound(
        "InvalidLaunchTemplateId.NotFound",
        `The specified launch template, with template ID ${ref.id}, does not exist.`
      );
    return lt;
  }
  if (ref.name) {
    const lt = Object.values(r.launchTemplates).find((t) => t.name === ref.name);
    if (!lt)
      throw notFound(
        "InvalidLaunchTemplateName.NotFoundException",
        `The specified launch template, with template name ${ref.name}, does not exist.`
      );
    return lt;
  }
  throw new SimError(
    "MissingParameter",
    "The request must contain the parameter LaunchTemplateName or LaunchTemplateId"
  );
}
function resolveVersion(lt, version) {
  const n = version === void 0 || version === "$Default" ? lt.defaultVersion : version === "$Latest" ? latestVersion(lt) : Number(version);
  const found = lt.versions.find((v) => v.number === n);
  if (!found) {
    throw notFound(
      "InvalidLaunchTemplateId.VersionNotFound",
      `Could not find launch template version ${version} for launch template ${lt.id}.`
    );
  }
  return found;
}
function latestVersion(lt) {
  return Math.max(...lt.versions.map((v) => v.number));
}
function toLaunchTemplate(lt, account) {
  return {
    LaunchTemplateId: lt.id,
    LaunchTemplateName: lt.name,
    CreateTime: new Date(lt.createdAt),
    CreatedBy: `arn:aws:iam::${account}:user/amipipe`,
    DefaultVersionNumber: lt.defaultVersion,
    LatestVersionNumber: latestVersion(lt),
    ...Object.keys(lt.tags).length > 0 ? { Tags: tagList(lt.tags) } : {}
  };
}
function toVersion(lt, v, account) {
  return {
    LaunchTemplateId: lt.id,
    LaunchTemplateName: lt.name,
    VersionNumber: v.number,
    CreateTime: new Date(v.createdAt),
    CreatedBy: `arn:aws:iam::${account}:user/amipipe`,
    DefaultVersion: v.number === lt.defaultVersion,
    LaunchTemplateData: structuredClone(v.data),
    ...v.description !== void 0 ? { VersionDescription: v.description } : {}
  };
}
function createLaunchTemplate(input, ctx) {
  const name = input.LaunchTemplateName ?? "";
  if (!/^[a-zA-Z0-9().\-/_]{3,128}$/.test(name))
    throw new SimError(
      "InvalidLaunchTemplateName.MalformedException",
      `Launch template name ${name} is malformed.`
    );
  if (Object.values(ctx.r.launchTemplates).some((t) => t.name === name)) {
    throw new SimError(
      "InvalidLaunchTemplateName.AlreadyExistsException",
      `Launch template name already in use.`
    );
  }
  const lt = {
    id: newId(ctx.state, "lt"),
    name,
    createdAt: ctx.now,
    defaultVersion: 1,
    tags: tagsFor(input.TagSpecifications, "launch-template"),
    versions: [
      { number: 1, createdAt: ctx.now, data: input.LaunchTemplateData ?? {} }
    ]
  };
  if (input.VersionDescription !== void 0) lt.versions[0].description = input.VersionDescription;
  ctx.r.launchTemplates[lt.id] = lt;
  return { LaunchTemplate: toLaunchTemplate(lt, ctx.account) };
}
function createLaunchTemplateVersion(input, ctx) {
  const lt = findLaunchTemplate(ctx.r, { id: input.LaunchTemplateId, name: input.LaunchTemplateName });
  const base = input.SourceVersion !== void 0 ? structuredClone(resolveVersion(lt, input.SourceVersion).data) : {};
  const version = {
    number: latestVersion(lt) + 1,
    createdAt: ctx.now,
    data: { ...base, ...input.LaunchTemplateData ?? {} }
  };
  if (input.VersionDescription !== void 0) version.description = input.VersionDescription;
  lt.versions.push(version);
  return { LaunchTemplateVersion: toVersion(lt, version, ctx.account) };
}
function describeLaunchTemplates(input, ctx) {
  for (const id2 of input.LaunchTemplateIds ?? []) findLaunchTemplate(ctx.r, { id: id2 });
  for (const name of input.LaunchTemplateNames ?? []) findLaunchTemplate(ctx.r, { name });
  const templates = Object.values(ctx.r.launchTemplates).filter(
    (t) => (!input.LaunchTemplateIds?.length || input.LaunchTemplateIds.includes(t.id)) && (!input.LaunchTemplateNames?.length || input.LaunchTemplateNames.includes(t.name)) && matchesFilters(input.Filters, t.tags, {
      "launch-template-name": t.name,
      "create-time": new Date(t.createdAt).toISOString()
    })
  );
  const { items, nextToken } = page(templates, input.MaxResults, input.NextToken, {
    min: 1,
    max: 200,
    default: 200
  });
  return {
    LaunchTemplates: items.map((t) => toLaunchTemplate(t, ctx.account)),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function describeLaunchTemplateVersions(input, ctx) {
  const lt = findLaunchTemplate(ctx.r, { id: input.LaunchTemplateId, name: input.LaunchTemplateName });
  let versions = input.Versions?.length ? input.Versions.map((v) => resolveVersion(lt, v)) : [...lt.versions].sort((a, b) => b.number - a.number);
  const min = input.MinVersion !== void 0 ? Number(input.MinVersion) : void 0;
  const max = input.MaxVersion !== void 0 ? Number(input.MaxVersion) : void 0;
  versions = versions.filter(
    (v) => (min === void 0 || v.number >= min) && (max === void 0 || v.number <= max) && matchesFilters(
      input.Filters,
      {},
      {
        "is-default-version": String(v.number === lt.defaultVersion),
        "image-id": typeof v.data.ImageId === "string" ? v.data.ImageId : void 0,
        "instance-type": typeof v.data.InstanceType === "string" ? v.data.InstanceType : void 0
      }
    )
  );
  const { items, nextToken } = page(versions, input.MaxResults, input.NextToken, {
    min: 1,
    max: 200,
    default: 200
  });
  return {
    LaunchTemplateVersions: items.map((v) => toVersion(lt, v, ctx.account)),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function modifyLaunchTemplate(input, ctx) {
  const lt = findLaunchTemplate(ctx.r, { id: input.LaunchTemplateId, name: input.LaunchTemplateName });
  if (input.DefaultVersion !== void 0) lt.defaultVersion = resolveVersion(lt, input.DefaultVersion).number;
  return { LaunchTemplate: toLaunchTemplate(lt, ctx.account) };
}

// src/sim/services/ec2-launch.ts
function instanceTypeArchitecture(type) {
  return /^[a-z]+\d+g[a-z]*\./.test(type) ? "arm64" : "x86_64";
}
function isNewestImage(r, imageId, account, now) {
  let newest;
  for (const image of Object.values(r.images)) {
    if (image.ownerId !== account || imageState(image, now) === "deregistered") continue;
    if (!newest || image.createdAt >= newest.at) newest = { id: image.id, at: image.createdAt };
  }
  return newest?.id === imageId;
}
async function launchInstances(ctx, req) {
  const { r, now } = ctx;
  const data = req.data;
  if (!data.ImageId) throw new SimError("MissingParameter", "The request must contain the parameter ImageId");
  const image = findImage(ctx, data.ImageId);
  const state = imageState(image, now);
  if (state !== "available")
    throw new SimError(
      "InvalidAMIID.Unavailable",
      `The image id '[${image.id}]' is not available (state: ${state})`
    );
  const instanceType = data.InstanceType ?? "m1.small";
  const arch = instanceTypeArchitecture(instanceType);
  if (arch !== image.architecture) {
    throw new SimError(
      "InvalidParameterValue",
      `The architecture '${arch}' of the specified instance type does not match the architecture '${image.architecture}' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again.`
    );
  }
  const subnetId = req.subnetId ?? data.NetworkInterfaces?.[0]?.SubnetId;
  if (!subnetId)
    throw new SimError(
      "VPCIdNotSpecified",
      "No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC."
    );
  const subnet = findSubnet(r, subnetId);
  const refused = ctx.engine.faults.refuseLaunch({
    subnetId: subnet.id,
    availabilityZone: subnet.availabilityZone,
    instanceType,
    otherZones: [
      ...new Set(
        r.subnets.filter((s) => s.availabilityZone !== subnet.availabilityZone).map((s) => s.availabilityZone)
      )
    ]
  });
  if (refused) throw refused;
  const tags2 = { ...tagsFor(data.TagSpecifications, "instance"), ...req.extraTags ?? {} };
  if (req.launchTemplate) {
    tags2["aws:ec2launchtemplate:id"] = req.launchTemplate.id;
    tags2["aws:ec2launchtemplate:version"] = req.launchTemplate.version;
  }
  const newest = isNewestImage(r, image.id, ctx.account, now);
  const failsHealthChecks = ctx.engine.faults.failsHealthChecks() && newest;
  const reservationId = newId(ctx.state, "r");
  const launched = [];
  for (let i = 0; i < req.count; i++) {
    const id2 = newId(ctx.state, "i");
    const overrides = new Map((data.BlockDeviceMappings ?? []).map((b) => [b.DeviceName ?? "", b.Ebs ?? {}]));
    const instance = {
      id: id2,
      reservationId,
      imageId: image.id,
      instanceType,
      architecture: image.architecture,
      subnetId: subnet.id,
      vpcId: subnet.vpcId,
      availabilityZone: subnet.availabilityZone,
      privateIp: nextPrivateIp(subnet),
      launchedAt: now,
      transitions: [
        { at: now, state: "pending" },
        { at: now + TIMINGS.pendingToRunning, state: "running" }
      ],
      reboots: [],
      tags: { ...tags2 },
      metadataOptions: {
        httpTokens: data.MetadataOptions?.HttpTokens ?? "optional",
        httpEndpoint: data.MetadataOptions?.HttpEndpoint ?? "enabled",
        httpPutResponseHopLimit: data.MetadataOptions?.HttpPutResponseHopLimit ?? 1
      },
      blockDevices: image.blockDevices.map((b) => {
        const o = overrides.get(b.deviceName) ?? {};
        return {
          deviceName: b.deviceName,
          volumeId: newId(ctx.state, "vol"),
          volumeSize: o.VolumeSize ?? b.volumeSize,
          volumeType: o.VolumeType ?? b.volumeType,
          deleteOnTermination: o.DeleteOnTermination ?? true
        };
      }),
      securityGroupIds: data.SecurityGroupIds ?? data.NetworkInterfaces?.[0]?.Groups ?? [defaultSecurityGroup(subnet.vpcId)],
      facts: await factsForImage(image, {
        launchedAt: now,
        faults: ctx.engine.faults,
        isNewestImage: newest,
        ...data.UserData ? { userData: data.UserData } : {}
      })
    };
    if (failsHealthChecks) instance.failsHealthChecks = true;
    const profile = data.IamInstanceProfile?.Arn ?? data.IamInstanceProfile?.Name;
    if (profile) instance.iamInstanceProfile = profile;
    if (data.KeyName) instance.keyName = data.KeyName;
    if (data.UserData) instance.userData = data.UserData;
    if (req.clientToken) instance.clientToken = req.clientToken;
    if (req.launchTemplate) instance.launchTemplate = req.launchTemplate;
    if (req.autoScalingGroup) instance.autoScalingGroup = req.autoScalingGroup;
    r.instances[id2] = instance;
    launched.push(instance);
  }
  return launched;
}
async function runInstances(input, ctx) {
  if (input.ClientToken) {
    const earlier = Object.values(ctx.r.instances).filter((i) => i.clientToken === input.ClientToken);
    if (earlier.length > 0) return reservationsOf(earlier, ctx)[0];
  }
  const min = input.MinCount ?? 1;
  const max = input.MaxCount ?? 1;
  if (min < 1 || max < min)
    throw new SimError("InvalidParameterValue", `Invalid value for MinCount/MaxCount: ${min}/${max}`);
  let data = {};
  let launchTemplate;
  if (input.LaunchTemplate) {
    const lt = findLaunchTemplate(ctx.r, {
      id: input.LaunchTemplate.LaunchTemplateId,
      name: input.LaunchTemplate.LaunchTemplateName
    });
    const version = resolveVersion(lt, input.LaunchTemplate.Version);
    data = structuredClone(version.data);
    launchTemplate = { id: lt.id, name: lt.name, version: String(version.number) };
  }
  if (input.SubnetId && ((data.NetworkInterfaces?.length ?? 0) > 0 || (input.NetworkInterfaces?.length ?? 0) > 0))
    throw new SimError(
      "InvalidParameterCombination",
      "Network interfaces and an instance-level subnet ID may not be specified on the same request"
    );
  const given = input;
  for (const key of [
    "ImageId",
    "InstanceType",
    "KeyName",
    "UserData",
    "SecurityGroupIds",
    "NetworkInterfaces",
    "MetadataOptions",
    "BlockDeviceMappings",
    "IamInstanceProfile"
  ]) {
    if (given[key] !== void 0) data[key] = given[key];
  }
  data.TagSpecifications = [
    ...data.TagSpecifications ?? [],
    ...input.TagSpecifications ?? []
  ];
  const req = { count: max, data };
  if (input.SubnetId) req.subnetId = input.SubnetId;
  if (launchTemplate) req.launchTemplate = launchTemplate;
  if (input.ClientToken) req.clientToken = input.ClientToken;
  const launched = await launchInstances(ctx, req);
  return reservationsOf(launched, ctx)[0];
}

// src/sim/services/autoscaling-refresh.ts
var BATCH_TIMEOUT_MS = 15 * 6e4;
var ACTIVE = [
  "Pending",
  "InProgress",
  "Cancelling",
  "RollbackInProgress",
  "Baking"
];
async function launchForGroup(ctx, asg, count, at, template = asg.launchTemplate) {
  const lt = findLaunchTemplate(ctx.r, { id: template.id });
  const version = resolveVersion(lt, template.version);
  const out = [];
  for (let i = 0; i < count; i++) {
    const subnetId = asg.subnets[(asg.instanceIds.length + i) % asg.subnets.length];
    const [instance] = await launchInstances(
      { ...ctx, now: at },
      {
        count: 1,
        data: structuredClone(version.data),
        subnetId,
        launchTemplate: { id: lt.id, name: lt.name, version: String(version.number) },
        extraTags: { "aws:autoscaling:groupName": asg.name, ...asg.tags },
        autoScalingGroup: asg.name
      }
    );
    asg.instanceIds.push(instance.id);
    for (const arn2 of asg.targetGroupArns)
      ctx.r.targetGroups[arn2]?.targets.push({
        id: instance.id,
        port: ctx.r.targetGroups[arn2].port,
        registeredAt: at + TIMINGS.pendingToRunning
      });
    out.push(instance);
  }
  return out;
}
function retire(ctx, asg, ids, at) {
  let delay = 0;
  for (const arn2 of asg.targetGroupArns) {
    const tg = ctx.r.targetGroups[arn2];
    if (!tg) continue;
    delay = Math.max(delay, tg.deregistrationDelaySeconds * 1e3);
    for (const e of tg.targets)
      if (ids.includes(e.id) && e.deregisteredAt === void 0) e.deregisteredAt = at;
  }
  for (const id2 of ids) {
    const i = ctx.r.instances[id2];
    if (i)
      changeState(i, at + delay, [
        { after: 0, state: "shutting-down" },
        { after: TIMINGS.shuttingDown, state: "terminated" }
      ]);
  }
  asg.instanceIds = asg.instanceIds.filter((id2) => !ids.includes(id2));
}
function readyAt(ctx, asg, id2, warmupMs) {
  const instance = ctx.r.instances[id2];
  if (!instance) return void 0;
  let ready = (runningPeriods(instance)[0]?.from ?? Number.POSITIVE_INFINITY) + TIMINGS.appBoot;
  for (const arn2 of asg.targetGroupArns) {
    const tg = ctx.r.targetGroups[arn2];
    const episode = tg?.targets.find((e) => e.id === id2);
    if (!tg || !episode) continue;
    const first = healthyIntervals(tg, episode, ctx.r)[0];
    if (!first) return void 0;
    ready = Math.max(ready, first.from);
  }
  return Number.isFinite(ready) ? ready + warmupMs : void 0;
}
function batchSize(asg, p) {
  if (p.maxHealthyPercentage > 100)
    return Math.max(1, Math.floor(asg.desired * (p.maxHealthyPercentage - 100) / 100));
  return Math.max(1, Math.floor(asg.desired * (100 - p.minHealthyPercentage) / 100));
}
function alarmFiring(ctx, refresh, at) {
  return refresh.preferences.alarms.find((name) => {
    const alarm = ctx.r.alarms[name];
    return alarm !== void 0 && alarmStateAt(alarm, at).state === "ALARM";
  });
}
function finish(refresh, status, at, reason) {
  refresh.status = status;
  refresh.endedAt = at;
  refresh.phase = "done";
  if (reason) refresh.statusReason = reason;
}
function beginRollback(asg, refresh, at, reason) {
  refresh.status = "RollbackInProgress";
  refresh.statusReason = reason;
  const back = refresh.previous;
  refresh.previous = refresh.desired;
  refresh.desired = back;
  asg.launchTemplate = { ...back };
  refresh.toReplace = asg.instanceIds.filter(
    (id2) => refresh.launched.includes(id2) || refresh.batch.includes(id2)
  );
  refresh.total = refresh.toReplace.length;
  refresh.launched = [];
  refresh.batch = [];
  refresh.victims = [];
  refresh.phase = "launch";
  refresh.phaseAt = at;
}
async function advanceRefresh(ctx, asg, refresh) {
  const p = refresh.preferences;
  for (let guard = 0; guard < 1e4 && ACTIVE.includes(refresh.status) && refresh.phaseAt <= ctx.now; guard++) {
    const at = refresh.phaseAt;
    const rollingBack = refresh.status === "RollbackInProgress";
    if (refresh.status === "Cancelling") {
      finish(refresh, "Cancelled", at, "Instance refresh was cancelled");
      return;
    }
    if (!rollingBack) {
      const alarm = alarmFiring(ctx, refresh, at);
      if (alarm) {
        if (p.autoRollback) beginRollback(asg, refresh, at, `Alarm ${alarm} is in ALARM state; rolling back`);
        else finish(refresh, "Failed", at, `Alarm ${alarm} is in ALARM state`);
        continue;
      }
    }
    if (refresh.phase === "launch" || refresh.phase === "checkpoint") {
      refresh.status = rollingBack ? "RollbackInProgress" : "InProgress";
      if (refresh.toReplace.length === 0) {
        finish(refresh, rollingBack ? "RollbackSuccessful" : "Successful", at);
        refresh.percentageComplete = 100;
        return;
      }
      const victims = refresh.toReplace.slice(0, batchSize(asg, p));
      const launched = await launchForGroup(ctx, asg, victims.length, at, refresh.desired);
      refresh.victims = victims;
      refresh.batch = launched.map((i) => i.id);
      refresh.phase = "wait";
      const ready = refresh.batch.map((id2) => readyAt(ctx, asg, id2, p.instanceWarmup * 1e3));
      const allReady = ready.every((r) => r !== void 0) ? Math.max(...ready) : void 0;
      refresh.phaseAt = allReady !== void 0 && allReady <= at + BATCH_TIMEOUT_MS ? allReady : at + BATCH_TIMEOUT_MS + 1;
      continue;
    }
    if (refresh.phase === "wait") {
      const ready = refresh.batch.map((id2) => readyAt(ctx, asg, id2, p.instanceWarmup * 1e3));
      if (ready.some((r) => r === void 0 || r > at)) {
        const reason = "Instances failed to pass health checks within the instance warmup";
        if (!rollingBack && p.autoRollback) beginRollback(asg, refresh, at, reason);
        else finish(refresh, rollingBack ? "Failed" : "Failed", at, reason);
        continue;
      }
      retire(ctx, asg, refresh.victims, at);
      refresh.toReplace = refresh.toReplace.filter((id2) => !refresh.victims.includes(id2));
      refresh.launched.push(...refresh.batch);
      const before = refresh.percentageComplete;
      refresh.percentageComplete = refresh.total === 0 ? 100 : Math.floor((refresh.total - refresh.toReplace.length) / refresh.total * 100);
      refresh.batch = [];
      refresh.victims = [];
      const checkpoint = rollingBack ? void 0 : p.checkpointPercentages.find((c) => before < c && refresh.percentageComplete >= c && c < 100);
      refresh.phase = checkpoint !== void 0 ? "checkpoint" : "launch";
      refresh.phaseAt = checkpoint !== void 0 ? at + p.checkpointDelay * 1e3 : at;
    }
  }
}

// src/sim/services/autoscaling-groups.ts
var MAX_RECORDS = { min: 1, max: 100, default: 50 };
function findGroup(ctx, name) {
  const asg = name ? ctx.r.autoScalingGroups[name] : void 0;
  if (!asg)
    throw new SimError(
      "ValidationError",
      `AutoScalingGroup name not found - AutoScalingGroup '${name}' not found`
    );
  return asg;
}
function templateRef(ctx, spec) {
  if (!spec) throw new SimError("ValidationError", "A launch template must be given");
  const lt = findLaunchTemplate(ctx.r, { id: spec.LaunchTemplateId, name: spec.LaunchTemplateName });
  resolveVersion(lt, spec.Version);
  return { id: lt.id, name: lt.name, version: spec.Version ?? "$Default" };
}
function checkCapacity({ min, max, desired }) {
  if (desired < min || desired > max)
    throw new SimError(
      "ValidationError",
      `Desired capacity:${desired} must be between the specified min size:${min} and max size:${max}`
    );
}
async function scaleTo(ctx, asg) {
  const live = asg.instanceIds.filter(
    (id2) => ctx.r.instances[id2] && !["shutting-down", "terminated"].includes(stateAt(ctx.r.instances[id2], ctx.now))
  );
  asg.instanceIds = live;
  if (live.length < asg.desired) await launchForGroup(ctx, asg, asg.desired - live.length, ctx.now);
  if (live.length > asg.desired) retire(ctx, asg, live.slice(0, live.length - asg.desired), ctx.now);
}
async function createAutoScalingGroup(input, ctx) {
  const name = input.AutoScalingGroupName ?? "";
  if (ctx.r.autoScalingGroups[name])
    throw new SimError(
      "AlreadyExists",
      `AutoScalingGroup by this name already exists - A group with the name ${name} already exists`
    );
  const min = input.MinSize ?? 0;
  const max = input.MaxSize ?? 0;
  const desired = input.DesiredCapacity ?? min;
  checkCapacity({ min, max, desired });
  const subnets = (input.VPCZoneIdentifier ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (subnets.length === 0)
    throw new SimError("ValidationError", "At least one Availability Zone or VPC Subnet is required.");
  const asg = {
    name,
    arn: `arn:aws:autoscaling:${ctx.region}:${ctx.account}:autoScalingGroup:${newHex(ctx.state, "asg", 8)}-${newHex(ctx.state, "asg", 4)}:autoScalingGroupName/${name}`,
    launchTemplate: templateRef(ctx, input.LaunchTemplate),
    min,
    max,
    desired,
    subnets,
    targetGroupArns: input.TargetGroupARNs ?? [],
    healthCheckType: input.HealthCheckType ?? "EC2",
    healthCheckGracePeriod: input.HealthCheckGracePeriod ?? 300,
    createdAt: ctx.now,
    tags: Object.fromEntries(
      (input.Tags ?? []).filter((t) => t.PropagateAtLaunch).map((t) => [t.Key, t.Value ?? ""])
    ),
    instanceIds: [],
    refreshes: []
  };
  ctx.r.autoScalingGroups[name] = asg;
  await scaleTo(ctx, asg);
  return {};
}
async function updateAutoScalingGroup(input, ctx) {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  if (input.LaunchTemplate) asg.launchTemplate = templateRef(ctx, input.LaunchTemplate);
  const min = input.MinSize ?? asg.min;
  const max = input.MaxSize ?? asg.max;
  const desired = input.DesiredCapacity ?? Math.min(Math.max(asg.desired, min), max);
  checkCapacity({ min, max, desired });
  Object.assign(asg, { min, max, desired });
  if (input.HealthCheckType) asg.healthCheckType = input.HealthCheckType;
  if (input.HealthCheckGracePeriod !== void 0) asg.healthCheckGracePeriod = input.HealthCheckGracePeriod;
  await scaleTo(ctx, asg);
  return {};
}
function lifecycle(ctx, asg, id2) {
  const instance = ctx.r.instances[id2];
  const state = stateAt(instance, ctx.now);
  if (state === "pending") return "Pending";
  if (state !== "running") return "Terminating";
  for (const arn2 of asg.targetGroupArns) {
    const tg = ctx.r.targetGroups[arn2];
    const episode = tg?.targets.filter((e) => e.id === id2).at(-1);
    if (tg && episode && healthAt(tg, episode, ctx.r, ctx.now)?.state === "initial") return "Pending";
  }
  return "InService";
}
function toGroup(ctx, asg) {
  return {
    AutoScalingGroupName: asg.name,
    AutoScalingGroupARN: asg.arn,
    LaunchTemplate: {
      LaunchTemplateId: asg.launchTemplate.id,
      LaunchTemplateName: asg.launchTemplate.name,
      Version: asg.launchTemplate.version
    },
    MinSize: asg.min,
    MaxSize: asg.max,
    DesiredCapacity: asg.desired,
    DefaultCooldown: 300,
    AvailabilityZones: [
      ...new Set(asg.subnets.map((s) => ctx.r.subnets.find((x) => x.id === s)?.availabilityZone ?? ""))
    ],
    LoadBalancerNames: [],
    TargetGroupARNs: [...asg.targetGroupArns],
    HealthCheckType: asg.healthCheckType,
    HealthCheckGracePeriod: asg.healthCheckGracePeriod,
    CreatedTime: new Date(asg.createdAt),
    VPCZoneIdentifier: asg.subnets.join(","),
    TerminationPolicies: ["Default"],
    NewInstancesProtectedFromScaleIn: false,
    CapacityRebalance: false,
    EnabledMetrics: [],
    SuspendedProcesses: [],
    ServiceLinkedRoleARN: `arn:aws:iam::${ctx.account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
    Tags: Object.entries(asg.tags).map(([Key, Value]) => ({
      ResourceId: asg.name,
      ResourceType: "auto-scaling-group",
      Key,
      Value,
      PropagateAtLaunch: true
    })),
    Instances: asg.instanceIds.filter((id2) => ctx.r.instances[id2] && ctx.r.instances[id2].launchedAt <= ctx.now).map((id2) => {
      const i = ctx.r.instances[id2];
      return {
        InstanceId: id2,
        InstanceType: i.instanceType,
        AvailabilityZone: i.availabilityZone,
        LifecycleState: lifecycle(ctx, asg, id2),
        HealthStatus: "Healthy",
        ProtectedFromScaleIn: false,
        LaunchTemplate: {
          LaunchTemplateId: i.launchTemplate?.id,
          LaunchTemplateName: i.launchTemplate?.name,
          Version: i.launchTemplate?.version
        }
      };
    })
  };
}
function describeAutoScalingGroups(input, ctx) {
  const names = input.AutoScalingGroupNames ?? [];
  const groups = Object.values(ctx.r.autoScalingGroups).filter(
    (g) => names.length === 0 || names.includes(g.name)
  );
  const { items, nextToken } = page(groups, input.MaxRecords, input.NextToken, MAX_RECORDS);
  return {
    AutoScalingGroups: items.map((g) => toGroup(ctx, g)),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}

// src/sim/services/autoscaling-refresh-calls.ts
function versionNumber(ctx, ref) {
  return String(resolveVersion(findLaunchTemplate(ctx.r, { id: ref.id }), ref.version).number);
}
function toRefresh(asg, r) {
  return {
    InstanceRefreshId: r.id,
    AutoScalingGroupName: asg.name,
    Status: r.status,
    StartTime: new Date(r.startedAt),
    PercentageComplete: r.percentageComplete,
    InstancesToUpdate: r.toReplace.length,
    Preferences: {
      MinHealthyPercentage: r.preferences.minHealthyPercentage,
      MaxHealthyPercentage: r.preferences.maxHealthyPercentage,
      InstanceWarmup: r.preferences.instanceWarmup,
      CheckpointPercentages: r.preferences.checkpointPercentages,
      CheckpointDelay: r.preferences.checkpointDelay,
      AutoRollback: r.preferences.autoRollback,
      SkipMatching: r.preferences.skipMatching,
      ...r.preferences.alarms.length > 0 ? { AlarmSpecification: { Alarms: r.preferences.alarms } } : {}
    },
    ...r.statusReason ? { StatusReason: r.statusReason } : {},
    ...r.endedAt !== void 0 ? { EndTime: new Date(r.endedAt) } : {}
  };
}
function activeRefresh(asg) {
  return asg.refreshes.find((r) => ACTIVE.includes(r.status));
}
function noActiveRefresh() {
  return new SimError(
    "ActiveInstanceRefreshNotFound",
    "No in progress or pending Instance Refresh found for this Auto Scaling group."
  );
}
function startInstanceRefresh(input, ctx) {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  if (activeRefresh(asg))
    throw new SimError(
      "InstanceRefreshInProgress",
      "An Instance Refresh is already in progress and blocks the execution of this Instance Refresh."
    );
  const p = input.Preferences ?? {};
  const preferences = {
    minHealthyPercentage: p.MinHealthyPercentage ?? 90,
    maxHealthyPercentage: p.MaxHealthyPercentage ?? 100,
    instanceWarmup: p.InstanceWarmup ?? asg.healthCheckGracePeriod,
    checkpointPercentages: p.CheckpointPercentages ?? [],
    checkpointDelay: p.CheckpointDelay ?? 3600,
    autoRollback: p.AutoRollback ?? false,
    alarms: p.AlarmSpecification?.Alarms ?? [],
    skipMatching: p.SkipMatching ?? false
  };
  if (preferences.maxHealthyPercentage < 100 || preferences.maxHealthyPercentage > 200 || preferences.maxHealthyPercentage - preferences.minHealthyPercentage > 100) {
    throw new SimError(
      "ValidationError",
      "MaxHealthyPercentage must be between 100 and 200, and at most 100 above MinHealthyPercentage"
    );
  }
  if (preferences.autoRollback && !input.DesiredConfiguration?.LaunchTemplate) {
    throw new SimError("ValidationError", "AutoRollback needs a DesiredConfiguration");
  }
  const previous = { ...asg.launchTemplate };
  const desired = input.DesiredConfiguration?.LaunchTemplate ? templateRef(ctx, input.DesiredConfiguration.LaunchTemplate) : previous;
  asg.launchTemplate = { ...desired };
  const wanted = versionNumber(ctx, desired);
  const toReplace = asg.instanceIds.filter(
    (id2) => !preferences.skipMatching || ctx.r.instances[id2]?.launchTemplate?.version !== wanted
  );
  const refresh = {
    id: `${newHex(ctx.state, "refresh", 8)}-${newHex(ctx.state, "refresh", 4)}-4${newHex(ctx.state, "refresh", 3)}-8${newHex(ctx.state, "refresh", 3)}-${newHex(ctx.state, "refresh", 12)}`,
    status: "Pending",
    startedAt: ctx.now,
    preferences,
    desired,
    previous,
    toReplace,
    launched: [],
    total: toReplace.length,
    phase: "launch",
    phaseAt: ctx.now,
    batch: [],
    victims: [],
    percentageComplete: 0
  };
  asg.refreshes.unshift(refresh);
  return { InstanceRefreshId: refresh.id };
}
function describeInstanceRefreshes(input, ctx) {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refreshes = asg.refreshes.filter(
    (r) => !input.InstanceRefreshIds?.length || input.InstanceRefreshIds.includes(r.id)
  );
  const { items, nextToken } = page(refreshes, input.MaxRecords, input.NextToken, MAX_RECORDS);
  return {
    InstanceRefreshes: items.map((r) => toRefresh(asg, r)),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function cancelInstanceRefresh(input, ctx) {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refresh = activeRefresh(asg);
  if (!refresh) throw noActiveRefresh();
  refresh.status = "Cancelling";
  refresh.phaseAt = ctx.now;
  return { InstanceRefreshId: refresh.id };
}
function rollbackInstanceRefresh(input, ctx) {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refresh = activeRefresh(asg);
  if (!refresh || refresh.status === "RollbackInProgress") {
    throw noActiveRefresh();
  }
  beginRollback(asg, refresh, ctx.now, "Rollback requested");
  return { InstanceRefreshId: refresh.id };
}

// src/sim/services/autoscaling.ts
function register2(engine) {
  engine.onCall(async (ctx) => {
    for (const asg of Object.values(ctx.r.autoScalingGroups)) {
      for (const refresh of asg.refreshes)
        if (ACTIVE.includes(refresh.status)) await advanceRefresh(ctx, asg, refresh);
    }
  });
  engine.register("autoscaling", {
    CreateAutoScalingGroup: createAutoScalingGroup,
    UpdateAutoScalingGroup: updateAutoScalingGroup,
    DescribeAutoScalingGroups: describeAutoScalingGroups,
    StartInstanceRefresh: startInstanceRefresh,
    DescribeInstanceRefreshes: describeInstanceRefreshes,
    CancelInstanceRefresh: cancelInstanceRefresh,
    RollbackInstanceRefresh: rollbackInstanceRefresh
  });
}

// src/sim/services/ec2-instances.ts
var INSTANCE_PAGES = { min: 5, max: 1e3, default: 1e3 };
function findInstance(r, id2, now, lag = 0) {
  if (!/^i-[0-9a-f]{8,17}$/.test(id2))
    throw new SimError("InvalidInstanceID.Malformed", `Invalid id: "${id2}"`);
  const instance = r.instances[id2];
  if (!instance || !visible(instance, now - lag))
    throw notFound("InvalidInstanceID.NotFound", `The instance ID '${id2}' does not exist`);
  return instance;
}
function visible(instance, now) {
  if (instance.launchedAt > now) return false;
  const terminated = instance.transitions.find((t) => t.state === "terminated");
  return !terminated || now < terminated.at + TIMINGS.terminatedVisible;
}
function instanceFields(i, now, lag) {
  const state = describedStateAt(i, now, lag);
  return {
    "instance-id": i.id,
    "image-id": i.imageId,
    "instance-state-name": state,
    "instance-state-code": String(STATE_CODES[state]),
    "instance-type": i.instanceType,
    "subnet-id": i.subnetId,
    "vpc-id": i.vpcId,
    "availability-zone": i.availabilityZone,
    "private-ip-address": i.privateIp,
    "reservation-id": i.reservationId,
    architecture: i.architecture,
    "metadata-options.http-tokens": i.metadataOptions.httpTokens,
    "iam-instance-profile.arn": i.iamInstanceProfile,
    "client-token": i.clientToken
  };
}
function describeInstances(input, ctx) {
  const ids = input.InstanceIds ?? [];
  if (ids.length > 0 && input.MaxResults !== void 0) {
    throw new SimError(
      "InvalidParameterCombination",
      "The parameter instancesSet cannot be used with the parameter maxResults"
    );
  }
  const lag = lagMs(ctx, "ec2");
  for (const id2 of ids) findInstance(ctx.r, id2, ctx.now, lag);
  const matching = Object.values(ctx.r.instances).filter(
    (i) => visible(i, ctx.now) && i.launchedAt + lag <= ctx.now && (ids.length === 0 || ids.includes(i.id)) && matchesFilters(input.Filters, i.tags, instanceFields(i, ctx.now, lag))
  );
  const { items, nextToken } = page(matching, input.MaxResults, input.NextToken, INSTANCE_PAGES);
  return {
    Reservations: reservationsOf(items, ctx, (i) => describedStateAt(i, ctx.now, lag)),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function describeInstanceStatus(input, ctx) {
  const ids = input.InstanceIds ?? [];
  const lag = lagMs(ctx, "ec2");
  const described = (i) => describedStateAt(i, ctx.now, lag);
  for (const id2 of ids) findInstance(ctx.r, id2, ctx.now, lag);
  const rows = Object.values(ctx.r.instances).filter(
    (i) => visible(i, ctx.now) && i.launchedAt + lag <= ctx.now && (ids.length === 0 || ids.includes(i.id))
  ).filter((i) => input.IncludeAllInstances || described(i) === "running").filter((i) => {
    const status = statusChecksAt(i, ctx.now);
    return matchesFilters(
      input.Filters,
      {},
      {
        "instance-state-name": described(i),
        "instance-state-code": String(STATE_CODES[described(i)]),
        "availability-zone": i.availabilityZone,
        "instance-status.status": status,
        "system-status.status": status,
        "instance-status.reachability": status === "ok" ? "passed" : status,
        "system-status.reachability": status === "ok" ? "passed" : status
      }
    );
  });
  const { items, nextToken } = page(rows, input.MaxResults, input.NextToken, INSTANCE_PAGES);
  return {
    InstanceStatuses: items.map((i) => {
      const status = statusChecksAt(i, ctx.now);
      const detail = {
        Name: "reachability",
        Status: status === "ok" ? "passed" : status === "initializing" ? "initializing" : "insufficient-data"
      };
      const summary = { Status: status, ...status === "not-applicable" ? {} : { Details: [detail] } };
      return {
        InstanceId: i.id,
        AvailabilityZone: i.availabilityZone,
        InstanceState: instanceState(described(i)),
        InstanceStatus: summary,
        SystemStatus: summary,
        AttachedEbsStatus: summary
      };
    }),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}

// src/sim/services/ec2-settings.ts
function getEbsEncryptionByDefault(_input, { r }) {
  return { EbsEncryptionByDefault: r.ebsEncryptionByDefault === true };
}
function enableEbsEncryptionByDefault(_input, { r }) {
  r.ebsEncryptionByDefault = true;
  return { EbsEncryptionByDefault: true };
}
function disableEbsEncryptionByDefault(_input, { r }) {
  r.ebsEncryptionByDefault = false;
  return { EbsEncryptionByDefault: false };
}

// src/sim/services/ec2-state-changes.ts
function stateChanges(ids, ctx, change) {
  const instances = (ids ?? []).map((id2) => findInstance(ctx.r, id2, ctx.now));
  return instances.map((i) => {
    const previous = stateAt(i, ctx.now);
    change(i, previous);
    return {
      InstanceId: i.id,
      PreviousState: instanceState(previous),
      CurrentState: instanceState(stateAt(i, ctx.now))
    };
  });
}
function incorrectState(i, current, action) {
  return new SimError(
    "IncorrectInstanceState",
    `The instance '${i.id}' is not in a state from which it can be ${action}. (current state: ${current})`
  );
}
function stopInstances(input, ctx) {
  return {
    StoppingInstances: stateChanges(input.InstanceIds, ctx, (i, current) => {
      if (current === "stopped" || current === "stopping") return;
      if (current === "terminated" || current === "shutting-down")
        throw incorrectState(i, current, "stopped");
      changeState(i, ctx.now, [
        { after: 0, state: "stopping" },
        { after: TIMINGS.stopping, state: "stopped" }
      ]);
    })
  };
}
async function startInstances(input, ctx) {
  const started = [];
  const out = stateChanges(input.InstanceIds, ctx, (i, current) => {
    if (current === "running" || current === "pending") return;
    if (current !== "stopped") throw incorrectState(i, current, "started");
    changeState(i, ctx.now, [
      { after: 0, state: "pending" },
      { after: TIMINGS.pendingToRunning, state: "running" }
    ]);
    started.push(i);
  });
  for (const i of started) i.facts = await factsAfterBoot(i.facts, ctx.now + TIMINGS.pendingToRunning);
  return { StartingInstances: out };
}
function terminateInstances(input, ctx) {
  return {
    TerminatingInstances: stateChanges(input.InstanceIds, ctx, (i, current) => {
      if (current === "terminated" || current === "shutting-down") return;
      changeState(i, ctx.now, [
        { after: 0, state: "shutting-down" },
        { after: TIMINGS.shuttingDown, state: "terminated" }
      ]);
      for (const tg of Object.values(ctx.r.targetGroups)) {
        for (const e of tg.targets)
          if (e.id === i.id && e.deregisteredAt === void 0) e.deregisteredAt = ctx.now;
      }
      if (i.autoScalingGroup) {
        const asg = ctx.r.autoScalingGroups[i.autoScalingGroup];
        if (asg) asg.instanceIds = asg.instanceIds.filter((id2) => id2 !== i.id);
      }
    })
  };
}
async function rebootInstances(input, ctx) {
  const instances = (input.InstanceIds ?? []).map((id2) => findInstance(ctx.r, id2, ctx.now));
  for (const i of instances) {
    const current = stateAt(i, ctx.now);
    if (current === "terminated" || current === "shutting-down") throw incorrectState(i, current, "rebooted");
  }
  for (const i of instances) {
    if (stateAt(i, ctx.now) !== "running") continue;
    i.reboots.push(ctx.now);
    i.facts = await factsAfterBoot(i.facts, ctx.now);
  }
  return {};
}

// src/sim/services/imagebuilder-build.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
var MINUTE = 6e4;
function documentPhases(data) {
  if (!data) return [];
  try {
    const doc = (0, import_yaml.parse)(data);
    if (!Array.isArray(doc?.phases)) return [];
    return doc.phases.filter(
      (p) => typeof p === "object" && p !== null && typeof p.name === "string" && Array.isArray(p.steps)
    );
  } catch {
    return [];
  }
}
function stepsIn(components, phase) {
  return components.flatMap(
    (component) => documentPhases(component.data).filter((p) => p.name === phase).flatMap((p) => p.steps.map((step) => ({ component, step })))
  );
}
function planBuild(o) {
  const buildSteps = stepsIn(o.components, "build");
  const testSteps = stepsIn(o.components, "test");
  const archFactor = o.arch === "arm64" ? 1.1 : 1;
  const durations = [
    ["PENDING", 1 * MINUTE],
    ["BUILDING", Math.round((6 * MINUTE + buildSteps.length * 0.5 * MINUTE) * archFactor)],
    ["TESTING", Math.round((4 * MINUTE + testSteps.length * 0.4 * MINUTE) * archFactor)],
    ["DISTRIBUTING", 3 * MINUTE + Math.max(0, o.regions - 1) * 4 * MINUTE]
  ];
  let at = o.now;
  const phases = durations.map(([status2, ms]) => {
    const phase2 = { status: status2, startsAt: at, endsAt: at + ms };
    at += ms;
    return phase2;
  });
  if (!o.failPhase) return { phases };
  const status = o.failPhase === "build" ? "BUILDING" : "TESTING";
  const phase = phases.find((p) => p.status === status);
  const candidates = o.failPhase === "build" ? buildSteps : testSteps;
  const last = candidates[candidates.length - 1];
  const failure = {
    phase: o.failPhase,
    at: phase.startsAt + Math.round((phase.endsAt - phase.startsAt) * 0.7),
    componentArn: last?.component.arn ?? o.components[0]?.arn ?? "",
    step: last?.step.name ?? (o.failPhase === "build" ? "ApplyBuildComponents" : "ApplyTestComponents")
  };
  return { phases, failure };
}
function stateAt2(record, now) {
  if (record.image.state?.status === "CANCELLED") return record.image.state;
  if (record.failure && now >= record.failure.at) return { status: "FAILED", reason: failureReason(record) };
  const current = record.phases.find((p) => now < p.endsAt);
  return { status: current ? current.status : "AVAILABLE" };
}
function failureReason(record) {
  const f = record.failure;
  const workflow = f.phase === "build" ? "build/build-image" : "test/test-image";
  const workflowStep = f.phase === "build" ? "ApplyBuildComponents" : "ApplyTestComponents";
  const execution = `wf-${createHash("sha256").update(record.image.arn ?? "").digest("hex").slice(0, 8)}-${record.image.arn?.split("/").pop() ?? "1"}`;
  return `Workflow Execution ID: '${execution}' failed with reason: Step '${workflowStep}' of workflow arn:aws:imagebuilder:${record.region}:aws:workflow/${workflow}/1.0.0/1 failed: Document ${f.componentArn} failed! Failed step: '${f.step}' (phase ${f.phase}): command exited with status 1`;
}
function extractManifest(components) {
  for (const { step } of stepsIn(components, "build")) {
    if (step.action !== "CreateFile" || !Array.isArray(step.inputs)) continue;
    for (const input of step.inputs) {
      if (input?.path !== MANIFEST_PATH || typeof input.content !== "string") continue;
      try {
        const parsed = imageManifestSchema.safeParse(JSON.parse(input.content));
        if (parsed.success) return parsed.data;
      } catch {
      }
    }
  }
  return void 0;
}
var BASE_PACKAGES = {
  "amazon-linux-2": [
    "kernel",
    "glibc",
    "openssl",
    "bash",
    "systemd",
    "yum",
    "openssh-server",
    "amazon-ssm-agent",
    "cronie",
    "tzdata",
    "sudo",
    "curl"
  ],
  "amazon-linux-2023": [
    "kernel",
    "glibc",
    "openssl-libs",
    "bash",
    "systemd",
    "dnf",
    "openssh-server",
    "amazon-ssm-agent",
    "cronie",
    "tzdata",
    "sudo",
    "curl-minimal"
  ]
};
function osUpdatesIn(components) {
  let found = "none";
  for (const { step } of stepsIn(components, "build")) {
    if (step.action === "UpdateOS") return "all";
    if (step.action !== "ExecuteBash") continue;
    const commands = step.inputs?.commands;
    const text = Array.isArray(commands) ? commands.join("\n") : "";
    for (const m of text.matchAll(/\b(?:yum|dnf)\b[^\n;|&]*\b(?:update|upgrade)\b[^\n;|&]*/g)) {
      if (!/--security/.test(m[0])) return "all";
      found = "security";
    }
  }
  return found;
}
function hasSecurityUpdate(name) {
  return createHash("sha256").update(name).digest()[4] % 4 === 0;
}
function packagesFor(manifest, baseReleasedAt, o = {}) {
  const os = manifest?.os ?? "amazon-linux-2";
  const dist = os === "amazon-linux-2023" ? "amzn2023" : "amzn2";
  const names = [.../* @__PURE__ */ new Set([...BASE_PACKAGES[os] ?? [], ...manifest?.packages ?? []])].sort();
  const monthOf = (at) => Math.floor(at / (30 * 24 * 36e5));
  const month = monthOf(o.builtAt ?? 0);
  const baseMonth = monthOf(baseReleasedAt);
  return names.map((name) => {
    const base = createHash("sha256").update(name).digest();
    const moves = base[3] % 2 === 0;
    const patch = base[2] % 20 + (moves ? baseMonth % 1e3 : 0);
    const version = `${1 + base[0] % 9}.${base[1] % 30}.${patch}-1.${dist}`;
    const updated = o.updates === "all" ? base[4] % 2 === 0 : o.updates === "security" ? hasSecurityUpdate(name) : false;
    return { packageName: name, packageVersion: updated ? `${version}.0.${month % 1e3}` : version };
  });
}

// src/sim/services/imagebuilder-ec2.ts
function parentImageOf(state, region, ami) {
  const image = regionOf(state, region).images[ami];
  return image && image.deregisteredAt === void 0 ? image : void 0;
}
function createOutputAmi(state, o) {
  const parent = parentImageOf(state, o.build.region, o.build.parentAmi);
  const rootDeviceName = parent?.rootDeviceName ?? "/dev/xvda";
  const mapped = o.build.image.imageRecipe?.blockDeviceMappings?.find(
    (m) => m.deviceName === rootDeviceName
  )?.ebs;
  const parentRoot = parent?.blockDevices.find((d) => d.deviceName === rootDeviceName);
  const options = {
    region: o.region,
    name: o.name,
    description: o.description,
    architecture: parent?.architecture ?? o.build.manifest?.arch ?? "x86_64",
    at: o.at,
    tags: o.tags,
    volumeSizeGiB: mapped?.volumeSize ?? parentRoot?.volumeSize ?? 8
  };
  if (o.build.manifest) options.manifest = o.build.manifest;
  if (o.build.packages.length > 0)
    options.packages = o.build.packages.map((p) => ({
      name: p.packageName ?? "",
      version: p.packageVersion ?? ""
    }));
  return createImageRecord(state, options).imageId;
}
function keepBuildInstance(state, o) {
  const r = regionOf(state, o.region);
  const infra = o.build.image.infrastructureConfiguration;
  const subnet = r.subnets.find((s) => s.id === infra?.subnetId) ?? r.subnets[0];
  if (!subnet) return void 0;
  const [base] = subnet.cidr.split("/");
  const octets = (base ?? "10.0.0.0").split(".").map(Number);
  const host = subnet.nextHost++;
  const privateIp = [octets[0], octets[1], octets[2], (octets[3] ?? 0) + host].join(".");
  const id2 = newId(state, "i");
  const phase = o.build.failure?.phase === "test" ? "Test" : "Build";
  const launchedAt = o.build.phases.find((p) => p.status === (phase === "Test" ? "TESTING" : "BUILDING"))?.startsAt ?? o.at;
  const parent = parentImageOf(state, o.build.region, o.build.parentAmi);
  r.instances[id2] = {
    id: id2,
    reservationId: newId(state, "r"),
    imageId: o.build.parentAmi,
    instanceType: infra?.instanceTypes?.[0] ?? "m5.large",
    architecture: parent?.architecture ?? "x86_64",
    subnetId: subnet.id,
    vpcId: subnet.vpcId,
    availabilityZone: subnet.availabilityZone,
    privateIp,
    launchedAt,
    transitions: [
      { at: launchedAt, state: "pending" },
      { at: launchedAt + 2e4, state: "running" }
    ],
    reboots: [],
    tags: {
      Name: `${phase} instance for ${o.build.image.name}`,
      CreatedBy: "EC2 Image Builder",
      Ec2ImageBuilderArn: o.build.image.arn ?? ""
    },
    metadataOptions: {
      httpTokens: infra?.instanceMetadataOptions?.httpTokens ?? "required",
      httpEndpoint: "enabled",
      httpPutResponseHopLimit: infra?.instanceMetadataOptions?.httpPutResponseHopLimit ?? 2
    },
    blockDevices: [],
    securityGroupIds: infra?.securityGroupIds ?? [],
    ...infra?.instanceProfileName ? { iamInstanceProfile: infra.instanceProfileName } : {},
    facts: null
  };
  return id2;
}
function updateLaunchTemplates(state, o) {
  const r = regionOf(state, o.region);
  for (const c of o.configurations) {
    const lt = c.launchTemplateId ? r.launchTemplates[c.launchTemplateId] : void 0;
    if (!lt) continue;
    const source = lt.versions.find((v) => v.number === lt.defaultVersion) ?? lt.versions.at(-1);
    const number = Math.max(0, ...lt.versions.map((v) => v.number)) + 1;
    lt.versions.push({
      number,
      createdAt: o.at,
      description: `EC2 Image Builder: ${o.imageArn}`,
      data: { ...structuredClone(source?.data ?? {}), ImageId: o.ami }
    });
    if (c.setDefaultVersion) lt.defaultVersion = number;
  }
}
function missingLaunchTemplates(state, region, ids) {
  const r = regionOf(state, region);
  return ids.filter((id2) => !r.launchTemplates[id2]);
}

// src/sim/services/imagebuilder-state.ts
function emptyImageBuilderState() {
  return { components: [], recipes: [], infrastructure: [], distributions: [], builds: [], tags: {} };
}
function imageBuilderOf(state, region) {
  const slot = regionOf(state, region).imagebuilder;
  const empty = emptyImageBuilderState();
  for (const key of Object.keys(empty)) {
    if (slot[key] === void 0) slot[key] = empty[key];
  }
  return slot;
}
function arn(o) {
  const version = o.version ? `/${o.version}` : "";
  const build = o.build !== void 0 ? `/${o.build}` : "";
  return `arn:aws:imagebuilder:${o.region}:${o.account}:${o.kind}/${o.name}${version}${build}`;
}
function parseArn(text) {
  const m = /^arn:aws[^:]*:imagebuilder:([^:]+):([^:]+):([a-z-]+)\/([a-z0-9-_]+)(?:\/((?:x|\d+)\.(?:x|\d+)\.(?:x|\d+)))?(?:\/(\d+))?$/.exec(
    text
  );
  if (!m) return void 0;
  const parsed = { region: m[1], account: m[2], kind: m[3], name: m[4] };
  if (m[5]) parsed.version = m[5];
  if (m[6]) parsed.build = Number(m[6]);
  return parsed;
}
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function isSemanticVersion(v) {
  return /^\d+\.\d+\.\d+$/.test(v) && v.split(".").every((n) => Number(n) < 2 ** 30);
}
function isoTime(ms) {
  return new Date(ms).toISOString();
}
function buildDateText(ms) {
  return new Date(ms).toISOString().replace(/:/g, "-");
}

// src/sim/services/imagebuilder-settle.ts
function settleImageBuilds(state, now, region) {
  const regions = region ? [region] : Object.keys(state.regions);
  for (const r of regions)
    for (const build of imageBuilderOf(state, r).builds) settleBuild(state, build, now);
}
function settleBuild(state, build, now) {
  if (build.settled) return;
  const current = stateAt2(build, now);
  build.image.state = current;
  if (current.status === "FAILED") {
    build.settled = true;
    const infra = build.image.infrastructureConfiguration;
    if (infra && infra.terminateInstanceOnFailure === false) {
      const kept = keepBuildInstance(state, { region: build.region, build, at: build.failure?.at ?? now });
      if (kept) build.keptInstanceId = kept;
    }
    return;
  }
  if (current.status !== "AVAILABLE") return;
  build.settled = true;
  const distributedAt = build.phases[build.phases.length - 1].endsAt;
  const buildDate = buildDateText(build.phases[0].startsAt);
  const distributions = build.image.distributionConfiguration?.distributions ?? [{ region: build.region }];
  const recipe = build.image.imageRecipe;
  build.image.outputResources = {
    amis: distributions.map((d) => {
      const ami = d.amiDistributionConfiguration;
      const name = (ami?.name ?? `${recipe.name} ${buildDate}`).replaceAll(
        "{{imagebuilder:buildDate}}",
        buildDate
      );
      const imageId = createOutputAmi(state, {
        region: d.region,
        name,
        description: ami?.description ?? recipe.description ?? "",
        build,
        at: distributedAt,
        tags: {
          ...ami?.amiTags ?? {},
          ...recipe.amiTags ?? {},
          CreatedBy: "EC2 Image Builder",
          Ec2ImageBuilderArn: build.image.arn
        }
      });
      if (d.launchTemplateConfigurations?.length) {
        updateLaunchTemplates(state, {
          region: d.region,
          ami: imageId,
          at: distributedAt,
          imageArn: build.image.arn,
          configurations: d.launchTemplateConfigurations
        });
      }
      return {
        region: d.region,
        image: imageId,
        name,
        description: ami?.description ?? "",
        state: { status: "AVAILABLE" },
        accountId: state.account
      };
    })
  };
}

// src/sim/services/ec2.ts
function register3(engine) {
  engine.register("ec2", {
    DescribeVpcs: describeVpcs,
    DescribeSubnets: describeSubnets,
    RunInstances: runInstances,
    DescribeInstances: describeInstances,
    DescribeInstanceStatus: describeInstanceStatus,
    StopInstances: stopInstances,
    StartInstances: startInstances,
    TerminateInstances: terminateInstances,
    RebootInstances: rebootInstances,
    CreateTags: createTags,
    DeleteTags: deleteTags,
    // A finished build's AMIs exist whether or not anyone asked Image Builder since; its
    // distributions may be in any region, so every region's builds are settled.
    DescribeImages: (input, ctx) => {
      settleImageBuilds(ctx.state, ctx.now);
      return describeImages(input, ctx);
    },
    DeregisterImage: deregisterImage,
    DescribeSnapshots: describeSnapshots,
    DeleteSnapshot: deleteSnapshot,
    CreateLaunchTemplate: createLaunchTemplate,
    CreateLaunchTemplateVersion: createLaunchTemplateVersion,
    DescribeLaunchTemplates: describeLaunchTemplates,
    DescribeLaunchTemplateVersions: describeLaunchTemplateVersions,
    ModifyLaunchTemplate: modifyLaunchTemplate,
    DescribeInstanceTypes: describeInstanceTypes,
    GetEbsEncryptionByDefault: getEbsEncryptionByDefault,
    EnableEbsEncryptionByDefault: enableEbsEncryptionByDefault,
    DisableEbsEncryptionByDefault: disableEbsEncryptionByDefault
  });
}
function describeInstanceTypes(input) {
  const types = input.InstanceTypes ?? [];
  const invalid = types.filter(
    (t) => !/^[a-z]+\d+[a-z-]*\.(nano|micro|small|medium|large|metal|\d*xlarge)$/.test(t)
  );
  if (invalid.length > 0)
    throw new SimError(
      "InvalidInstanceType",
      `The following supplied instance types do not exist: [${invalid.join(", ")}]`
    );
  return {
    InstanceTypes: types.map((t) => ({
      InstanceType: t,
      ProcessorInfo: { SupportedArchitectures: [instanceTypeArchitecture(t)] }
    }))
  };
}

// src/sim/services/elbv2-rules.ts
function forwardAction(forward) {
  return forward.length === 1 ? { Type: "forward", Order: 1, TargetGroupArn: forward[0].targetGroupArn } : {
    Type: "forward",
    Order: 1,
    ForwardConfig: {
      TargetGroups: forward.map((f) => ({ TargetGroupArn: f.targetGroupArn, Weight: f.weight }))
    }
  };
}
function redirectAction(r) {
  return {
    Type: "redirect",
    Order: 1,
    RedirectConfig: {
      Protocol: r.protocol ?? "#{protocol}",
      Port: r.port ?? "#{port}",
      Host: r.host ?? "#{host}",
      Path: r.path ?? "/#{path}",
      Query: r.query ?? "#{query}",
      StatusCode: r.statusCode
    }
  };
}
function actionsOf(a) {
  return [a.redirect ? redirectAction(a.redirect) : forwardAction(a.forward)];
}
function rulesOf(l) {
  const rules = [...l.rules ?? []].sort((a, b) => a.priority - b.priority).map((rule) => ({
    RuleArn: rule.arn,
    Priority: String(rule.priority),
    Conditions: [
      ...rule.hostHeader ? [{ Field: "host-header", Values: rule.hostHeader, HostHeaderConfig: { Values: rule.hostHeader } }] : [],
      ...rule.pathPattern ? [
        {
          Field: "path-pattern",
          Values: rule.pathPattern,
          PathPatternConfig: { Values: rule.pathPattern }
        }
      ] : []
    ],
    Actions: actionsOf(rule),
    IsDefault: false
  }));
  rules.push({
    RuleArn: l.defaultRuleArn ?? `${l.arn.replace(":listener/", ":listener-rule/")}/0000000000000000`,
    Priority: "default",
    Conditions: [],
    Actions: actionsOf(l),
    IsDefault: true
  });
  return rules;
}
function describeRules(input, { r }) {
  if (!input.ListenerArn && !input.RuleArns?.length)
    throw new SimError("ValidationError", "You must specify either listener rule ARNs or a listener ARN");
  let rules;
  if (input.ListenerArn) {
    const listener = r.listeners.find((l) => l.arn === input.ListenerArn);
    if (!listener) throw notFound("ListenerNotFound", "One or more listeners not found");
    rules = rulesOf(listener);
  } else rules = r.listeners.flatMap(rulesOf);
  if (input.RuleArns?.length) {
    rules = rules.filter((rule) => input.RuleArns?.includes(rule.RuleArn ?? ""));
    if (rules.length < input.RuleArns.length) throw notFound("RuleNotFound", "One or more rules not found");
  }
  const { items, nextToken } = page(rules, input.PageSize, input.Marker, { min: 1, max: 400, default: 400 });
  return { Rules: items, ...nextToken ? { NextMarker: nextToken } : {} };
}

// src/sim/services/elbv2.ts
function findTargetGroup(r, arn2) {
  const tg = arn2 ? r.targetGroups[arn2] : void 0;
  if (!tg) throw notFound("TargetGroupNotFound", `Target groups '${arn2}' not found`);
  return tg;
}
function toTargetGroup(tg) {
  return {
    TargetGroupArn: tg.arn,
    TargetGroupName: tg.name,
    Protocol: tg.protocol,
    Port: tg.port,
    VpcId: tg.vpcId,
    HealthCheckProtocol: tg.healthCheck.protocol,
    HealthCheckPort: tg.healthCheck.port,
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: tg.healthCheck.intervalSeconds,
    HealthCheckTimeoutSeconds: tg.healthCheck.timeoutSeconds,
    HealthyThresholdCount: tg.healthCheck.healthyThreshold,
    UnhealthyThresholdCount: tg.healthCheck.unhealthyThreshold,
    HealthCheckPath: tg.healthCheck.path,
    Matcher: { HttpCode: tg.healthCheck.matcher },
    LoadBalancerArns: [...tg.loadBalancerArns],
    TargetType: "instance",
    ProtocolVersion: "HTTP1",
    IpAddressType: "ipv4"
  };
}
function describeLoadBalancers(input, { r }) {
  const names = input.Names ?? [];
  const arns = input.LoadBalancerArns ?? [];
  const found = r.loadBalancers.filter(
    (lb) => (names.length === 0 || names.includes(lb.name)) && (arns.length === 0 || arns.includes(lb.arn))
  );
  const missing = [
    ...names.filter((n) => !found.some((lb) => lb.name === n)),
    ...arns.filter((a) => !found.some((lb) => lb.arn === a))
  ];
  if (missing.length > 0)
    throw notFound("LoadBalancerNotFound", `Load balancers '[${missing.join(", ")}]' not found`);
  const { items, nextToken } = page(found, input.PageSize, input.Marker, { min: 1, max: 400, default: 400 });
  return {
    LoadBalancers: items.map((lb) => ({
      LoadBalancerArn: lb.arn,
      LoadBalancerName: lb.name,
      DNSName: lb.dnsName,
      CanonicalHostedZoneId: "Z14GRHDCWA56QT",
      CreatedTime: new Date(lb.createdAt),
      Scheme: lb.scheme,
      VpcId: lb.vpcId,
      State: { Code: "active" },
      Type: "application",
      IpAddressType: "ipv4",
      SecurityGroups: [...lb.securityGroups],
      AvailabilityZones: lb.subnets.map((s) => ({
        SubnetId: s,
        ZoneName: r.subnets.find((x) => x.id === s)?.availabilityZone ?? ""
      }))
    })),
    ...nextToken ? { NextMarker: nextToken } : {}
  };
}
function describeTargetGroups(input, { r }) {
  const names = input.Names ?? [];
  const arns = input.TargetGroupArns ?? [];
  if (input.LoadBalancerArn && !r.loadBalancers.some((lb) => lb.arn === input.LoadBalancerArn)) {
    throw notFound("LoadBalancerNotFound", `Load balancer '${input.LoadBalancerArn}' not found`);
  }
  const found = Object.values(r.targetGroups).filter(
    (tg) => (names.length === 0 || names.includes(tg.name)) && (arns.length === 0 || arns.includes(tg.arn)) && (!input.LoadBalancerArn || tg.loadBalancerArns.includes(input.LoadBalancerArn))
  );
  const missing = [
    ...names.filter((n) => !found.some((tg) => tg.name === n)),
    ...arns.filter((a) => !found.some((tg) => tg.arn === a))
  ];
  if (missing.length > 0) throw notFound("TargetGroupNotFound", `One or more target groups not found`);
  const { items, nextToken } = page(found, input.PageSize, input.Marker, { min: 1, max: 400, default: 400 });
  return { TargetGroups: items.map(toTargetGroup), ...nextToken ? { NextMarker: nextToken } : {} };
}
function describeListeners(input, { r }) {
  if (!input.LoadBalancerArn && !input.ListenerArns?.length)
    throw new SimError("ValidationError", "You must specify either listener ARNs or a load balancer ARN");
  if (input.LoadBalancerArn && !r.loadBalancers.some((lb) => lb.arn === input.LoadBalancerArn)) {
    throw notFound("LoadBalancerNotFound", `Load balancer '${input.LoadBalancerArn}' not found`);
  }
  const listeners = r.listeners.filter(
    (l) => (!input.LoadBalancerArn || l.loadBalancerArn === input.LoadBalancerArn) && (!input.ListenerArns?.length || input.ListenerArns.includes(l.arn))
  );
  if (input.ListenerArns?.length && listeners.length < input.ListenerArns.length)
    throw notFound("ListenerNotFound", "One or more listeners not found");
  return {
    Listeners: listeners.map((l) => ({
      ListenerArn: l.arn,
      LoadBalancerArn: l.loadBalancerArn,
      Port: l.port,
      Protocol: l.protocol,
      DefaultActions: actionsOf(l)
    }))
  };
}
function registerTargets(input, ctx) {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  const targets = input.Targets ?? [];
  const invalid = targets.filter((t) => {
    const instance = t.Id ? ctx.r.instances[t.Id] : void 0;
    return !instance || instance.vpcId !== tg.vpcId || stateAt(instance, ctx.now) !== "running";
  });
  if (invalid.length > 0) {
    throw new SimError(
      "InvalidTarget",
      `The following targets are not in a running state and cannot be registered: '${invalid.map((t) => t.Id).join("', '")}'`
    );
  }
  for (const t of targets) {
    const port = t.Port ?? tg.port;
    const current = [...tg.targets].reverse().find((e) => e.id === t.Id && e.port === port);
    if (current && current.deregisteredAt === void 0) continue;
    tg.targets.push({ id: t.Id, port, registeredAt: ctx.now });
  }
  return {};
}
function deregisterTargets(input, ctx) {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  for (const t of input.Targets ?? []) {
    const port = t.Port ?? tg.port;
    const current = tg.targets.find(
      (e) => e.id === t.Id && e.port === port && e.deregisteredAt === void 0
    );
    if (current) current.deregisteredAt = ctx.now;
  }
  pruneEpisodes(tg, ctx.now);
  return {};
}
function describeTargetHealth(input, ctx) {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  const describe = (id2, port, health) => ({
    Target: { Id: id2, Port: port },
    HealthCheckPort: tg.healthCheck.port === "traffic-port" ? String(port) : tg.healthCheck.port,
    TargetHealth: {
      State: health.state,
      ...health.reason ? { Reason: health.reason } : {},
      ...health.description ? { Description: health.description } : {}
    }
  });
  if (input.Targets?.length) {
    return {
      TargetHealthDescriptions: input.Targets.map((t) => {
        const port = t.Port ?? tg.port;
        if (!t.Id || !ctx.r.instances[t.Id])
          throw new SimError("InvalidTarget", `The target '${t.Id}' is not valid`);
        const episode = [...tg.targets].reverse().find((e) => e.id === t.Id && e.port === port && e.registeredAt <= ctx.now);
        const health = episode ? healthAt(tg, episode, ctx.r, ctx.now) : void 0;
        return describe(t.Id, port, health ?? notRegisteredHealth());
      })
    };
  }
  return {
    TargetHealthDescriptions: listedEpisodes(tg, ctx.r, ctx.now).map(
      ({ episode, health }) => describe(episode.id, episode.port, health)
    )
  };
}
function attributesOf(tg) {
  return [
    { Key: "deregistration_delay.timeout_seconds", Value: String(tg.deregistrationDelaySeconds) },
    { Key: "stickiness.enabled", Value: "false" },
    { Key: "load_balancing.algorithm.type", Value: "round_robin" },
    { Key: "slow_start.duration_seconds", Value: "0" }
  ];
}
function describeTargetGroupAttributes(input, ctx) {
  return { Attributes: attributesOf(findTargetGroup(ctx.r, input.TargetGroupArn)) };
}
function modifyTargetGroupAttributes(input, ctx) {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  for (const a of input.Attributes ?? []) {
    if (a.Key === "deregistration_delay.timeout_seconds") {
      const seconds = Number(a.Value);
      if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600)
        throw new SimError("ValidationError", `Invalid deregistration delay '${a.Value}'`);
      tg.deregistrationDelaySeconds = seconds;
    }
  }
  return { Attributes: attributesOf(tg) };
}
function modifyTargetGroup(input, ctx) {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  const hc = tg.healthCheck;
  if (input.HealthCheckPath !== void 0) hc.path = input.HealthCheckPath;
  if (input.HealthCheckIntervalSeconds !== void 0) hc.intervalSeconds = input.HealthCheckIntervalSeconds;
  if (input.HealthCheckTimeoutSeconds !== void 0) hc.timeoutSeconds = input.HealthCheckTimeoutSeconds;
  if (input.HealthyThresholdCount !== void 0) hc.healthyThreshold = input.HealthyThresholdCount;
  if (input.UnhealthyThresholdCount !== void 0) hc.unhealthyThreshold = input.UnhealthyThresholdCount;
  if (input.Matcher?.HttpCode !== void 0) hc.matcher = input.Matcher.HttpCode;
  return { TargetGroups: [toTargetGroup(tg)] };
}
function describeTags(input, { r }) {
  return {
    TagDescriptions: (input.ResourceArns ?? []).map((arn2) => {
      const tg = r.targetGroups[arn2];
      if (tg) return { ResourceArn: arn2, Tags: tagList(tg.tags) };
      if (r.loadBalancers.some((lb) => lb.arn === arn2)) return { ResourceArn: arn2, Tags: [] };
      throw notFound("TargetGroupNotFound", `Resource '${arn2}' not found`);
    })
  };
}
function register4(engine) {
  engine.register("elbv2", {
    DescribeLoadBalancers: describeLoadBalancers,
    DescribeTargetGroups: describeTargetGroups,
    DescribeListeners: describeListeners,
    DescribeRules: describeRules,
    RegisterTargets: registerTargets,
    DeregisterTargets: deregisterTargets,
    DescribeTargetHealth: describeTargetHealth,
    DescribeTargetGroupAttributes: describeTargetGroupAttributes,
    ModifyTargetGroupAttributes: modifyTargetGroupAttributes,
    ModifyTargetGroup: modifyTargetGroup,
    DescribeTags: describeTags
  });
}

// src/sim/services/imagebuilder-requests.ts
var err = {
  invalid: (message) => new SimError("InvalidRequestException", message, 400),
  value: (message) => new SimError("InvalidParameterValueException", message, 400),
  combination: (message) => new SimError("InvalidParameterCombinationException", message, 400),
  version: (message) => new SimError("InvalidVersionNumberException", message, 400),
  /**
   * AWS's wording, e.g. "The following resource 'ImageRecipe' already exists:
   * 'arn:aws:imagebuilder:eu-west-2:…:image-recipe/base/0.0.2'." (as reported in
   * https://github.com/ministryofjustice/modernisation-platform-ami-builds/pull/549).
   */
  exists: (kind, arn2) => new SimError(
    "ResourceAlreadyExistsException",
    `The following resource '${kind}' already exists: '${arn2}'.`,
    400
  ),
  notFound: (resource) => new SimError(
    "ResourceNotFoundException",
    `The resource ${resource} does not exist or you do not have access to it.`,
    404
  ),
  inUse: (message) => new SimError("ResourceInUseException", message, 400)
};
function checkSemanticVersion(version) {
  if (!isSemanticVersion(version))
    throw err.version(`The semantic version ${version} is not valid: use <major>.<minor>.<patch>.`);
}
function requestId(state) {
  return `${newHex(state, "ib-request", 8)}-${newHex(state, "ib-request", 4)}`;
}
function findByArn(items, text, kind) {
  const found = items.find((i) => i.arn === text);
  if (!found) throw err.notFound(text || `(${kind})`);
  return found;
}
function matchesFilters2(filters, fields) {
  for (const f of filters ?? []) {
    if (!f.name) continue;
    const value = fields[f.name];
    if (value === void 0) throw err.value(`The filter name ${f.name} is not supported.`);
    const values = Array.isArray(value) ? value : [value];
    if (!(f.values ?? []).some((v) => values.includes(v))) return false;
  }
  return true;
}
function page2(items, input) {
  const start = input.nextToken ? Number(Buffer.from(input.nextToken, "base64").toString("utf8")) : 0;
  if (!Number.isInteger(start) || start < 0)
    throw new SimError("InvalidPaginationTokenException", "The nextToken is invalid.", 400);
  const size = Math.min(Math.max(input.maxResults ?? 25, 1), 25);
  const slice = items.slice(start, start + size);
  const next = start + size < items.length ? Buffer.from(String(start + size)).toString("base64") : void 0;
  return next ? { items: slice, nextToken: next } : { items: slice };
}
function ownerMatches(owner) {
  return owner === void 0 || owner === "Self";
}
function latestByName(items) {
  const best = /* @__PURE__ */ new Map();
  for (const item of items) {
    const seen = best.get(item.name ?? "");
    if (!seen || compareVersions(item.version ?? "0.0.0", seen.version ?? "0.0.0") > 0)
      best.set(item.name ?? "", item);
  }
  return [...best.values()];
}
function byNameNewestFirst(a, b) {
  return (a.name ?? "").localeCompare(b.name ?? "") || compareVersions(b.version ?? "", a.version ?? "");
}
function versionArnOf(buildArn) {
  return (buildArn ?? "").replace(/\/\d+$/, "");
}

// src/sim/services/imagebuilder-tags.ts
function setTags(state, o) {
  const ib = imageBuilderOf(state, o.region);
  ib.tags[o.resourceArn] = { ...ib.tags[o.resourceArn] ?? {}, ...o.tags ?? {} };
}
function tagsOf(state, region, resourceArn) {
  return { ...imageBuilderOf(state, region).tags[resourceArn] ?? {} };
}
function withTags(state, region, item) {
  return { ...item, tags: tagsOf(state, region, item.arn ?? "") };
}
function resourceExists(state, region, resourceArn) {
  const ib = imageBuilderOf(state, region);
  return [
    ...ib.components,
    ...ib.recipes,
    ...ib.infrastructure,
    ...ib.distributions,
    ...ib.builds.map((b) => b.image)
  ].some((r) => r.arn === resourceArn);
}
function tagHandlers({ state }) {
  function existing(region, resourceArn) {
    if (!resourceExists(state, region, resourceArn)) throw err.notFound(resourceArn);
    return resourceArn;
  }
  return {
    TagResource(raw, { region }) {
      const input = raw;
      setTags(state, { region, resourceArn: existing(region, input.resourceArn), tags: input.tags });
      return {};
    },
    UntagResource(raw, { region }) {
      const input = raw;
      const resourceArn = existing(region, input.resourceArn);
      const tags2 = tagsOf(state, region, resourceArn);
      for (const key of input.tagKeys ?? []) delete tags2[key];
      imageBuilderOf(state, region).tags[resourceArn] = tags2;
      return {};
    },
    ListTagsForResource(raw, { region }) {
      const input = raw;
      return { tags: tagsOf(state, region, existing(region, input.resourceArn)) };
    }
  };
}

// src/sim/services/imagebuilder-configurations.ts
function configurationHandlers(world) {
  const { state } = world;
  return {
    CreateInfrastructureConfiguration(raw, { region }) {
      const input = raw;
      const ib = imageBuilderOf(state, region);
      const infraArn = unusedArn(state, ib.infrastructure, {
        region,
        kind: "infrastructure-configuration",
        name: input.name
      });
      checkInfrastructure(input);
      ib.infrastructure.push({
        ...infrastructureFields(input),
        arn: infraArn,
        name: input.name,
        dateCreated: isoTime(world.now())
      });
      setTags(state, { region, resourceArn: infraArn, tags: input.tags });
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        infrastructureConfigurationArn: infraArn
      };
    },
    UpdateInfrastructureConfiguration(raw, { region }) {
      const input = raw;
      const ib = imageBuilderOf(state, region);
      const existing = findByArn(
        ib.infrastructure,
        input.infrastructureConfigurationArn,
        "infrastructure-configuration"
      );
      checkInfrastructure(input);
      ib.infrastructure[ib.infrastructure.indexOf(existing)] = {
        ...infrastructureFields(input),
        arn: existing.arn,
        name: existing.name,
        dateCreated: existing.dateCreated,
        dateUpdated: isoTime(world.now())
      };
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        infrastructureConfigurationArn: existing.arn
      };
    },
    GetInfrastructureConfiguration(raw, { region }) {
      const input = raw;
      const infra = findByArn(
        imageBuilderOf(state, region).infrastructure,
        input.infrastructureConfigurationArn,
        "infrastructure-configuration"
      );
      return { requestId: requestId(state), infrastructureConfiguration: withTags(state, region, infra) };
    },
    ListInfrastructureConfigurations(raw, { region }) {
      const input = raw;
      const items = imageBuilderOf(state, region).infrastructure.filter(
        (i) => matchesFilters2(input.filters, { name: i.name })
      );
      const { items: pageItems, ...next } = page2(items, input);
      return {
        requestId: requestId(state),
        infrastructureConfigurationSummaryList: pageItems.map((i) => ({
          arn: i.arn,
          name: i.name,
          description: i.description,
          dateCreated: i.dateCreated,
          dateUpdated: i.dateUpdated,
          resourceTags: i.resourceTags,
          tags: tagsOf(state, region, i.arn ?? ""),
          instanceTypes: i.instanceTypes,
          instanceProfileName: i.instanceProfileName
        })),
        ...next
      };
    },
    CreateDistributionConfiguration(raw, { region }) {
      const input = raw;
      const ib = imageBuilderOf(state, region);
      const distArn = unusedArn(state, ib.distributions, {
        region,
        kind: "distribution-configuration",
        name: input.name
      });
      checkDistributions(state, input.distributions ?? []);
      const dist = {
        arn: distArn,
        name: input.name,
        description: input.description ?? "",
        distributions: input.distributions,
        timeoutMinutes: 720,
        dateCreated: isoTime(world.now())
      };
      ib.distributions.push(dist);
      setTags(state, { region, resourceArn: distArn, tags: input.tags });
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        distributionConfigurationArn: distArn
      };
    },
    UpdateDistributionConfiguration(raw, { region }) {
      const input = raw;
      const ib = imageBuilderOf(state, region);
      const existing = findByArn(
        ib.distributions,
        input.distributionConfigurationArn,
        "distribution-configuration"
      );
      checkDistributions(state, input.distributions ?? []);
      ib.distributions[ib.distributions.indexOf(existing)] = {
        ...existing,
        description: input.description ?? "",
        distributions: input.distributions,
        dateUpdated: isoTime(world.now())
      };
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        distributionConfigurationArn: existing.arn
      };
    },
    GetDistributionConfiguration(raw, { region }) {
      const input = raw;
      const dist = findByArn(
        imageBuilderOf(state, region).distributions,
        input.distributionConfigurationArn,
        "distribution-configuration"
      );
      return { requestId: requestId(state), distributionConfiguration: withTags(state, region, dist) };
    },
    ListDistributionConfigurations(raw, { region }) {
      const input = raw;
      const items = imageBuilderOf(state, region).distributions.filter(
        (d) => matchesFilters2(input.filters, { name: d.name })
      );
      const { items: pageItems, ...next } = page2(items, input);
      return {
        requestId: requestId(state),
        distributionConfigurationSummaryList: pageItems.map((d) => ({
          arn: d.arn,
          name: d.name,
          description: d.description,
          dateCreated: d.dateCreated,
          dateUpdated: d.dateUpdated,
          tags: tagsOf(state, region, d.arn ?? ""),
          regions: (d.distributions ?? []).map((x) => x.region)
        })),
        ...next
      };
    }
  };
}
function unusedArn(state, existing, o) {
  const configurationArn = arn({ ...o, account: state.account });
  const kind = o.kind.replace(/(^|-)([a-z])/g, (_m, _dash, c) => c.toUpperCase());
  if (existing.some((c) => c.arn === configurationArn)) throw err.exists(kind, configurationArn);
  return configurationArn;
}
function infrastructureFields(input) {
  const fields = {
    description: input.description ?? "",
    instanceTypes: input.instanceTypes ?? [],
    instanceProfileName: input.instanceProfileName,
    securityGroupIds: input.securityGroupIds ?? [],
    terminateInstanceOnFailure: input.terminateInstanceOnFailure ?? true,
    resourceTags: input.resourceTags ?? {},
    instanceMetadataOptions: input.instanceMetadataOptions ?? {
      httpTokens: "required",
      httpPutResponseHopLimit: 2
    }
  };
  if (input.subnetId) fields.subnetId = input.subnetId;
  if (input.logging) fields.logging = input.logging;
  if (input.keyPair) fields.keyPair = input.keyPair;
  if (input.snsTopicArn) fields.snsTopicArn = input.snsTopicArn;
  return fields;
}
function checkInfrastructure(input) {
  if (input.subnetId && (input.securityGroupIds ?? []).length === 0) {
    throw err.combination("A subnetId needs securityGroupIds from the same VPC.");
  }
  const bucket = input.logging?.s3Logs?.s3BucketName;
  if (input.logging?.s3Logs && !bucket) throw err.value("s3Logs needs s3BucketName.");
}
function checkDistributions(state, distributions) {
  if (distributions.length === 0)
    throw err.value("A distribution configuration needs at least one distribution.");
  const regions = distributions.map((d) => d.region);
  if (new Set(regions).size !== regions.length)
    throw err.value(`Each region may appear once in distributions (got: ${regions.join(", ")}).`);
  for (const d of distributions) {
    const name = d.amiDistributionConfiguration?.name;
    if (name !== void 0) {
      const resolved = name.replaceAll("{{imagebuilder:buildDate}}", "2020-01-01T00-00-00.000Z");
      if (resolved.length < 3 || resolved.length > 127 || !/^[A-Za-z0-9()[\]./\-'@_ ]+$/.test(resolved)) {
        throw err.value(
          `The AMI name '${name}' is not valid: 3\u2013127 letters, digits, spaces and ()[]./-'@_ characters.`
        );
      }
    }
  }
  for (const d of distributions) {
    const ids = (d.launchTemplateConfigurations ?? []).map((c) => c.launchTemplateId ?? "");
    const missing = missingLaunchTemplates(state, d.region ?? "", ids);
    if (missing.length > 0)
      throw err.value(`The launch template ${missing.join(", ")} does not exist in ${d.region}.`);
  }
}

// src/sim/services/imagebuilder-recipes.ts
function findComponent(state, region, text) {
  const p = parseArn(text);
  if (p?.kind !== "component" || p.region !== region || p.account !== state.account) return void 0;
  const all = imageBuilderOf(state, region).components.filter(
    (c) => c.name === p.name && (!p.version || c.version === p.version)
  );
  return latestByName(all)[0];
}
function recipeHandlers(world) {
  const { state } = world;
  return {
    CreateComponent(raw, { region }) {
      const input = raw;
      checkSemanticVersion(input.semanticVersion);
      if (!input.data === !input.uri) throw err.combination("Specify exactly one of data or uri.");
      if (input.uri) throw err.value("The simulator reads component documents inline only (data).");
      const phases = documentPhases(input.data);
      if (phases.length === 0)
        throw err.value(
          `The component document of ${input.name} is not a valid AWSTOE document: it needs 'phases'.`
        );
      const ib = imageBuilderOf(state, region);
      const componentArn = arn({
        region,
        account: state.account,
        kind: "component",
        name: input.name,
        version: input.semanticVersion,
        build: 1
      });
      if (ib.components.some((c) => c.name === input.name && c.version === input.semanticVersion))
        throw err.exists("Component", componentArn.replace(/\/1$/, ""));
      const component = {
        arn: componentArn,
        name: input.name,
        version: input.semanticVersion,
        description: input.description ?? "",
        changeDescription: input.changeDescription ?? "",
        type: phases.some((p) => p.name === "build") ? "BUILD" : "TEST",
        platform: input.platform,
        supportedOsVersions: input.supportedOsVersions ?? [],
        state: { status: "ACTIVE" },
        owner: state.account,
        data: input.data,
        encrypted: true,
        dateCreated: isoTime(world.now())
      };
      ib.components.push(component);
      setTags(state, { region, resourceArn: componentArn, tags: input.tags });
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        componentBuildVersionArn: componentArn
      };
    },
    ListComponents(raw, { region }) {
      const input = raw;
      if (!ownerMatches(input.owner)) return { requestId: requestId(state), componentVersionList: [] };
      let items = imageBuilderOf(state, region).components.filter(
        (c) => matchesFilters2(input.filters, {
          name: c.name,
          platform: c.platform,
          type: c.type,
          supportedOsVersion: c.supportedOsVersions ?? []
        })
      );
      const lag = world.faults.consistencyLagMs() ?? DEFAULT_LAG_MS.imagebuilder;
      items = items.filter((c) => Date.parse(c.dateCreated ?? "") + lag <= world.now());
      if (input.byName) items = latestByName(items);
      const { items: pageItems, ...next } = page2([...items].sort(byNameNewestFirst), input);
      return {
        requestId: requestId(state),
        componentVersionList: pageItems.map((c) => ({
          arn: versionArnOf(c.arn),
          name: c.name,
          version: c.version,
          description: c.description,
          platform: c.platform,
          supportedOsVersions: c.supportedOsVersions,
          type: c.type,
          owner: c.owner,
          dateCreated: c.dateCreated,
          status: c.state?.status
        })),
        ...next
      };
    },
    GetComponent(raw, { region }) {
      const input = raw;
      const component = findComponent(state, region, input.componentBuildVersionArn);
      if (!component) throw err.notFound(input.componentBuildVersionArn);
      return { requestId: requestId(state), component: withTags(state, region, component) };
    },
    CreateImageRecipe(raw, { region }) {
      const input = raw;
      checkSemanticVersion(input.semanticVersion);
      const components = input.components ?? [];
      if (components.length === 0) throw err.value("An image recipe needs at least one build component.");
      for (const c of components) {
        const found = findComponent(state, region, c.componentArn ?? "");
        if (!found) throw err.notFound(c.componentArn ?? "(componentArn)");
      }
      if (!components.some((c) => findComponent(state, region, c.componentArn ?? "")?.type === "BUILD")) {
        throw err.value("An image recipe needs at least one build component.");
      }
      if (input.parentImage.startsWith("ami-") && !parentImageOf(state, region, input.parentImage)) {
        throw err.value(`The parent image ${input.parentImage} does not exist in ${region}.`);
      }
      const ib = imageBuilderOf(state, region);
      const recipeArn = arn({
        region,
        account: state.account,
        kind: "image-recipe",
        name: input.name,
        version: input.semanticVersion
      });
      if (ib.recipes.some((r) => r.arn === recipeArn)) throw err.exists("ImageRecipe", recipeArn);
      const recipe = {
        arn: recipeArn,
        type: "AMI",
        name: input.name,
        description: input.description ?? "",
        platform: "Linux",
        owner: state.account,
        version: input.semanticVersion,
        components,
        parentImage: input.parentImage,
        dateCreated: isoTime(world.now()),
        workingDirectory: input.workingDirectory ?? "/tmp",
        ...input.blockDeviceMappings ? { blockDeviceMappings: input.blockDeviceMappings } : {},
        ...input.additionalInstanceConfiguration ? { additionalInstanceConfiguration: input.additionalInstanceConfiguration } : {},
        ...input.amiTags ? { amiTags: input.amiTags } : {}
      };
      ib.recipes.push(recipe);
      setTags(state, { region, resourceArn: recipeArn, tags: input.tags });
      return { requestId: requestId(state), clientToken: input.clientToken, imageRecipeArn: recipeArn };
    },
    ListImageRecipes(raw, { region }) {
      const input = raw;
      if (!ownerMatches(input.owner)) return { requestId: requestId(state), imageRecipeSummaryList: [] };
      const items = imageBuilderOf(state, region).recipes.filter(
        (r) => matchesFilters2(input.filters, { name: r.name, parentImage: r.parentImage, platform: r.platform })
      ).sort(byNameNewestFirst);
      const { items: pageItems, ...next } = page2(items, input);
      return {
        requestId: requestId(state),
        imageRecipeSummaryList: pageItems.map((r) => ({
          arn: r.arn,
          name: r.name,
          platform: r.platform,
          owner: r.owner,
          parentImage: r.parentImage,
          dateCreated: r.dateCreated,
          tags: tagsOf(state, region, r.arn ?? "")
        })),
        ...next
      };
    },
    GetImageRecipe(raw, { region }) {
      const input = raw;
      const recipe = findByArn(imageBuilderOf(state, region).recipes, input.imageRecipeArn, "image-recipe");
      return { requestId: requestId(state), imageRecipe: withTags(state, region, recipe) };
    }
  };
}

// src/sim/services/imagebuilder-images.ts
function imageHandlers(world) {
  const { state } = world;
  const settle = (region) => settleImageBuilds(state, world.now(), region);
  return {
    CreateImage(raw, { region }) {
      const input = raw;
      if (!input.imageRecipeArn) {
        throw err.combination(
          input.containerRecipeArn ? "The simulator builds AMIs only (imageRecipeArn)." : "Specify imageRecipeArn."
        );
      }
      const ib = imageBuilderOf(state, region);
      const recipe = findByArn(ib.recipes, input.imageRecipeArn, "image-recipe");
      const infra = findByArn(
        ib.infrastructure,
        input.infrastructureConfigurationArn,
        "infrastructure-configuration"
      );
      const dist = input.distributionConfigurationArn ? findByArn(ib.distributions, input.distributionConfigurationArn, "distribution-configuration") : void 0;
      const components = (recipe.components ?? []).map(
        (c) => findComponent(state, region, c.componentArn ?? "")
      );
      const parentAmi = recipe.parentImage;
      const parent = parentImageOf(state, region, parentAmi);
      const arch = parent?.architecture ?? "x86_64";
      const build = ib.builds.filter((b) => b.image.name === recipe.name && b.image.version === recipe.version).length + 1;
      const imageArn = arn({
        region,
        account: state.account,
        kind: "image",
        name: recipe.name,
        version: recipe.version,
        build
      });
      const testsEnabled = input.imageTestsConfiguration?.imageTestsEnabled ?? true;
      const failPhase = world.faults.buildFailure({ testsEnabled });
      const plan = planBuild({
        now: world.now(),
        components,
        regions: dist?.distributions?.length ?? 1,
        arch,
        ...failPhase ? { failPhase } : {}
      });
      const phases = testsEnabled ? plan.phases : plan.phases.filter((p) => p.status !== "TESTING");
      const manifest = extractManifest(components);
      const record = {
        image: {
          arn: imageArn,
          type: "AMI",
          name: recipe.name,
          version: recipe.version,
          platform: "Linux",
          enhancedImageMetadataEnabled: input.enhancedImageMetadataEnabled ?? true,
          osVersion: manifest?.os === "amazon-linux-2023" ? "Amazon Linux 2023" : "Amazon Linux 2",
          state: { status: "PENDING" },
          imageRecipe: recipe,
          infrastructureConfiguration: infra,
          ...dist ? { distributionConfiguration: dist } : {},
          imageTestsConfiguration: {
            imageTestsEnabled: testsEnabled,
            timeoutMinutes: input.imageTestsConfiguration?.timeoutMinutes ?? 720
          },
          dateCreated: isoTime(world.now()),
          buildType: "USER_INITIATED",
          imageSource: "CUSTOM",
          ...input.loggingConfiguration ? { loggingConfiguration: input.loggingConfiguration } : {}
        },
        region,
        parentAmi,
        phases,
        ...plan.failure ? { failure: plan.failure } : {},
        ...manifest ? { manifest } : {},
        packages: packagesFor(manifest, regionOf(state, region).images[parentAmi]?.createdAt ?? 0, {
          updates: osUpdatesIn(components),
          builtAt: world.now()
        }),
        settled: false
      };
      ib.builds.push(record);
      setTags(state, { region, resourceArn: imageArn, tags: input.tags });
      return { requestId: requestId(state), clientToken: input.clientToken, imageBuildVersionArn: imageArn };
    },
    GetImage(raw, { region }) {
      const input = raw;
      settle(region);
      const build = findBuild(state, region, input.imageBuildVersionArn);
      return { requestId: requestId(state), image: withTags(state, region, build.image) };
    },
    ListImages(raw, { region }) {
      const input = raw;
      settle(region);
      if (!ownerMatches(input.owner)) return { requestId: requestId(state), imageVersionList: [] };
      const versions = /* @__PURE__ */ new Map();
      for (const b of imageBuilderOf(state, region).builds) {
        const key = versionArnOf(b.image.arn);
        if (!versions.has(key)) versions.set(key, b);
      }
      let items = [...versions.values()].filter((b) => matchesFilters2(input.filters, imageFields(b)));
      if (input.byName)
        items = latestByName(items.map((b) => ({ ...b, name: b.image.name, version: b.image.version })));
      const { items: pageItems, ...next } = page2(items, input);
      return {
        requestId: requestId(state),
        imageVersionList: pageItems.map((b) => ({
          arn: versionArnOf(b.image.arn),
          name: b.image.name,
          type: b.image.type,
          version: b.image.version,
          platform: b.image.platform,
          osVersion: b.image.osVersion,
          owner: state.account,
          dateCreated: b.image.dateCreated,
          buildType: b.image.buildType,
          imageSource: b.image.imageSource
        })),
        ...next
      };
    },
    ListImageBuildVersions(raw, { region }) {
      const input = raw;
      settle(region);
      const versionArn = input.imageVersionArn;
      if (versionArn && !parseArn(versionArn))
        throw err.value(`The image version ARN ${versionArn} is not valid.`);
      const items = imageBuilderOf(state, region).builds.filter(
        (b) => (!versionArn || versionArnOf(b.image.arn) === versionArn) && matchesFilters2(input.filters, imageFields(b))
      );
      const { items: pageItems, ...next } = page2(items, input);
      return {
        requestId: requestId(state),
        imageSummaryList: pageItems.map((b) => ({
          arn: b.image.arn,
          name: b.image.name,
          type: b.image.type,
          version: b.image.version,
          platform: b.image.platform,
          osVersion: b.image.osVersion,
          state: b.image.state,
          owner: state.account,
          dateCreated: b.image.dateCreated,
          outputResources: b.image.outputResources,
          tags: tagsOf(state, region, b.image.arn ?? ""),
          buildType: b.image.buildType,
          imageSource: b.image.imageSource
        })),
        ...next
      };
    },
    ListImagePackages(raw, { region }) {
      const input = raw;
      settle(region);
      const build = findBuild(state, region, input.imageBuildVersionArn);
      if (build.image.state?.status !== "AVAILABLE") {
        throw err.invalid(
          `The image ${input.imageBuildVersionArn} is ${build.image.state?.status}: packages are listed once it is AVAILABLE.`
        );
      }
      if (!build.image.enhancedImageMetadataEnabled) {
        throw err.invalid(
          `The image ${input.imageBuildVersionArn} was built without enhanced image metadata: no package list was collected.`
        );
      }
      const { items, ...next } = page2(build.packages, input);
      return { requestId: requestId(state), imagePackageList: items, ...next };
    },
    CancelImageCreation(raw, { region }) {
      const input = raw;
      settle(region);
      const build = findBuild(state, region, input.imageBuildVersionArn);
      if (build.settled)
        throw err.inUse(
          `The image ${input.imageBuildVersionArn} is ${build.image.state?.status} and cannot be cancelled.`
        );
      build.image.state = { status: "CANCELLED", reason: "Cancelled by user." };
      build.settled = true;
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        imageBuildVersionArn: input.imageBuildVersionArn
      };
    }
  };
}
function findBuild(state, region, imageBuildVersionArn) {
  const build = imageBuilderOf(state, region).builds.find((b) => b.image.arn === imageBuildVersionArn);
  if (!build) throw err.notFound(imageBuildVersionArn);
  return build;
}
function imageFields(b) {
  return { name: b.image.name, osVersion: b.image.osVersion, platform: b.image.platform, type: b.image.type };
}

// src/sim/services/imagebuilder.ts
function createImageBuilderHandlers(world) {
  return {
    ...recipeHandlers(world),
    ...configurationHandlers(world),
    ...imageHandlers(world),
    ...tagHandlers(world)
  };
}
function register5(engine) {
  engine.register(
    "imagebuilder",
    createImageBuilderHandlers({ state: engine.state, now: () => engine.clock.now(), faults: engine.faults })
  );
}

// src/sim/services/os-repository.ts
import { createHash as createHash2 } from "node:crypto";
var SEVERITIES = [
  "critical",
  "important",
  "important",
  "important",
  "medium",
  "medium",
  "medium",
  "medium",
  "low",
  "low"
];
function repositoryOffer(state, o) {
  const manifest = o.image?.manifest;
  if (!manifest) return void 0;
  const r = regionOf(state, o.region);
  const newestBase = publicParameterNames(manifest.os, manifest.arch).map((name) => r.parameters[name]?.value).find((ami) => ami !== void 0);
  if (!newestBase) return void 0;
  const prefix = manifest.os === "amazon-linux-2023" ? "ALAS2023" : "ALAS2";
  const year = new Date(o.now).getUTCFullYear();
  const packages = packagesFor(manifest, r.images[newestBase]?.createdAt ?? 0, {
    updates: "all",
    builtAt: o.now
  }).flatMap((p) => {
    if (!p.packageName || !p.packageVersion) return [];
    const offered = { name: p.packageName, version: p.packageVersion };
    if (hasSecurityUpdate(p.packageName)) {
      const h = createHash2("sha256").update(`${p.packageName}-${p.packageVersion}`).digest();
      offered.advisory = {
        id: `${prefix}-${year}-${1e3 + h.readUInt16BE(0) % 3e3}`,
        severity: SEVERITIES[h[2] % SEVERITIES.length]
      };
    }
    return [offered];
  });
  return { tool: manifest.os === "amazon-linux-2023" ? "dnf" : "yum", packages };
}

// src/sim/services/ssm-output.ts
var OUTPUT_LIMITS = { stdout: 24e3, stderr: 8e3, plugin: 2500 };
var ERROR_TITLE = "\n----------ERROR-------\n";
var TRUNCATED_OUT = "\n---Output truncated---";
var TRUNCATED_ERROR = "\n---Error truncated----";
function pluginOutput(stdout, stderr, capacity = OUTPUT_LIMITS.plugin) {
  const title = stderr.length > 0 ? ERROR_TITLE : "";
  const available = capacity - title.length;
  if (stdout.length + stderr.length < available) return `${stdout}${title}${stderr}`;
  const half = Math.floor(available / 2);
  if (stdout.length > half && stderr.length > half) {
    const each = Math.floor((available - TRUNCATED_ERROR.length - TRUNCATED_OUT.length) / 2);
    return `${stdout.slice(0, each)}${TRUNCATED_OUT}${title}${stderr.slice(0, each)}${TRUNCATED_ERROR}`;
  }
  if (stdout.length < half) {
    const room2 = available - TRUNCATED_ERROR.length - stdout.length;
    return `${stdout}${title}${stderr.slice(0, Math.max(0, room2))}${TRUNCATED_ERROR}`;
  }
  const room = available - TRUNCATED_OUT.length - stderr.length;
  return `${stdout.slice(0, Math.max(0, room))}${TRUNCATED_OUT}${title}${stderr}`;
}

// src/sim/services/ssm.ts
var COMMAND_TIMINGS = { pickUp: 1e3, run: 2e3 };
function toParameter(p, ctx, decrypt) {
  const value = p.type === "SecureString" && !decrypt ? Buffer.from(`kms:${p.name}:${p.version}`).toString("base64") : p.value;
  return {
    Name: p.name,
    Type: p.type,
    Value: value,
    Version: p.version,
    LastModifiedDate: new Date(p.modifiedAt),
    ARN: `arn:aws:ssm:${ctx.region}:${p.name.startsWith("/aws/") ? "" : ctx.account}:parameter${p.name.startsWith("/") ? "" : "/"}${p.name}`,
    DataType: p.dataType ?? "text"
  };
}
function findParameter(ctx, name) {
  const p = name ? ctx.r.parameters[name] : void 0;
  if (!p) throw notFound("ParameterNotFound", `Parameter ${name} not found.`);
  return p;
}
function getParameter(input, ctx) {
  return { Parameter: toParameter(findParameter(ctx, input.Name), ctx, Boolean(input.WithDecryption)) };
}
function getParameters(input, ctx) {
  const names = input.Names ?? [];
  if (names.length > 10)
    throw new SimError(
      "ValidationException",
      "1 validation error detected: Value at 'names' failed to satisfy constraint: Member must have length less than or equal to 10"
    );
  const found = names.filter((n) => ctx.r.parameters[n]);
  return {
    Parameters: found.map((n) => toParameter(ctx.r.parameters[n], ctx, Boolean(input.WithDecryption))),
    InvalidParameters: names.filter((n) => !ctx.r.parameters[n])
  };
}
function getParametersByPath(input, ctx) {
  const prefix = (input.Path ?? "/").replace(/\/?$/, "/");
  const matching = Object.values(ctx.r.parameters).filter(
    (p) => p.name.startsWith(prefix) && (input.Recursive || !p.name.slice(prefix.length).includes("/"))
  );
  const { items, nextToken } = page(matching, input.MaxResults, input.NextToken, {
    min: 1,
    max: 10,
    default: 10
  });
  return {
    Parameters: items.map((p) => toParameter(p, ctx, Boolean(input.WithDecryption))),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function putParameter(input, ctx) {
  const name = input.Name ?? "";
  if (/^\/?aws\//i.test(name) || /^\/?ssm\//i.test(name))
    throw new SimError("ValidationException", `No access to reserved parameter name: ${name}.`);
  if (input.Value === void 0 || input.Value.length === 0)
    throw new SimError("ValidationException", "Parameter value must not be empty");
  const existing = ctx.r.parameters[name];
  if (existing && !input.Overwrite)
    throw new SimError(
      "ParameterAlreadyExists",
      "The parameter already exists. To overwrite this value, set the overwrite option in the request to true."
    );
  if (existing && input.Tags?.length)
    throw new SimError("ValidationException", "Invalid request: tags and overwrite can't be used together.");
  const record = {
    name,
    type: input.Type ?? existing?.type ?? "String",
    value: input.Value,
    version: (existing?.version ?? 0) + 1,
    modifiedAt: ctx.now,
    tags: existing?.tags ?? tagsFrom(input.Tags)
  };
  if (input.Description !== void 0) record.description = input.Description;
  if (input.DataType !== void 0) record.dataType = input.DataType;
  ctx.r.parameters[name] = record;
  return { Version: record.version, Tier: "Standard" };
}
function describeParameters(input, ctx) {
  let matching = Object.values(ctx.r.parameters);
  for (const filter of input.ParameterFilters ?? []) {
    if (filter.Key !== "Name" || (filter.Option ?? "Equals") !== "Equals")
      throw new SimError(
        "InvalidFilterOption",
        `The simulator models only the Name filter with Equals (got ${filter.Key} ${filter.Option}).`
      );
    const values = filter.Values ?? [];
    if (values.length < 1 || values.length > 50)
      throw new SimError(
        "InvalidFilterValue",
        "1 validation error detected: Value at 'parameterFilters.1.member.values' failed to satisfy constraint: Member must have length less than or equal to 50"
      );
    matching = matching.filter((p) => values.includes(p.name));
  }
  const { items, nextToken } = page(
    matching.sort((a, b) => a.name.localeCompare(b.name)),
    input.MaxResults,
    input.NextToken,
    { min: 1, max: 50, default: 10 }
  );
  return {
    Parameters: items.map((p) => ({
      Name: p.name,
      ARN: `arn:aws:ssm:${ctx.region}:${ctx.account}:parameter${p.name.startsWith("/") ? "" : "/"}${p.name}`,
      Type: p.type,
      Version: p.version,
      LastModifiedDate: new Date(p.modifiedAt),
      DataType: p.dataType ?? "text",
      Tier: "Standard",
      ...p.description !== void 0 ? { Description: p.description } : {}
    })),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function deleteParameter(input, ctx) {
  const p = findParameter(ctx, input.Name);
  delete ctx.r.parameters[p.name];
  return {};
}
function agentOnline(ctx, instanceId) {
  const instance = ctx.r.instances[instanceId];
  if (!instance || instance.facts === null || instance.facts === void 0) return false;
  if (stateAt(instance, ctx.now) !== "running") return false;
  const running = instance.transitions.filter((t) => t.state === "running" && t.at <= ctx.now).at(-1)?.at ?? Number.POSITIVE_INFINITY;
  const reboot = instance.reboots.at(-1) ?? Number.NEGATIVE_INFINITY;
  return ctx.now >= Math.max(running, reboot) + TIMINGS.appBoot;
}
function commandScript(input) {
  if (input.DocumentName === "AWS-RunShellScript")
    return {
      script: (input.Parameters?.commands ?? []).join("\n"),
      timeoutSeconds: Number(input.Parameters?.executionTimeout?.[0] ?? 3600)
    };
  const document = probeDocuments().find((d) => d.name === input.DocumentName);
  const step = document?.content.mainSteps[0];
  if (!step)
    throw new SimError("InvalidDocument", `Document ${input.DocumentName} does not exist in your account.`);
  if (Object.keys(input.Parameters ?? {}).length > 0)
    throw new SimError(
      "InvalidParameters",
      `Document ${input.DocumentName} does not support parameters: ${Object.keys(input.Parameters ?? {}).join(", ")}.`
    );
  return { script: step.inputs.runCommand.join("\n"), timeoutSeconds: step.inputs.timeoutSeconds };
}
function sendCommand(input, ctx) {
  const { script, timeoutSeconds } = commandScript(input);
  const ids = input.InstanceIds ?? [];
  if (ids.length === 0) throw new SimError("ValidationException", "InstanceIds or Targets must be given");
  const offline = ids.filter((id2) => !agentOnline(ctx, id2));
  if (offline.length > 0)
    throw new SimError(
      "InvalidInstanceId",
      `Instances [[${offline.join(", ")}]] not in a valid state for account ${ctx.account}`
    );
  const commandId = newHex(ctx.state, "command", 32).replace(
    /^(.{8})(.{4})(.{4})(.{4})(.{12})$/,
    "$1-$2-$3-$4-$5"
  );
  const command = {
    id: commandId,
    documentName: input.DocumentName ?? "",
    instanceIds: [...ids],
    script,
    requestedAt: ctx.now,
    timeoutSeconds,
    invocations: Object.fromEntries(
      ids.map((instanceId) => [
        instanceId,
        {
          instanceId,
          startsAt: ctx.now + COMMAND_TIMINGS.pickUp,
          endsAt: ctx.now + COMMAND_TIMINGS.pickUp + COMMAND_TIMINGS.run
        }
      ])
    )
  };
  if (input.Comment !== void 0) command.comment = input.Comment;
  ctx.r.commands[commandId] = command;
  return {
    Command: {
      CommandId: commandId,
      DocumentName: command.documentName,
      DocumentVersion: "$DEFAULT",
      InstanceIds: [...ids],
      Parameters: input.Parameters ?? {},
      RequestedDateTime: new Date(ctx.now),
      Status: "Pending",
      StatusDetails: "Pending",
      TargetCount: ids.length,
      CompletedCount: 0,
      ErrorCount: 0,
      TimeoutSeconds: timeoutSeconds,
      Comment: command.comment ?? "",
      DeliveryTimedOutCount: 0,
      ExpiresAfter: new Date(ctx.now + (input.TimeoutSeconds ?? 3600) * 1e3),
      MaxConcurrency: input.MaxConcurrency ?? "50",
      MaxErrors: input.MaxErrors ?? "0",
      NotificationConfig: { NotificationArn: "", NotificationEvents: [], NotificationType: "Command" },
      OutputS3BucketName: input.OutputS3BucketName ?? "",
      OutputS3KeyPrefix: input.OutputS3KeyPrefix ?? "",
      OutputS3Region: input.OutputS3Region ?? ctx.region,
      ServiceRole: input.ServiceRoleArn ?? "",
      Targets: input.Targets ?? []
    }
  };
}
var statusOf = (s) => s === "Undeliverable" ? "Failed" : s;
async function observe(ctx, command, inv) {
  if (ctx.now < inv.startsAt) return "Pending";
  if (ctx.now < inv.endsAt) return "InProgress";
  if (!inv.result && !inv.undeliverable) {
    const instance = ctx.r.instances[inv.instanceId];
    if (!instance || stateAt(instance, inv.endsAt) !== "running") inv.undeliverable = true;
    else
      inv.result = await answerProbe(command.script, instance.facts, inv.endsAt, {
        // What yum/dnf would read from the repositories (the advisories probe asks them).
        repository: () => repositoryOffer(ctx.state, {
          region: ctx.region,
          image: ctx.r.images[instance.imageId],
          now: inv.endsAt
        })
      });
  }
  if (inv.undeliverable) return "Undeliverable";
  return inv.result.exitCode === 0 ? "Success" : "Failed";
}
function findCommand(ctx, commandId) {
  const command = commandId ? ctx.r.commands[commandId] : void 0;
  if (!command) throw new SimError("InvalidCommandId", `Command ${commandId} does not exist`);
  return command;
}
async function getCommandInvocation(input, ctx) {
  const command = ctx.r.commands[input.CommandId ?? ""];
  const inv = command?.invocations[input.InstanceId ?? ""];
  if (!command || !inv || ctx.now <= command.requestedAt)
    throw new SimError("InvocationDoesNotExist", "An error occurred (InvocationDoesNotExist)");
  const status = await observe(ctx, command, inv);
  const done = status === "Success" || status === "Failed";
  return {
    CommandId: command.id,
    InstanceId: inv.instanceId,
    DocumentName: command.documentName,
    DocumentVersion: "$DEFAULT",
    PluginName: "aws:runShellScript",
    Status: statusOf(status),
    StatusDetails: status,
    ResponseCode: done ? inv.result.exitCode : -1,
    ExecutionStartDateTime: status === "Pending" ? "" : new Date(inv.startsAt).toISOString(),
    ExecutionEndDateTime: done ? new Date(inv.endsAt).toISOString() : "",
    ExecutionElapsedTime: done ? `PT${(inv.endsAt - inv.startsAt) / 1e3}S` : "",
    StandardOutputContent: done ? inv.result.stdout.slice(0, OUTPUT_LIMITS.stdout) : "",
    StandardErrorContent: done ? inv.result.stderr.slice(0, OUTPUT_LIMITS.stderr) : "",
    StandardOutputUrl: "",
    StandardErrorUrl: "",
    ...command.comment !== void 0 ? { Comment: command.comment } : {}
  };
}
async function listCommandInvocations(input, ctx) {
  const commands = input.CommandId ? [findCommand(ctx, input.CommandId)] : Object.values(ctx.r.commands);
  const rows = [];
  for (const command of commands) {
    for (const inv of Object.values(command.invocations)) {
      if (input.InstanceId && inv.instanceId !== input.InstanceId) continue;
      const status = await observe(ctx, command, inv);
      const done = status === "Success" || status === "Failed";
      const row = {
        CommandId: command.id,
        InstanceId: inv.instanceId,
        DocumentName: command.documentName,
        DocumentVersion: "$DEFAULT",
        RequestedDateTime: new Date(command.requestedAt),
        Status: statusOf(status),
        StatusDetails: status,
        ...command.comment !== void 0 ? { Comment: command.comment } : {}
      };
      if (input.Details) {
        row.CommandPlugins = [
          {
            Name: "aws:runShellScript",
            Status: statusOf(status),
            StatusDetails: status,
            ResponseCode: done ? inv.result.exitCode : -1,
            Output: done ? pluginOutput(inv.result.stdout, inv.result.stderr) : "",
            StandardOutputUrl: "",
            StandardErrorUrl: "",
            ...done ? {
              ResponseStartDateTime: new Date(inv.startsAt),
              ResponseFinishDateTime: new Date(inv.endsAt)
            } : {}
          }
        ];
      }
      rows.push(row);
    }
  }
  const { items, nextToken } = page(rows, input.MaxResults, input.NextToken, {
    min: 1,
    max: 50,
    default: 50
  });
  return { CommandInvocations: items, ...nextToken ? { NextToken: nextToken } : {} };
}
function register6(engine) {
  engine.register("ssm", {
    GetParameter: getParameter,
    GetParameters: getParameters,
    GetParametersByPath: getParametersByPath,
    PutParameter: putParameter,
    DeleteParameter: deleteParameter,
    DescribeParameters: describeParameters,
    SendCommand: sendCommand,
    GetCommandInvocation: getCommandInvocation,
    ListCommandInvocations: listCommandInvocations
  });
}

// src/sim/services/sts.ts
function register7(engine) {
  engine.register("sts", {
    GetCallerIdentity: (_input, { account }) => ({
      Account: account,
      Arn: `arn:aws:sts::${account}:assumed-role/amipipe/amipipe`,
      UserId: "AROAAMIPIPESIMULATED:amipipe"
    })
  });
}

// src/sim/services/index.ts
function registerServices(engine) {
  for (const register8 of [register3, register4, register5, register6, register, register2, register7]) register8(engine);
}

// src/sim/world.ts
import { createHash as createHash3 } from "node:crypto";

// src/sim/world-file.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/sim/world-schema.ts
var isoTime2 = external_exports.union([external_exports.string(), external_exports.date()]).transform((v, ctx) => {
  const ms = v instanceof Date ? v.getTime() : Date.parse(v);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: "custom", message: `an ISO time like 2026-05-01T00:00:00Z (got: '${String(v)}')` });
    return external_exports.NEVER;
  }
  return ms;
});
var tags = external_exports.record(external_exports.string(), external_exports.string()).default({});
var id = (prefix) => external_exports.string().regex(new RegExp(`^${prefix}-[0-9a-f]{8,17}$`), `an id like ${prefix}-0123456789abcdef0`);
var redirect = external_exports.strictObject({
  protocol: external_exports.enum(["HTTP", "HTTPS"]).optional(),
  port: external_exports.number().int().min(1).max(65535).optional(),
  host: external_exports.string().optional(),
  path: external_exports.string().optional(),
  statusCode: external_exports.union([external_exports.literal(301), external_exports.literal(302)]).default(301)
});
var worldSchema = external_exports.strictObject({
  account: external_exports.string().regex(/^\d{12}$/, "a 12-digit AWS account id"),
  region: external_exports.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "an AWS region like ap-northeast-1"),
  start: isoTime2,
  seed: external_exports.number().int().default(1),
  vpc: external_exports.strictObject({ id: id("vpc"), cidr: external_exports.string(), name: external_exports.string().optional() }),
  subnets: external_exports.array(external_exports.strictObject({ id: id("subnet"), availabilityZone: external_exports.string(), cidr: external_exports.string() })).min(1),
  baseImages: external_exports.array(
    external_exports.strictObject({ os: external_exports.enum(BASE_OS), arch: external_exports.enum(ARCHITECTURES), release: external_exports.string().optional() })
  ).default([]),
  images: external_exports.array(
    external_exports.strictObject({
      id: id("ami"),
      name: external_exports.string(),
      description: external_exports.string().optional(),
      architecture: external_exports.enum(ARCHITECTURES).default("x86_64"),
      created: isoTime2,
      /** Inventory JSON (relative to the world file) its instances report. */
      inventory: external_exports.string().optional(),
      tags
    })
  ).default([]),
  loadBalancers: external_exports.array(
    external_exports.strictObject({
      name: external_exports.string(),
      subnets: external_exports.array(external_exports.string()).min(2),
      listeners: external_exports.array(
        external_exports.strictObject({
          port: external_exports.number().int(),
          protocol: external_exports.enum(["HTTP", "HTTPS"]),
          /** Target group names the default action forwards to. */
          forward: external_exports.array(external_exports.string()).min(1).optional(),
          /** The default action redirects instead (HTTP to HTTPS, say). */
          redirect: redirect.optional(),
          /** Rules evaluated by priority before the default action, as an ALB does. */
          rules: external_exports.array(
            external_exports.strictObject({
              priority: external_exports.number().int().min(1).max(5e4),
              hostHeader: external_exports.array(external_exports.string()).min(1).max(5).optional(),
              pathPattern: external_exports.array(external_exports.string()).min(1).max(5).optional(),
              forward: external_exports.array(external_exports.string()).min(1).optional(),
              redirect: redirect.optional()
            }).refine((rule) => rule.forward === void 0 !== (rule.redirect === void 0), {
              message: "exactly one of forward or redirect"
            }).refine((rule) => rule.hostHeader !== void 0 || rule.pathPattern !== void 0, {
              message: "a rule needs a hostHeader or pathPattern condition"
            })
          ).default([])
        }).refine((l) => l.forward === void 0 !== (l.redirect === void 0), {
          message: "exactly one of forward or redirect"
        })
      ).default([])
    })
  ).default([]),
  targetGroups: external_exports.array(
    external_exports.strictObject({
      name: external_exports.string(),
      loadBalancer: external_exports.string().optional(),
      port: external_exports.number().int().default(80),
      healthCheck: external_exports.strictObject({
        path: external_exports.string().default("/"),
        intervalSeconds: external_exports.number().int().min(5).max(300).default(30),
        timeoutSeconds: external_exports.number().int().min(2).max(120).default(5),
        healthyThreshold: external_exports.number().int().min(2).max(10).default(5),
        unhealthyThreshold: external_exports.number().int().min(2).max(10).default(2)
      }),
      deregistrationDelaySeconds: external_exports.number().int().min(0).max(3600).default(300)
    })
  ).default([]),
  launchTemplates: external_exports.array(
    external_exports.strictObject({
      name: external_exports.string(),
      imageId: external_exports.string(),
      instanceType: external_exports.string().default("t3.medium"),
      /** Instance profile name the template's instances run with (the fleet's role). */
      iamInstanceProfile: external_exports.string().optional(),
      tags
    })
  ).default([]),
  fleets: external_exports.array(
    external_exports.strictObject({
      environment: external_exports.string(),
      count: external_exports.number().int().min(0),
      image: id("ami"),
      instanceType: external_exports.string().default("t3.medium"),
      targetGroup: external_exports.string().optional(),
      launchedAt: isoTime2
    })
  ).default([]),
  alarms: external_exports.array(
    external_exports.strictObject({
      name: external_exports.string(),
      targetGroup: external_exports.string(),
      metric: external_exports.string(),
      threshold: external_exports.number(),
      state: external_exports.enum(["OK", "ALARM", "INSUFFICIENT_DATA"]).default("OK")
    })
  ).default([]),
  parameters: external_exports.array(
    external_exports.strictObject({
      name: external_exports.string(),
      type: external_exports.enum(["String", "StringList", "SecureString"]),
      value: external_exports.string()
    })
  ).default([])
});

// src/sim/world-file.ts
var WORLD_FILE = "sim/world.yml";
async function readWorld(root) {
  const file = path.join(root, WORLD_FILE);
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new ConfigError([
      { file: WORLD_FILE, line: 1, column: 1, path: "", message: `no world file (expected ${file})` }
    ]);
  }
  const source = new YamlSource(WORLD_FILE, text);
  if (source.syntaxProblems.length > 0) throw new ConfigError(source.syntaxProblems);
  const data = source.value();
  const parsed = worldSchema.safeParse(data);
  if (!parsed.success)
    throw new ConfigError(
      findingsFromIssues(parsed.error.issues, worldSchema, data).map((f) => source.problem(f))
    );
  const world = parsed.data;
  const problems = referenceProblems(world, source);
  if (problems.length > 0) throw new ConfigError(problems);
  return { world, source, dir: path.dirname(file) };
}
async function readInventory(source, dir, ref, at) {
  const file = path.resolve(dir, ref);
  let data;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ConfigError([
      source.problem({ path: at, message: `cannot read inventory ${ref}: ${error.message}` })
    ]);
  }
  const parsed = inventorySchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError([
      source.problem({
        path: at,
        message: `${ref} is not an inventory: ${first?.path.join(".")}: ${first?.message}`
      })
    ]);
  }
  return parsed.data;
}
function referenceProblems(world, source) {
  const problems = [];
  const check2 = (known, name, kind, at) => {
    if (name !== void 0 && !known.has(name))
      problems.push(source.problem({ path: at, message: `unknown ${kind} '${name}'` }));
  };
  const subnetIds = new Set(world.subnets.map((s) => s.id));
  const tgNames = new Set(world.targetGroups.map((t) => t.name));
  const imageIds = new Set(world.images.map((i) => i.id));
  for (const [i, lb] of world.loadBalancers.entries()) {
    for (const [j, s] of lb.subnets.entries())
      check2(subnetIds, s, "subnet", ["loadBalancers", i, "subnets", j]);
    for (const [j, l] of lb.listeners.entries()) {
      for (const [k, t] of (l.forward ?? []).entries())
        check2(tgNames, t, "target group", ["loadBalancers", i, "listeners", j, "forward", k]);
      for (const [m, rule] of l.rules.entries())
        for (const [k, t] of (rule.forward ?? []).entries())
          check2(tgNames, t, "target group", ["loadBalancers", i, "listeners", j, "rules", m, "forward", k]);
    }
  }
  for (const [i, f] of world.fleets.entries()) {
    check2(imageIds, f.image, "image", ["fleets", i, "image"]);
    check2(tgNames, f.targetGroup || void 0, "target group", ["fleets", i, "targetGroup"]);
  }
  for (const [i, a] of world.alarms.entries())
    check2(tgNames, a.targetGroup, "target group", ["alarms", i, "targetGroup"]);
  return problems;
}

// src/sim/world.ts
var DAY = 864e5;
async function loadWorld(root) {
  const { world, source, dir } = await readWorld(root);
  const state = emptyState({ account: world.account, now: world.start, seed: world.seed });
  const r = regionOf(state, world.region);
  addNetwork(r, world);
  for (const b of world.baseImages) {
    const o = {
      region: world.region,
      os: b.os,
      arch: b.arch,
      at: world.start - 14 * DAY
    };
    if (b.release) o.release = b.release;
    publishBaseImage(state, o);
  }
  for (const [i, image] of world.images.entries()) {
    const inventory = image.inventory ? await readInventory(source, dir, image.inventory, ["images", i, "inventory"]) : void 0;
    addImage(state, world, { image, inventory });
  }
  addLoadBalancing(state, world);
  addLaunchTemplates(state, world);
  await addFleets(state, world);
  addAlarms(r, world);
  for (const p of world.parameters) {
    r.parameters[p.name] = {
      name: p.name,
      type: p.type,
      value: p.value,
      version: 1,
      modifiedAt: world.start - DAY,
      tags: {}
    };
  }
  return state;
}
function addNetwork(r, world) {
  r.vpcs.push({
    id: world.vpc.id,
    cidr: world.vpc.cidr,
    tags: world.vpc.name ? { Name: world.vpc.name } : {}
  });
  for (const s of world.subnets)
    r.subnets.push({
      id: s.id,
      vpcId: world.vpc.id,
      availabilityZone: s.availabilityZone,
      cidr: s.cidr,
      tags: {},
      nextHost: 4
    });
}
function addImage(state, world, o) {
  const { image } = o;
  const { imageId } = createImageRecord(state, {
    region: world.region,
    name: image.name,
    architecture: image.architecture,
    at: image.created,
    tags: image.tags,
    ...image.description !== void 0 ? { description: image.description } : {},
    ...o.inventory !== void 0 ? { inventory: o.inventory } : {}
  });
  const r = regionOf(state, world.region);
  const record = r.images[imageId];
  delete r.images[imageId];
  record.id = image.id;
  r.images[image.id] = record;
}
function addLoadBalancing(state, world) {
  const { region, account } = world;
  const r = regionOf(state, region);
  for (const lb of world.loadBalancers) {
    const hex = newHex(state, "elb", 16);
    const arn2 = `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/app/${lb.name}/${hex}`;
    r.loadBalancers.push({
      arn: arn2,
      name: lb.name,
      dnsName: `${lb.name}-${parseInt(hex.slice(0, 8), 16)}.${region}.elb.amazonaws.com`,
      vpcId: world.vpc.id,
      subnets: lb.subnets,
      scheme: "internet-facing",
      createdAt: world.start - 365 * DAY,
      securityGroups: []
    });
  }
  const lbArn = (name) => r.loadBalancers.find((lb) => lb.name === name)?.arn;
  for (const tg of world.targetGroups) {
    const arn2 = `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/${tg.name}/${newHex(state, "tg", 16)}`;
    const lb = lbArn(tg.loadBalancer);
    r.targetGroups[arn2] = {
      arn: arn2,
      name: tg.name,
      vpcId: world.vpc.id,
      protocol: "HTTP",
      port: tg.port,
      healthCheck: { ...tg.healthCheck, port: "traffic-port", protocol: "HTTP", matcher: "200" },
      deregistrationDelaySeconds: tg.deregistrationDelaySeconds,
      loadBalancerArns: lb ? [lb] : [],
      targets: [],
      tags: {}
    };
  }
  for (const lb of world.loadBalancers) {
    for (const l of lb.listeners) {
      const arn2 = `${lbArn(lb.name).replace(":loadbalancer/", ":listener/")}/${newHex(state, "listener", 16)}`;
      const forward = (names = []) => names.map((t) => ({ targetGroupArn: targetGroupArn(r, t), weight: 1 }));
      const listener = {
        arn: arn2,
        loadBalancerArn: lbArn(lb.name),
        port: l.port,
        protocol: l.protocol,
        forward: forward(l.forward)
      };
      if (l.redirect) listener.redirect = redirectRecord(l.redirect);
      if (l.rules.length > 0) {
        listener.defaultRuleArn = ruleArn(arn2, "default");
        listener.rules = l.rules.map((rule) => {
          const record = {
            arn: ruleArn(arn2, String(rule.priority)),
            priority: rule.priority,
            forward: forward(rule.forward)
          };
          if (rule.hostHeader) record.hostHeader = rule.hostHeader;
          if (rule.pathPattern) record.pathPattern = rule.pathPattern;
          if (rule.redirect) record.redirect = redirectRecord(rule.redirect);
          return record;
        });
      }
      r.listeners.push(listener);
    }
  }
}
function ruleArn(listenerArn, priority) {
  const hex = createHash3("sha256").update(`${listenerArn} ${priority}`).digest("hex").slice(0, 16);
  return `${listenerArn.replace(":listener/", ":listener-rule/")}/${hex}`;
}
function redirectRecord(r) {
  const record = { statusCode: r.statusCode === 302 ? "HTTP_302" : "HTTP_301" };
  if (r.protocol) record.protocol = r.protocol;
  if (r.port !== void 0) record.port = String(r.port);
  if (r.host) record.host = r.host;
  if (r.path) record.path = r.path;
  return record;
}
function targetGroupArn(r, name) {
  return Object.values(r.targetGroups).find((t) => t.name === name)?.arn;
}
function addLaunchTemplates(state, world) {
  const r = regionOf(state, world.region);
  for (const lt of world.launchTemplates) {
    const ltId = newId(state, "lt");
    r.launchTemplates[ltId] = {
      id: ltId,
      name: lt.name,
      createdAt: world.start - 365 * DAY,
      defaultVersion: 1,
      tags: lt.tags,
      versions: [
        {
          number: 1,
          createdAt: world.start - 365 * DAY,
          data: {
            ImageId: lt.imageId,
            InstanceType: lt.instanceType,
            MetadataOptions: { HttpTokens: "optional" },
            ...lt.iamInstanceProfile ? { IamInstanceProfile: { Name: lt.iamInstanceProfile } } : {}
          }
        }
      ]
    };
  }
}
async function addFleets(state, world) {
  const r = regionOf(state, world.region);
  const noFaults = new Faults([]);
  for (const fleet of world.fleets) {
    const image = r.images[fleet.image];
    for (let n = 0; n < fleet.count; n++) {
      const subnet = r.subnets[n % r.subnets.length];
      const instanceId = newId(state, "i");
      const instance = {
        id: instanceId,
        reservationId: newId(state, "r"),
        imageId: image.id,
        instanceType: fleet.instanceType,
        architecture: image.architecture,
        subnetId: subnet.id,
        vpcId: subnet.vpcId,
        availabilityZone: subnet.availabilityZone,
        privateIp: nextPrivateIp(subnet),
        launchedAt: fleet.launchedAt,
        transitions: [
          { at: fleet.launchedAt, state: "pending" },
          { at: fleet.launchedAt + TIMINGS.pendingToRunning, state: "running" }
        ],
        reboots: [],
        // Servers built by hand carry no amipipe tags: a rollout finds them through their
        // target group and adopts them (tags them) at its first step.
        tags: { Name: `web-${fleet.environment}-${String(n + 1).padStart(2, "0")}` },
        metadataOptions: { httpTokens: "optional", httpEndpoint: "enabled", httpPutResponseHopLimit: 1 },
        blockDevices: image.blockDevices.map((b) => ({
          deviceName: b.deviceName,
          volumeId: newId(state, "vol"),
          volumeSize: b.volumeSize,
          volumeType: b.volumeType,
          deleteOnTermination: true
        })),
        securityGroupIds: [],
        facts: await factsForImage(image, {
          launchedAt: fleet.launchedAt,
          faults: noFaults,
          isNewestImage: false
        })
      };
      r.instances[instanceId] = instance;
      if (fleet.targetGroup)
        r.targetGroups[targetGroupArn(r, fleet.targetGroup)].targets.push({
          id: instanceId,
          port: 80,
          registeredAt: fleet.launchedAt + 6e5
        });
    }
  }
}
function addAlarms(r, world) {
  for (const a of world.alarms) {
    const tg = r.targetGroups[targetGroupArn(r, a.targetGroup)];
    const lb = r.loadBalancers.find((l) => tg.loadBalancerArns.includes(l.arn));
    r.alarms[a.name] = {
      name: a.name,
      arn: `arn:aws:cloudwatch:${world.region}:${world.account}:alarm:${a.name}`,
      description: `${a.metric} of ${a.targetGroup} above ${a.threshold}`,
      metricName: a.metric,
      namespace: "AWS/ApplicationELB",
      statistic: "Sum",
      period: 60,
      evaluationPeriods: 1,
      threshold: a.threshold,
      comparisonOperator: "GreaterThanThreshold",
      dimensions: [
        { name: "TargetGroup", value: tg.arn.slice(tg.arn.indexOf("targetgroup/")) },
        ...lb ? [{ name: "LoadBalancer", value: lb.arn.slice(lb.arn.indexOf("app/")) }] : []
      ],
      history: [
        {
          at: world.start - DAY,
          state: a.state,
          reason: "Threshold Crossed: no datapoints were above the threshold"
        }
      ]
    };
  }
}

// src/sim/session.ts
var MAX_ATTEMPTS = 8;
function simulatedFactory(engineOf, clock) {
  const credentials = async () => {
    let expiresAt;
    try {
      expiresAt = engineOf("sts").credentialsExpireAt();
    } catch {
    }
    return {
      accessKeyId: "ASIAAMIPIPESIMULATOR",
      secretAccessKey: "simulated",
      sessionToken: "simulated-session",
      ...expiresAt === void 0 ? {} : { expiration: new Date(expiresAt) }
    };
  };
  return createAwsFactory({
    clientConfig: {
      // A provider, not static keys: passed as client config (AwsFactoryOptions takes static ones only).
      credentials,
      retryStrategy: virtualRetryStrategy(MAX_ATTEMPTS, () => clock),
      maxAttempts: MAX_ATTEMPTS
    },
    configure: (client, service, region) => {
      client.middlewareStack.use({
        applyToStack: (stack) => {
          stack.add(
            // biome-ignore lint/suspicious/noExplicitAny: smithy middleware signature.
            (_next, context) => async (args) => {
              const operation = String(context.commandName ?? "").replace(/Command$/, "");
              const output = await engineOf(service).handle(service, operation, region, args.input);
              return { response: { statusCode: 200, headers: {} }, output };
            },
            // In the deserialize step ahead of the deserializer: the SDK's serializer, signer
            // and retry middleware (finalizeRequest step) run around it as against AWS.
            { step: "deserialize", priority: "high", name: "amipipeSimulator", override: true }
          );
        }
      });
    }
  });
}
function serialise(state) {
  if (state.calls.length > PERSISTED_CALLS) state.calls = state.calls.slice(-PERSISTED_CALLS);
  return JSON.stringify(state);
}
async function writeState(file, state) {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, serialise(state));
  await rename(tmp, file);
}
function writeStateSync(file, state) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, serialise(state));
  renameSync(tmp, file);
}
function createSimulator(o) {
  const clock = o.clock ?? new VirtualClock(o.state.now);
  if (clock.now() < o.state.now) clock.advance(o.state.now - clock.now());
  const faults = new Faults([...o.state.faults, ...o.faults ?? []]);
  const engine = new SimEngine(
    o.onCrash ? { state: o.state, clock, faults, onCrash: o.onCrash } : { state: o.state, clock, faults }
  );
  registerServices(engine);
  return {
    clock,
    engine,
    aws: simulatedFactory(() => engine, clock),
    ids: simulatorIds(() => o.state),
    save: async (file) => {
      o.state.now = clock.now();
      await writeState(file, o.state);
    }
  };
}
async function simulatorFromWorld(root, o = {}) {
  const state = await loadWorld(root);
  const options = { state };
  if (o.faults) options.faults = o.faults;
  if (o.onCrash) options.onCrash = o.onCrash;
  return createSimulator(options);
}
var sessions = /* @__PURE__ */ new WeakMap();
function crashHandler(file) {
  return (engine) => {
    engine.state.now = engine.clock.now();
    writeStateSync(file, engine.state);
    process.stderr.write(`simulator: crash-after-calls reached; world saved to ${file}; exiting with 137
`);
    process.exit(137);
  };
}
async function openSimSession(o) {
  new Faults(o.faults);
  let state;
  try {
    state = JSON.parse(await readFile2(o.file, "utf8"));
  } catch (error) {
    if (error.code !== "ENOENT") {
      throw new UsageError(`cannot read simulator state ${o.file}: ${error.message}`);
    }
  }
  if (state && state.version !== 1)
    throw new UsageError(`${o.file} is not an amipipe simulator state (run amipipe sim init)`);
  const clock = new VirtualClock(state?.now ?? 0);
  const internals = { file: o.file, faults: o.faults, clock };
  if (state)
    internals.current = createSimulator({ state, faults: o.faults, clock, onCrash: crashHandler(o.file) });
  const handle = {
    clock,
    aws: simulatedFactory(() => {
      if (!internals.current) throw new UsageError(`no simulator state at ${o.file}: run amipipe sim init`);
      return internals.current.engine;
    }, clock),
    save: async () => {
      if (internals.current) await internals.current.save(o.file);
    }
  };
  sessions.set(handle.aws, internals);
  return handle;
}
function replaceSessionWorld(handle, state) {
  const internals = sessions.get(handle.aws);
  if (!internals) throw new Error("not a simulator session");
  const perCall = internals.faults.filter((f) => !state.faults.includes(f));
  internals.current = createSimulator({
    state,
    faults: perCall,
    clock: internals.clock,
    onCrash: crashHandler(internals.file)
  });
  return internals.current;
}
function sessionEngine(handle) {
  return sessions.get(handle.aws)?.current?.engine;
}
function sessionFaults(handle) {
  return [...sessions.get(handle.aws)?.faults ?? []];
}
function sessionIds(handle) {
  const state = () => {
    const current = sessions.get(handle.aws)?.current;
    if (!current) throw new UsageError("no simulator state: run amipipe sim init");
    return current.engine.state;
  };
  return simulatorIds(state);
}
function simulatorIds(state) {
  return {
    token: () => newHex(state(), "token", 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5"),
    hex: (bytes) => newHex(state(), "hex", bytes * 2)
  };
}

export {
  WORLD_FILE,
  loadWorld,
  writeState,
  createSimulator,
  simulatorFromWorld,
  openSimSession,
  replaceSessionWorld,
  sessionEngine,
  sessionFaults,
  sessionIds,
  simulatorIds
};
