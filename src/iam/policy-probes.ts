import { TAG } from "../aws/tags.js";
import { PROBE_DOCUMENT_PREFIX } from "../probes/documents.js";
import type { ProbeName } from "../probes/schema.js";
import type { PolicyStatement } from "./document.js";
import { allow, arns, perRegion } from "./policy-parts.js";
import type { RoleScope } from "./scope.js";

/**
 * SendCommand is authorized on the document and on each instance it targets
 * (https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-rc-setting-up-cmdsec.html):
 * only the toolkit's probe documents (all, or the named probes'), only on instances tagged with
 * the given environments or the hand-built servers listed; reading the results takes no resource.
 */
export function probeStatements(
  scope: RoleScope,
  o: {
    sid: string;
    documents: "all" | readonly ProbeName[];
    environments: readonly string[];
    instances?: ReadonlyArray<{ region: string; id: string }>;
  },
): PolicyStatement[] {
  const a = arns(scope);
  const names = o.documents === "all" ? ["*"] : o.documents.map((p) => `${p}-*`);
  const statements = [
    allow(
      `${o.sid}Documents`,
      ["ssm:SendCommand"],
      perRegion(scope, (r) => names.map((n) => a.ssm(r, `document/${PROBE_DOCUMENT_PREFIX}${n}`))),
    ),
    allow(
      `${o.sid}Tagged`,
      ["ssm:SendCommand"],
      perRegion(scope, (r) => [a.ec2(r, "instance/*")]),
      {
        StringEquals: { [`ssm:resourceTag/${TAG.environment}`]: [...o.environments].sort() },
      },
    ),
  ];
  if (o.instances && o.instances.length > 0)
    statements.push(
      allow(
        `${o.sid}HandBuilt`,
        ["ssm:SendCommand"],
        o.instances.map((i) => a.ec2(i.region, `instance/${i.id}`)),
      ),
    );
  return statements;
}
