import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  autoScalingGroupName
} from "./chunk-J523DA24.js";
import {
  explicitRoute,
  probeFor
} from "./chunk-SL4SBNBZ.js";
import {
  isoOf,
  verdict
} from "./chunk-BX5ZCRC2.js";
import {
  TAG
} from "./chunk-MHZV5H25.js";
import {
  runProbe
} from "./chunk-XRFNW2K3.js";
import "./chunk-TGA5EI3H.js";
import {
  describeTargetHealth
} from "./chunk-PPZVFJ6A.js";
import "./chunk-PO4FRSYJ.js";
import "./chunk-DOMKHADK.js";
import {
  chunks,
  collectPages
} from "./chunk-OKTVBVYZ.js";
import {
  deliversSomewhere
} from "./chunk-LMTB6RDQ.js";
import "./chunk-I6B5MM45.js";
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-AWZ4RBDM.js";
import "./chunk-JK22FO5K.js";
import "./chunk-K46ZJ2WM.js";
import "./chunk-25FIIMCB.js";
import {
  require_dist_cjs
} from "./chunk-S3B3BLXZ.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-74FIX4JS.js";
import "./chunk-PA63LUZC.js";
import "./chunk-NQ3HVRT7.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/verify/alarms.ts
var import_client_cloudwatch = __toESM(require_dist_cjs2(), 1);
var NAMES_PER_CALL = 100;
async function readAlarms(aws, o) {
  const cloudwatch = aws.cloudwatch(o.region);
  const out = [];
  for (const names of chunks(o.names, NAMES_PER_CALL)) {
    const pages = await collectPages(async (token) => {
      const page = await cloudwatch.send(
        new import_client_cloudwatch.DescribeAlarmsCommand({
          AlarmNames: names,
          AlarmTypes: ["MetricAlarm", "CompositeAlarm"],
          ...token ? { NextToken: token } : {}
        })
      );
      return {
        items: [
          ...(page.MetricAlarms ?? []).map((a) => stateOf(a, "metric")),
          ...(page.CompositeAlarms ?? []).map((a) => stateOf(a, "composite"))
        ],
        next: page.NextToken
      };
    });
    out.push(...pages);
  }
  return out;
}
function stateOf(a, type) {
  const alarm = { name: a.AlarmName ?? "", type, state: a.StateValue ?? "INSUFFICIENT_DATA" };
  if (a.StateReason) alarm.reason = a.StateReason;
  if (a.StateUpdatedTimestamp) alarm.updated = a.StateUpdatedTimestamp.toISOString();
  return alarm;
}
function alarmsVerdict(o) {
  const byName = new Map(o.alarms.map((a) => [a.name, a]));
  const firing = o.names.flatMap((n) => {
    const a = byName.get(n);
    return a?.state === "ALARM" ? [a] : [];
  });
  const missing = o.names.filter((n) => !byName.has(n));
  const problems = [
    ...firing.map((a) => `alarm ${a.name} is in ALARM${a.reason ? `: ${a.reason}` : ""}`),
    ...missing.length > 0 ? [`alarm(s) not found in ${o.region}: ${missing.join(", ")} \u2014 the soak cannot watch them`] : []
  ];
  return {
    name: "alarms",
    level: "environment",
    target: o.environment,
    passed: problems.length === 0,
    summary: problems.length > 0 ? problems.join("; ") : `${o.names.length} alarm(s) quiet: ${o.names.map((n) => `${n} ${byName.get(n)?.state}`).join(", ")}`,
    evidence: {
      sample: o.sample,
      alarms: o.names.map((n) => byName.get(n) ?? { name: n, state: "missing" })
    }
  };
}
async function checkAlarms(aws, o) {
  if (o.names.length === 0) return [];
  const alarms = await readAlarms(aws, o);
  return [alarmsVerdict({ ...o, alarms })];
}

