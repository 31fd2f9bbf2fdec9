/**
 * THE redaction function for everything that leaves a run: progress lines and logs, parity
 * findings, job summaries, evidence bundles, annotations and the simulator's call log. Text
 * from a legacy server (a crontab's `mysqldump -p…`), from AWS or from a config file may carry
 * a credential; whatever the toolkit prints or stores passes through here first.
 *
 * Each rule replaces only the secret part and keeps the words around it, so a finding still
 * says what it is about (`mysqldump -p[REDACTED] app`). The marker is never matched again:
 * redact(redact(x)) === redact(x).
 */

export const REDACTED = "[REDACTED]";

/** Values that are not secrets: shell expansions, placeholders, templates, masks, our own marker. */
const NOT_A_VALUE = String.raw`(?!\$|<|\{\{|%[sd]|\*{3}|\[REDACTED\])`;

/** Names whose value is a secret: `password`, `DB_PASSWORD`, `api_key`, `aws_secret_access_key`, `GITHUB_TOKEN`… */
const SECRET_NAME =
  "[A-Za-z0-9_.-]*(?:password|passwd|passphrase|secret|token|api[-_]?key|apikey|access[-_]?key|private[-_]?key|_pwd)";

/** Token names that are not credentials: pagination and idempotency tokens of AWS APIs. */
const NOT_SECRET_NAME = /^(?:next|client|continuation|idempotency|pagination|page)[-_]?token$/i;

/** Whole-key test for structured values (`{ password: "…" }`). */
const SECRET_KEY = new RegExp(`^${SECRET_NAME}$`, "i");

interface Rule {
  name: string;
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
}

