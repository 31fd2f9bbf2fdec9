import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REDACTED, redact, redactDeep } from "../../src/redact.js";

/** A secret's random part: long enough that it cannot appear by chance in the text around it. */
const secretPart = (min = 12, chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") =>
  fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: min + 20 });
const upperDigits = (n: number) =>
  fc.string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), minLength: n, maxLength: n });
const base64 = (n: number) =>
  fc.string({
    unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
    minLength: n,
    maxLength: n,
  });

/** Each kind of secret the brief names: the text as a tool would print it, and the part that must go. */
const secrets: fc.Arbitrary<{ text: string; secret: string }> = fc.oneof(
  secretPart().map((s) => ({ text: `mysqldump -u backup -p${s} app_production`, secret: s })),
  secretPart().map((s) => ({ text: `mysql -h db.internal -uroot -p'${s}' -e 'select 1'`, secret: s })),
  secretPart().map((s) => ({ text: `pg_dump --password=${s} app`, secret: s })),
  secretPart().map((s) => ({ text: `backup-tool --password ${s} --verbose`, secret: s })),
  secretPart().map((s) => ({ text: `PGPASSWORD=${s} psql -h db app`, secret: s })),
  secretPart().map((s) => ({ text: `MYSQL_PWD=${s} mysql app`, secret: s })),
  secretPart().map((s) => ({ text: `curl https://api.example.com/v1/items?token=${s}&page=2`, secret: s })),
  secretPart().map((s) => ({ text: `notify api_key=${s}`, secret: s })),
  secretPart().map((s) => ({ text: `run secret=${s}`, secret: s })),
  secretPart().map((s) => ({ text: `{"password":"${s}","user":"app"}`, secret: s })),
  secretPart().map((s) => ({ text: `sshpass -p ${s} ssh deploy@web1`, secret: s })),
  secretPart().map((s) => ({ text: `redis-cli -h cache -a ${s} ping`, secret: s })),
  secretPart().map((s) => ({ text: `curl -u admin:${s} https://jenkins.internal/`, secret: s })),
  secretPart().map((s) => ({ text: `git clone https://deploy:${s}@git.example.com/app.git`, secret: s })),
  secretPart().map((s) => ({ text: `DATABASE_URL=mysql2://app:${s}@db:3306/app`, secret: s })),
  upperDigits(16).map((s) => ({ text: `aws configure set aws_access_key_id AKIA${s}`, secret: `AKIA${s}` })),
  fc.tuple(upperDigits(16), base64(40)).map(([id, key]) => ({ text: `ASIA${id} ${key}`, secret: key })),
  fc
    .tuple(upperDigits(16), base64(40))
    .map(([id, key]) => ({ text: `access key AKIA${id}\nsecret key: ${key}`, secret: key })),
  fc.constantFrom("ghp", "gho", "ghs", "ghu").chain((p) =>
    secretPart(36, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").map((s) => ({
      text: `git push https://x-access-token@github.com ${p}_${s}`,
      secret: `${p}_${s}`,
    })),
  ),
  secretPart(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_").map((s) => ({
    text: `GH=github_pat_${s}`,
    secret: `github_pat_${s}`,
  })),
  secretPart(24).map((s) => ({
    text: `post to https://hooks.slack.com/services/T0123/B0456/${s}`,
    secret: s,
  })),
  base64(64).map((body) => ({
    text: `-----BEGIN RSA PRIVATE KEY-----\n${body}\n${body}\n-----END RSA PRIVATE KEY-----`,
    secret: body,
  })),
  base64(64).map((body) => ({ text: `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n`, secret: body })),
  fc
    .tuple(secretPart(20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"), secretPart(30))
    .map(([payload, sig]) => ({
      text: `Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJ${payload}.${sig}`,
      secret: sig,
    })),
);

/**
 * Text no rule may touch: the words of ordinary log lines — the names of secrets among them, but
 * never a name followed by '=' or ':' and a value, which is what a secret looks like.
 */
const WORDS = [
  "bake",
  "web/x86_64",
  "promote",
  "prod",
  "ami-0a1b2c3d4e5f60000",
  "i-0123456789abcdef0",
  "healthy",
  "2/2",
  "(soak",
  "10m)",
  "—",
  "waiting",
  "for",
  "target",
  "health:",
  "/var/www/app/current/bin/cron-run",
  "daily_mail",
  "0 9 * * *",
  "mysqldump",
  "-u",
  "app",
  "--single-transaction",
  "https://example.jp/health",
  "user@example.jp",
  "password",
  "token",
  "PGPASSWORD",
  "-p",
  "タイムゾーン",
  "\n",
  "\t",
];
const plainText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z0-9 ,.()]{0,12}$/)), {
    maxLength: 30,
  })
  .map((parts) => parts.join(" "));

/** Arbitrary text around a secret, kept from gluing onto it (a separator on each side). */
const around = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: "binary", maxLength: 60 }));

describe("redact", () => {
  it("removes every kind of secret embedded in arbitrary text", () => {
    fc.assert(
      fc.property(around, secrets, around, (before, { text, secret }, after) => {
        fc.pre(!before.includes(secret) && !after.includes(secret));
        const out = redact(`${before} ${text}\n${after}`);
        expect(out).not.toContain(secret);
        expect(out).toContain(REDACTED);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.oneof(plainText, around), fc.option(secrets), around, (before, s, after) => {
        const once = redact(`${before} ${s?.text ?? ""} ${after}`);
        expect(redact(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves text without secrets unchanged", () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(redact(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the words around a secret, so a finding still says what it is about", () => {
    expect(redact("0 3 * * * mysqldump -uroot -phunter2secret app | gzip > /backup/app.sql.gz")).toBe(
      "0 3 * * * mysqldump -uroot -p[REDACTED] app | gzip > /backup/app.sql.gz",
    );
    expect(redact("mysql://app:s3cr3t@db.internal:3306/app")).toBe(
      "mysql://app:[REDACTED]@db.internal:3306/app",
    );
  });

  it("does not take shell expansions, placeholders or pagination tokens for secrets", () => {
    const lines = [
      "imds_token=$(curl -fsS -X PUT http://169.254.169.254/latest/api/token)",
      'curl -H "X-aws-ec2-metadata-token: $imds_token" http://169.254.169.254/',
      "password=<set in SSM>",
      "mysql -p app",
      "mkdir -p /var/log/app",
      "NextToken=AAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      "ssh -p 2222 deploy@web1",
      "recipe-hash 5ed5064984e52bb96e1c18ec3ca01cb70235f335c230c85581b68840c54aa3e0",
    ];
    for (const line of lines) expect(redact(line)).toBe(line);
  });
});

describe("redactDeep", () => {
  it("redacts the strings of structured evidence and the values of secret-named keys, keeping the shape", () => {
    const evidence = {
      gaps: [{ kind: "cron", detail: "0 3 * * * mysqldump -psecretpass1 app" }],
      SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      ClientToken: "keep-me-3f2a",
      count: 3,
    };
    expect(redactDeep(evidence)).toEqual({
      gaps: [{ kind: "cron", detail: "0 3 * * * mysqldump -p[REDACTED] app" }],
      SecretAccessKey: REDACTED,
      ClientToken: "keep-me-3f2a",
      count: 3,
    });
    expect(evidence.gaps[0]?.detail).toContain("secretpass1");
  });
});
