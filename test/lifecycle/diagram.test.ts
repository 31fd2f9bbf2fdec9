import { describe, expect, it } from "vitest";
import type { Project } from "../../src/config/load.js";
import { environmentSchema, recipeSchema } from "../../src/config/schema.js";
import { buildDiagram } from "../../src/diagram/build.js";

const LEGACY = "ami-0a1b2c3d4e5f60000";
const NEW = "ami-0123456789abcdef0";
const node = (ami: string) => `ami_${ami.replace("-", "_")}`;

function project(): Project {
  const recipe = recipeSchema.parse({ name: "web", base: "amazon-linux-2", architectures: ["x86_64"] });
  const env = (name: string, count: number, pin: string | null, from?: string) => {
    const e = environmentSchema.parse({
      name,
      recipe: "web",
      region: "ap-northeast-1",
      pin: { ami: pin, history: [] },
      fleet: {
        count,
        launchTemplate: `web-${name}`,
        targetGroup: `web-${name}`,
        subnets: ["subnet-0a1b2c3d4e5f60001"],
      },
      promotion: from ? { from } : {},
    });
    return [name, { env: e, file: `/cfg/environments/${name}.yml`, source: "" }] as const;
  };
  return {
    root: "/cfg",
    recipes: new Map([
      ["web", { recipe, file: "/cfg/image-recipes/web.yml", dir: "/cfg/image-recipes", source: "" }],
    ]),
    environments: new Map([
      env("dev", 1, NEW),
      env("staging", 2, LEGACY, "dev"),
      env("prod", 2, LEGACY, "staging"),
    ]),
    warnings: [],
  };
}

describe("diagram", () => {
  it("draws recipes → images → environments → fleets from config alone", () => {
    const text = buildDiagram(project());
    expect(text.split("\n")[0]).toBe("flowchart LR");
    expect(text).toContain(`recipe_web["web<br/>amazon-linux-2 · x86_64"]`);
    expect(text).toContain(`${node(NEW)} -->|pinned| env_dev`);
    expect(text).toContain(`${node(LEGACY)} -->|pinned| env_staging`);
    expect(text).toContain("env_dev -.->|promotes to| env_staging");
    expect(text).toContain("env_staging -.->|promotes to| env_prod");
    expect(text).toContain("env_prod --> fleet_prod");
    expect(text).toMatch(/fleet_prod\["instances<br\/>target group web-prod<br\/>2 desired"\]/);
  });

  it("adds the newest image, healthy counts and the AMIs a fleet still serves from live state", () => {
    const text = buildDiagram(project(), {
      images: [
        { ami: NEW, recipe: "web", arch: "x86_64", builtAt: "2026-11-20T00:00:00Z" },
        { ami: "ami-0fedcba9876543210", recipe: "web", arch: "x86_64", builtAt: "2026-11-24T00:00:00Z" },
      ],
      fleets: [
        { env: "dev", kind: "instances", desired: 1, healthy: 1, serving: [{ ami: NEW, instances: 1 }] },
        {
          env: "staging",
          kind: "instances",
          desired: 2,
          healthy: 3,
          serving: [
            { ami: LEGACY, instances: 2 },
            { ami: NEW, instances: 1 },
          ],
        },
      ],
    });
    expect(text).toContain("recipe_web --> ami_ami_0fedcba9876543210");
    expect(text).toMatch(
      /ami_ami_0fedcba9876543210\(\["ami-0fedcba9876543210<br\/>x86_64 · built 2026-11-24 · newest"\]\)/,
    );
    expect(text).toContain("fleet_staging -.->|still serving ×1| ami_ami_0123456789abcdef0");
    expect(text).toMatch(/fleet_staging\["instances<br\/>target group web-staging<br\/>3\/2 healthy"\]/);
    // The recipe links only to images it built; the legacy AMI has no recipe edge.
    expect(text).not.toContain(`recipe_web --> ami_ami_0a1b2c3d4e5f60000`);
  });
});
