import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderTemplate, templateViolations, UnsafeTemplateError } from "../../src/config/templates.js";
import { amipipeCli, exampleProject } from "./project-fixture.js";

/**
 * Recipe templates keep the Jinja2 that Ansible templates are written in — and nothing that
 * reaches JavaScript. These are the features a person migrating from Ansible relies on, then
 * what the allow-list refuses and how it says so.
 */

const root = mkdtempSync(path.join(tmpdir(), "amipipe-templates-"));
const templates = path.join(root, "image-recipes", "templates");
mkdirSync(templates, { recursive: true });
const dirs: string[] = [root];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A template file in the config root, rendered as a recipe's template is. */
function render(name: string, text: string, context: Record<string, unknown> = {}): string {
  const file = path.join(templates, name);
  writeFileSync(file, text);
  return renderTemplate(text, context, { root, file });
}

function violations(text: string): string[] {
  return templateViolations(text, { root, file: path.join(templates, "t.njk") }).map(
    (v) => `${v.line}:${v.column} ${v.message}`,
  );
}

describe("the Jinja2 of Ansible templates still renders", () => {
  const vars = {
    server_name: "web.example.jp",
    workers: 3,
    hosts: ["db1", "db2"],
    env: { RAILS_ENV: "production", TZ: "Asia/Tokyo" },
    optional: null,
  };

  it("variables, attributes, filters and tests", () => {
    expect(
      render(
        "a.njk",
        '{{ server_name | upper }} {{ env.TZ }} {{ env["RAILS_ENV"] }} {{ hosts | join(",") }} {{ missing | default("none") }} {{ hosts | length }} {{ workers is divisibleby(3) }} {{ "x" if optional is defined else "y" }}',
        vars,
      ),
    ).toBe("WEB.EXAMPLE.JP Asia/Tokyo production db1,db2 none 2 true x");
  });

  it("if/elif/else, for with loop and else, dictsort, set and set blocks", () => {
    const text = [
      "{% set greeting = 'hi' %}{% set captured %}[{{ greeting }}]{% endset %}{{ captured }}",
      "{% for h in hosts %}{{ loop.index }}:{{ h }}{% if not loop.last %} {% endif %}{% endfor %}",
      "{% for k, v in env | dictsort %}{{ k }}={{ v }};{% endfor %}",
      "{% for x in [] %}never{% else %}empty{% endfor %}",
      "{% if workers > 4 %}big{% elif workers > 2 %}mid{% else %}small{% endif %}",
      "{% for i in range(2) %}{{ i }}{% endfor %}",
    ].join("\n");
    expect(render("b.njk", text, vars)).toBe(
      ["[hi]", "1:db1 2:db2", "RAILS_ENV=production;TZ=Asia/Tokyo;", "empty", "mid", "01"].join("\n"),
    );
  });

  it("macros with defaults and call blocks", () => {
    const text =
      "{% macro upstream(name, port=80) %}server {{ name }}:{{ port }}; {{ caller() if caller else '' }}{% endmacro %}" +
      "{% call upstream('db1', 3306) %}# primary{% endcall %}";
    expect(render("c.njk", text)).toBe("server db1:3306; # primary");
  });

  it("include and import of files beside the template, inside the config root", () => {
    writeFileSync(path.join(templates, "_header.njk"), "# {{ server_name }}\n");
    writeFileSync(path.join(templates, "_macros.njk"), "{% macro kv(k, v) %}{{ k }} {{ v }}{% endmacro %}");
    const text =
      '{% include "_header.njk" %}{% import "_macros.njk" as m %}{% from "_macros.njk" import kv %}{{ m.kv("A", 1) }} {{ kv("B", 2) }}';
    expect(render("d.njk", text, vars)).toBe("# web.example.jp\nA 1 B 2");
  });
});

describe("what the allow-list refuses", () => {
  it.each([
    ["{{ server_name.constructor }}", "1:16 '.constructor' leads from a value to JavaScript internals"],
    ["{{ x.__proto__ }}", "1:6 '.__proto__' leads from a value to JavaScript internals"],
    [
      "{{ hosts.join(',') }}",
      "1:9 a template may call only its macros, caller() and range(); 'hosts.join(…)' is refused",
    ],
    [
      "{{ cycler('a', 'b') }}",
      "1:4 a template may call only its macros, caller() and range(); 'cycler(…)' is refused",
    ],
    ["{{ hosts | random }}", "1:12 unknown filter 'random'"],
    ["{{ hosts | select(test) }}", "1:19 select() takes the name of a built-in test as a string"],
    ["{{ x is lambda }}", "1:9 unknown test 'lambda'"],
    ["{% include name %}", "1:12 include takes a file name written as a string"],
    [
      '{% extends "base.njk" %}',
      "1:4 template inheritance ({% extends %}) cannot be used in a recipe template",
    ],
    ["{% set range = 1 %}", "1:8 'range' is both a callable (macro, import or range) and a value"],
    ["{{ {'__proto__': 1} }}", "1:5 the key '__proto__' names JavaScript internals"],
  ])("%s", (template, message) => {
    expect(violations(template).join("\n")).toContain(message);
  });

  it("an include of a file that is missing, or that includes itself, is named at the tag", () => {
    writeFileSync(path.join(templates, "loop.njk"), '{% include "loop.njk" %}');
    expect(violations('{% include "nope.njk" %}')).toEqual([
      "1:4 include 'nope.njk' not found (looked for image-recipes/templates/nope.njk)",
    ]);
    expect(violations('{% include "loop.njk" %}')).toEqual([
      "1:4 include 'loop.njk' includes itself (an include cycle)",
    ]);
    expect(violations('{% include "nope.njk" ignore missing %}')).toEqual([]);
  });

  it("a refused template is never compiled: renderTemplate throws before anything runs", () => {
    expect(() => renderTemplate("{{ range.constructor('return 1')() }}", {})).toThrow(UnsafeTemplateError);
  });

  it("a key that reaches 'constructor' only through data is stopped by the runtime guard, and validate says where", () => {
    const dir = exampleProject({
      "image-recipes/templates/app.env.njk": (t) =>
        `${t}{% for k in probe_keys %}{{ server_name[k] }}{% endfor %}\n`,
      "environments/dev.yml": (t) => t.replace("\nvars:\n", "\nvars:\n  probe_keys: [constructor]\n"),
      "environments/staging.yml": (t) => t.replace("\nvars:\n", "\nvars:\n  probe_keys: []\n"),
      "environments/prod.yml": (t) => t.replace("\nvars:\n", "\nvars:\n  probe_keys: []\n"),
    });
    dirs.push(dir);
    const r = amipipeCli(["-C", dir, "validate"], { cwd: dir });
    expect(r.status).toBe(2);
    // nunjucks tracks no position for a lookup that fails at run time: the file and field it has.
    expect(r.stderr).toMatch(
      /^image-recipes\/templates\/app\.env\.njk:\d+:\d+: files\[2\]\.template: renders with an error for environment 'dev': refused by the template guard: reading 'constructor'$/m,
    );
  });
});
