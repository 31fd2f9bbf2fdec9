import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-25FIIMCB.js";
import {
  parseDuration
} from "./chunk-U2BKHDZX.js";

// src/sim/faults/agents.ts
function agentNamed(facts, wanted) {
  const name = wanted === "newrelic" ? "newrelic-infra" : wanted;
  return facts.agents.find((a) => a.name === name || a.package === name || a.service === name);
}

// src/sim/faults/fault.ts
function defineFault(spec) {
  return spec;
}
var noArgument = {
  kind: "none",
  parse: () => void 0
};
function durationArgument(fault) {
  return {
    kind: "required",
    label: "DURATION",
    parse(text) {
      const ms = parseDuration(text ?? "");
      if (ms === void 0)
        throw new UsageError(`${fault} needs a duration such as 90s, 20m or 1h (got: '${text ?? ""}')`);
      return ms;
    }
  };
}
function nameArgument(fault, label) {
  return {
    kind: "required",
    label,
    parse(text) {
      if (!text) throw new UsageError(`fault '${fault}' needs an argument: ${fault}=${label}`);
      return text;
    }
  };
}

// src/sim/faults/agent-missing.ts
var AGENT_USERS = { fluentd: ["_fluentd"] };
var agentMissing = defineFault({
  name: "agent-missing",
  argument: nameArgument("agent-missing", "AGENT"),
  help: "the agent is absent from new instances",
  effects: (wanted) => ({
    // As if the install step had been left out: no package, unit, process, port, user or monitor.
    alterNewInstance: (facts) => {
      const agent = agentNamed(facts, wanted);
      if (!agent) return facts;
      const users = new Set(AGENT_USERS[agent.name] ?? []);
      return {
        ...facts,
        agents: facts.agents.filter((a) => a !== agent),
        services: facts.services.filter((s) => s.name !== agent.service),
        processes: facts.processes.filter((p) => p.service !== agent.service),
        ports: facts.ports.filter((p) => p.service !== agent.service),
        packages: facts.packages.filter((p) => p.name !== agent.package),
        monitors: facts.monitors.filter((m) => m.service !== agent.service),
        users: facts.users.filter((u) => !users.has(u.name))
      };
    }
  })
});

// src/sim/sim-error.ts
var SimError = class extends Error {
  constructor(code, message, status = 400) {
    super(message);
    this.code = code;
    this.status = status;
    this.name = "SimError";
  }
  code;
  status;
};

// src/sim/faults/capacity.ts
var capacity = defineFault({
  name: "capacity",
  argument: nameArgument("capacity", "SUBNET"),
  help: "RunInstances in SUBNET answers InsufficientInstanceCapacity",
  effects: (where) => ({
    refusesLaunch: (l) => where === l.subnetId || where === l.availabilityZone ? new SimError(
      "InsufficientInstanceCapacity",
      `We currently do not have sufficient ${l.instanceType} capacity in the Availability Zone you requested (${l.availabilityZone}). Our system will be working on provisioning additional capacity. You can currently get ${l.instanceType} capacity by not specifying an Availability Zone in your request or choosing ${l.otherZones.join(", ")}.`,
      500
    ) : void 0
  })
});

// src/sim/faults/crash-after-calls.ts
var crashAfterCalls = defineFault({
  name: "crash-after-calls",
  argument: {
    kind: "required",
    label: "N",
    parse(text) {
      if (!/^\d+$/.test(text ?? ""))
        throw new UsageError(`crash-after-calls needs a whole number of calls (got: '${text ?? ""}')`);
      return Number(text);
    }
  },
  help: "the process dies abruptly after N API calls",
  effects: (n) => ({ diesBefore: (call) => call.callsSoFar >= n })
});

// src/sim/faults/credentials-expire.ts
var JSON_SERVICES = /* @__PURE__ */ new Set(["ssm", "imagebuilder"]);
var credentialsExpire = defineFault({
  name: "credentials-expire",
  argument: durationArgument("credentials-expire"),
  help: "every call after DURATION of virtual time fails with ExpiredToken",
  effects: (lifetime) => ({
    credentialsLifetimeMs: lifetime,
    answers: (call) => call.now >= call.sessionStart + lifetime ? new SimError(
      JSON_SERVICES.has(call.service) ? "ExpiredTokenException" : "ExpiredToken",
      "The security token included in the request is expired",
      400
    ) : void 0
  })
});

