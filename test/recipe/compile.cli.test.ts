import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { imageManifestSchema } from "../../src/recipe/manifest.js";
import { exampleProject, REPO } from "../config/project-fixture.js";
import { awstoeDocument } from "./awstoe-schema.js";

function cli(dir: string, ...args: string[]) {
  const node = path.join(REPO, "node_modules/.bin/node");
  return spawnSync(node, ["--import", "tsx", path.join(REPO, "src/cli.ts"), "-C", dir, ...args], {
    cwd: REPO,
    encoding: "utf8",
  });
}

const json = (file: string) => JSON.parse(readFileSync(file, "utf8"));

const PARENT = {
  x86_64: "ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2",
  arm64: "ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-arm64-gp2",
} as const;
const INSTANCE_TYPE = { x86_64: "t3.medium", arm64: "t4g.medium" } as const;
const SEMVER = /^\d+\.\d+\.\d+$/;

describe("amipipe compile RECIPE --out DIR for a recipe built for x86_64 and arm64", () => {
  let dir: string;
  let out: string;
  let result: ReturnType<typeof cli>;
  beforeAll(() => {
    dir = exampleProject({
      "image-recipes/web.yml": (t) => t.replace("architectures: [x86_64]", "architectures: [x86_64, arm64]"),
    });
    result = cli(dir, "--json", "compile", "web", "--out", "build");
    out = path.join(dir, "build", "web");
  });

  it("succeeds and lists every file it wrote, relative to the config root", () => {
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(data.recipe).toBe("web");
    expect(data.regions).toEqual(["ap-northeast-1"]);
    expect(data.images.map((i: { arch: string }) => i.arch)).toEqual(["x86_64", "arm64"]);
    for (const file of data.files as string[]) {
      expect(file.startsWith("build/web/")).toBe(true);
      expect(existsSync(path.join(dir, file)), file).toBe(true);
    }
    expect(data.files).toHaveLength(2 * (4 + 5));
  });

  it.each(["x86_64", "arm64"] as const)(
    "writes %s component documents that follow the AWSTOE format",
    (arch) => {
      const components = readdirSync(path.join(out, arch, "components")).sort();
      expect(components).toEqual([
        "amipipe-web-agents.yml",
        "amipipe-web-app.yml",
        "amipipe-web-checks.yml",
        "amipipe-web-system.yml",
      ]);
      for (const file of components) {
        const doc = parse(readFileSync(path.join(out, arch, "components", file), "utf8"));
        expect(awstoeDocument.safeParse(doc).error?.issues ?? [], file).toEqual([]);
      }
    },
  );

  it.each(["x86_64", "arm64"] as const)(
    "writes %s resource specs in the shapes Image Builder takes",
    (arch) => {
      const base = path.join(out, arch);
      const meta = json(path.join(base, "components.json")) as Array<{
        name: string;
        semanticVersion: string;
        platform: string;
      }>;
      expect(meta.map((c) => c.platform)).toEqual(["Linux", "Linux", "Linux", "Linux"]);

      const recipe = json(path.join(base, "image-recipe.json"));
      expect(recipe).toMatchObject({ name: `amipipe-web-${arch}`, parentImage: PARENT[arch] });
      expect(recipe.semanticVersion).toMatch(SEMVER);
      // The recipe references exactly the components written beside it, by name and version.
      expect(recipe.components).toEqual(
        meta.map((c) => ({
          componentArn: `arn:aws:imagebuilder:<region>:<account>:component/${c.name}/${c.semanticVersion}/1`,
        })),
      );
      expect(recipe.blockDeviceMappings[0].ebs).toMatchObject({ encrypted: true, volumeType: "gp3" });

      const infra = json(path.join(base, "infrastructure-configuration.json"));
      expect(infra).toMatchObject({
        name: `amipipe-web-${arch}`,
        instanceTypes: [INSTANCE_TYPE[arch]],
        instanceProfileName: "amipipe-image-builder",
        instanceMetadataOptions: { httpTokens: "required" },
      });

      const dist = json(path.join(base, "distribution-configuration.json"));
      expect(dist.distributions).toHaveLength(1);
      expect(dist.distributions[0].region).toBe("ap-northeast-1");
      expect(dist.distributions[0].amiDistributionConfiguration.name).toContain("{{imagebuilder:buildDate}}");
      expect(dist.distributions[0].amiDistributionConfiguration.amiTags).toMatchObject({
        "amipipe:recipe": "web",
        "amipipe:arch": arch,
      });

      const manifest = imageManifestSchema.parse(json(path.join(base, "manifest.json")));
      expect(manifest).toMatchObject({ arch, timezone: "Asia/Tokyo" });
    },
  );

  it("an unknown recipe is a usage error with the closest name", () => {
    const r = cli(dir, "compile", "wbe", "--out", "build");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown recipe 'wbe' — did you mean 'web'? (known: web)");
  });
});
