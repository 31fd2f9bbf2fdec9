import type {
  CommandInvocation,
  DeleteParameterCommandInput,
  DescribeParametersCommandInput,
  DescribeParametersCommandOutput,
  GetCommandInvocationCommandInput,
  GetCommandInvocationCommandOutput,
  GetParameterCommandInput,
  GetParameterCommandOutput,
  GetParametersByPathCommandInput,
  GetParametersByPathCommandOutput,
  GetParametersCommandInput,
  GetParametersCommandOutput,
  ListCommandInvocationsCommandInput,
  ListCommandInvocationsCommandOutput,
  Parameter,
  PutParameterCommandInput,
  PutParameterCommandOutput,
  SendCommandCommandInput,
  SendCommandCommandOutput,
} from "@aws-sdk/client-ssm";
import { probeDocuments } from "../../probes/documents.js";
import type { SimCallContext, SimEngine } from "../engine.js";
import { notFound, SimError } from "../errors.js";
import { answerProbe } from "../facts.js";
import { newHex } from "../random.js";
import type { CommandRecord, InvocationRecord, ParameterRecord } from "../state.js";
import { stateAt, TIMINGS } from "./ec2-lifecycle.js";
import { page, tagsFrom } from "./filters.js";
import { repositoryOffer } from "./os-repository.js";
import { OUTPUT_LIMITS, pluginOutput } from "./ssm-output.js";

type Out<T> = Omit<T, "$metadata">;

/** How long a shell command takes to be picked up and to run (virtual ms). */
export const COMMAND_TIMINGS = { pickUp: 1_000, run: 2_000 } as const;

function toParameter(p: ParameterRecord, ctx: SimCallContext, decrypt: boolean): Parameter {
  const value =
    p.type === "SecureString" && !decrypt
      ? Buffer.from(`kms:${p.name}:${p.version}`).toString("base64")
      : p.value;
  return {
    Name: p.name,
    Type: p.type,
    Value: value,
    Version: p.version,
    LastModifiedDate: new Date(p.modifiedAt),
    ARN: `arn:aws:ssm:${ctx.region}:${p.name.startsWith("/aws/") ? "" : ctx.account}:parameter${p.name.startsWith("/") ? "" : "/"}${p.name}`,
    DataType: p.dataType ?? "text",
  };
}

function findParameter(ctx: SimCallContext, name: string | undefined): ParameterRecord {
  const p = name ? ctx.r.parameters[name] : undefined;
  if (!p) throw notFound("ParameterNotFound", `Parameter ${name} not found.`);
  return p;
}

function getParameter(input: GetParameterCommandInput, ctx: SimCallContext): Out<GetParameterCommandOutput> {
  return { Parameter: toParameter(findParameter(ctx, input.Name), ctx, Boolean(input.WithDecryption)) };
}

function getParameters(
  input: GetParametersCommandInput,
  ctx: SimCallContext,
): Out<GetParametersCommandOutput> {
  const names = input.Names ?? [];
  if (names.length > 10)
    throw new SimError(
      "ValidationException",
      "1 validation error detected: Value at 'names' failed to satisfy constraint: Member must have length less than or equal to 10",
    );
  const found = names.filter((n) => ctx.r.parameters[n]);
  return {
    Parameters: found.map((n) => toParameter(ctx.r.parameters[n]!, ctx, Boolean(input.WithDecryption))),
    InvalidParameters: names.filter((n) => !ctx.r.parameters[n]),
  };
}

