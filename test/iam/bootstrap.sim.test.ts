// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub strings, compared literally.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type BootstrapData, bootstrap, INLINE_POLICY_LIMIT } from "../../src/commands/bootstrap.js";
import { type IamPoliciesData, iamPolicy } from "../../src/commands/iam-policy.js";
import type { CloudFormationTemplate } from "../../src/iam/bootstrap.js";
import { MAX_SESSION_SECONDS } from "../../src/iam/roles.js";
import { probeDocuments } from "../../src/probes/documents.js";
import { startMoto } from "../conformance/moto.js";
import { type Scenario, scenario } from "./scenario.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CFN_LINT = path.join(ROOT, ".venv/bin/cfn-lint");
const PYTHON = path.join(ROOT, ".venv/bin/python");

type Resource = CloudFormationTemplate["Resources"][string];

describe("amipipe bootstrap: the CloudFormation stack of a real account", () => {
  let s: Scenario;
  let dir: string;
  let file: string;
  let result: BootstrapData;
  let template: CloudFormationTemplate;
  const resources = (type: string) =>
    Object.values(template.Resources).filter((r): r is Resource => r.Type === type);
  const role = (name: string) =>
    resources("AWS::IAM::Role").find((r) => r.Properties.RoleName === name)!.Properties;

  beforeAll(async () => {
    s = await scenario();
    dir = await mkdtemp(path.join(tmpdir(), "amipipe-bootstrap-"));
    file = path.join(dir, "amipipe.yml");
    const written = await bootstrap(s.ctx, { repo: "example/web", out: file });
    result = written.data;
    template = parse(await readFile(file, "utf8")) as CloudFormationTemplate;
  }, 60_000);
  afterAll(async () => {
    await s?.cleanup();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("writes the template it reports, and prints it when no file is given", async () => {
    expect(template).toEqual(result.template);
    const printed = await bootstrap(s.ctx, { repo: "example/web" });
    expect(parse(printed.text)).toEqual(result.template);
  });

  it("gives each environment a role trusted only by that GitHub environment's jobs of this repository", () => {
    for (const env of ["dev", "staging", "prod"]) {
      const trust = role(`amipipe-${env}`).AssumeRolePolicyDocument as {
        Statement: Array<{ Action: string; Condition: { StringEquals: Record<string, unknown> } }>;
      };
      expect(trust.Statement).toHaveLength(1);
      expect(trust.Statement[0]!.Action).toBe("sts:AssumeRoleWithWebIdentity");
      expect(trust.Statement[0]!.Condition.StringEquals).toEqual({
        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
        "token.actions.githubusercontent.com:sub": [
          { "Fn::Sub": `repo:\${GitHubRepository}:environment:${env}` },
        ],
      });
    }
    const bake = role("amipipe-bake").AssumeRolePolicyDocument as {
      Statement: Array<{ Condition: { StringEquals: Record<string, unknown> } }>;
    };
    // main, and the first stage whose job the security rebake runs in.
    expect(bake.Statement[0]!.Condition.StringEquals["token.actions.githubusercontent.com:sub"]).toEqual([
      { "Fn::Sub": "repo:${GitHubRepository}:ref:refs/heads/main" },
      { "Fn::Sub": "repo:${GitHubRepository}:environment:dev" },
    ]);
    expect(template.Parameters.GitHubRepository!.Default).toBe("example/web");
  });

  it("holds each role's generated policy inline, within IAM's size limit, with a session as long as its longest job", async () => {
    const printed = (await iamPolicy(s.ctx, {})).data as IamPoliciesData;
    for (const { role: name, policy } of printed.roles) {
      const props = role(name);
      expect(props.Policies).toEqual([{ PolicyName: name, PolicyDocument: policy }]);
      expect(JSON.stringify(policy).length).toBeLessThanOrEqual(INLINE_POLICY_LIMIT);
    }
    expect(role("amipipe-prod").MaxSessionDuration).toBe(MAX_SESSION_SECONDS.environment);
    expect(role("amipipe-bake").MaxSessionDuration).toBe(4 * 3600);
    expect(result.roles.map((r) => r.role)).toEqual(printed.roles.map((r) => r.role));
  });

  it("holds the probe documents, exactly the probe scripts, and the instance profiles the policies pass", () => {
    const documents = resources("AWS::SSM::Document").map((d) => [d.Properties.Name, d.Properties.Content]);
    expect(documents).toEqual(probeDocuments().map((d) => [d.name, d.content]));
    expect(
      resources("AWS::IAM::InstanceProfile")
        .map((p) => p.Properties.InstanceProfileName)
        .sort(),
    ).toEqual(["amipipe-image-builder", "web-instance"]);
    const reads = resources("AWS::IAM::Policy").find(
      (p) => p.Properties.PolicyName === "amipipe-recipe-parameters",
    )!;
    expect(JSON.stringify(reads.Properties.PolicyDocument)).toContain("parameter/web/newrelic/license");
    // The build's test phase boots the image, whose agents read the same parameters.
    expect(JSON.stringify(role("amipipe-image-builder").Policies)).toContain(
      "parameter/web/newrelic/license",
    );
  });

  it("passes cfn-lint", () => {
    expect(existsSync(CFN_LINT), "run scripts/setup-tools.mjs").toBe(true);
    const lint = spawnSync(CFN_LINT, ["--format", "parseable", file], { encoding: "utf8" });
    expect(lint.stdout + lint.stderr).toBe("");
    expect(lint.status).toBe(0);
  });

  it("deploys into moto's CloudFormation: the roles with their policies and trust, the profiles, the documents", async () => {
    const moto = await startMoto();
    try {
      const out = execFileSync(
        PYTHON,
        [
          path.join(import.meta.dirname, "moto-stack.py"),
          moto.endpoint,
          file,
          "GitHubRepository=example/web",
        ],
        {
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const deployed = JSON.parse(out) as {
        provider: string;
        status: string;
        outputs: Record<string, string>;
        roles: Record<
          string,
          {
            trust: { Statement: Array<{ Principal: { Federated?: string } }> };
            maxSessionDuration: number;
            policies: Record<string, unknown>;
          }
        >;
        profiles: Record<string, string[]>;
        documents: Record<string, { type: string; content: unknown }>;
      };
      expect(deployed.status).toBe("CREATE_COMPLETE");
      for (const [name, props] of Object.entries(
        Object.fromEntries(
          resources("AWS::IAM::Role").map((r) => [r.Properties.RoleName as string, r.Properties]),
        ),
      )) {
        const got = deployed.roles[name];
        expect(got, name).toBeDefined();
        const inline =
          (props.Policies as Array<{ PolicyName: string; PolicyDocument: unknown }> | undefined) ?? [];
        for (const p of inline)
          expect(got!.policies[p.PolicyName], `${name} ${p.PolicyName}`).toEqual(p.PolicyDocument);
      }
      expect(deployed.roles["amipipe-prod"]!.trust.Statement[0]!.Principal.Federated).toBe(deployed.provider);
      expect(deployed.roles["amipipe-prod"]!.maxSessionDuration).toBe(MAX_SESSION_SECONDS.environment);
      expect(deployed.roles["web-instance"]!.policies["amipipe-recipe-parameters"]).toBeDefined();
      expect(deployed.profiles).toEqual({
        "amipipe-image-builder": ["amipipe-image-builder"],
        "web-instance": ["web-instance"],
      });
      expect(Object.keys(deployed.documents).sort()).toEqual(
        probeDocuments()
          .map((d) => d.name)
          .sort(),
      );
      for (const d of probeDocuments()) {
        expect(deployed.documents[d.name]!.type).toBe("Command");
        expect(deployed.documents[d.name]!.content).toEqual(d.content);
      }
      expect(deployed.outputs.AmipipeProdRoleArn).toBe(
        `arn:aws:iam::${s.sim.engine.state.account}:role/amipipe-prod`,
      );
    } finally {
      await moto.stop();
    }
  });
});
