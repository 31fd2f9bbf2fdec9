import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  checkParity,
  isProgramRunning
} from "./chunk-EWNFG6EC.js";
import {
  autoScalingGroupName
} from "./chunk-J523DA24.js";
import {
  TAG
} from "./chunk-MHZV5H25.js";
import {
  runProbe
} from "./chunk-FYMZRVSS.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-HDNESQVI.js";
import {
  require_dist_cjs
} from "./chunk-GWXWFI4Q.js";
import {
  require_dist_cjs as require_dist_cjs4
} from "./chunk-RG3TGDQG.js";
import {
  require_dist_cjs4 as require_dist_cjs3
} from "./chunk-VEUODDAR.js";
import {
  offsetMs,
  zoneInfo
} from "./chunk-ALZQZS56.js";
import {
  CANARY_CRON_FILE,
  parseCanaryLine
} from "./chunk-C3FMDDSP.js";
import {
  deliversSomewhere
} from "./chunk-DNSQREQD.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/verify/checks/result.ts
function verdict(o) {
  return {
    name: o.name,
    level: o.level ?? "instance",
    target: o.target,
    passed: o.problems.length === 0,
    summary: o.problems.length === 0 ? o.ok : o.problems.join("; "),
    evidence: o.evidence
  };
}
function isoOf(epochSeconds) {
  return epochSeconds == null ? null : new Date(epochSeconds * 1e3).toISOString();
}
function missingSection(name, target, section) {
  return {
    name,
    level: "instance",
    target,
    passed: false,
    summary: `the probe returned no ${section} facts`,
    evidence: {}
  };
}

// src/verify/checks/agents.ts
function checkAgent(inv, agent, target) {
  const name = `agent:${agent.name}`;
  if (!inv.agents) return missingSection(name, target, "agents");
  const got = inv.agents.find((a) => a.name === agent.name);
  const process = inv.processes?.some((p) => p.comm === agent.process);
  const port = agent.monitorPort === void 0 ? void 0 : inv.ports?.some((p) => p.port === agent.monitorPort);
  const problems = [];
  if (!got?.installed) {
    const what = [`package ${agent.package} absent`, `no ${agent.process} process`];
    if (agent.monitorPort !== void 0) what.push(`nothing listening on ${agent.monitorPort}`);
    problems.push(`${agent.name} is not installed: ${what.join(", ")}`);
  } else {
    if (got.active !== "active") problems.push(`${agent.name} is ${got.active}`);
    if (got.enabled !== "enabled") problems.push(`${agent.name} is not enabled at boot (${got.enabled})`);
    if (inv.processes && !process) problems.push(`no ${agent.process} process runs`);
    if (inv.ports && port === false)
      problems.push(`nothing listens on ${agent.monitorPort} (${agent.name} monitor_agent)`);
  }
  return verdict({
    name,
    target,
    problems,
    ok: `${agent.name} installed and running${agent.monitorPort ? `, monitor_agent on ${agent.monitorPort}` : ""}`,
    evidence: {
      agent: agent.name,
      package: agent.package,
      state: got ?? null,
      process: process ?? null,
      monitorPort: agent.monitorPort ?? null,
      listening: port ?? null
    }
  });
}
function notInstalledAgents(inv, agents) {
  if (!inv.agents) return [];
  return agents.filter((agent) => !inv.agents?.find((a) => a.name === agent.name)?.installed);
}
function foldIntoAgent(result, consequences) {
  const earlier = result.evidence.consequences ?? [];
  return { ...result, evidence: { ...result.evidence, consequences: [...earlier, ...consequences] } };
}
function foldAgentConsequences(results) {
  const absent = /* @__PURE__ */ new Map();
  results.forEach((r, i) => {
    if (r.name.startsWith("agent:") && !r.passed && r.evidence.state?.installed !== true)
      absent.set(`${r.name.slice("agent:".length)} ${r.target}`, i);
  });
  const out = [...results];
  const dropped = /* @__PURE__ */ new Set();
  results.forEach((r, i) => {
    if (r.passed || !r.name.startsWith("log-delivery:")) return;
    const at = absent.get(`${r.name.slice("log-delivery:".length)} ${r.target}`);
    if (at === void 0) return;
    out[at] = foldIntoAgent(out[at], [`log delivery: ${r.summary}`]);
    dropped.add(i);
  });
  return out.filter((_, i) => !dropped.has(i));
}

