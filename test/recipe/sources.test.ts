import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { UsageError } from "../../src/errors.js";
import { fluentInstallScriptUrl, newRelicRepoUrl } from "../../src/recipe/agents.js";
import { resolveBaseParameter } from "../../src/recipe/base-image.js";
import { awstoeDocument, STEP_NAME } from "./awstoe-schema.js";

describe("install sources are the ones the vendors document", () => {
  it("fluent-package comes from the LTS install script of its line and OS", () => {
    expect(fluentInstallScriptUrl("amazon-linux-2", "5")).toBe(
      "https://fluentd.cdn.cncf.io/sh/install-amazon2-fluent-package5-lts.sh",
    );
    expect(fluentInstallScriptUrl("amazon-linux-2023", "5")).toBe(
      "https://fluentd.cdn.cncf.io/sh/install-amazon2023-fluent-package5-lts.sh",
    );
    expect(fluentInstallScriptUrl("amazon-linux-2023", "6")).toBe(
      "https://fluentd.cdn.cncf.io/sh/install-amazon2023-fluent-package6-lts.sh",
    );
    expect(() => fluentInstallScriptUrl("amazon-linux-2", "6")).toThrow(UsageError);
  });

  it("the New Relic repository follows the Amazon Linux release and the CPU name (aarch64, not arm64)", () => {
    expect(newRelicRepoUrl("amazon-linux-2", "x86_64")).toBe(
      "https://download.newrelic.com/infrastructure_agent/linux/yum/amazonlinux/2/x86_64/newrelic-infra.repo",
    );
    expect(newRelicRepoUrl("amazon-linux-2023", "arm64")).toBe(
      "https://download.newrelic.com/infrastructure_agent/linux/yum/amazonlinux/2023/aarch64/newrelic-infra.repo",
    );
  });

  it("base images resolve to the public SSM parameters AWS publishes", () => {
    expect(resolveBaseParameter("amazon-linux-2", "arm64")).toEqual({
      kind: "ssm",
      parameter: "/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-arm64-gp2",
    });
    expect(resolveBaseParameter("amazon-linux-2023", "x86_64")).toEqual({
      kind: "ssm",
      parameter: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
    });
    expect(resolveBaseParameter("ami-0a1b2c3d4e5f60000", "x86_64")).toEqual({
      kind: "ami",
      ami: "ami-0a1b2c3d4e5f60000",
    });
  });
});

describe("the AWSTOE schema the compiled documents are checked against", () => {
  const doc = (step: Record<string, unknown>) =>
    parse(
      `name: t\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - ${JSON.stringify(step)}\n`,
    );

  it("accepts the CreateFile inputs the docs list, encodings case-insensitively", () => {
    const step = {
      name: "WriteIt",
      action: "CreateFile",
      inputs: [
        {
          path: "/etc/x",
          content: "a",
          encoding: "UTF-16",
          owner: "root",
          group: "root",
          permissions: "0644",
          overwrite: false,
        },
      ],
    };
    expect(awstoeDocument.safeParse(doc(step)).success).toBe(true);
  });

  it("rejects an undocumented CreateFile input or encoding", () => {
    const base = { name: "WriteIt", action: "CreateFile" };
    expect(
      awstoeDocument.safeParse(doc({ ...base, inputs: [{ path: "/etc/x", mode: "0644" }] })).success,
    ).toBe(false);
    expect(
      awstoeDocument.safeParse(doc({ ...base, inputs: [{ path: "/etc/x", encoding: "latin1" }] })).success,
    ).toBe(false);
  });

  it("keeps step names to identifiers, stricter than the documented uniqueness rule", () => {
    expect(STEP_NAME.test("Recipe_install_passenger")).toBe(true);
    expect(STEP_NAME.test("install-passenger")).toBe(false);
    const twice = parse(
      "name: t\nschemaVersion: 1.0\nphases:\n  - name: test\n    steps:\n      - { name: A, action: Reboot }\n      - { name: A, action: Reboot }\n",
    );
    expect(awstoeDocument.safeParse(twice).success).toBe(false);
  });
});
