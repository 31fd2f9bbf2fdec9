import { describe, expect, it } from "vitest";
import { awsHint } from "../../src/commands/run.js";

/** Errors shaped as the SDK's node HTTP handler throws them (copied from real failures). */
function networkError(fields: Record<string, unknown>, message: string): Error {
  return Object.assign(new Error(message), fields, { $metadata: { attempts: 8, totalRetryDelay: 12_000 } });
}

describe("hints for errors from real AWS", () => {
  it("a refused connection names the endpoint and AWS_ENDPOINT_URL", () => {
    const hint = awsHint(
      networkError(
        { code: "ECONNREFUSED", errno: -111, syscall: "connect", address: "127.0.0.1", port: 5000 },
        "connect ECONNREFUSED 127.0.0.1:5000",
      ),
    );
    expect(hint).toContain("nothing listens at the AWS endpoint 127.0.0.1:5000");
    expect(hint).toContain("AWS_ENDPOINT_URL");
  });

  it("a host that does not resolve names the host and, for an AWS host, doubts the region", () => {
    const moto = awsHint(
      networkError(
        { code: "ENOTFOUND", syscall: "getaddrinfo", hostname: "moto.internal" },
        "getaddrinfo ENOTFOUND moto.internal",
      ),
    );
    expect(moto).toContain("the AWS endpoint host moto.internal does not resolve");
    expect(moto).toContain("AWS_ENDPOINT_URL");
    const aws = awsHint(
      networkError(
        { code: "ENOTFOUND", syscall: "getaddrinfo", hostname: "ec2.ap-northeast-9.amazonaws.com" },
        "getaddrinfo ENOTFOUND ec2.ap-northeast-9.amazonaws.com",
      ),
    );
    expect(aws).toContain("is 'ap-northeast-9' a real region?");
  });

  it("missing credentials and a missing region", () => {
    const creds = Object.assign(new Error("Could not load credentials from any providers"), {
      name: "CredentialsProviderError",
    });
    expect(awsHint(creds)).toMatch(/^no AWS credentials: set AWS_PROFILE or AWS_ACCESS_KEY_ID/);
    expect(awsHint(new Error("Region is missing"))).toMatch(/^no AWS region: set AWS_REGION/);
  });

  it("other errors get no hint", () => {
    expect(awsHint(new Error("something else"))).toBeUndefined();
  });
});