// src/sim/faults/cron-stale-timezone.ts
var ZONE_SET_AFTER_BOOT = 6e4;
var cronStaleTimezone = defineFault({
  name: "cron-stale-timezone",
  argument: noArgument,
  help: "crond on new instances started before the timezone was set",
  effects: () => ({
    alterNewInstance: (facts) => ({
      ...facts,
      timezone: { ...facts.timezone, localtimeChangedAt: facts.launchedAt + ZONE_SET_AFTER_BOOT }
    })
  })
});

// src/sim/faults/eventual-consistency.ts
var eventualConsistency = defineFault({
  name: "eventual-consistency",
  argument: durationArgument("eventual-consistency"),
  help: "what a call creates or changes shows in describes/lists only after DURATION",
  effects: (lag) => ({ consistencyLagMs: lag })
});

// src/sim/faults/image-build-fails.ts
var imageBuildFails = defineFault({
  name: "image-build-fails",
  argument: {
    kind: "optional",
    label: "PHASE",
    parse(text) {
      if (text === void 0) return "build";
      if (text !== "build" && text !== "test")
        throw new UsageError(`image-build-fails takes the phase 'build' or 'test' (got: '${text}')`);
      return text;
    }
  },
  help: "the build fails in build/test phase with a reason and log location",
  effects: (phase) => ({
    // A build without tests cannot fail in its test phase.
    failsBuild: ({ testsEnabled }) => phase === "test" && !testsEnabled ? void 0 : phase
  })
});

// src/sim/faults/log-delivery-stalled.ts
var logDeliveryStalled = defineFault({
  name: "log-delivery-stalled",
  argument: nameArgument("log-delivery-stalled", "AGENT"),
  help: "the agent runs but delivers nothing (retries grow)",
  effects: (wanted) => ({
    alterNewInstance: (facts) => {
      const agent = agentNamed(facts, wanted);
      if (!agent) return facts;
      return {
        ...facts,
        monitors: facts.monitors.map((m) => m.service === agent.service ? { ...m, stalled: true } : m)
      };
    }
  })
});

// src/sim/faults/new-instances-unhealthy.ts
var newInstancesUnhealthy = defineFault({
  name: "new-instances-unhealthy",
  argument: noArgument,
  help: "instances of the newest AMI fail ALB health checks",
  effects: () => ({ failsHealthChecks: true })
});

// src/sim/faults/service-not-enabled.ts
var serviceNotEnabled = defineFault({
  name: "service-not-enabled",
  argument: nameArgument("service-not-enabled", "NAME"),
  help: "NAME is running after build but not enabled at boot",
  effects: (name) => ({
    alterNewInstance: (facts) => ({
      ...facts,
      services: facts.services.map(
        (s) => s.name === name ? { ...s, enabled: "disabled", active: "active" } : s
      )
    })
  })
});

// src/sim/faults/throttle.ts
var THROTTLING_CODE = {
  ec2: "RequestLimitExceeded",
  elbv2: "Throttling",
  autoscaling: "Throttling",
  cloudwatch: "Throttling",
  sts: "Throttling",
  ssm: "ThrottlingException",
  imagebuilder: "ThrottlingException"
};
function throttled(service) {
  return new SimError(
    THROTTLING_CODE[service] ?? "ThrottlingException",
    service === "ec2" ? "Request limit exceeded." : "Rate exceeded",
    service === "ec2" ? 503 : 400
  );
}
var throttle = defineFault({
  name: "throttle",
  argument: {
    kind: "required",
    label: "RATE",
    parse(text) {
      const rate = Number(text);
      if (!text || !Number.isFinite(rate) || rate < 0 || rate > 1)
        throw new UsageError(`throttle needs a rate between 0 and 1 (got: '${text ?? ""}')`);
      return rate;
    }
  },
  help: "that share of calls answer RequestLimitExceeded / ThrottlingException",
  effects: (rate) => ({
    answers: (call) => call.draw() < rate ? throttled(call.service) : void 0
  })
});

