import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { renderUserData } from "../../src/recipe/user-data.js";
import { REPO } from "./compiled-example.js";

describe("user data for the example's environments", () => {
  it("renders each environment's templates, sets the hostname and contains no secret", async () => {
    const project = await loadProject(REPO);
    const web = project.recipes.get("web");
    if (!web) throw new Error("no web recipe");
    for (const env of project.environments.values()) {
      const script = renderUserData(web, env);
      expect(spawnSync("bash", ["-n"], { input: script }).status, env.env.name).toBe(0);
      expect(script).toContain(`PassengerAppEnv ${env.env.vars.rails_env}`);
      expect(script).toContain(`host_name=web-${env.env.name}-__AMIPIPE_INSTANCE_ID__`);
      expect(script).toContain(`dataset web_${env.env.name}`);
      expect(script).not.toContain("license");
    }
  });
});
