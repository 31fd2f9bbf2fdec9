import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import {
  GetCommandInvocationCommand,
  type GetCommandInvocationCommandOutput,
  SendCommandCommand,
} from "@aws-sdk/client-ssm";
import type { AwsFactory } from "../aws/clients.js";
import { messageOf } from "../errors.js";
import type { Clock } from "../ports/clock.js";

/** One security advisory the OS package manager reports as not yet applied. */
export interface Advisory {
  /** ALAS2-2026-2712, ALAS2023-2026-1001 … */
  id: string;
  severity: string;
  /** The package name the advisory updates (no version). */
  package: string;
  /** The fixed package as the OS names it (name-[epoch:]version-release.arch). */
  fixedIn: string;
}

export type AdvisoryReport =
  | { available: true; source: string; advisories: Advisory[] }
  | { available: false; source: string; reason: string };

/**
 * Lists the security updates a serving instance lacks, as its package manager reports them
 * (`yum updateinfo list security updates` on AL2, `dnf updateinfo list --security --updates`
 * on AL2023) — the advisories a security rebake applies to images of the same recipe.
 */
export const ADVISORY_SCRIPT = [
  "set -o pipefail",
  "if command -v dnf >/dev/null 2>&1; then",
  "  dnf -q updateinfo list --security --updates",
  "else",
  "  yum -q updateinfo list security updates",
  "fi",
].join("\n");

/** Package name from an rpm NEVRA like `openssl-libs-1:1.0.2k-24.amzn2.0.12.x86_64`. */
export function packageNameOf(nevra: string): string {
  const withoutArch = nevra.replace(/\.(x86_64|aarch64|noarch|i686)$/, "");
  const parts = withoutArch.split("-");
  return parts.length >= 3 ? parts.slice(0, -2).join("-") : withoutArch;
}

/** Parses `updateinfo list` lines: `ALAS2-2026-2712 important/Sec. openssl-libs-1:1.0.2k-24.amzn2.0.12.x86_64`. */
export function parseUpdateinfo(stdout: string): Advisory[] {
  const advisories: Advisory[] = [];
  for (const line of stdout.split("\n")) {
    const m = line.trim().match(/^(ALAS[\w-]*-\d{4}-\d+|[A-Z]+-\d{4}-\d+)\s+(\S+?)(?:\/Sec\.)?\s+(\S+)$/);
    if (!m) continue;
    advisories.push({ id: m[1]!, severity: m[2]!, package: packageNameOf(m[3]!), fixedIn: m[3]! });
  }
  return advisories;
}

/** Asks one running instance of `environment` over SSM Run Command which security advisories it lacks. */
export async function advisoriesFromServingInstance(o: {
  aws: AwsFactory;
  clock: Clock;
  region: string;
  environment: string;
  timeoutMs?: number;
}): Promise<AdvisoryReport> {
  const described = await o.aws.ec2(o.region).send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: "tag:amipipe:environment", Values: [o.environment] },
        { Name: "instance-state-name", Values: ["running"] },
      ],
    }),
  );
  const instance = (described.Reservations ?? [])
    .flatMap((r) => r.Instances ?? [])
    .find((i) => i.InstanceId)?.InstanceId;
  if (!instance)
    return {
      available: false,
      source: o.environment,
      reason: `no running instance in ${o.environment} to ask`,
    };
  const source = `${o.environment} instance ${instance} (updateinfo)`;
  try {
    const sent = await o.aws.ssm(o.region).send(
      new SendCommandCommand({
        DocumentName: "AWS-RunShellScript",
        InstanceIds: [instance],
        Parameters: { commands: [ADVISORY_SCRIPT] },
        Comment: "amipipe: security advisories not yet applied",
        TimeoutSeconds: 300,
      }),
    );
    const commandId = sent.Command?.CommandId;
    if (!commandId) return { available: false, source, reason: "SendCommand returned no command id" };
    const deadline = o.clock.now() + (o.timeoutMs ?? 600_000);
    for (;;) {
      await o.clock.sleep(5_000);
      let answer: GetCommandInvocationCommandOutput;
      try {
        answer = await o.aws
          .ssm(o.region)
          .send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instance }));
      } catch (error) {
        // The invocation is not visible for a moment after SendCommand.
        if ((error as { name?: string }).name === "InvocationDoesNotExist" && o.clock.now() < deadline)
          continue;
        throw error;
      }
      const status = answer.Status ?? "";
      if (status === "Success")
        return { available: true, source, advisories: parseUpdateinfo(answer.StandardOutputContent ?? "") };
      if (
        [
          "Failed",
          "Cancelled",
          "TimedOut",
          "Undeliverable",
          "Terminated",
          "InvalidPlatform",
          "AccessDenied",
        ].includes(status)
      ) {
        const detail = (answer.StandardErrorContent ?? "").trim().split("\n")[0] ?? "";
        return { available: false, source, reason: `updateinfo ${status}${detail ? `: ${detail}` : ""}` };
      }
      if (o.clock.now() >= deadline)
        return { available: false, source, reason: `updateinfo still ${status} after the timeout` };
    }
  } catch (error) {
    return { available: false, source, reason: messageOf(error) };
  }
}