// src/verify/expectations.ts
function expectationsFromRecipe(recipe) {
  const agents = [];
  const fluentd = recipe.agents.fluentd;
  if (fluentd)
    agents.push({
      name: "fluentd",
      package: "fluent-package",
      service: "fluentd",
      process: "fluentd",
      monitorPort: fluentd.monitorPort
    });
  if (recipe.agents["newrelic-infra"])
    agents.push({
      name: "newrelic-infra",
      package: "newrelic-infra",
      service: "newrelic-infra",
      process: "newrelic-infra"
    });
  const services = recipe.services.map((s) => ({
    name: s.name,
    ...s.port === void 0 ? {} : { port: s.port },
    enabled: s.enabled,
    ...s.processes.length > 0 ? { processes: [...s.processes] } : {}
  }));
  for (const agent of agents)
    if (!services.some((s) => s.name === agent.service))
      services.push({ name: agent.service, enabled: true });
  return {
    zone: recipe.timezone,
    services,
    agents,
    users: { create: recipe.users.create.map((u) => u.name), remove: recipe.users.remove },
    ssh: {
      passwordAuthentication: recipe.ssh.passwordAuthentication,
      permitRootLogin: recipe.ssh.permitRootLogin
    }
  };
}

// src/lifecycle/hardening.ts
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

