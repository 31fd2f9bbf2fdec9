import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  chunks,
  collectPages
} from "./chunk-OKTVBVYZ.js";
import {
  require_dist_cjs4 as require_dist_cjs
} from "./chunk-VEUODDAR.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/aws/fleet.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
async function describeInstancesById(aws, region, ids) {
  const ec2 = aws.ec2(region);
  const out = /* @__PURE__ */ new Map();
  for (const batch of chunks([...new Set(ids)], 200)) {
    const reservations = await collectPages(async (token) => {
      const page = await ec2.send(
        new import_client_ec2.DescribeInstancesCommand({ InstanceIds: batch, NextToken: token })
      );
      return { items: page.Reservations, next: page.NextToken };
    });
    for (const r of reservations)
      for (const i of r.Instances ?? []) if (i.InstanceId) out.set(i.InstanceId, i);
  }
  return out;
}
async function describeInstancesWhere(aws, region, filters) {
  const ec2 = aws.ec2(region);
  const reservations = await collectPages(async (token) => {
    const page = await ec2.send(
      new import_client_ec2.DescribeInstancesCommand({ Filters: filters, NextToken: token, MaxResults: 1e3 })
    );
    return { items: page.Reservations, next: page.NextToken };
  });
  return reservations.flatMap((r) => r.Instances ?? []);
}

export {
  describeInstancesById,
  describeInstancesWhere
};