const quoted = (value: string) =>
  /^(["']).*\1$/s.test(value) ? `${value[0]}${REDACTED}${value[0]}` : REDACTED;

const RULES: Rule[] = [
  {
    // PEM private keys (PKCS#1/#8, OpenSSH, EC, encrypted, PGP), also when cut off before END.
    name: "private key block",
    pattern: /-----BEGIN ([A-Z0-9 ]*?PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|$)/g,
    replace: (_m, kind) => `-----BEGIN ${kind}-----\n${REDACTED}\n-----END ${kind}-----`,
  },
  {
    // scheme://user:password@host — the password may itself hold '@' or ':'.
    name: "password in a URL",
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:/?#@]*):(?!\[REDACTED\]@)([^\s/?#]+)@/gi,
    replace: (_m, scheme, user) => `${scheme}${user}:${REDACTED}@`,
  },
  {
    name: "Slack webhook",
    pattern: /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9_/-]+/g,
    replace: (_m, prefix) => `${prefix}${REDACTED}`,
  },
  { name: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, replace: () => REDACTED },
  {
    name: "JSON web token",
    pattern: /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
    replace: () => REDACTED,
  },
  {
    name: "authorization header",
    pattern:
      /\b(authorization["']?[ \t]*[:=][ \t]*["']?(?:(?:basic|bearer|token)[ \t]+)?)(?!\[REDACTED\])[^\s"',;]+/gi,
    replace: (_m, prefix) => `${prefix}${REDACTED}`,
  },
  {
    name: "bearer token",
    pattern: /\b(bearer[ \t]+)[A-Za-z0-9._~+/-]{8,}=*/gi,
    replace: (_m, prefix) => `${prefix}${REDACTED}`,
  },
  {
    name: "GitHub token",
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g,
    replace: () => REDACTED,
  },
  {
    // mysql's password option takes no separate argument: `-p secret` prompts and names a database.
    name: "MySQL -p password",
    pattern:
      /\b((?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlshow|mysqlpump|mariadb[a-z-]*)\b[^\n|;&]{0,300}?[ \t])-p(?!\[REDACTED\])([^\s'"]+|'[^'\n]*'|"[^"\n]*")/g,
    replace: (_m, before) => `${before}-p${REDACTED}`,
  },
  {
    name: "sshpass -p / redis-cli -a",
    pattern:
      /\b((?:sshpass(?:[ \t]+-[a-oq-z]\S*)*[ \t]+-p|redis-cli\b[^\n|;&]{0,300}?[ \t]-a)[ \t]*)(?!\[REDACTED\])([^\s'"]+|'[^'\n]*'|"[^"\n]*")/g,
    replace: (_m, before, value) => `${before}${quoted(value)}`,
  },
  {
    name: "curl -u user:password",
    pattern:
      /\b(curl\b[^\n|;&]{0,300}?[ \t](?:-u|--user)[ \t]+["']?[^\s:"']+:)(?!\/\/|\[REDACTED\])[^\s"']+/g,
    replace: (_m, before) => `${before}${REDACTED}`,
  },
  {
    // --password secret, --api-key secret (the next word, unless it is another option).
    name: "secret option with a separate value",
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_.-])(--${SECRET_NAME}[ \t]+)${NOT_A_VALUE}(?!-)("[^"\n]*"|'[^'\n]*'|[^\s"']+)`,
      "gi",
    ),
    replace: (match, before, value) => (isNotSecretName(before) ? match : `${before}${quoted(value)}`),
  },
  {
    // password=…, --password=…, PGPASSWORD=…, "api_key": "…", token: …, ?token=…&
    name: "secret name and value",
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_.-])(${SECRET_NAME})(?![A-Za-z0-9_])(["']?[ \t]*[:=][ \t]*)${NOT_A_VALUE}("[^"\n]*"|'[^'\n]*'|[^\s"'&,;]+)`,
      "gi",
    ),
    replace: (match, name, sep, value) => (isNotSecretName(name) ? match : `${name}${sep}${quoted(value)}`),
  },
];

function isNotSecretName(name: string): boolean {
  return NOT_SECRET_NAME.test(name.replace(/^-+/, "").trim());
}

const AWS_ACCESS_KEY = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g;
/** A 40-character secret access key, standing alone (not part of a longer token). */
const AWS_SECRET_KEY = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
/** How far from an access key id its secret key is looked for (same line or the next few). */
const AWS_PAIR_WINDOW = 200;

/** Access key ids, and any 40-character secret key standing next to one. */
function redactAwsKeys(text: string): string {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(AWS_ACCESS_KEY)) {
    const at = m.index ?? 0;
    spans.push([
      Math.max(0, at - AWS_PAIR_WINDOW),
      Math.min(text.length, at + m[0].length + AWS_PAIR_WINDOW),
    ]);
  }
  if (spans.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const [from, to] of mergeSpans(spans)) {
    out += text.slice(pos, from);
    out += text.slice(from, to).replace(AWS_ACCESS_KEY, REDACTED).replace(AWS_SECRET_KEY, REDACTED);
    pos = to;
  }
  return out + text.slice(pos);
}

function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of spans.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** `text` with every credential the rules recognise replaced by [REDACTED]. */
export function redact(text: string): string {
  let out = redactAwsKeys(text);
  for (const rule of RULES) out = out.replace(rule.pattern, rule.replace);
  return out;
}

/**
 * A copy of a structured value (evidence, a request, a summary model) with every string
 * redacted and the value of every secret-named key (`password`, `SecretAccessKey`, …) replaced.
 * Plain objects and arrays are walked; anything else (numbers, buffers, dates) is kept as is.
 */
export function redactDeep<T>(value: T): T {
  return walk(value, new WeakMap()) as T;
}

function walk(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value === "string") return redact(value);
  if (value === null || typeof value !== "object") return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(walk(item, seen));
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [key, inner] of Object.entries(value)) {
    const secret =
      SECRET_KEY.test(key) &&
      !NOT_SECRET_NAME.test(key) &&
      (typeof inner === "string" || typeof inner === "number");
    out[key] = secret ? REDACTED : walk(inner, seen);
  }
  return out;
}
