import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shellQuote, writeFileCommand } from "../../src/recipe/shell.js";

/** Runs one bash process that prints each quoted value NUL-separated; returns what bash printed. */
function throughBash(values: string[], build: (v: string) => string): string[] {
  const script = values.map((v) => `${build(v)}; printf '\\0'`).join("\n");
  const r = spawnSync("bash", ["-c", script], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bash failed: ${r.stderr}`);
  return r.stdout.split("\0").slice(0, -1);
}

const nasty = fc
  .oneof(
    fc.string({ unit: "binary" }),
    fc.string({
      unit: fc.constantFrom(
        "'",
        '"',
        "$",
        "(",
        ")",
        "`",
        "\\",
        "\n",
        "\t",
        " ",
        "*",
        "?",
        "!",
        ";",
        "&",
        "|",
        "<",
        ">",
        "{",
        "}",
        "~",
        "#",
        "=",
        "%",
        "é",
        "日",
        "🙂",
      ),
    }),
  )
  .map((s) => s.replace(/\0/g, ""));

describe("shellQuote", () => {
  it("every value arrives in bash literally, as one word (quotes, $(), backticks, newlines, unicode)", () => {
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 50, maxLength: 50 }), (values) => {
        expect(throughBash(values, (v) => `printf '%s' ${shellQuote(v)}`)).toEqual(values);
        // One word: the value is never split or globbed.
        expect(throughBash(values, (v) => `set -- ${shellQuote(v)}; printf '%s' "$#"`)).toEqual(
          values.map(() => "1"),
        );
      }),
      { numRuns: 20 },
    );
  });

  it("a heredoc written with writeFileCommand keeps content literally", () => {
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 20, maxLength: 20 }), (values) => {
        const file = "/tmp/amipipe-shell-quote-test";
        const got = throughBash(values, (v) => `${writeFileCommand(file, v)}\ncat ${file}`);
        expect(got).toEqual(values.map((v) => (v.endsWith("\n") ? v : `${v}\n`)));
      }),
      { numRuns: 10 },
    );
  });

  it("refuses NUL, which no bash word can hold", () => {
    expect(() => shellQuote("a\0b")).toThrow(/NUL/);
  });
});
