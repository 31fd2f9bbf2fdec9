import { readFileSync } from "node:fs";
import path from "node:path";
import { resolveConfigPath } from "../config/config-paths.js";
import { configRootOf, type LoadedEnvironment, type LoadedRecipe } from "../config/load.js";
import {
  recipeTemplates,
  renderTemplate,
  templateContext,
  UnsafeTemplateError,
} from "../config/templates.js";
import { formatPath, YamlSource } from "../config/yaml-source.js";
import { ConfigError, type ConfigProblem } from "../errors.js";
import { inputsLine } from "../fleet/config.js";
import { FLUENT_PACKAGE } from "./agents.js";
import { shellQuote, writeFileCommand } from "./shell.js";

/** EC2 accepts at most 16 KB of user data (before base64). */
export const USER_DATA_LIMIT = 16 * 1024;
const INSTANCE_ID_TOKEN = "__AMIPIPE_INSTANCE_ID__";

/**
 * The user data an instance of `env` boots with: a bash script (cloud-init runs it once, at
 * first boot) that writes the recipe's template files and sets the hostname.
 *
 * Templates are rendered here, by the toolkit, not on the instance: the image needs no
 * template engine, the renderer is the one `validate` already ran against every environment's
 * vars, and the launch template version records exactly what each instance received. Secrets
 * are never in it: the New Relic license and SSH keys are read from SSM at every boot by units
 * baked into the image, with the instance role.
 */
export function renderUserData(loaded: LoadedRecipe, env: LoadedEnvironment): string {
  const recipe = loaded.recipe;
  const context = templateContext(recipe, env.env);
  const lines = [
    "#!/bin/bash",
    `# amipipe: recipe ${recipe.name}, environment ${env.env.name}`,
    // What this script was rendered from, so drift can be explained in the user's own terms.
    inputsLine({ vars: env.env.vars }),
    "set -euo pipefail",
    "imds_token=$(curl -fsS -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')",
    'instance_id=$(curl -fsS -H "X-aws-ec2-metadata-token: $imds_token" http://169.254.169.254/latest/meta-data/instance-id)',
  ];

  if (recipe.hostname !== undefined) {
    const rendered = renderChecked(loaded, recipe.hostname, loaded.file, ["hostname"], {
      ...context,
      instance_id: INSTANCE_ID_TOKEN,
    }).trim();
    lines.push(
      `host_name=${shellQuote(rendered)}`,
      `host_name=\${host_name//${INSTANCE_ID_TOKEN}/$instance_id}`,
      'hostnamectl set-hostname "$host_name"',
    );
  }

  const templates = recipeTemplates(recipe);
  for (const ref of templates) {
    const resolved = resolveConfigPath({ root: configRootOf(loaded), from: loaded.dir, ref: ref.template });
    if (!resolved.ok) throw new ConfigError([recipeProblem(loaded, ref.path, `template ${resolved.reason}`)]);
    const content = renderChecked(
      loaded,
      readFileSync(resolved.file, "utf8"),
      resolved.file,
      ref.path,
      context,
    );
    const file =
      ref.path[0] === "agents"
        ? { path: FLUENT_PACKAGE.configFile, mode: "0644", owner: "root", group: "root" }
        : fileOf(recipe.files[ref.path[1] as number]);
    lines.push(writeFileCommand(file.path, content, file.mode));
    lines.push(`chown ${shellQuote(`${file.owner}:${file.group}`)} ${shellQuote(file.path)}`);
  }

  // Services read the files written above: restart the running ones.
  const services = recipe.services.filter((s) => s.enabled).map((s) => s.name);
  if (services.length > 0) lines.push(`systemctl try-restart ${services.map(shellQuote).join(" ")} || true`);
  const script = `${lines.join("\n")}\n`;

  const size = Buffer.byteLength(script, "utf8");
  if (size > USER_DATA_LIMIT) {
    throw new ConfigError([
      {
        file: path.relative(path.dirname(loaded.dir), loaded.file),
        line: 1,
        column: 1,
        path: "files",
        message: `user data for environment '${env.env.name}' is ${size} bytes; EC2 accepts at most ${USER_DATA_LIMIT} (bake large files into the image as content)`,
      },
    ]);
  }
  return script;
}

/**
 * Renders one of the recipe's templates for user data. The same checks as validate run here
 * (renderTemplate refuses an unsafe template before compiling it): a recipe changed after
 * validate cannot run code at launch either. A refusal is bad input, exit 2, with positions.
 */
function renderChecked(
  loaded: LoadedRecipe,
  text: string,
  file: string,
  field: Array<string | number>,
  context: Record<string, unknown>,
): string {
  const root = configRootOf(loaded);
  try {
    return renderTemplate(text, context, { root, file });
  } catch (error) {
    if (!(error instanceof UnsafeTemplateError)) throw error;
    throw new ConfigError(
      error.violations.map((v) =>
        v.file === loaded.file
          ? recipeProblem(loaded, field, v.message)
          : {
              file: path.relative(root, v.file),
              line: v.line,
              column: v.column,
              path: formatPath(field),
              message: v.message,
            },
      ),
    );
  }
}

function recipeProblem(loaded: LoadedRecipe, field: Array<string | number>, message: string): ConfigProblem {
  const source = new YamlSource(path.relative(configRootOf(loaded), loaded.file), loaded.source);
  return source.problem({ path: field, message });
}

function fileOf(f: LoadedRecipe["recipe"]["files"][number] | undefined): {
  path: string;
  mode: string;
  owner: string;
  group: string;
} {
  if (!f) throw new Error("template reference without a file entry");
  return {
    path: f.path,
    mode: f.mode.length === 3 ? `0${f.mode}` : f.mode,
    owner: f.owner,
    group: f.group ?? (f.owner === "root" ? "root" : f.owner),
  };
}