function getParametersByPath(
  input: GetParametersByPathCommandInput,
  ctx: SimCallContext,
): Out<GetParametersByPathCommandOutput> {
  const prefix = (input.Path ?? "/").replace(/\/?$/, "/");
  const matching = Object.values(ctx.r.parameters).filter(
    (p) => p.name.startsWith(prefix) && (input.Recursive || !p.name.slice(prefix.length).includes("/")),
  );
  const { items, nextToken } = page(matching, input.MaxResults, input.NextToken, {
    min: 1,
    max: 10,
    default: 10,
  });
  return {
    Parameters: items.map((p) => toParameter(p, ctx, Boolean(input.WithDecryption))),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

function putParameter(input: PutParameterCommandInput, ctx: SimCallContext): Out<PutParameterCommandOutput> {
  const name = input.Name ?? "";
  if (/^\/?aws\//i.test(name) || /^\/?ssm\//i.test(name))
    throw new SimError("ValidationException", `No access to reserved parameter name: ${name}.`);
  if (input.Value === undefined || input.Value.length === 0)
    throw new SimError("ValidationException", "Parameter value must not be empty");
  const existing = ctx.r.parameters[name];
  if (existing && !input.Overwrite)
    throw new SimError(
      "ParameterAlreadyExists",
      "The parameter already exists. To overwrite this value, set the overwrite option in the request to true.",
    );
  if (existing && input.Tags?.length)
    throw new SimError("ValidationException", "Invalid request: tags and overwrite can't be used together.");
  const record: ParameterRecord = {
    name,
    type: (input.Type ?? existing?.type ?? "String") as ParameterRecord["type"],
    value: input.Value,
    version: (existing?.version ?? 0) + 1,
    modifiedAt: ctx.now,
    tags: existing?.tags ?? tagsFrom(input.Tags),
  };
  if (input.Description !== undefined) record.description = input.Description;
  if (input.DataType !== undefined) record.dataType = input.DataType;
  ctx.r.parameters[name] = record;
  return { Version: record.version, Tier: "Standard" };
}

/**
 * Parameter metadata (never values), filtered by name: what the rollout's preflight asks to
 * learn that a secret exists. Supports the `Name` filter with `Equals` (up to 50 values).
 * https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeParameters.html
 */
function describeParameters(
  input: DescribeParametersCommandInput,
  ctx: SimCallContext,
): Out<DescribeParametersCommandOutput> {
  let matching = Object.values(ctx.r.parameters);
  for (const filter of input.ParameterFilters ?? []) {
    if (filter.Key !== "Name" || (filter.Option ?? "Equals") !== "Equals")
      throw new SimError(
        "InvalidFilterOption",
        `The simulator models only the Name filter with Equals (got ${filter.Key} ${filter.Option}).`,
      );
    const values = filter.Values ?? [];
    if (values.length < 1 || values.length > 50)
      throw new SimError(
        "InvalidFilterValue",
        "1 validation error detected: Value at 'parameterFilters.1.member.values' failed to satisfy constraint: Member must have length less than or equal to 50",
      );
    matching = matching.filter((p) => values.includes(p.name));
  }
  const { items, nextToken } = page(
    matching.sort((a, b) => a.name.localeCompare(b.name)),
    input.MaxResults,
    input.NextToken,
    { min: 1, max: 50, default: 10 },
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
      ...(p.description !== undefined ? { Description: p.description } : {}),
    })),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

function deleteParameter(input: DeleteParameterCommandInput, ctx: SimCallContext): Record<string, never> {
  const p = findParameter(ctx, input.Name);
  delete ctx.r.parameters[p.name];
  return {};
}

/** Whether the SSM agent on the instance is online: running, booted, with known facts. */
function agentOnline(ctx: SimCallContext, instanceId: string): boolean {
  const instance = ctx.r.instances[instanceId];
  if (!instance || instance.facts === null || instance.facts === undefined) return false;
  if (stateAt(instance, ctx.now) !== "running") return false;
  const running =
    instance.transitions.filter((t) => t.state === "running" && t.at <= ctx.now).at(-1)?.at ??
    Number.POSITIVE_INFINITY;
  const reboot = instance.reboots.at(-1) ?? Number.NEGATIVE_INFINITY;
  return ctx.now >= Math.max(running, reboot) + TIMINGS.appBoot;
}

/**
 * The shell script a SendCommand runs and its time limit: AWS-RunShellScript's `commands`, or
 * the script of one of the toolkit's probe documents, which the simulated account holds as if
 * the bootstrap stack (`amipipe bootstrap`) had been deployed. Any other document is unknown.
 */
function commandScript(input: SendCommandCommandInput): { script: string; timeoutSeconds: number } {
  if (input.DocumentName === "AWS-RunShellScript")
    return {
      script: (input.Parameters?.commands ?? []).join("\n"),
      timeoutSeconds: Number(input.Parameters?.executionTimeout?.[0] ?? 3600),
    };
  const document = probeDocuments().find((d) => d.name === input.DocumentName);
  const step = document?.content.mainSteps[0];
  if (!step)
    throw new SimError("InvalidDocument", `Document ${input.DocumentName} does not exist in your account.`);
  if (Object.keys(input.Parameters ?? {}).length > 0)
    throw new SimError(
      "InvalidParameters",
      `Document ${input.DocumentName} does not support parameters: ${Object.keys(input.Parameters ?? {}).join(", ")}.`,
    );
  return { script: step.inputs.runCommand.join("\n"), timeoutSeconds: step.inputs.timeoutSeconds };
}

function sendCommand(input: SendCommandCommandInput, ctx: SimCallContext): Out<SendCommandCommandOutput> {
  const { script, timeoutSeconds } = commandScript(input);
  const ids = input.InstanceIds ?? [];
  if (ids.length === 0) throw new SimError("ValidationException", "InstanceIds or Targets must be given");
  const offline = ids.filter((id) => !agentOnline(ctx, id));
  if (offline.length > 0)
    throw new SimError(
      "InvalidInstanceId",
      `Instances [[${offline.join(", ")}]] not in a valid state for account ${ctx.account}`,
    );
  const commandId = newHex(ctx.state, "command", 32).replace(
    /^(.{8})(.{4})(.{4})(.{4})(.{12})$/,
    "$1-$2-$3-$4-$5",
  );
  const command: CommandRecord = {
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
          endsAt: ctx.now + COMMAND_TIMINGS.pickUp + COMMAND_TIMINGS.run,
        },
      ]),
    ),
  };
  if (input.Comment !== undefined) command.comment = input.Comment;
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
      ExpiresAfter: new Date(ctx.now + (input.TimeoutSeconds ?? 3600) * 1000),
      MaxConcurrency: input.MaxConcurrency ?? "50",
      MaxErrors: input.MaxErrors ?? "0",
      NotificationConfig: { NotificationArn: "", NotificationEvents: [], NotificationType: "Command" },
      OutputS3BucketName: input.OutputS3BucketName ?? "",
      OutputS3KeyPrefix: input.OutputS3KeyPrefix ?? "",
      OutputS3Region: input.OutputS3Region ?? ctx.region,
      ServiceRole: input.ServiceRoleArn ?? "",
      Targets: input.Targets ?? [],
    },
  };
}

