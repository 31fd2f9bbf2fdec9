import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  createRolloutVerifier
} from "./chunk-OCKBOEAM.js";
import "./chunk-DVBBR5C3.js";
import "./chunk-CHWW76O4.js";
import "./chunk-HWXOPVVO.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-HE7ZY7HS.js";
import "./chunk-ZRIABQBG.js";
import "./chunk-UFVNQ4V6.js";
import {
  require_dist_cjs
} from "./chunk-EHTJYPX7.js";
import "./chunk-TJJSCQJT.js";
import "./chunk-JOISYBJ5.js";
import "./chunk-ZJJVGOL2.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-B3IT6R6B.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-Z4AUNMP5.js";
import "./chunk-2EZH6WMF.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";
import "./chunk-IVT7V2TT.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/commands/verify.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);

// src/verify/table.ts
function formatChecks(checks) {
  const rows = checks.map((c) => [c.name, c.target, c.passed ? "pass" : "FAIL", c.summary]);
  const header = ["check", "target", "result", "evidence"];
  const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  const line = (r) => [...r.slice(0, 3).map((cell, i) => cell.padEnd(widths[i])), r[3]].join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}

// src/commands/verify.ts
async function verify(ctx, input) {
  const project = await loadProject(ctx.root);
  const ordered = environmentsInOrder(project);
  const loaded = project.environments.get(input.env);
  if (!loaded)
    throw new UsageError(
      `unknown environment '${input.env}' (known: ${[...project.environments.keys()].join(", ")})`
    );
  const env = loaded.env;
  const described = await ctx.aws.ec2(env.region).send(
    new import_client_ec2.DescribeInstancesCommand({
      Filters: [
        { Name: "tag:amipipe:environment", Values: [env.name] },
        { Name: "instance-state-name", Values: ["running"] }
      ]
    })
  );
  const ids = (described.Reservations ?? []).flatMap((r) => r.Instances ?? []).flatMap((i) => i.InstanceId ? [i.InstanceId] : []);
  const verifier = createRolloutVerifier(ctx, {
    project,
    env: loaded,
    stage: { first: ordered[0]?.env.name === env.name }
  });
  const checks = [
    ...ids.length > 0 ? await verifier.instanceChecks(ids, "boot") : [],
    ...await verifier.soakSample(0)
  ];
  const passed = checks.every((c) => c.passed);
  const text = `${formatChecks(checks)}

${env.name}: ${passed ? "all checks passed" : `${checks.filter((c) => !c.passed).length} finding(s)`} on ${ids.length} instance(s)`;
  return { ok: passed, data: { environment: env.name, checks, passed }, text };
}
export {
  verify
};
