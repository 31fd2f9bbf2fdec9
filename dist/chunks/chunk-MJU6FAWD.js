import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/redact.ts
var REDACTED = "[REDACTED]";
var NOT_A_VALUE = String.raw`(?!\$|<|\{\{|%[sd]|\*{3}|\[REDACTED\])`;
var SECRET_NAME = "[A-Za-z0-9_.-]*(?:password|passwd|passphrase|secret|token|api[-_]?key|apikey|access[-_]?key|private[-_]?key|_pwd)";
var NOT_SECRET_NAME = /^(?:next|client|continuation|idempotency|pagination|page)[-_]?token$/i;
var SECRET_KEY = new RegExp(`^${SECRET_NAME}$`, "i");
var quoted = (value) => /^(["']).*\1$/s.test(value) ? `${value[0]}${REDACTED}${value[0]}` : REDACTED;
var RULES = [
  {
    // PEM private keys (PKCS#1/#8, OpenSSH, EC, encrypted, PGP), also when cut off before END.
    name: "private key block",
    pattern: /-----BEGIN ([A-Z0-9 ]*?PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|$)/g,
    replace: (_m, kind) => `-----BEGIN ${kind}-----
${REDACTED}
-----END ${kind}-----`
  },
  {
    // scheme://user:password@host — the password may itself hold '@' or ':'.
    name: "password in a URL",
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:/?#@]*):(?!\[REDACTED\]@)([^\s/?#]+)@/gi,
    replace: (_m, scheme, user) => `${scheme}${user}:${REDACTED}@`
  },
  {
    name: "Slack webhook",
    pattern: /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9_/-]+/g,
    replace: (_m, prefix) => `${prefix}${REDACTED}`
  },
  { name: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, replace: () => REDACTED },
  {
    name: "JSON web token",
    pattern: /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
    replace: () => REDACTED
  },
  {
    name: "authorization header",
    pattern: /\b(authorization["']?[ \t]*[:=][ \t]*["']?(?:(?:basic|bearer|token)[ \t]+)?)(?!\[REDACTED\])[^\s"',;]+/gi,
    replace: (_m, prefix) => `${prefix}${REDACTED}`
  },
  {
    name: "bearer token",
    pattern: /\b(bearer[ \t]+)[A-Za-z0-9._~+/-]{8,}=*/gi,
    replace: (_m, prefix) => `${prefix}${REDACTED}`
  },
  {
    name: "GitHub token",
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g,
    replace: () => REDACTED
  },
  {
    // mysql's password option takes no separate argument: `-p secret` prompts and names a database.
    name: "MySQL -p password",
    pattern: /\b((?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlshow|mysqlpump|mariadb[a-z-]*)\b[^\n|;&]{0,300}?[ \t])-p(?!\[REDACTED\])([^\s'"]+|'[^'\n]*'|"[^"\n]*")/g,
    replace: (_m, before) => `${before}-p${REDACTED}`
  },
  {
    name: "sshpass -p / redis-cli -a",
    pattern: /\b((?:sshpass(?:[ \t]+-[a-oq-z]\S*)*[ \t]+-p|redis-cli\b[^\n|;&]{0,300}?[ \t]-a)[ \t]*)(?!\[REDACTED\])([^\s'"]+|'[^'\n]*'|"[^"\n]*")/g,
    replace: (_m, before, value) => `${before}${quoted(value)}`
  },
  {
    name: "curl -u user:password",
    pattern: /\b(curl\b[^\n|;&]{0,300}?[ \t](?:-u|--user)[ \t]+["']?[^\s:"']+:)(?!\/\/|\[REDACTED\])[^\s"']+/g,
    replace: (_m, before) => `${before}${REDACTED}`
  },
  {
    // --password secret, --api-key secret (the next word, unless it is another option).
    name: "secret option with a separate value",
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_.-])(--${SECRET_NAME}[ \t]+)${NOT_A_VALUE}(?!-)("[^"\n]*"|'[^'\n]*'|[^\s"']+)`,
      "gi"
    ),
    replace: (match, before, value) => isNotSecretName(before) ? match : `${before}${quoted(value)}`
  },
  {
    // password=…, --password=…, PGPASSWORD=…, "api_key": "…", token: …, ?token=…&
    name: "secret name and value",
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_.-])(${SECRET_NAME})(?![A-Za-z0-9_])(["']?[ \t]*[:=][ \t]*)${NOT_A_VALUE}("[^"\n]*"|'[^'\n]*'|[^\s"'&,;]+)`,
      "gi"
    ),
    replace: (match, name, sep, value) => isNotSecretName(name) ? match : `${name}${sep}${quoted(value)}`
  }
];
function isNotSecretName(name) {
  return NOT_SECRET_NAME.test(name.replace(/^-+/, "").trim());
}
var AWS_ACCESS_KEY = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g;
var AWS_SECRET_KEY = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
var AWS_PAIR_WINDOW = 200;
function redactAwsKeys(text) {
  const spans = [];
  for (const m of text.matchAll(AWS_ACCESS_KEY)) {
    const at = m.index ?? 0;
    spans.push([
      Math.max(0, at - AWS_PAIR_WINDOW),
      Math.min(text.length, at + m[0].length + AWS_PAIR_WINDOW)
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
function mergeSpans(spans) {
  const out = [];
  for (const [from, to] of spans.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
function redact(text) {
  let out = redactAwsKeys(text);
  for (const rule of RULES) out = out.replace(rule.pattern, rule.replace);
  return out;
}
function redactDeep(value) {
  return walk(value, /* @__PURE__ */ new WeakMap());
}
function walk(value, seen) {
  if (typeof value === "string") return redact(value);
  if (value === null || typeof value !== "object") return value;
  const known = seen.get(value);
  if (known !== void 0) return known;
  if (Array.isArray(value)) {
    const out2 = [];
    seen.set(value, out2);
    for (const item of value) out2.push(walk(item, seen));
    return out2;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out = {};
  seen.set(value, out);
  for (const [key, inner] of Object.entries(value)) {
    const secret = SECRET_KEY.test(key) && !NOT_SECRET_NAME.test(key) && (typeof inner === "string" || typeof inner === "number");
    out[key] = secret ? REDACTED : walk(inner, seen);
  }
  return out;
}

export {
  redact,
  redactDeep
};