// src/verify/checks/log-delivery.ts
var sum = (plugins, key) => plugins.reduce((total, p) => total + (p[key] ?? 0), 0);
function sampleOf(inv, port) {
  const monitor = inv.monitors?.find((m) => m.port === port);
  const all = (monitor?.plugins ?? []).filter((p) => p.category === "output");
  const outputs = all.filter((p) => deliversSomewhere(p.type));
  return {
    delivering: outputs.length,
    nowhere: all.filter((p) => !deliversSomewhere(p.type)).map((p) => ({ pluginId: p.pluginId, type: p.type })),
    at: inv.host.collectedAt,
    reachable: Boolean(monitor?.reachable),
    emitRecords: sum(outputs, "emitRecords"),
    retryCount: sum(outputs, "retryCount"),
    bufferTotalQueuedSize: sum(outputs, "bufferTotalQueuedSize")
  };
}
function checkLogDelivery(samples, agent, target) {
  const name = `log-delivery:${agent.name}`;
  const port = agent.monitorPort ?? 24220;
  const series = samples.map((s) => sampleOf(s, port));
  const first = series[0];
  const last = series.at(-1);
  const problems = [];
  if (!first || !last || series.length < 2)
    problems.push(`${agent.name}: needs two samples across the soak, got ${series.length}`);
  else if (!last.reachable)
    problems.push(`${agent.name}: monitor_agent on ${port} does not answer: ${agent.name} is not running`);
  else if (last.delivering === 0 && last.nowhere.length > 0) {
    const types = [...new Set(last.nowhere.map((p) => `@type ${p.type}`))].join(", ");
    problems.push(
      `${agent.name} delivers nowhere: its only outputs are ${types} (${last.nowhere.map((p) => p.pluginId).join(", ")}), which ship no logs`
    );
  } else {
    if (last.emitRecords <= first.emitRecords) {
      problems.push(
        `${agent.name} delivers nothing: output records emitted stayed at ${last.emitRecords} from ${isoOf(first.at)} to ${isoOf(last.at)}`
      );
    }
    if (last.retryCount > first.retryCount)
      problems.push(
        `${agent.name} retries grow (${first.retryCount} \u2192 ${last.retryCount}): the destination refuses or is unreachable`
      );
  }
  return verdict({
    name,
    level: "environment",
    target,
    problems,
    ok: `${agent.name} delivering: ${first?.emitRecords ?? 0} \u2192 ${last?.emitRecords ?? 0} records, retries ${last?.retryCount ?? 0}`,
    evidence: { monitorPort: port, samples: series.map((s) => ({ ...s, at: isoOf(s.at) })) }
  });
}

// src/verify/http-check.ts
var HTTP_TIMEOUT_MS = 5e3;
async function checkHttp(http, o) {
  const base = { name: "http", level: "environment", target: o.environment };
  const explicit = explicitRoute(o.settings);
  const lookup = explicit ? void 0 : await o.lookup();
  const route = explicit ?? lookup?.routes[0];
  if (!route) return noRoute(base, lookup, o.sample);
  const response = await http.get({
    url: route.url,
    timeoutMs: HTTP_TIMEOUT_MS,
    ...route.host ? { host: route.host } : {}
  });
  const passed = response.status === o.settings.expect;
  const request = `GET ${route.url}${route.host ? ` (Host: ${route.host})` : ""}`;
  const certificateHint = response.status === 0 && route.url.startsWith("https:") && !route.host ? " \u2014 set verify.http.host to a name the listener's certificate covers" : "";
  return {
    ...base,
    passed,
    summary: response.status === 0 ? `${request} got no answer: ${response.error ?? "unknown error"}${certificateHint}` : `${request} \u2192 ${response.status}${response.location ? ` (Location: ${response.location})` : ""}${passed ? "" : ` (expected ${o.settings.expect})`}`,
    evidence: {
      sample: o.sample,
      url: route.url,
      ...route.host ? { host: route.host } : {},
      via: route.via,
      status: response.status,
      expected: o.settings.expect,
      ...response.location ? { location: response.location } : {},
      ...response.error ? { error: response.error } : {}
    }
  };
}
function noRoute(base, lookup, sample) {
  const group = lookup?.targetGroup ?? "";
  const why = !lookup?.targetGroupArn ? `target group ${group} not found` : lookup.loadBalancers.length === 0 ? `target group ${group} is behind no application load balancer: nothing to send HTTP to` : `no listener of ${lookup.loadBalancers.join(", ")} forwards to target group ${group}${lookup.rejected.length > 0 ? ` the check can use (${lookup.rejected.join("; ")})` : ""}: HTTP cannot reach ${base.target}`;
  return {
    ...base,
    passed: false,
    summary: why,
    evidence: { sample, targetGroup: group, rejected: lookup?.rejected ?? [] }
  };
}