// src/sim/faults.ts
var FAULT_SPECS = [
  imageBuildFails,
  newInstancesUnhealthy,
  cronStaleTimezone,
  serviceNotEnabled,
  logDeliveryStalled,
  agentMissing,
  throttle,
  capacity,
  crashAfterCalls,
  eventualConsistency,
  credentialsExpire
];
var FAULTS = Object.fromEntries(FAULT_SPECS.map((f) => [f.name, f.argument.kind]));
function faultHelp() {
  return FAULT_SPECS.map((f) => {
    const label = "label" in f.argument ? f.argument.label : void 0;
    const suffix = f.argument.kind === "none" ? "" : f.argument.kind === "optional" ? `[=${label}]` : `=${label}`;
    return { usage: `${f.name}${suffix}`, help: f.help };
  });
}
function specOf(name) {
  return FAULT_SPECS.find((f) => f.name === name);
}
function parseOne(text) {
  const eq = text.indexOf("=");
  const name = (eq < 0 ? text : text.slice(0, eq)).trim();
  const arg = eq < 0 ? void 0 : text.slice(eq + 1).trim();
  const spec = specOf(name);
  if (!spec) throw new UsageError(`unknown fault '${name}' (known: ${Object.keys(FAULTS).join(", ")})`);
  if (spec.argument.kind === "none" && arg !== void 0)
    throw new UsageError(`fault '${name}' takes no argument (got: '${text}')`);
  if (spec.argument.kind === "required" && !arg)
    throw new UsageError(`fault '${name}' needs an argument: ${name}=${spec.argument.label ?? "ARG"}`);
  const effects = spec.effects(spec.argument.parse(arg));
  return arg === void 0 ? { name: spec.name, effects } : { name: spec.name, arg, effects };
}
var Faults = class {
  list;
  constructor(specs = []) {
    this.list = specs.map(parseOne);
  }
  has(name) {
    return this.list.some((f) => f.name === name);
  }
  /** The argument of the first NAME=ARG given (undefined when absent or given bare). */
  arg(name) {
    return this.list.find((f) => f.name === name && f.arg !== void 0)?.arg;
  }
  /** Every argument given for NAME (e.g. agent-missing=fluentd and agent-missing=newrelic-infra). */
  args(name) {
    return this.list.filter((f) => f.name === name && f.arg !== void 0).map((f) => f.arg);
  }
  /** The specs as NAME[=ARG] strings. */
  toStrings() {
    return this.list.map((f) => f.arg === void 0 ? f.name : `${f.name}=${f.arg}`);
  }
  get effects() {
    return this.list.map((f) => f.effects);
  }
  /** Whether the process dies before making this call. */
  diesBefore(call) {
    return this.effects.some((e) => e.diesBefore?.(call) === true);
  }
  /** An error a fault answers this call with instead of the operation's answer. */
  answer(call) {
    for (const e of this.effects) {
      const error = e.answers?.(call);
      if (error) return error;
    }
    return void 0;
  }
  /** How long the session's credentials last (undefined: longer than anything runs). */
  credentialsLifetimeMs() {
    const lifetimes = this.effects.flatMap(
      (e) => e.credentialsLifetimeMs === void 0 ? [] : [e.credentialsLifetimeMs]
    );
    return lifetimes.length === 0 ? void 0 : Math.min(...lifetimes);
  }
  refuseLaunch(launch) {
    for (const e of this.effects) {
      const error = e.refusesLaunch?.(launch);
      if (error) return error;
    }
    return void 0;
  }
  failsHealthChecks() {
    return this.effects.some((e) => e.failsHealthChecks === true);
  }
  /** A new instance of the newest image, as the faults in force left it. */
  alterNewInstance(facts) {
    return this.effects.reduce((f, e) => e.alterNewInstance?.(f) ?? f, facts);
  }
  buildFailure(build) {
    for (const e of this.effects) {
      const phase = e.failsBuild?.(build);
      if (phase) return phase;
    }
    return void 0;
  }
  /** The eventual-consistency lag a fault sets (undefined: the simulator's default). */
  consistencyLagMs() {
    const lags = this.effects.flatMap((e) => e.consistencyLagMs === void 0 ? [] : [e.consistencyLagMs]);
    return lags.length === 0 ? void 0 : Math.max(...lags);
  }
};

export {
  SimError,
  FAULT_SPECS,
  FAULTS,
  faultHelp,
  Faults
};