type InvocationStatus = "Pending" | "InProgress" | "Success" | "Failed" | "Undeliverable";

/** Undeliverable is a detail of a failed invocation. */
const statusOf = (s: InvocationStatus) => (s === "Undeliverable" ? "Failed" : s);

/** The invocation's status at `now`; the answer is fixed when first observed after it finished. */
async function observe(
  ctx: SimCallContext,
  command: CommandRecord,
  inv: InvocationRecord,
): Promise<InvocationStatus> {
  if (ctx.now < inv.startsAt) return "Pending";
  if (ctx.now < inv.endsAt) return "InProgress";
  if (!inv.result && !inv.undeliverable) {
    const instance = ctx.r.instances[inv.instanceId];
    if (!instance || stateAt(instance, inv.endsAt) !== "running") inv.undeliverable = true;
    else
      inv.result = await answerProbe(command.script, instance.facts, inv.endsAt, {
        // What yum/dnf would read from the repositories (the advisories probe asks them).
        repository: () =>
          repositoryOffer(ctx.state, {
            region: ctx.region,
            image: ctx.r.images[instance.imageId],
            now: inv.endsAt,
          }),
      });
  }
  if (inv.undeliverable) return "Undeliverable";
  return inv.result!.exitCode === 0 ? "Success" : "Failed";
}