// src/verify/launch-template.ts
var import_client_auto_scaling = __toESM(require_dist_cjs(), 1);
var import_client_ec2 = __toESM(require_dist_cjs3(), 1);
function hardeningChecks(env, facts) {
  const target = `${env}: ${facts.launchTemplate} v${facts.version}`;
  const tokens = facts.data.MetadataOptions?.HttpTokens ?? "optional (unset)";
  const imds = {
    name: "hardening:imdsv2",
    level: "environment",
    target,
    passed: tokens === "required",
    summary: tokens === "required" ? "IMDSv2 is required" : `IMDSv2 is not required (HttpTokens ${tokens}): IMDSv1 answers unauthenticated requests`,
    evidence: {
      httpTokens: tokens,
      httpEndpoint: facts.data.MetadataOptions?.HttpEndpoint ?? "enabled (unset)"
    }
  };
  const rootDevice = facts.image?.RootDeviceName ?? "/dev/xvda";
  const mapping = facts.data.BlockDeviceMappings?.find((m) => m.DeviceName === rootDevice);
  const amiRoot = facts.image?.BlockDeviceMappings?.find((m) => m.DeviceName === rootDevice);
  const by = mapping?.Ebs?.Encrypted === true ? "the launch template's root volume mapping" : amiRoot?.Ebs?.Encrypted === true ? "the AMI's encrypted root snapshot" : facts.encryptionByDefault ? "EBS encryption by default in the region" : void 0;
  const encryption = {
    name: "hardening:root-volume-encrypted",
    level: "environment",
    target,
    passed: by !== void 0,
    summary: by ? `root volume ${rootDevice} is encrypted by ${by}` : `root volume ${rootDevice} is not encrypted: set Encrypted on its mapping or turn on EBS encryption by default`,
    evidence: {
      rootDevice,
      launchTemplateEncrypted: mapping?.Ebs?.Encrypted ?? null,
      amiSnapshotEncrypted: amiRoot?.Ebs?.Encrypted ?? null,
      encryptionByDefault: facts.encryptionByDefault,
      kmsKeyId: mapping?.Ebs?.KmsKeyId ?? null
    }
  };
  return [imds, encryption];
}
async function launchTemplateHardening(aws, env) {
  const ec2 = aws.ec2(env.region);
  const templates = await ec2.send(
    new import_client_ec2.DescribeLaunchTemplatesCommand({
      Filters: [{ Name: "launch-template-name", Values: [env.fleet.launchTemplate] }]
    })
  );
  const lt = templates.LaunchTemplates?.[0];
  if (!lt?.LaunchTemplateId) {
    return [
      {
        name: "hardening:launch-template",
        level: "environment",
        target: env.name,
        passed: false,
        summary: `launch template ${env.fleet.launchTemplate} not found in ${env.region}`,
        evidence: {}
      }
    ];
  }
  const version = await versionInUse(aws, env, lt.LaunchTemplateId);
  const versions = await ec2.send(
    new import_client_ec2.DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: lt.LaunchTemplateId, Versions: [version] })
  );
  const v = versions.LaunchTemplateVersions?.[0];
  const data = v?.LaunchTemplateData ?? {};
  const ami = data.ImageId?.startsWith("ami-") ? data.ImageId : void 0;
  const images = ami ? await ec2.send(new import_client_ec2.DescribeImagesCommand({ ImageIds: [ami] })) : void 0;
  const facts = {
    launchTemplate: env.fleet.launchTemplate,
    version: String(v?.VersionNumber ?? version),
    data,
    encryptionByDefault: await encryptionByDefault(aws, env.region)
  };
  const image = images?.Images?.[0];
  if (image) facts.image = image;
  return hardeningChecks(env.name, facts);
}
async function encryptionByDefault(aws, region) {
  try {
    return (await aws.ec2(region).send(new import_client_ec2.GetEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault === true;
  } catch {
    return false;
  }
}
async function versionInUse(aws, env, launchTemplateId) {
  if (env.fleet.kind === "asg") {
    const name = autoScalingGroupName(env);
    const groups = await aws.autoscaling(env.region).send(new import_client_auto_scaling.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] }));
    const version = groups.AutoScalingGroups?.[0]?.LaunchTemplate?.Version;
    if (version) return version;
  }
  const answer = await aws.ec2(env.region).send(
    new import_client_ec2.DescribeInstancesCommand({
      Filters: [
        { Name: `tag:${TAG.environment}`, Values: [env.name] },
        { Name: "tag:aws:ec2launchtemplate:id", Values: [launchTemplateId] },
        { Name: "instance-state-name", Values: ["pending", "running"] }
      ]
    })
  );
  const newest = (answer.Reservations ?? []).flatMap((r) => r.Instances ?? []).sort((a, b) => (b.LaunchTime?.getTime() ?? 0) - (a.LaunchTime?.getTime() ?? 0))[0];
  return newest?.Tags?.find((t) => t.Key === "aws:ec2launchtemplate:version")?.Value ?? "$Latest";
}

