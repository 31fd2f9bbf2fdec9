import { DescribeInstancesCommand, RunInstancesCommand } from "@aws-sdk/client-ec2";
import { CreateComponentCommand } from "@aws-sdk/client-imagebuilder";
import { PutParameterCommand } from "@aws-sdk/client-ssm";
import { describe, expect, it } from "vitest";
import { exampleWorld, LEGACY_AMI, MINUTE, REGION, SUBNETS } from "./world.js";

async function rejectionOf(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  return promise.then(
    () => expect.unreachable("the call succeeded"),
    (error: unknown) => error as { name: string; message: string },
  );
}

const document = (extra: string) =>
  `name: big\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Hello\n        action: ExecuteBash\n        inputs:\n          commands: ['${extra}']\n`;

describe("the simulator holds every request to AWS's own model of the operation", () => {
  it("an inline component over 16,000 characters is refused as Image Builder refuses it", async () => {
    const sim = await exampleWorld();
    const error = await rejectionOf(
      sim.aws.imagebuilder(REGION).send(
        new CreateComponentCommand({
          name: "big",
          semanticVersion: "1.0.0",
          platform: "Linux",
          data: document("x".repeat(16_000)),
        }),
      ),
    );
    expect(error.name).toBe("ValidationException");
    expect(error.message).toMatch(
      /^1 validation error detected: Value 'name: big.*' at 'data' failed to satisfy constraint: Member must have length less than or equal to 16000$/s,
    );
    // One character under the limit is accepted.
    const fits = document("x".repeat(16_000 - document("").length));
    expect(fits.length).toBe(16_000);
    await sim.aws
      .imagebuilder(REGION)
      .send(
        new CreateComponentCommand({ name: "big", semanticVersion: "1.0.0", platform: "Linux", data: fits }),
      );
  });

  it("a name past its pattern and a parameter name past its length answer every violation at once", async () => {
    const sim = await exampleWorld();
    const badName = await rejectionOf(
      sim.aws.imagebuilder(REGION).send(
        new CreateComponentCommand({
          name: "web/system",
          semanticVersion: "1.0",
          platform: "Linux",
          data: document("echo"),
        }),
      ),
    );
    expect(badName.message).toMatch(/^2 validation errors detected: /);
    expect(badName.message).toContain(
      "Value 'web/system' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern",
    );
    expect(badName.message).toContain("Value '1.0' at 'semanticVersion'");
    const long = await rejectionOf(
      sim.aws
        .ssm(REGION)
        .send(new PutParameterCommand({ Name: `/amipipe/${"x".repeat(2100)}`, Value: "v", Type: "String" })),
    );
    expect(long).toMatchObject({ name: "ValidationException" });
    expect(long.message).toContain(
      "at 'name' failed to satisfy constraint: Member must have length less than or equal to 2048",
    );
  });

  it("EC2 answers a missing required parameter with MissingParameter and an enum outside its set with InvalidParameterValue", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    const missing = await rejectionOf(
      ec2.send(new RunInstancesCommand({ ImageId: LEGACY_AMI, MaxCount: 1 } as never)),
    );
    expect(missing).toMatchObject({
      name: "MissingParameter",
      message: "The request must contain the parameter MinCount",
    });
    const wrongType = await rejectionOf(
      ec2.send(
        new RunInstancesCommand({
          ImageId: LEGACY_AMI,
          MinCount: 1,
          MaxCount: 1,
          SubnetId: SUBNETS[0],
          InstanceType: "t3.enormous" as never,
        }),
      ),
    );
    expect(wrongType.name).toBe("InvalidParameterValue");
    expect(wrongType.message).toContain("Value (t3.enormous) for parameter InstanceType is invalid.");
  });
});

describe("EC2's request token buckets", () => {
  it("a burst past the bucket answers RequestLimitExceeded; the SDK's backoff waits in virtual time until tokens refill", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    const started = sim.clock.now();
    // Unfiltered, unpaginated DescribeInstances: a bucket of 50 that refills 10 a second.
    for (let i = 0; i < 60; i++) await ec2.send(new DescribeInstancesCommand({}));
    const outcomes = sim.engine.calls.map((c) => c.outcome);
    expect(outcomes.slice(0, 50).every((o) => o === "ok")).toBe(true);
    expect(outcomes).toContain("RequestLimitExceeded");
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(60);
    expect(sim.clock.now() - started).toBeGreaterThan(0);
    expect(sim.clock.now() - started).toBeLessThan(MINUTE);
  });
});

describe("credentials-expire=DURATION", () => {
  it("every call after that much virtual time fails with ExpiredToken, and the credentials say when", async () => {
    const sim = await exampleWorld(["credentials-expire=20m"]);
    const ec2 = sim.aws.ec2(REGION);
    const credentials = await ec2.config.credentials();
    expect(credentials.expiration?.getTime()).toBe(sim.clock.now() + 20 * MINUTE);
    await ec2.send(new DescribeInstancesCommand({ MaxResults: 5 }));
    await sim.clock.sleep(20 * MINUTE);
    await expect(ec2.send(new DescribeInstancesCommand({ MaxResults: 5 }))).rejects.toMatchObject({
      name: "ExpiredToken",
      message: "The security token included in the request is expired",
    });
    await expect(
      sim.aws.ssm(REGION).send(new PutParameterCommand({ Name: "/x", Value: "v", Type: "String" })),
    ).rejects.toMatchObject({ name: "ExpiredTokenException" });
  });
});
