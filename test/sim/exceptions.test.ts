import { DescribeInstancesCommand, EC2ServiceException } from "@aws-sdk/client-ec2";
import {
  CreateComponentCommand,
  ImagebuilderServiceException,
  ResourceAlreadyExistsException,
  ResourceNotFoundException,
} from "@aws-sdk/client-imagebuilder";
import { ParameterAlreadyExists, PutParameterCommand, SSMServiceException } from "@aws-sdk/client-ssm";
import { describe, expect, it } from "vitest";
import { exampleWorld, REGION } from "./world.js";

/** The rejection of `promise` (fails the test if it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("the call succeeded"),
    (error: unknown) => error,
  );
}

const component = {
  name: "web-system",
  semanticVersion: "1.0.0",
  platform: "Linux" as const,
  data: "name: web-system\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Hello\n        action: ExecuteBash\n        inputs:\n          commands: ['echo hello']\n",
};

describe("errors of the simulated AWS are the SDK's own exceptions", () => {
  it("an EC2 error (EC2 models no error classes) is an EC2ServiceException named by its code", async () => {
    const sim = await exampleWorld();
    const error = await rejectionOf(
      sim.aws.ec2(REGION).send(new DescribeInstancesCommand({ InstanceIds: ["i-0123456789abcdef0"] })),
    );
    expect(error).toBeInstanceOf(EC2ServiceException);
    expect(error).toMatchObject({
      name: "InvalidInstanceID.NotFound",
      $fault: "client",
      $metadata: { httpStatusCode: 400 },
      message: expect.stringContaining("i-0123456789abcdef0"),
    });
  });

  it("creating an Image Builder component version twice throws ResourceAlreadyExistsException", async () => {
    const sim = await exampleWorld();
    const ib = sim.aws.imagebuilder(REGION);
    await ib.send(new CreateComponentCommand(component));
    const error = await rejectionOf(ib.send(new CreateComponentCommand(component)));
    expect(error).toBeInstanceOf(ResourceAlreadyExistsException);
    expect(error).toBeInstanceOf(ImagebuilderServiceException);
    expect(error).not.toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({
      name: "ResourceAlreadyExistsException",
      $fault: "client",
      $metadata: { httpStatusCode: 400 },
      message: expect.stringContaining("web-system/1.0.0"),
    });
  });

  it("putting an existing SSM parameter without Overwrite throws ParameterAlreadyExists", async () => {
    const sim = await exampleWorld();
    const ssm = sim.aws.ssm(REGION);
    const lock = { Name: "/amipipe/locks/dev", Value: "rollout-1", Type: "String" as const };
    await ssm.send(new PutParameterCommand(lock));
    const error = await rejectionOf(ssm.send(new PutParameterCommand(lock)));
    expect(error).toBeInstanceOf(ParameterAlreadyExists);
    expect(error).toBeInstanceOf(SSMServiceException);
    expect(error).toMatchObject({
      name: "ParameterAlreadyExists",
      $fault: "client",
      $metadata: { httpStatusCode: 400 },
    });
  });

  it("an error the service does not model is its base exception named by the code", async () => {
    const sim = await exampleWorld(["throttle=1"]);
    const error = await rejectionOf(sim.aws.imagebuilder(REGION).send(new CreateComponentCommand(component)));
    expect(error).toBeInstanceOf(ImagebuilderServiceException);
    expect(error).not.toBeInstanceOf(ResourceAlreadyExistsException);
    expect(error).toMatchObject({ name: "ThrottlingException", $metadata: { httpStatusCode: 400 } });
  });
});