// src/verify/target-health.ts
function roleOf(state) {
  switch (state) {
    case "healthy":
      return "serving";
    case "initial":
      return "warming";
    case "draining":
      return "leaving";
    default:
      return "failing";
  }
}
function targetHealthVerdict(o) {
  const targets = o.targets.map((t) => ({ ...t, role: roleOf(t.state) }));
  const count = (role) => targets.filter((t) => t.role === role).length;
  const failing = targets.filter((t) => t.role === "failing");
  const serving = count("serving");
  const noneServing = o.wants >= 1 && serving === 0;
  const others = [
    count("warming") > 0 ? `${count("warming")} warming up` : "",
    count("leaving") > 0 ? `${count("leaving")} draining` : ""
  ].filter(Boolean);
  const summary = failing.length > 0 ? `${failing.length} target(s) failing in ${o.targetGroup}: ${failing.map((t) => `${t.id} ${t.state}${t.reason ? ` (${t.reason})` : ""}`).join(", ")}${noneServing ? "; none serves" : ""}` : noneServing ? `no target serves in ${o.targetGroup} (${targets.length === 0 ? "no target registered" : others.join(", ")}); ${o.environment} wants ${o.wants}` : `${serving} target(s) serving in ${o.targetGroup}${others.length > 0 ? ` (${others.join(", ")})` : ""}`;
  return {
    name: "target-health",
    level: "environment",
    target: o.environment,
    passed: failing.length === 0 && !noneServing,
    summary,
    evidence: {
      sample: o.sample,
      targetGroup: o.targetGroup,
      wants: o.wants,
      serving,
      targets: targets.map(({ role: _role, ...target }) => target)
    }
  };
}

// src/verify/environment-checks.ts
async function targetHealthCheck(s, sample) {
  const group = await s.group();
  if (!group)
    return [
      {
        name: "target-health",
        level: "environment",
        target: s.environment,
        passed: false,
        summary: `target group ${s.targetGroup} not found in ${s.region}`,
        evidence: { sample, targetGroup: s.targetGroup }
      }
    ];
  const targets = await describeTargetHealth(s.aws, group);
  return [
    targetHealthVerdict({
      environment: s.environment,
      targetGroup: s.targetGroup,
      targets,
      wants: s.wants,
      sample
    })
  ];
}
async function httpCheck(s, sample) {
  if (!s.http) return [];
  return [
    await checkHttp(s.http.port, {
      environment: s.environment,
      lookup: () => s.route(),
      settings: s.http.settings,
      sample
    })
  ];
}
async function alarmsCheck(s, sample) {
  return checkAlarms(s.aws, { region: s.region, environment: s.environment, names: s.alarms, sample });
}
async function hardeningCheck(s) {
  return s.recipe ? launchTemplateHardening(s.aws, s.recipe.env) : [];
}
async function logDeliveryCheck(s) {
  const recipe = s.recipe;
  if (!recipe) return [];
  const logAgents = recipe.expected.agents.filter((a) => a.monitorPort !== void 0);
  if (logAgents.length === 0 || recipe.newInstances.size === 0) return [];
  const ids = [...recipe.newInstances];
  const outcomes = await runProbe(recipe.ports, {
    region: s.region,
    instanceIds: ids,
    probe: probeFor(["agents", "monitors"]),
    phase: recipe.phase
  });
  const results = [];
  for (const id of ids) {
    const outcome = outcomes.get(id);
    if (!outcome?.ok) {
      results.push({
        name: "log-delivery",
        level: "environment",
        target: id,
        passed: false,
        summary: outcome?.error ?? "no answer",
        evidence: {}
      });
      continue;
    }
    const series = [...recipe.agentSamples.get(id) ?? [], outcome.inventory];
    recipe.agentSamples.set(id, series);
    if (series.length >= 2) for (const agent of logAgents) results.push(checkLogDelivery(series, agent, id));
  }
  return results;
}
export {
  alarmsCheck,
  hardeningCheck,
  httpCheck,
  logDeliveryCheck,
  targetHealthCheck
};
