import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { ConfigError, formatProblem } from "../../src/errors.js";
import { exampleProject, lineOf } from "../config/project-fixture.js";

const DEV = "environments/dev.yml";
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function withHttp(http: string): string {
  const dir = exampleProject({
    [DEV]: (t) => t.replace("http: { path: /health, expect: 200 }", `http: ${http}`),
  });
  dirs.push(dir);
  return dir;
}

async function problems(dir: string): Promise<string[]> {
  try {
    await loadProject(dir);
    return [];
  } catch (error) {
    if (error instanceof ConfigError)
      return error.problems.filter((p) => p.severity !== "warning").map(formatProblem);
    throw error;
  }
}

describe("verify.http in an environment file", () => {
  it("takes scheme, port, a Host header or a full URL", async () => {
    const dir = withHttp(
      "{ path: /health, expect: 200, scheme: https, port: 8443, host: dev.web.example.jp }",
    );
    expect(await problems(dir)).toEqual([]);
    const project = await loadProject(dir);
    expect(project.environments.get("dev")!.env.verify.http).toEqual({
      path: "/health",
      expect: 200,
      scheme: "https",
      port: 8443,
      host: "dev.web.example.jp",
    });
    expect(await problems(withHttp("{ url: 'https://dev.web.example.jp/health' }"))).toEqual([]);
  });

  it("a URL together with a scheme or port is refused at its line: the URL already names them", async () => {
    const dir = withHttp("{ url: 'https://dev.web.example.jp/health', port: 443 }");
    expect(await problems(dir)).toEqual([
      `${DEV}:${lineOf(dir, DEV, "url: 'https")}:16: verify.http.url: a URL names its own scheme and port: give url, or scheme/port, not both, got 'https://dev.web.example.jp/health'`,
    ]);
  });

  it("a scheme other than http or https and a URL that is none are refused, quoting them", async () => {
    const dir = withHttp("{ scheme: tcp, url: 'ftp://dev.web.example.jp/' }");
    const found = await problems(dir);
    expect(found.some((p) => p.includes("verify.http.scheme") && p.includes("'tcp'"))).toBe(true);
    expect(found.some((p) => p.includes("verify.http.url") && p.includes("an http:// or https:// URL"))).toBe(
      true,
    );
  });
});
