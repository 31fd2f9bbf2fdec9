/**
 * Known ways out of a nunjucks template into JavaScript, each with where it is described.
 * `JS` stands for the code the payload would run; tests fill in code that leaves a trace (a
 * marker file, a global) so that "it did not run" is something a test can see.
 *
 * Sources: the Tplmap/SSTImap nunjucks plugin and E. Pinna, "Sandbox Breakout — A view of the
 * Nunjucks template engine" (2016): `range.constructor(…)()`; nunjucks' global functions are
 * range, cycler and joiner (nunjucks docs, "Global Functions"); mozilla/nunjucks#338 (2014):
 * `a.constructor.__proto__.constructor(…)()`; mozilla/nunjucks#1048 and OWASP-style SSTI
 * write-ups: `"".constructor.constructor(…)()` and walks through methods of literals; the
 * rest are this project's variations on the same walk (bracket and computed keys, set, loop
 * variables, macros, mustache-style bare `constructor`).
 */
export const TEMPLATE_ESCAPES: ReadonlyArray<{ name: string; template: string }> = [
  { name: "range.constructor (Tplmap)", template: `{{ range.constructor("JS")() }}` },
  { name: "cycler.constructor", template: `{{ cycler.constructor("JS")() }}` },
  { name: "joiner.constructor", template: `{{ joiner.constructor("JS")() }}` },
  { name: "a string literal's constructor chain", template: `{{ "".constructor.constructor("JS")() }}` },
  { name: "an array literal's constructor chain", template: `{{ [].constructor.constructor("JS")() }}` },
  {
    name: "__proto__ walk (nunjucks#338)",
    template: `{{ server_name.constructor.__proto__.constructor("JS")() }}`,
  },
  { name: "bracket notation", template: `{{ range["constructor"]("JS")() }}` },
  { name: "a computed key", template: `{{ range["constr" ~ "uctor"]("JS")() }}` },
  { name: "a key from set", template: `{% set c = "constr" ~ "uctor" %}{{ range[c]("JS")() }}` },
  { name: "a function kept by set", template: `{% set f = range.constructor("JS") %}{{ f() }}` },
  { name: "a method of a string", template: `{{ "".toString.constructor("JS")() }}` },
  { name: "a method of a number", template: `{{ (0).toString.constructor("JS")() }}` },
  { name: "a method of an array", template: `{{ [].map.constructor("JS")() }}` },
  { name: "a bare constructor (mustache style)", template: `{{ constructor.constructor("JS")() }}` },
  { name: "a macro's constructor", template: `{% macro m() %}{% endmacro %}{{ m.constructor("JS")() }}` },
  {
    name: "a key from a loop variable",
    template: `{% for k in ["constructor"] %}{{ range[k]("JS")() }}{% endfor %}`,
  },
  { name: "__proto__ of a global", template: `{{ range.__proto__.constructor("JS")() }}` },
  { name: "Function.prototype.call", template: `{{ range.call.constructor("JS")() }}` },
];

/** The payload with `JS` replaced by code that writes `marker` and sets a global. */
export function armed(template: string, marker: string): string {
  const js = `globalThis.AMIPIPE_PWNED = 1; process.getBuiltinModule('fs').writeFileSync('${marker}', 'ran'); return ''`;
  return template.replace("JS", js);
}
