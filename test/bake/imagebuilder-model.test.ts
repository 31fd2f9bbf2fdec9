import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import {
  CreateComponentCommand,
  CreateDistributionConfigurationCommand,
  CreateImageCommand,
  CreateImageRecipeCommand,
  CreateInfrastructureConfigurationCommand,
  GetImageCommand,
  ListImagePackagesCommand,
} from "@aws-sdk/client-imagebuilder";
import { describe, expect, it } from "vitest";
import { type ImageManifest, MANIFEST_PATH } from "../../src/recipe/manifest.js";
import { osUpdatesIn, packagesFor } from "../../src/sim/services/imagebuilder-build.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { publicBaseAmi, REGION, ROOT } from "./world.js";

const MINUTE = 60_000;

const document = (extra = "") => `name: web-system
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: InstallPackages
        action: ExecuteBash
        inputs:
          commands: ["yum install -y httpd${extra}"]
      - name: WriteManifest
        action: CreateFile
        inputs:
          - path: ${MANIFEST_PATH}
            content: '${JSON.stringify({
              schema: "amipipe.manifest/v1",
              recipe: "web",
              recipeHash: "abc",
              os: "amazon-linux-2",
              arch: "x86_64",
              timezone: "Asia/Tokyo",
              locale: "en_US.UTF-8",
              packages: ["httpd"],
              services: [{ name: "httpd", port: 80, enabled: true }],
              users: { create: [], remove: [] },
              cron: [],
              agents: {},
              ssh: { passwordAuthentication: false, permitRootLogin: false },
              canaryCron: {
                file: "/etc/cron.d/amipipe-canary",
                schedule: "* * * * *",
                logFile: "/var/log/amipipe/cron-canary.log",
              },
            })}'
  - name: test
    steps:
      - name: HttpdAnswers
        action: ExecuteBash
        inputs:
          commands: ["curl -fsS localhost/health"]
`;

async function world() {
  const sim = await simulatorFromWorld(ROOT);
  return { sim, ib: sim.aws.imagebuilder(REGION), base: publicBaseAmi(sim) };
}

async function startBuild(o: Awaited<ReturnType<typeof world>>, faults = false, launchTemplateId?: string) {
  const component = await o.ib.send(
    new CreateComponentCommand({
      name: "web-system",
      semanticVersion: "1.0.0",
      platform: "Linux",
      data: document(),
    }),
  );
  const recipe = await o.ib.send(
    new CreateImageRecipeCommand({
      name: "web-x86_64",
      semanticVersion: "1.0.0",
      parentImage: o.base,
      components: [{ componentArn: component.componentBuildVersionArn }],
    }),
  );
  const infra = await o.ib.send(
    new CreateInfrastructureConfigurationCommand({
      name: "web-x86_64",
      instanceProfileName: "amipipe-image-builder",
      terminateInstanceOnFailure: !faults,
    }),
  );
  const dist = await o.ib.send(
    new CreateDistributionConfigurationCommand({
      name: "web-x86_64",
      distributions: [
        {
          region: REGION,
          amiDistributionConfiguration: {
            name: "web-1.0.0-{{imagebuilder:buildDate}}",
            amiTags: { team: "web" },
          },
          ...(launchTemplateId
            ? { launchTemplateConfigurations: [{ launchTemplateId, setDefaultVersion: false }] }
            : {}),
        },
      ],
    }),
  );
  const image = await o.ib.send(
    new CreateImageCommand({
      imageRecipeArn: recipe.imageRecipeArn,
      infrastructureConfigurationArn: infra.infrastructureConfigurationArn,
      distributionConfigurationArn: dist.distributionConfigurationArn,
    }),
  );
  return image.imageBuildVersionArn!;
}

