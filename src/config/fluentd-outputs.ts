/**
 * Where a fluentd config sends its events: the `<match>` directives and their output
 * `@type`s. https://docs.fluentd.org/configuration/config-file (directives; `<label>` groups
 * matches; `copy` sends to each `<store>`), https://docs.fluentd.org/output/null ("throws away
 * events"), https://docs.fluentd.org/output/stdout (prints events to the agent's own log).
 */

/** Output types that deliver events nowhere: they must not count as log delivery. */
export const NON_DELIVERING_OUTPUTS: ReadonlySet<string> = new Set(["null", "stdout"]);

/** Outputs that only re-route events to other matches (their targets decide). */
const ROUTING_OUTPUTS: ReadonlySet<string> = new Set(["relabel", "rewrite_tag_filter", "route"]);

/** One output a `<match>` sends to (a `copy` match has one per `<store>`). */
export interface FluentdOutput {
  /** The output plugin's @type, e.g. bigquery_insert, null, stdout. */
  type: string;
  /** The match pattern it serves, e.g. httpd.access. */
  pattern: string;
  /** 1-based line of the `<match>` directive in the config text. */
  line: number;
  /** The plugin's @id, when set (monitor_agent reports it as plugin_id). */
  id?: string;
}

interface Directive {
  name: string;
  arg: string;
  line: number;
  type?: string;
  id?: string;
  children: Directive[];
}

function parseDirectives(text: string): Directive[] {
  const root: Directive = { name: "", arg: "", line: 0, children: [] };
  const stack: Directive[] = [root];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "") return;
    const close = /^<\/([A-Za-z_]+)\s*>$/.exec(line);
    if (close) {
      if (stack.length > 1) stack.pop();
      return;
    }
    const open = /^<([A-Za-z_]+)(?:\s+([^>]*))?>$/.exec(line);
    if (open) {
      const d: Directive = {
        name: open[1] as string,
        arg: (open[2] ?? "").trim(),
        line: i + 1,
        children: [],
      };
      (stack.at(-1) as Directive).children.push(d);
      stack.push(d);
      return;
    }
    const type = /^@?type\s+(\S+)/.exec(line);
    const id = /^@id\s+(\S+)/.exec(line);
    const current = stack.at(-1) as Directive;
    if (type && current !== root && current.type === undefined) current.type = type[1] as string;
    if (id && current !== root && current.id === undefined) current.id = id[1] as string;
  });
  return root.children;
}

/** Every output of every `<match>` (inside `<label>`s too); routing outputs are left out. */
export function fluentdOutputs(text: string): FluentdOutput[] {
  const out: FluentdOutput[] = [];
  const visit = (directives: Directive[]) => {
    for (const d of directives) {
      if (d.name === "label") visit(d.children);
      if (d.name !== "match") continue;
      const type = d.type ?? "";
      if (ROUTING_OUTPUTS.has(type)) continue;
      const stores = type === "copy" ? d.children.filter((c) => c.name === "store") : [];
      const at = (x: Directive) => ({ pattern: d.arg, line: d.line, ...(x.id ? { id: x.id } : {}) });
      if (type === "copy") for (const s of stores) out.push({ type: s.type ?? "", ...at(s) });
      else out.push({ type, ...at(d) });
    }
  };
  visit(parseDirectives(text));
  return out;
}

/** True when the output sends events somewhere (not null, not stdout). */
export function deliversSomewhere(type: string): boolean {
  return type !== "" && !NON_DELIVERING_OUTPUTS.has(type);
}

/**
 * Why this config delivers no logs, or undefined when some `<match>` routes to a real output.
 * `line` is the first `<match>` (1 when there is none).
 */
export function nonDeliveryProblem(text: string): { line: number; message: string } | undefined {
  const outputs = fluentdOutputs(text);
  if (outputs.some((o) => deliversSomewhere(o.type))) return undefined;
  if (outputs.length === 0)
    return {
      line: 1,
      message: "no <match> routes events to an output: fluentd would ship no logs",
    };
  const types = [...new Set(outputs.map((o) => `@type ${o.type || "(none)"}`))].join(", ");
  return {
    line: (outputs[0] as FluentdOutput).line,
    message: `every <match> sends to ${types}, which delivers nowhere: fluentd would ship no logs (route a <match> to a real output such as bigquery_insert, s3 or forward)`,
  };
}
