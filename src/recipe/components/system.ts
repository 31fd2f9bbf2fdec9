import type { BaseOs, Recipe } from "../../config/schema.js";
import { AUTHORIZED_KEYS_DIR } from "../boot-scripts.js";
import { installCommand, langpack, packageManager, recipePackages } from "../os.js";
import { shellQuote, shellWords } from "../shell.js";
import { bash, type ComponentDocument, createFile, type Step } from "./awstoe.js";

/** Daemons that read the timezone at start and are present on a stock Amazon Linux. */
const ZONE_READERS = ["crond", "rsyslog", "atd"];

/** OS packages, timezone, locale, users and SSH hardening. */
export function systemComponent(name: string, recipe: Recipe, os: BaseOs | "custom"): ComponentDocument {
  const build: Step[] = [{ name: "UpdateOS", action: "UpdateOS" }];
  const extras = recipe.packages["amazon-linux-extras"];
  if (extras.length > 0)
    build.push(
      bash(
        "InstallExtras",
        extras.map((t) => `amazon-linux-extras install -y ${shellQuote(t)}`),
      ),
    );
  const packages = [...recipePackages(recipe)];
  const lp = langpack(os, recipe.locale);
  if (lp && !packages.includes(lp)) packages.push(lp);
  if (packages.length > 0)
    build.push(bash("InstallPackages", installCommand(os, packages), { maxAttempts: 3 }));
  build.push(timezoneStep(recipe, os));
  build.push(bash("SetLocale", `printf 'LANG=%s\\n' ${shellQuote(recipe.locale)} > /etc/locale.conf`));
  build.push(...userSteps(recipe));
  build.push(sshStep(recipe));

  const validate: Step[] = [];
  if (packages.length > 0) validate.push(bash("PackagesInstalled", `rpm -q ${shellWords(packages)}`));
  validate.push(
    bash(
      "TimezoneSet",
      `test "$(readlink -f /etc/localtime)" = ${shellQuote(`/usr/share/zoneinfo/${recipe.timezone}`)}`,
    ),
  );

  return {
    name,
    description: `${recipe.name}: OS packages (${packageManager(os).replace(/"/g, "")}), timezone ${recipe.timezone}, locale, users, SSH`,
    schemaVersion: 1.0,
    phases: [
      { name: "build", steps: build },
      { name: "validate", steps: validate },
    ],
  };
}

/**
 * Sets the zone everywhere it is read, then restarts the daemons that read it at start —
 * crond first of all: it keeps the zone it started with until it restarts.
 */
function timezoneStep(recipe: Recipe, os: BaseOs | "custom"): Step {
  const zone = shellQuote(recipe.timezone);
  const lines = [
    `test -f /usr/share/zoneinfo/${zone}`,
    `timedatectl set-timezone ${zone}`,
    `ln -sfn /usr/share/zoneinfo/${zone} /etc/localtime`,
  ];
  if (os !== "amazon-linux-2023")
    lines.push(`printf 'ZONE="%s"\\nUTC=true\\n' ${zone} > /etc/sysconfig/clock`);
  lines.push(`systemctl try-restart ${ZONE_READERS.join(" ")} || true`);
  return bash("SetTimezone", lines);
}

