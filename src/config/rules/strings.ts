import type { Finding, PathSegment } from "../yaml-source.js";

/**
 * Config strings end up in generated files: sudoers rules, cron files, sshd and New Relic
 * config, rendered templates, user data. A newline in `newrelic-infra.displayName` or in a
 * var adds a line to the file it is written into (`\nlicense_key: …`, a second cron entry); a
 * carriage return, NUL or ANSI escape changes what a person reviewing the file sees. So no
 * config string may hold a control character, except the multi-line fields that are meant
 * to (literal file content, build steps), and those only newlines and tabs.
 *
 * A template that needs several lines from data joins a list itself (`{{ hosts | join("\n") }}`):
 * the newline is then in the template, where a reviewer sees it.
 */

/** C0 and C1 controls, DEL, Unicode line/paragraph separators and bidirectional controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const NAMES: Readonly<Record<string, string>> = {
  "\n": "line feed",
  "\r": "carriage return",
  "\t": "tab",
  "\0": "NUL",
  "\u001b": "escape (ANSI sequence)",
  "\u007f": "delete",
  "\u2028": "line separator",
  "\u2029": "paragraph separator",
};

function describe(ch: string): string {
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  const name =
    NAMES[ch] ?? (/[\u202a-\u202e\u2066-\u2069]/u.test(ch) ? "bidirectional control" : "control character");
  return `${code} (${name})`;
}

/**
 * Findings for every string (and mapping key) in `data` holding a control character, at its
 * YAML position. `multiLine(path)` says which fields may hold newlines and tabs.
 */
export function controlCharacterFindings(
  data: unknown,
  multiLine: (path: readonly PathSegment[]) => boolean,
): Finding[] {
  const out: Finding[] = [];
  const visit = (value: unknown, path: PathSegment[]) => {
    if (typeof value === "string") {
      const lines = multiLine(path);
      const m = (lines ? CONTROL_BUT_LINES : CONTROL).exec(value);
      if (m)
        out.push({
          path,
          message: `${describe(m[0])} in a ${lines ? "" : "one-line "}value: config strings end up in generated files, where it would ${m[0] === "\n" || m[0] === "\r" ? "add a line" : "change what the file says"}; remove it${path[0] === "vars" ? " (a template can join a list with newlines itself)" : ""}`,
        });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, [...path, i]);
      });
      return;
    }
    if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        const m = CONTROL.exec(key);
        if (m)
          out.push({ path: [...path, key], at: "key", message: `${describe(m[0])} in the key of a setting` });
        visit(inner, [...path, key]);
      }
    }
  };
  visit(data, []);
  return out;
}

/** Recipe fields that hold several lines on purpose: literal file content and build steps. */
export function recipeMultiLine(path: readonly PathSegment[]): boolean {
  return (
    path.length === 3 &&
    ((path[0] === "files" && path[2] === "content") || (path[0] === "steps" && path[2] === "run"))
  );
}

/** Environment files hold no multi-line field. */
export function environmentMultiLine(): boolean {
  return false;
}