describe("the simulated Image Builder", () => {
  it("keeps component versions immutable: the same name and version cannot be created twice", async () => {
    const { ib } = await world();
    const first = await ib.send(
      new CreateComponentCommand({
        name: "web-system",
        semanticVersion: "1.0.0",
        platform: "Linux",
        data: document(),
      }),
    );
    expect(first.componentBuildVersionArn).toBe(
      "arn:aws:imagebuilder:ap-northeast-1:123456789012:component/web-system/1.0.0/1",
    );
    await expect(
      ib.send(
        new CreateComponentCommand({
          name: "web-system",
          semanticVersion: "1.0.0",
          platform: "Linux",
          data: document(" mod_ssl"),
        }),
      ),
    ).rejects.toMatchObject({ name: "ResourceAlreadyExistsException", $metadata: { httpStatusCode: 400 } });
  });

  it("rejects an input AWS's model marks incomplete with AWS's ValidationException wording", async () => {
    const { ib } = await world();
    const error = await ib
      .send(new CreateImageRecipeCommand({ name: "web-x86_64", semanticVersion: "1.0.0" } as never))
      .then(
        () => undefined,
        (e: unknown) => e as { name: string; message: string; $metadata: { httpStatusCode: number } },
      );
    expect(error?.name).toBe("ValidationException");
    expect(error?.message).toBe(
      "1 validation error detected: Value null at 'parentImage' failed to satisfy constraint: Member must not be null",
    );
    expect(error?.$metadata.httpStatusCode).toBe(400);
  });

  it("a build moves through its phases with the clock and leaves an AMI carrying the image manifest", async () => {
    const o = await world();
    const arn = await startBuild(o);
    const seen: string[] = [];
    const started = o.sim.clock.now();
    for (;;) {
      const { image } = await o.ib.send(new GetImageCommand({ imageBuildVersionArn: arn }));
      const status = image!.state!.status!;
      if (seen.at(-1) !== status) seen.push(status);
      if (status === "AVAILABLE" || status === "FAILED") break;
      await o.sim.clock.sleep(MINUTE);
    }
    const took = o.sim.clock.now() - started;
    expect(seen).toEqual(["PENDING", "BUILDING", "TESTING", "DISTRIBUTING", "AVAILABLE"]);
    expect(took).toBeGreaterThanOrEqual(15 * MINUTE);
    expect(took).toBeLessThanOrEqual(45 * MINUTE);

    const { image } = await o.ib.send(new GetImageCommand({ imageBuildVersionArn: arn }));
    const ami = image!.outputResources!.amis![0]!;
    expect(ami.region).toBe(REGION);
    expect(ami.name).toMatch(/^web-1\.0\.0-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/);
    const { Images } = await o.sim.aws
      .ec2(REGION)
      .send(new DescribeImagesCommand({ ImageIds: [ami.image!] }));
    const tags = Object.fromEntries(Images![0]!.Tags!.map((t) => [t.Key, t.Value]));
    expect(tags).toMatchObject({ team: "web", CreatedBy: "EC2 Image Builder", Ec2ImageBuilderArn: arn });
    expect(o.sim.engine.state.regions[REGION]!.images[ami.image!]!.manifest?.timezone).toBe("Asia/Tokyo");

    const { imagePackageList } = await o.ib.send(new ListImagePackagesCommand({ imageBuildVersionArn: arn }));
    expect(imagePackageList!.map((p) => p.packageName)).toContain("httpd");
  });

  it("a distribution with a launch-template update adds a template version carrying the new AMI, leaving the default alone", async () => {
    const o = await world();
    const lt = Object.values(o.sim.engine.state.regions[REGION]!.launchTemplates).find(
      (t) => t.name === "web-dev",
    )!;
    const defaultBefore = lt.defaultVersion;
    const arn = await startBuild(o, false, lt.id);
    await o.sim.clock.sleep(60 * MINUTE);
    const { image } = await o.ib.send(new GetImageCommand({ imageBuildVersionArn: arn }));
    const ami = image!.outputResources!.amis![0]!.image;
    expect(lt.versions.at(-1)!.data.ImageId).toBe(ami);
    expect(lt.defaultVersion).toBe(defaultBefore);
  });

  it("lists no packages while a build is still running", async () => {
    const o = await world();
    const arn = await startBuild(o);
    await expect(
      o.ib.send(new ListImagePackagesCommand({ imageBuildVersionArn: arn })),
    ).rejects.toMatchObject({ name: "InvalidRequestException" });
  });
});

describe("the simulated package list", () => {
  const manifest: ImageManifest = {
    schema: "amipipe.manifest/v1",
    recipe: "web",
    recipeHash: "abc",
    os: "amazon-linux-2",
    arch: "x86_64",
    timezone: "Asia/Tokyo",
    locale: "en_US.UTF-8",
    packages: ["httpd", "mariadb", "git", "gcc", "make", "openssl-devel"],
    services: [],
    users: { create: [], remove: [] },
    cron: [],
    agents: {},
    ssh: { passwordAuthentication: false, permitRootLogin: false },
    canaryCron: {
      file: "/etc/cron.d/amipipe-canary",
      schedule: "* * * * *",
      logFile: "/var/log/amipipe/cron-canary.log",
    },
  };
  const withStep = (command: string) => [
    {
      data: `phases:\n  - name: build\n    steps:\n      - name: Updates\n        action: ExecuteBash\n        inputs:\n          commands: ["${command}"]\n`,
    },
  ];

  it("recognises OS updates in the build commands, security-only or all", () => {
    expect(osUpdatesIn(withStep("yum install -y httpd"))).toBe("none");
    expect(osUpdatesIn(withStep("yum --security update -y"))).toBe("security");
    expect(
      osUpdatesIn(withStep("if command -v dnf >/dev/null 2>&1; then dnf upgrade -y; else yum update -y; fi")),
    ).toBe("all");
  });

  it("a build applying updates upgrades some packages over the same base; a full update more than a security one", async () => {
    const { diffPackages } = await import("../../src/probes/package-diff.js");
    const toEntries = (list: ReturnType<typeof packagesFor>) =>
      list.map((p) => ({ name: p.packageName!, version: p.packageVersion! }));
    const at = Date.parse("2026-06-01T00:00:00Z");
    const baseReleasedAt = Date.parse("2026-05-01T00:00:00Z");
    const plain = toEntries(packagesFor(manifest, baseReleasedAt, { builtAt: at }));
    const security = toEntries(packagesFor(manifest, baseReleasedAt, { updates: "security", builtAt: at }));
    const all = toEntries(packagesFor(manifest, baseReleasedAt, { updates: "all", builtAt: at }));
    const securityDiff = diffPackages(plain, security);
    const allDiff = diffPackages(plain, all);
    expect(securityDiff.upgraded.length).toBeGreaterThan(0);
    expect(allDiff.upgraded.length).toBeGreaterThan(securityDiff.upgraded.length);
    const nextBase = toEntries(packagesFor(manifest, Date.parse("2026-06-01T00:00:00Z"), { builtAt: at }));
    const baseDiff = diffPackages(plain, nextBase);
    expect(baseDiff.upgraded.length).toBeGreaterThan(0);
    expect(baseDiff.downgraded).toEqual([]);
    expect(securityDiff.downgraded).toEqual([]);
    expect(securityDiff.added).toEqual([]);
  });
});
