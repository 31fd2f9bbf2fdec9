import { shellQuote } from "./shell.js";

/**
 * The image-level secret scan: no private keys, AWS credentials or license keys baked into the
 * image's files. It runs in the test phase on a fresh instance booted from the new image, so the
 * few files written at this boot on purpose are allowed by name.
 */

/** Where an image keeps configuration, homes, applications and logs (never /proc or /sys). */
export const SECRET_SCAN_PATHS = [
  "/etc",
  "/root",
  "/home",
  "/opt",
  "/srv",
  "/usr/local",
  "/var/www",
  "/var/log",
  "/var/lib/amipipe",
] as const;

/** What a secret looks like, as grep -E patterns, with the reason each is there. */
export const SECRET_PATTERNS: ReadonlyArray<{ name: string; pattern: string }> = [
  // PEM private keys of every kind: RSA, EC, DSA, OPENSSH, ENCRYPTED, PKCS#8.
  { name: "private key", pattern: "-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----" },
  // AWS access key ids: long-term (AKIA) and temporary (ASIA), 20 upper-case alphanumerics.
  { name: "AWS access key id", pattern: "(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}([^A-Z0-9]|$)" },
  {
    name: "AWS secret access key",
    pattern:
      "(aws_secret_access_key|AWS_SECRET_ACCESS_KEY)[[:space:]]*[:=][[:space:]]*['\"]?[A-Za-z0-9/+]{40}",
  },
  // New Relic license keys: 40 characters, the current format ending in NRAL.
  { name: "New Relic license key", pattern: "[0-9a-f]{36}NRAL" },
  {
    name: "license key setting",
    pattern: "(license_key|LICENSE_KEY)[[:space:]]*[:=][[:space:]]*['\"]?[A-Za-z0-9]{32,}",
  },
];

/**
 * Files written at this boot by design (host keys by sshd-keygen, the New Relic config by the
 * boot-time license unit, mod_ssl's self-signed localhost key); anchored regexes.
 */
export const ALLOWED_SECRET_FILES = [
  "^/etc/ssh/ssh_host_[a-z0-9]+_key$",
  "^/etc/newrelic-infra\\.yml$",
  "^/etc/pki/tls/private/localhost\\.key$",
];

/** Vendored package trees whose test fixtures hold sample keys (gem, pip and npm installs, git metadata). */
const VENDOR_DIRS = ["gems", "site-packages", "dist-packages", "node_modules", ".git"];

/**
 * Bash that lists every file under `paths` holding secret material and fails when there is one.
 * `paths` are absolute; missing ones are skipped.
 */
export function secretScanCommands(paths: readonly string[] = SECRET_SCAN_PATHS): string[] {
  const patterns = SECRET_PATTERNS.map((p) => `-e ${shellQuote(p.pattern)}`).join(" ");
  const excludes = VENDOR_DIRS.map((d) => `--exclude-dir=${shellQuote(d)}`).join(" ");
  return [
    `roots=(); for p in ${paths.map(shellQuote).join(" ")}; do if [ -e "$p" ]; then roots+=("$p"); fi; done`,
    `found=$( { [ "\${#roots[@]}" -eq 0 ] || grep -rIlE ${excludes} ${patterns} -- "\${roots[@]}" 2>/dev/null; } | grep -vE ${shellQuote(ALLOWED_SECRET_FILES.join("|"))} || true)`,
    'test -z "$found" || { echo "secret material in the image (private keys, AWS keys or license keys):"; echo "$found"; exit 1; }',
  ];
}
