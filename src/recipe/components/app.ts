import { recipeStepName } from "../../config/rules/step-names.js";
import type { BaseOs, Recipe } from "../../config/schema.js";
import { SSH_KEYS_SCRIPT, SSH_KEYS_UNIT, sshKeysScript, sshKeysUnit } from "../boot-scripts.js";
import { CANARY_CRON_FILE, CANARY_LOG, CANARY_SCRIPT, canaryCronFile, canaryScript } from "../canary.js";
import { type ImageManifest, MANIFEST_PATH } from "../manifest.js";
import { shellQuote, shellWords } from "../shell.js";
import { bash, type ComponentDocument, type CreateFileInput, createFile, type Step } from "./awstoe.js";

/** Files, the recipe's own steps, cron entries, services, the manifest and the clean-up. */
export function appComponent(
  name: string,
  recipe: Recipe,
  os: BaseOs | "custom",
  manifest: ImageManifest,
): ComponentDocument {
  const build: Step[] = [];

  const literal: CreateFileInput[] = recipe.files
    .filter((f) => f.content !== undefined)
    .map((f) => ({
      path: f.path,
      content: f.content as string,
      permissions: normaliseMode(f.mode),
      owner: f.owner,
      group: f.group ?? (f.owner === "root" ? "root" : f.owner),
    }));
  if (literal.length > 0) build.push(createFile("Files", literal));

  recipe.steps.forEach((s) => {
    build.push(
      bash(
        recipeStepName(s.name),
        s.run.split("\n").filter((l) => l.trim() !== ""),
      ),
    );
  });

  const keyed = recipe.users.create
    .filter((u) => u.sshKeys !== undefined)
    .map((u) => ({ name: u.name, parameter: (u.sshKeys as string).slice("ssm:".length) }));
  if (keyed.length > 0) {
    build.push(
      createFile("SshKeysAtBoot", [
        {
          path: SSH_KEYS_SCRIPT,
          content: sshKeysScript(keyed),
          permissions: "0755",
          owner: "root",
          group: "root",
        },
        {
          path: `/etc/systemd/system/${SSH_KEYS_UNIT}`,
          content: sshKeysUnit(),
          permissions: "0644",
          owner: "root",
          group: "root",
        },
      ]),
    );
    build.push(bash("EnableSshKeysAtBoot", ["systemctl daemon-reload", `systemctl enable ${SSH_KEYS_UNIT}`]));
  }

  const cronFiles: CreateFileInput[] = recipe.cron.map((c) => ({
    path: `/etc/cron.d/${c.name}`,
    // The system zone is the recipe's, so no CRON_TZ: crond reads the zone at start.
    content: `# amipipe: cron entry '${c.name}' of recipe ${recipe.name} (${recipe.timezone})\nSHELL=/bin/bash\nPATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin\n${c.schedule} ${c.user} ${cronCommand(c.command)}\n`,
    permissions: "0644",
    owner: "root",
    group: "root",
  }));
  cronFiles.push(
    { path: CANARY_SCRIPT, content: canaryScript(), permissions: "0755", owner: "root", group: "root" },
    { path: CANARY_CRON_FILE, content: canaryCronFile(), permissions: "0644", owner: "root", group: "root" },
  );
  build.push(createFile("CronEntries", cronFiles));

  const enabled = recipe.services.filter((s) => s.enabled).map((s) => s.name);
  const disabled = recipe.services.filter((s) => !s.enabled).map((s) => s.name);
  const serviceLines = ["systemctl daemon-reload"];
  if (enabled.length > 0) serviceLines.push(`systemctl enable ${shellWords(enabled)}`);
  if (disabled.length > 0) serviceLines.push(`systemctl disable ${shellWords(disabled)}`);
  // Every daemon started during the build must run in the final zone; crond above all.
  serviceLines.push("systemctl try-restart crond || true");
  build.push(bash("EnableServices", serviceLines));

  build.push(
    createFile("Manifest", [
      {
        path: MANIFEST_PATH,
        content: `${JSON.stringify(manifest, null, 2)}\n`,
        permissions: "0644",
        owner: "root",
        group: "root",
      },
    ]),
  );
  build.push(cleanupStep());

  const validate: Step[] = [
    bash(
      "ServicesEnabled",
      enabled.length ? enabled.map((s) => `systemctl is-enabled ${shellQuote(s)}`) : ["true"],
    ),
    bash(
      "ManifestWritten",
      `python3 -c 'import json,sys; json.load(open(sys.argv[1]))' ${MANIFEST_PATH} || grep -q '"schema": "amipipe.manifest/v1"' ${MANIFEST_PATH}`,
    ),
  ];

  return {
    name,
    description: `${recipe.name}: files, build steps, cron, services (${os}), manifest, clean-up`,
    schemaVersion: 1.0,
    phases: [
      { name: "build", steps: build },
      { name: "validate", steps: validate },
    ],
  };
}

/** Nothing instance-specific or secret leaves the build: host keys, shell history, cloud-init state, canary log. */
function cleanupStep(): Step {
  return bash("Cleanup", [
    "rm -f /etc/ssh/ssh_host_*_key /etc/ssh/ssh_host_*_key.pub",
    "rm -f /root/.bash_history /home/*/.bash_history",
    "rm -rf /var/lib/cloud/instances/* /var/lib/cloud/instance /var/lib/cloud/data/*",
    `rm -f ${CANARY_LOG}`,
    "rm -f /etc/newrelic-infra.yml",
    "history -c || true",
  ]);
}

/**
 * A command as cron must see it to run exactly `command`: cron turns an unescaped `%` into a
 * newline and feeds the rest to the command's stdin, and `\%` into `%` (crontab(5)). Every `%`
 * is escaped; validate refuses a command that already holds `\%` (cron cannot pass a backslash
 * followed by `%` through, whatever the escaping).
 */
export function cronCommand(command: string): string {
  return command.replace(/%/g, "\\%");
}

function normaliseMode(mode: string): string {
  return mode.length === 3 ? `0${mode}` : mode;
}
