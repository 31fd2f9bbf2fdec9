import { shellQuote } from "./shell.js";

/**
 * Scripts baked into the image that run at every boot with the instance role. Secrets are
 * read here from SSM Parameter Store and never written into the image.
 */

/** IMDSv2 token + region, for the AWS CLI on the instance. */
const IMDS_REGION = [
  "token=$(curl -fsS -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')",
  'region=$(curl -fsS -H "X-aws-ec2-metadata-token: $token" http://169.254.169.254/latest/meta-data/placement/region)',
];

/** A boot script: strict bash that knows its region, then `body`. */
function bootScript(purpose: string, body: string[]): string {
  return ["#!/bin/bash", `# ${purpose}`, "set -euo pipefail", ...IMDS_REGION, ...body, ""].join("\n");
}

/** Sets shell variable `variable` to the (decrypted) value of an SSM parameter. */
function readParameter(variable: string, parameter: string): string {
  return `${variable}=$(aws ssm get-parameter --region "$region" --with-decryption --name ${shellQuote(parameter)} --query Parameter.Value --output text)`;
}

/** The systemd unit that runs a boot script once per boot, before `before` when given. */
function bootUnit(o: { description: string; script: string; before?: string }): string {
  return [
    "[Unit]",
    `Description=${o.description}`,
    "Wants=network-online.target",
    "After=network-online.target",
    ...(o.before ? [`Before=${o.before}`] : []),
    "",
    "[Service]",
    "Type=oneshot",
    `ExecStart=${o.script}`,
    "RemainAfterExit=yes",
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}

export const NEWRELIC_LICENSE_SCRIPT = "/usr/local/libexec/amipipe/newrelic-license";
export const NEWRELIC_LICENSE_UNIT = "amipipe-newrelic-license.service";

export function newRelicLicenseScript(parameter: string, displayName?: string): string {
  return bootScript(
    "Writes the New Relic license from SSM Parameter Store at boot (never baked into the image).",
    [
      readParameter("license", parameter),
      "umask 077",
      "{",
      `  printf 'license_key: %s\\n' "$license"`,
      // JSON is YAML: a quoted scalar, whatever the name holds (validate refuses control characters).
      ...(displayName ? [`  printf 'display_name: %s\\n' ${shellQuote(JSON.stringify(displayName))}`] : []),
      "} > /etc/newrelic-infra.yml.tmp",
      "mv -f /etc/newrelic-infra.yml.tmp /etc/newrelic-infra.yml",
    ],
  );
}

export function newRelicLicenseUnit(): string {
  return bootUnit({
    description: "Fetch the New Relic license from SSM Parameter Store",
    script: NEWRELIC_LICENSE_SCRIPT,
    before: "newrelic-infra.service",
  });
}

export const SSH_KEYS_SCRIPT = "/usr/local/libexec/amipipe/ssh-keys";
export const SSH_KEYS_UNIT = "amipipe-ssh-keys.service";

/** Root-owned directory of the keys sshd accepts (sshd_config: AuthorizedKeysFile /etc/ssh/authorized_keys/%u). */
export const AUTHORIZED_KEYS_DIR = "/etc/ssh/authorized_keys";

/**
 * Authorized keys of each user from SSM (a String or SecureString, one key per line), at every
 * boot. The script runs as root, so it never opens anything in a user's home: a user who owns
 * ~/.ssh can point ~/.ssh/authorized_keys at /etc/shadow, and root writing (and chowning) through
 * that link hands the file over. The keys go instead to a directory only root can write, written
 * to a temporary file there and renamed into place; sshd reads them from there.
 */
export function sshKeysScript(users: Array<{ name: string; parameter: string }>): string {
  return bootScript("Installs users' SSH public keys from SSM Parameter Store at boot.", [
    "umask 022",
    `install -d -m 0755 -o root -g root ${AUTHORIZED_KEYS_DIR}`,
    ...users.flatMap((u) => {
      const file = shellQuote(`${AUTHORIZED_KEYS_DIR}/${u.name}`);
      const temp = shellQuote(`${AUTHORIZED_KEYS_DIR}/.${u.name}.tmp`);
      return [
        readParameter("keys", u.parameter),
        `printf '%s\\n' "$keys" > ${temp}`,
        `chown root:root ${temp} && chmod 0644 ${temp}`,
        `mv -f ${temp} ${file}`,
      ];
    }),
  ]);
}

export function sshKeysUnit(): string {
  return bootUnit({
    description: "Install users' SSH keys from SSM Parameter Store",
    script: SSH_KEYS_SCRIPT,
  });
}
