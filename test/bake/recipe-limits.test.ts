import { describe, expect, it } from "vitest";
import { validate } from "../../src/commands/validate.js";
import { loadProject } from "../../src/config/load.js";
import { ConfigError } from "../../src/errors.js";
import { systemClock } from "../../src/ports/clock.js";
import { sequentialIds } from "../../src/ports/ids.js";
import { Progress } from "../../src/ports/progress.js";
import { compileImage } from "../../src/recipe/compile.js";
import { INLINE_COMPONENT_LIMIT } from "../../src/recipe/limits.js";
import { editFile, exampleConfigCopy } from "./world.js";

const manyJobs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `  - name: report-${i}\n    schedule: "${i % 60} 3 * * *"\n    user: deploy\n    command: /var/www/app/current/bin/cron-run nightly_report_${i} --verbose --output /var/log/app/report-${i}.log\n`,
  ).join("");

describe("Image Builder's 16,000-character limit on inline component data", () => {
  it("the example recipe's components fit", async () => {
    const root = await exampleConfigCopy();
    const loaded = (await loadProject(root)).recipes.get("web")!;
    const { components } = compileImage(loaded, { arch: "x86_64", parentImage: "ami-0abc", regions: [] });
    for (const c of components) expect(c.data.length).toBeLessThanOrEqual(INLINE_COMPONENT_LIMIT);
  });

  it("a recipe whose component grows past it is refused at validate, naming the file, the component and the limit", async () => {
    const root = await exampleConfigCopy();
    await editFile(root, "image-recipes/web.yml", /^cron:\n/m, `cron:\n${manyJobs(60)}`);
    const error = await validate(contextOf(root), {}).then(
      () => expect.unreachable("validate accepted the recipe"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const problem = (error as ConfigError).problems.find((p) => p.message.includes("inline component data"))!;
    expect(problem.file).toMatch(/image-recipes\/web\.yml$/);
    expect(problem.line).toBeGreaterThan(0);
    expect(problem.message).toMatch(
      /^component amipipe-web-app \(x86_64\) compiles to \d+ characters; Image Builder takes at most 16000 characters of inline component data\. Move large files, cron entries and users/,
    );
  });
});

describe("AWSTOE step names", () => {
  it("two recipe steps whose names differ only by - and _ are refused at validate, on the later one", async () => {
    const root = await exampleConfigCopy();
    await editFile(
      root,
      "image-recipes/web.yml",
      /^steps:\n/m,
      "steps:\n  - name: warm_cache\n    run: echo one\n  - name: warm-cache\n    run: echo two\n",
    );
    const error = (await loadProject(root).then(
      () => expect.unreachable("validate accepted the recipe"),
      (e: unknown) => e,
    )) as ConfigError;
    expect(error.problems.map((p) => [p.path, p.message])).toContainEqual([
      "steps[1].name",
      "'warm-cache' and 'warm_cache' both become the AWSTOE step Recipe_warm_cache (a step name keeps letters, digits and _ only); rename one",
    ]);
  });
});

/** Ports for a command that touches no AWS (validate reads the config root only). */
function contextOf(root: string) {
  return {
    root,
    clock: systemClock,
    progress: new Progress(systemClock),
    aws: undefined as never,
    ids: sequentialIds(),
    run: { ci: false },
  };
}