// src/verify/checks/cron-timezone.ts
var CANARY_FRESH_SECONDS = 180;
var DAY_MINUTES = 24 * 60;
function checkCronTimezone(inv, zone, target) {
  const cron = inv.cron;
  const tz = inv.timezone;
  if (!cron || !tz) return missingSection("cron-timezone", target, cron ? "timezone" : "cron");
  const local = zoneInfo(zone);
  const at = (epochSeconds) => localClock(epochSeconds, local);
  const problems = [];
  const started = cron.daemon.startedAt;
  const changed = tz.localtimeChangedAt;
  const canary = cron.canary.lastLine ? parseCanaryLine(cron.canary.lastLine) : void 0;
  const startedEarly = cron.daemon.running && started !== null && changed !== null && started < changed;
  const canaryOff = canary !== void 0 && !canary.inZone;
  if (!cron.daemon.running) problems.push("crond is not running: no cron job runs at all");
  else if (startedEarly || canaryOff) {
    const lag = lagMinutes(canary, tz.utcOffset);
    const why = [];
    if (startedEarly)
      why.push(
        `crond started at ${at(started)}, before the zone was set to ${tz.zone} at ${sameDay(at(started), at(changed))}, and keeps the zone it read at start`
      );
    if (canaryOff)
      why.push(
        `the canary confirms it: at ${canary.at.slice(11, 16)} ${local.abbreviation} crond ran its hour-${canary.cronHour} entry`
      );
    problems.push(
      `${consequence(cron.entries, { lag, utcOffset: tz.utcOffset, zone: tz.zone, abbreviation: local.abbreviation })}. ${why.join("; ")}. Fix: restart crond after setting the zone, or reboot`
    );
  }
  if (cron.canary.logFile === null)
    problems.push("the image has no cron canary (no manifest): cannot prove cron runs in local time");
  else if (!canary) problems.push(`the cron canary never fired (nothing in ${cron.canary.logFile})`);
  else {
    if (canary.offset !== tz.utcOffset)
      problems.push(`the canary logged offset ${canary.offset}, the host is at ${tz.utcOffset}`);
    const age = cron.canary.lastRunAt === null ? null : inv.host.collectedAt - cron.canary.lastRunAt;
    if (age !== null && age > CANARY_FRESH_SECONDS)
      problems.push(`the canary last fired ${Math.round(age / 60)} minutes ago: cron is not running it`);
  }
  return verdict({
    name: "cron-timezone",
    target,
    problems,
    ok: `crond started after the zone was set; the canary fired at ${canary?.at ?? "?"} (local hour ${canary?.localHour ?? "?"} = cron hour)`,
    evidence: {
      crondStartedAt: isoOf(started),
      localtimeChangedAt: isoOf(changed),
      zone: tz.zone,
      utcOffset: tz.utcOffset,
      canaryLine: cron.canary.lastLine,
      canaryLastRunAt: isoOf(cron.canary.lastRunAt),
      collectedAt: isoOf(inv.host.collectedAt)
    }
  });
}
function localClock(epochSeconds, local) {
  const iso = new Date(epochSeconds * 1e3 + offsetMs(local.utcOffset)).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} ${local.abbreviation} (${local.utcOffset})`;
}
function lagMinutes(canary, utcOffset) {
  const fromOffset = offsetMs(utcOffset) / 6e4;
  if (!canary || canary.inZone) return fromOffset;
  const hours = (canary.localHour - canary.cronHour + 24) % 24;
  const offsetHours = (fromOffset / 60 % 24 + 24) % 24;
  return Math.floor(offsetHours) === hours || Math.ceil(offsetHours) === hours ? fromOffset : hours * 60;
}
function consequence(entries, o) {
  if (o.lag === 0) return `cron may still run on the zone crond started with, not ${o.zone}`;
  const crondOffset = offsetMs(o.utcOffset) / 6e4 - o.lag;
  const crondZone = crondOffset === 0 ? "UTC" : `UTC${crondOffset < 0 ? "-" : "+"}${clock(Math.abs(crondOffset))}`;
  const ahead = (o.lag % DAY_MINUTES + DAY_MINUTES) % DAY_MINUTES;
  const late = ahead <= DAY_MINUTES / 2;
  const shift = late ? ahead : DAY_MINUTES - ahead;
  const example = exampleJob(entries);
  const runs = example.hour * 60 + example.minute + (late ? shift : -shift);
  const day = runs >= DAY_MINUTES ? " the next day" : runs < 0 ? " the day before" : "";
  const name = example.name ? ` (${example.name})` : "";
  return `cron runs on ${crondZone}, not ${o.zone}: jobs fire ${duration(shift)} ${late ? "late" : "early"} \u2014 '${example.schedule}'${name} runs at ${clock((runs + DAY_MINUTES) % DAY_MINUTES)} ${o.abbreviation}${day}`;
}
function exampleJob(entries) {
  for (const e of entries) {
    if (e.source === CANARY_CRON_FILE) continue;
    const [minute, hour] = e.schedule.split(/\s+/);
    if (!/^\d{1,2}$/.test(minute ?? "") || !/^\d{1,2}$/.test(hour ?? "")) continue;
    const name = e.source.startsWith("/etc/cron.d/") ? e.source.slice("/etc/cron.d/".length) : void 0;
    return { schedule: e.schedule, ...name ? { name } : {}, hour: Number(hour), minute: Number(minute) };
  }
  return { schedule: "0 9 * * *", hour: 9, minute: 0 };
}
function clock(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
function duration(minutes) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 1 ? "1 hour" : `${h} hours`;
  return m === 0 ? hours : h === 0 ? `${m} minutes` : `${hours} ${m} minutes`;
}
function sameDay(first, second) {
  return first.slice(0, 10) === second.slice(0, 10) ? second.slice(11).replace(/ \([+-]\d{4}\)$/, "") : second;
}

// src/verify/checks/hardening.ts
function checkUsers(inv, users, target) {
  if (!inv.users) return missingSection("users", target, "users");
  const names = new Set(inv.users.map((u) => u.name));
  const problems = [
    ...users.create.filter((u) => !names.has(u)).map((u) => `user ${u} is missing`),
    ...users.remove.filter((u) => names.has(u)).map((u) => `user ${u} still exists`)
  ];
  return verdict({
    name: "users",
    target,
    problems,
    ok: `created: ${users.create.join(", ") || "none"}; removed: ${users.remove.join(", ") || "none"}`,
    evidence: { expected: users, present: [...names] }
  });
}
function checkSsh(inv, ssh, target) {
  if (!inv.ssh) return missingSection("ssh", target, "ssh");
  const problems = [];
  if (!ssh.passwordAuthentication && inv.ssh.passwordAuthentication !== "no") {
    problems.push(
      `SSH password login is ${inv.ssh.passwordAuthentication ?? "not set (sshd's default allows it)"}`
    );
  }
  if (!ssh.permitRootLogin && inv.ssh.permitRootLogin !== "no")
    problems.push(`SSH root login is ${inv.ssh.permitRootLogin ?? "not set"}, not no`);
  return verdict({
    name: "ssh",
    target,
    problems,
    ok: "password and root login off",
    evidence: { ...inv.ssh }
  });
}
function checkImds(inv, target) {
  if (!inv.imds) return missingSection("imds", target, "imds");
  const problems = inv.imds.tokenRequired === true ? [] : [
    inv.imds.reachable ? "IMDSv1 still answers without a session token" : "the instance metadata service is unreachable"
  ];
  return verdict({ name: "imds", target, problems, ok: "IMDSv2 required", evidence: { ...inv.imds } });
}

// src/verify/checks/services.ts
function checkServices(inv, expected, target, phase) {
  if (!inv.services) return missingSection("services", target, "services");
  const problems = [];
  const states = {};
  for (const want of expected) {
    const got = inv.services.find((s) => s.name === want.name);
    states[want.name] = got ? `${got.enabled}/${got.active}` : "not-found";
    if (!want.enabled) continue;
    if (!got || got.enabled === "not-found") problems.push(`${want.name} is not installed`);
    else if (got.enabled !== "enabled" && got.active === "active") {
      problems.push(
        `${want.name} is running but not enabled at boot (${got.enabled}): it will be gone after a reboot`
      );
    } else if (got.enabled !== "enabled")
      problems.push(
        `${want.name} is not enabled at boot (${got.enabled}) and not running${phase === "reboot" ? " after the reboot" : ""}`
      );
    else if (got.active !== "active")
      problems.push(
        `${want.name} is enabled but ${got.active}${phase === "reboot" ? " after the reboot" : ""}`
      );
  }
  const names = expected.filter((s) => s.enabled).map((s) => s.name);
  return verdict({
    name: "services",
    target,
    problems,
    ok: `${names.join(", ")} enabled at boot and active${phase === "reboot" ? " after a reboot" : ""}`,
    evidence: { phase, states }
  });
}
function checkPorts(inv, expected, target) {
  if (!inv.ports) return missingSection("ports", target, "ports");
  const wanted = expected.filter((s) => s.port !== void 0 && s.enabled);
  const listening = new Set(inv.ports.map((p) => p.port));
  const problems = wanted.filter((s) => !listening.has(s.port)).map((s) => `nothing listens on port ${s.port} (${s.name})`);
  return verdict({
    name: "ports",
    target,
    problems,
    ok: wanted.length ? `listening: ${wanted.map((s) => `${s.port} (${s.name})`).join(", ")}` : "no ports declared",
    evidence: {
      expected: wanted.map((s) => ({ service: s.name, port: s.port })),
      listening: [...listening].sort((a, b) => a - b)
    }
  });
}
function checkProcesses(inv, expected, target) {
  if (!inv.processes) return missingSection("processes", target, "processes");
  const wanted = expected.filter((s) => s.enabled).flatMap((s) => (s.processes ?? []).map((p) => ({ service: s.name, program: p })));
  const problems = wanted.filter((w) => !isProgramRunning(inv.processes ?? [], w.program)).map((w) => `${w.program} (run by ${w.service}) is not running`);
  return verdict({
    name: "processes",
    target,
    problems,
    ok: wanted.length > 0 ? `running: ${wanted.map((w) => w.program).join(", ")}` : "no extra programs declared",
    evidence: { expected: wanted }
  });
}

// src/verify/checks/timezone.ts
function checkTimezone(inv, zone, target) {
  const tz = inv.timezone;
  if (!tz) return missingSection("timezone", target, "timezone");
  const problems = tz.zone === zone ? [] : [`timezone is ${tz.zone} (${tz.abbreviation}), the recipe says ${zone}`];
  return verdict({
    name: "timezone",
    target,
    problems,
    ok: `${tz.zone} (${tz.abbreviation}, ${tz.utcOffset})`,
    evidence: {
      zone: tz.zone,
      abbreviation: tz.abbreviation,
      utcOffset: tz.utcOffset,
      expected: zone,
      localtimeChangedAt: isoOf(tz.localtimeChangedAt)
    }
  });
}

// src/verify/checks/instance.ts
function instanceChecks(inv, expected, o) {
  const agents = expected.agents.map((agent) => checkAgent(inv, agent, o.target));
  const absent = notInstalledAgents(inv, expected.agents);
  const absentServices = new Set(absent.map((a) => a.service));
  const ownServices = expected.services.filter((s) => !absentServices.has(s.name));
  const folded = agents.map((result) => {
    const agent = absent.find((a) => result.name === `agent:${a.name}`);
    return agent ? foldIntoAgent(result, [
      `service ${agent.service}: not installed (the services check leaves it to this finding)`
    ]) : result;
  });
  return [
    checkTimezone(inv, expected.zone, o.target),
    checkCronTimezone(inv, expected.zone, o.target),
    checkServices(inv, ownServices, o.target, o.phase),
    checkPorts(inv, ownServices, o.target),
    checkProcesses(inv, ownServices, o.target),
    ...folded,
    checkUsers(inv, expected.users, o.target),
    checkSsh(inv, expected.ssh, o.target),
    checkImds(inv, o.target)
  ];
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
    target,
    problems,
    ok: `${agent.name} delivering: ${first?.emitRecords ?? 0} \u2192 ${last?.emitRecords ?? 0} records, retries ${last?.retryCount ?? 0}`,
    evidence: { monitorPort: port, samples: series.map((s) => ({ ...s, at: isoOf(s.at) })) }
  });
}

// src/verify/environment.ts
var import_client_cloudwatch = __toESM(require_dist_cjs2(), 1);
var import_client_elastic_load_balancing_v2 = __toESM(require_dist_cjs4(), 1);
async function resolveEdge(ctx, o) {
  const elbv2 = ctx.aws.elbv2(o.region);
  const group = (await elbv2.send(new import_client_elastic_load_balancing_v2.DescribeTargetGroupsCommand({ Names: [o.targetGroup] }))).TargetGroups?.[0];
  const edge = { ...o };
  if (!group?.TargetGroupArn) return edge;
  edge.targetGroupArn = group.TargetGroupArn;
  const lbArns = group.LoadBalancerArns ?? [];
  if (lbArns.length === 0) return edge;
  const lbs = (await elbv2.send(new import_client_elastic_load_balancing_v2.DescribeLoadBalancersCommand({ LoadBalancerArns: lbArns }))).LoadBalancers ?? [];
  const dns = (lbs.find((lb) => lb.Type === "application") ?? lbs[0])?.DNSName;
  if (dns) edge.dnsName = dns;
  return edge;
}
async function checkTargetHealth(ctx, edge, sample) {
  const health = edge.targetGroupArn ? await ctx.aws.elbv2(edge.region).send(new import_client_elastic_load_balancing_v2.DescribeTargetHealthCommand({ TargetGroupArn: edge.targetGroupArn })) : { TargetHealthDescriptions: [] };
  const states = (health.TargetHealthDescriptions ?? []).map((t) => ({
    id: t.Target?.Id ?? "",
    state: t.TargetHealth?.State ?? "unknown"
  }));
  const bad = states.filter((s) => !["healthy", "initial", "draining"].includes(s.state));
  const healthy = states.filter((s) => s.state === "healthy").length;
  return {
    name: "target-health",
    level: "environment",
    target: edge.environment,
    passed: bad.length === 0 && healthy > 0,
    summary: !edge.targetGroupArn ? `target group ${edge.targetGroup} not found` : bad.length > 0 ? `unhealthy in ${edge.targetGroup}: ${bad.map((s) => `${s.id} ${s.state}`).join(", ")}` : `${healthy} healthy target(s) in ${edge.targetGroup}`,
    evidence: { sample, targetGroup: edge.targetGroup, targets: states }
  };
}
async function checkAlarms(ctx, o) {
  const out = await ctx.aws.cloudwatch(o.region).send(new import_client_cloudwatch.DescribeAlarmsCommand({ AlarmNames: [...o.names] }));
  const states = (out.MetricAlarms ?? []).map((a) => ({
    name: a.AlarmName ?? "",
    state: a.StateValue ?? "INSUFFICIENT_DATA"
  }));
  const firing = states.filter((a) => a.state === "ALARM");
  const unknown = o.names.filter((n) => !states.some((s) => s.name === n));
  return {
    name: "alarms",
    level: "environment",
    target: o.environment,
    passed: firing.length === 0 && unknown.length === 0,
    summary: firing.length > 0 ? `alarm ${firing.map((a) => a.name).join(", ")} firing` : unknown.length > 0 ? `alarm(s) not found: ${unknown.join(", ")}` : `${states.length} alarm(s) quiet`,
    evidence: { sample: o.sample, alarms: states }
  };
}
var HTTP_TIMEOUT_MS = 5e3;
async function checkHttp(http, edge, o) {
  const base = { name: "http", level: "environment", target: edge.environment };
  if (!edge.dnsName) {
    return {
      ...base,
      passed: false,
      summary: `target group ${edge.targetGroup} is behind no load balancer: nothing to send HTTP to`,
      evidence: { sample: o.sample, targetGroup: edge.targetGroup }
    };
  }
  const url = `http://${edge.dnsName}${o.path.startsWith("/") ? o.path : `/${o.path}`}`;
  const response = await http.get({
    url,
    timeoutMs: HTTP_TIMEOUT_MS,
    ...edge.targetGroupArn ? { via: { targetGroupArn: edge.targetGroupArn } } : {}
  });
  const passed = response.status === o.expect;
  return {
    ...base,
    passed,
    summary: response.status === 0 ? `GET ${url} got no answer: ${response.error ?? "unknown error"}` : `GET ${url} \u2192 ${response.status}${passed ? "" : ` (expected ${o.expect})`}`,
    evidence: {
      sample: o.sample,
      url,
      status: response.status,
      expected: o.expect,
      ...response.error ? { error: response.error } : {}
    }
  };
}

