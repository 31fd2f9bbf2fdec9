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

export const NEWRELIC_LICENSE_SCRIPT = "/usr/local/libexec/amipipe/newrelic-license";
export const NEWRELIC_LICENSE_UNIT = "amipipe-newrelic-license.service";

export function newRelicLicenseScript(parameter: string, displayName?: string): string {
  const lines = [
    "#!/bin/bash",
    "# Writes the New Relic license from SSM Parameter Store at boot (never baked into the image).",
    "set -euo pipefail",
    ...IMDS_REGION,
    `license=$(aws ssm get-parameter --region "$region" --with-decryption --name ${shellQuote(parameter)} --query Parameter.Value --output text)`,
    "umask 077",
    "{",
    `  printf 'license_key: %s\\n' "$license"`,
  ];
  if (displayName) lines.push(`  printf 'display_name: %s\\n' ${shellQuote(displayName)}`);
  lines.push(
    "} > /etc/newrelic-infra.yml.tmp",
    "mv -f /etc/newrelic-infra.yml.tmp /etc/newrelic-infra.yml",
    "",
  );
  return lines.join("\n");
}

export function newRelicLicenseUnit(): string {
  return [
    "[Unit]",
    "Description=Fetch the New Relic license from SSM Parameter Store",
    "Wants=network-online.target",
    "After=network-online.target",
    "Before=newrelic-infra.service",
    "",
    "[Service]",
    "Type=oneshot",
    `ExecStart=${NEWRELIC_LICENSE_SCRIPT}`,
    "RemainAfterExit=yes",
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}

export const SSH_KEYS_SCRIPT = "/usr/local/libexec/amipipe/ssh-keys";
export const SSH_KEYS_UNIT = "amipipe-ssh-keys.service";

/** Authorized keys of each user from SSM (a String or SecureString, one key per line), at every boot. */
export function sshKeysScript(users: Array<{ name: string; parameter: string }>): string {
  const lines = [
    "#!/bin/bash",
    "# Installs users' SSH public keys from SSM Parameter Store at boot.",
    "set -euo pipefail",
    ...IMDS_REGION,
  ];
  for (const u of users) {
    const home = shellQuote(`/home/${u.name}/.ssh`);
    lines.push(
      `keys=$(aws ssm get-parameter --region "$region" --with-decryption --name ${shellQuote(u.parameter)} --query Parameter.Value --output text)`,
      `install -d -m 0700 -o ${shellQuote(u.name)} -g ${shellQuote(u.name)} ${home}`,
      `printf '%s\\n' "$keys" > ${home}/authorized_keys`,
      `chown ${shellQuote(u.name)}: ${home}/authorized_keys && chmod 0600 ${home}/authorized_keys`,
    );
  }
  lines.push("");
  return lines.join("\n");
}

export function sshKeysUnit(): string {
  return [
    "[Unit]",
    "Description=Install users' SSH keys from SSM Parameter Store",
    "Wants=network-online.target",
    "After=network-online.target",
    "",
    "[Service]",
    "Type=oneshot",
    `ExecStart=${SSH_KEYS_SCRIPT}`,
    "RemainAfterExit=yes",
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}