function userSteps(recipe: Recipe): Step[] {
  const steps: Step[] = [];
  const create: string[] = [];
  const groups = [...new Set(recipe.users.create.flatMap((u) => u.groups))];
  for (const g of groups)
    create.push(`getent group ${shellQuote(g)} >/dev/null || groupadd ${shellQuote(g)}`);
  for (const u of recipe.users.create) {
    const name = shellQuote(u.name);
    const groupArg = u.groups.length ? ` -G ${shellQuote(u.groups.join(","))}` : "";
    create.push(`id -u ${name} >/dev/null 2>&1 || useradd -m -s ${shellQuote(u.shell)}${groupArg} ${name}`);
    const rule = sudoersRule(u.name, u.sudo);
    if (rule) {
      const file = `/etc/sudoers.d/90-${u.name}`;
      create.push(
        `printf '%s\\n' ${shellQuote(rule)} > ${shellQuote(file)}`,
        `chmod 0440 ${shellQuote(file)}`,
        `visudo -cf ${shellQuote(file)}`,
      );
    }
  }
  if (create.length > 0) steps.push(bash("CreateUsers", create));

  if (recipe.users.remove.length > 0) {
    steps.push(
      bash(
        "RemoveUsers",
        recipe.users.remove
          .flatMap((u) => [
            `if id -u ${shellQuote(u)} >/dev/null 2>&1; then userdel -r ${shellQuote(u)} || userdel ${shellQuote(u)}; fi`,
            // cloud-init's sudoers drop-in (90-cloud-init-users) keeps a rule for the default user.
            `for f in /etc/sudoers.d/*; do [ -f "$f" ] && sed -i -E ${shellQuote(`/^${u}[[:space:]]/d`)} "$f"; done`,
          ])
          .concat(["visudo -c"]),
      ),
    );
    // cloud-init creates its default user (ec2-user) at first boot unless told not to.
    if (recipe.users.remove.includes("ec2-user")) {
      steps.push(
        createFile("NoCloudInitDefaultUser", [
          {
            path: "/etc/cloud/cloud.cfg.d/99-amipipe-users.cfg",
            content:
              "#cloud-config\n# ec2-user is removed from this image; cloud-init must not recreate it.\nusers: []\ndisable_root: true\n",
            permissions: "0644",
            owner: "root",
            group: "root",
          },
        ]),
      );
    }
  }
  return steps;
}

/**
 * The sudoers rule of a user: the listed commands as root without a password, or everything
 * (NOPASSWD:ALL) only when the recipe says `sudo: all`. The users have no password to type, so
 * a rule that asked for one would grant nothing.
 */
export function sudoersRule(
  user: string,
  sudo: Recipe["users"]["create"][number]["sudo"],
): string | undefined {
  if (sudo === false) return undefined;
  if (sudo === "all") return `${user} ALL=(ALL) NOPASSWD:ALL`;
  return `${user} ALL=(root) NOPASSWD: ${sudo.join(", ")}`;
}

/** Where sshd reads the keys the boot script writes (root-owned, see boot-scripts.ts). */
export const AUTHORIZED_KEYS_FILE = `${AUTHORIZED_KEYS_DIR}/%u .ssh/authorized_keys`;

function sshStep(recipe: Recipe): Step {
  const settings: Array<[string, string]> = [
    ["PasswordAuthentication", recipe.ssh.passwordAuthentication ? "yes" : "no"],
    ["PermitRootLogin", recipe.ssh.permitRootLogin ? "yes" : "no"],
  ];
  // Keyboard-interactive would still take a password through PAM. ChallengeResponseAuthentication
  // is the name OpenSSH 7.4 (AL2) knows; OpenSSH 8.7+ (AL2023) reads it as KbdInteractiveAuthentication.
  if (!recipe.ssh.passwordAuthentication) settings.push(["ChallengeResponseAuthentication", "no"]);
  // Keys from SSM are written by root into a root-owned directory, never into a user's home.
  if (recipe.users.create.some((u) => u.sshKeys !== undefined))
    settings.push(["AuthorizedKeysFile", AUTHORIZED_KEYS_FILE]);
  const lines: string[] = [];
  for (const [key, value] of settings) {
    // '|' delimits: values hold '/'. The values are the toolkit's own constants.
    lines.push(`sed -i -E 's|^[#[:space:]]*${key}[[:space:]].*$|${key} ${value}|' /etc/ssh/sshd_config`);
    lines.push(
      `grep -qxF ${shellQuote(`${key} ${value}`)} /etc/ssh/sshd_config || printf '%s\\n' ${shellQuote(`${key} ${value}`)} >> /etc/ssh/sshd_config`,
    );
  }
  // Where sshd reads drop-ins (AL2023), the first value read wins: put ours first.
  const dropIn = settings.map(([k, v]) => shellQuote(`${k} ${v}`)).join(" ");
  lines.push(
    `if [ -d /etc/ssh/sshd_config.d ]; then printf '%s\\n' ${dropIn} > /etc/ssh/sshd_config.d/00-amipipe.conf; fi`,
  );
  lines.push("sshd -t");
  return bash("HardenSsh", lines);
}
