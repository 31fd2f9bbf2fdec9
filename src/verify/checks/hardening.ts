import type { Inventory } from "../../probes/schema.js";
import type { Expectations } from "../expectations.js";
import type { CheckResult } from "../types.js";
import { missingSection, verdict } from "./result.js";

/** Recipe users exist; removed users (ec2-user) are gone. */
export function checkUsers(inv: Inventory, users: Expectations["users"], target: string): CheckResult {
  if (!inv.users) return missingSection("users", target, "users");
  const names = new Set(inv.users.map((u) => u.name));
  const problems = [
    ...users.create.filter((u) => !names.has(u)).map((u) => `user ${u} is missing`),
    ...users.remove.filter((u) => names.has(u)).map((u) => `user ${u} still exists`),
  ];
  return verdict({
    name: "users",
    target,
    problems,
    ok: `created: ${users.create.join(", ") || "none"}; removed: ${users.remove.join(", ") || "none"}`,
    evidence: { expected: users, present: [...names] },
  });
}

/** SSH as the recipe says (password login off unless allowed) and IMDSv2 required. */
export function checkSsh(inv: Inventory, ssh: Expectations["ssh"], target: string): CheckResult {
  if (!inv.ssh) return missingSection("ssh", target, "ssh");
  const problems: string[] = [];
  if (!ssh.passwordAuthentication && inv.ssh.passwordAuthentication !== "no") {
    problems.push(
      `SSH password login is ${inv.ssh.passwordAuthentication ?? "not set (sshd's default allows it)"}`,
    );
  }
  if (!ssh.permitRootLogin && inv.ssh.permitRootLogin !== "no")
    problems.push(`SSH root login is ${inv.ssh.permitRootLogin ?? "not set"}, not no`);
  return verdict({
    name: "ssh",
    target,
    problems,
    ok: "password and root login off",
    evidence: { ...inv.ssh },
  });
}

export function checkImds(inv: Inventory, target: string): CheckResult {
  if (!inv.imds) return missingSection("imds", target, "imds");
  const problems =
    inv.imds.tokenRequired === true
      ? []
      : [
          inv.imds.reachable
            ? "IMDSv1 still answers without a session token"
            : "the instance metadata service is unreachable",
        ];
  return verdict({ name: "imds", target, problems, ok: "IMDSv2 required", evidence: { ...inv.imds } });
}