function findCommand(ctx: SimCallContext, commandId: string | undefined): CommandRecord {
  const command = commandId ? ctx.r.commands[commandId] : undefined;
  if (!command) throw new SimError("InvalidCommandId", `Command ${commandId} does not exist`);
  return command;
}

async function getCommandInvocation(
  input: GetCommandInvocationCommandInput,
  ctx: SimCallContext,
): Promise<Out<GetCommandInvocationCommandOutput>> {
  const command = ctx.r.commands[input.CommandId ?? ""];
  const inv = command?.invocations[input.InstanceId ?? ""];
  // Just after SendCommand the invocation is not visible yet (eventual consistency).
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
    ResponseCode: done ? inv.result!.exitCode : -1,
    ExecutionStartDateTime: status === "Pending" ? "" : new Date(inv.startsAt).toISOString(),
    ExecutionEndDateTime: done ? new Date(inv.endsAt).toISOString() : "",
    ExecutionElapsedTime: done ? `PT${(inv.endsAt - inv.startsAt) / 1000}S` : "",
    StandardOutputContent: done ? inv.result!.stdout.slice(0, OUTPUT_LIMITS.stdout) : "",
    StandardErrorContent: done ? inv.result!.stderr.slice(0, OUTPUT_LIMITS.stderr) : "",
    StandardOutputUrl: "",
    StandardErrorUrl: "",
    ...(command.comment !== undefined ? { Comment: command.comment } : {}),
  };
}

async function listCommandInvocations(
  input: ListCommandInvocationsCommandInput,
  ctx: SimCallContext,
): Promise<Out<ListCommandInvocationsCommandOutput>> {
  const commands = input.CommandId ? [findCommand(ctx, input.CommandId)] : Object.values(ctx.r.commands);
  const rows: CommandInvocation[] = [];
  for (const command of commands) {
    for (const inv of Object.values(command.invocations)) {
      if (input.InstanceId && inv.instanceId !== input.InstanceId) continue;
      const status = await observe(ctx, command, inv);
      const done = status === "Success" || status === "Failed";
      const row: CommandInvocation = {
        CommandId: command.id,
        InstanceId: inv.instanceId,
        DocumentName: command.documentName,
        DocumentVersion: "$DEFAULT",
        RequestedDateTime: new Date(command.requestedAt),
        Status: statusOf(status),
        StatusDetails: status,
        ...(command.comment !== undefined ? { Comment: command.comment } : {}),
      };
      if (input.Details) {
        row.CommandPlugins = [
          {
            Name: "aws:runShellScript",
            Status: statusOf(status),
            StatusDetails: status,
            ResponseCode: done ? inv.result!.exitCode : -1,
            Output: done ? pluginOutput(inv.result!.stdout, inv.result!.stderr) : "",
            StandardOutputUrl: "",
            StandardErrorUrl: "",
            ...(done
              ? {
                  ResponseStartDateTime: new Date(inv.startsAt),
                  ResponseFinishDateTime: new Date(inv.endsAt),
                }
              : {}),
          },
        ];
      }
      rows.push(row);
    }
  }
  const { items, nextToken } = page(rows, input.MaxResults, input.NextToken, {
    min: 1,
    max: 50,
    default: 50,
  });
  return { CommandInvocations: items, ...(nextToken ? { NextToken: nextToken } : {}) };
}

/** SSM: public and user parameters, Run Command answering probe scripts from instance facts. */
export function register(engine: SimEngine): void {
  engine.register("ssm", {
    GetParameter: getParameter,
    GetParameters: getParameters,
    GetParametersByPath: getParametersByPath,
    PutParameter: putParameter,
    DeleteParameter: deleteParameter,
    DescribeParameters: describeParameters,
    SendCommand: sendCommand,
    GetCommandInvocation: getCommandInvocation,
    ListCommandInvocations: listCommandInvocations,
  });
}
