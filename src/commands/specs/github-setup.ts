import { z } from "zod";
import { defineCommand, fieldMeta, option } from "../spec.js";

export const githubSetupCommand = defineCommand({
  name: "github setup",
  summary: "create or update GitHub environments, reviewers and branch policies",
  input: z.object({
    // Left out, the command says what to set (the repository, a token with the right scope).
    repo: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "owner/name")
      .optional()
      .register(fieldMeta, {
        help: "repository (default: GITHUB_REPOSITORY)",
        inputHelp: "owner/name (default: this repository)",
        value: "owner/name",
        env: "GITHUB_REPOSITORY",
        runner: "repository",
        type: "string",
      }),
    token: option("a token with administration:write on the repository", {
      flag: false,
      env: "GITHUB_TOKEN",
      input: "github-token",
    }),
    apiUrl: z.url().optional().register(fieldMeta, {
      help: "the GitHub API (default: https://api.github.com)",
      flag: false,
      env: "GITHUB_API_URL",
      input: false,
      runner: "apiUrl",
      type: "string",
    }),
  }),
  run: () => import("../github-setup.js").then((m) => m.githubSetup),
});