// src/verify/reboot-proof.ts
var UNSETTLED = /* @__PURE__ */ new Set(["activating", "deactivating", "reloading", "refreshing"]);
async function bootStates(ports, o) {
  const outcomes = await runProbe(ports, {
    region: o.region,
    instanceIds: o.ids,
    probe: "services",
    phase: o.phase
  });
  const out = /* @__PURE__ */ new Map();
  for (const id of o.ids) {
    const outcome = outcomes.get(id);
    if (!outcome?.ok) {
      out.set(id, { error: outcome?.error ?? "no answer" });
      continue;
    }
    const inventory = outcome.inventory;
    out.set(id, {
      bootedAt: inventory.host.bootedAt,
      settling: (inventory.services ?? []).filter((s) => UNSETTLED.has(s.active)).map((s) => s.name)
    });
  }
  return out;
}

// src/verify/rollout-verifier.ts
function createRolloutVerifier(ctx, o) {
  const env = o.env.env;
  const region = env.region;
  const recipe = o.project.recipes.get(env.recipe)?.recipe;
  if (!recipe) throw new Error(`environment ${env.name}: recipe ${env.recipe} is not loaded`);
  const expected = expectationsFromRecipe(recipe);
  const phase = `verify ${env.name}`;
  const newInstances = /* @__PURE__ */ new Set();
  const agentSamples = /* @__PURE__ */ new Map();
  const parityOn = env.verify.parity ?? o.stage.first;
  let edge;
  let hardeningChecked = false;
  const failedProbe = (name, target, error) => ({
    name,
    level: "instance",
    target,
    passed: false,
    summary: error,
    evidence: {}
  });
  return {
    async instanceChecks(instanceIds, checkPhase) {
      for (const id of instanceIds) newInstances.add(id);
      ctx.progress.info(phase, `instance checks (${checkPhase}) on ${instanceIds.join(", ")}`);
      const outcomes = await runProbe(ctx, { region, instanceIds, probe: "instance", phase });
      return instanceIds.flatMap((id) => {
        const outcome = outcomes.get(id);
        if (!outcome?.ok) return [failedProbe("probe", id, outcome?.error ?? "no answer")];
        return instanceChecks(outcome.inventory, expected, { target: id, phase: checkPhase });
      });
    },
    async parity(servingInstanceId, newInstanceId) {
      if (!parityOn) return [];
      ctx.progress.info(phase, `parity: surveying ${servingInstanceId} (serving) and ${newInstanceId} (new)`);
      const outcomes = await runProbe(ctx, {
        region,
        instanceIds: [servingInstanceId, newInstanceId],
        probe: "instance",
        phase
      });
      const older = outcomes.get(servingInstanceId);
      const newer = outcomes.get(newInstanceId);
      if (!older?.ok)
        return [
          failedProbe(
            "parity",
            newInstanceId,
            `survey of ${servingInstanceId} failed: ${older?.error ?? "no answer"}`
          )
        ];
      if (!newer?.ok)
        return [
          failedProbe(
            "parity",
            newInstanceId,
            `survey of ${newInstanceId} failed: ${newer?.error ?? "no answer"}`
          )
        ];
      return [
        checkParity(older.inventory, newer.inventory, {
          target: newInstanceId,
          waivers: recipe.parity.waive
        })
      ];
    },
    bootStates(instanceIds) {
      return bootStates(ctx, { region, ids: instanceIds, phase });
    },
    async soakSample(sampleIndex) {
      edge ??= resolveEdge(ctx, { environment: env.name, region, targetGroup: env.fleet.targetGroup });
      const through = await edge;
      const results = [await checkTargetHealth(ctx, through, sampleIndex)];
      if (ctx.http)
        results.push(
          await checkHttp(ctx.http, through, {
            path: env.verify.http.path,
            expect: env.verify.http.expect,
            sample: sampleIndex
          })
        );
      if (env.verify.alarms.length > 0)
        results.push(
          await checkAlarms(ctx, {
            region,
            environment: env.name,
            names: env.verify.alarms,
            sample: sampleIndex
          })
        );
      if (!hardeningChecked) {
        hardeningChecked = true;
        results.push(...await launchTemplateHardening(ctx.aws, env));
      }
      const logAgents = expected.agents.filter((a) => a.monitorPort !== void 0);
      if (logAgents.length === 0 || newInstances.size === 0) return results;
      const ids = [...newInstances];
      const outcomes = await runProbe(ctx, { region, instanceIds: ids, probe: "agents", phase });
      for (const id of ids) {
        const outcome = outcomes.get(id);
        if (!outcome?.ok) {
          results.push(failedProbe("log-delivery", id, outcome?.error ?? "no answer"));
          continue;
        }
        const series = [...agentSamples.get(id) ?? [], outcome.inventory];
        agentSamples.set(id, series);
        if (series.length >= 2)
          for (const agent of logAgents) results.push(checkLogDelivery(series, agent, id));
      }
      return results;
    }
  };
}

export {
  foldAgentConsequences,
  expectationsFromRecipe,
  createRolloutVerifier
};
