import { readFile } from "node:fs/promises";
import path from "node:path";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import {
  DeleteParameterCommand,
  GetCommandInvocationCommand,
  GetParameterCommand,
  GetParametersCommand,
  ListCommandInvocationsCommand,
  PutParameterCommand,
  SendCommandCommand,
} from "@aws-sdk/client-ssm";
import { describe, expect, it } from "vitest";
import { inventorySchema } from "../../src/probes/schema.js";
import { PROBE_SCRIPTS } from "../../src/probes/scripts.js";
import { publishBaseImage } from "../../src/sim/services/ec2.js";
import { exampleWorld, REGION, ROOT, SECOND } from "./world.js";

describe("SSM in the simulated world", () => {
  it("the public Amazon Linux parameters name the current base AMIs, and a new monthly AMI moves them", async () => {
    const sim = await exampleWorld();
    const ssm = sim.aws.ssm(REGION);
    const names = [
      "/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2",
      "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64",
    ];
    const out = await ssm.send(new GetParametersCommand({ Names: names }));
    expect(out.InvalidParameters).toEqual([]);
    const before = out.Parameters!.find((p) => p.Name === names[0])!.Value!;
    expect(before).toMatch(/^ami-/);
    const next = publishBaseImage(sim.engine.state, {
      region: REGION,
      os: "amazon-linux-2",
      arch: "x86_64",
      at: sim.clock.now(),
    });
    const after = await ssm.send(new GetParameterCommand({ Name: names[0] }));
    expect(after.Parameter).toMatchObject({ Value: next, Version: 2 });
    expect(next).not.toBe(before);
  });

  it("PutParameter without Overwrite refuses an existing name (a lock), DeleteParameter frees it", async () => {
    const sim = await exampleWorld();
    const ssm = sim.aws.ssm(REGION);
    const lock = {
      Name: "/amipipe/locks/prod",
      Value: "rollout-1",
      Type: "String" as const,
      Overwrite: false,
    };
    expect((await ssm.send(new PutParameterCommand(lock))).Version).toBe(1);
    await expect(ssm.send(new PutParameterCommand({ ...lock, Value: "rollout-2" }))).rejects.toMatchObject({
      name: "ParameterAlreadyExists",
    });
    await ssm.send(new DeleteParameterCommand({ Name: lock.Name }));
    await expect(ssm.send(new GetParameterCommand({ Name: lock.Name }))).rejects.toMatchObject({
      name: "ParameterNotFound",
    });
    expect((await ssm.send(new PutParameterCommand({ ...lock, Value: "rollout-2" }))).Version).toBe(1);
    const secret = await ssm.send(
      new GetParameterCommand({ Name: "/web/newrelic/license", WithDecryption: true }),
    );
    expect(secret.Parameter?.Type).toBe("SecureString");
  });

  it("the example world holds every parameter the example recipe reads at boot", async () => {
    const recipe = await readFile(path.join(ROOT, "image-recipes", "web.yml"), "utf8");
    const names = [...new Set([...recipe.matchAll(/\bssm:(\/[\w/.-]+)/g)].map((m) => m[1]!))].sort();
    expect(names).toEqual(["/web/deploy/authorized-keys", "/web/newrelic/license"]);
    const sim = await exampleWorld();
    const found = await sim.aws
      .ssm(REGION)
      .send(new GetParametersCommand({ Names: names, WithDecryption: true }));
    expect(found.InvalidParameters).toEqual([]);
    expect(Object.fromEntries(found.Parameters!.map((p) => [p.Name, p.Type]))).toEqual({
      "/web/deploy/authorized-keys": "String",
      "/web/newrelic/license": "SecureString",
    });
  });

  it("a probe sent to a legacy server goes Pending → InProgress → Success and answers its inventory", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    const ssm = sim.aws.ssm(REGION);
    const prod = await ec2.send(
      new DescribeInstancesCommand({ Filters: [{ Name: "tag:Name", Values: ["web-prod-01"] }] }),
    );
    const id = prod.Reservations![0]!.Instances![0]!.InstanceId!;
    const sent = await ssm.send(
      new SendCommandCommand({
        DocumentName: "AWS-RunShellScript",
        InstanceIds: [id],
        Parameters: { commands: PROBE_SCRIPTS.inventory.split("\n") },
      }),
    );
    const commandId = sent.Command!.CommandId!;
    expect(sent.Command!.Status).toBe("Pending");
    await expect(
      ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: id })),
    ).rejects.toMatchObject({ name: "InvocationDoesNotExist" });
    await sim.clock.sleep(SECOND / 2);
    expect(
      (await ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: id }))).Status,
    ).toBe("Pending");
    await sim.clock.sleep(SECOND);
    expect(
      (await ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: id }))).Status,
    ).toBe("InProgress");
    await sim.clock.sleep(5 * SECOND);
    const done = await ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: id }));
    expect(done).toMatchObject({ Status: "Success", ResponseCode: 0 });
    const inventory = inventorySchema.parse(JSON.parse(done.StandardOutputContent!));
    expect(inventory.timezone?.zone).toBe("Asia/Tokyo");
    const listed = await ssm.send(new ListCommandInvocationsCommand({ CommandId: commandId, Details: true }));
    expect(listed.CommandInvocations![0]).toMatchObject({ InstanceId: id, Status: "Success" });
    // The listing shows a plugin's output cut at 2,500 characters as the SSM agent cuts it; the whole is GetCommandInvocation's.
    const plugin = listed.CommandInvocations![0]!.CommandPlugins![0]!;
    expect(plugin).toMatchObject({ Name: "aws:runShellScript", Status: "Success", ResponseCode: 0 });
    const marker = "\n---Output truncated---";
    expect(plugin.Output).toHaveLength(2_500);
    expect(plugin.Output).toBe(`${done.StandardOutputContent!.slice(0, 2_500 - marker.length)}${marker}`);
  });

  it("Run Command refuses an instance whose agent is not online", async () => {
    const sim = await exampleWorld();
    await expect(
      sim.aws.ssm(REGION).send(
        new SendCommandCommand({
          DocumentName: "AWS-RunShellScript",
          InstanceIds: ["i-0123456789abcdef0"],
          Parameters: { commands: ["true"] },
        }),
      ),
    ).rejects.toMatchObject({ name: "InvalidInstanceId" });
  });
});
