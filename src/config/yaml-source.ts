import {
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from "yaml";
import type { ConfigProblem } from "../errors.js";

export type PathSegment = string | number;

/** A problem found by a rule, located by field path in one source file. */
export interface Finding {
  path: PathSegment[];
  message: string;
  severity?: "error" | "warning";
  /** Point at the key of the last path segment instead of its value (unknown keys). */
  at?: "key" | "value";
}

/** "services[1].name", "packages.amazon-linux-extras" */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}

/**
 * One parsed YAML file that remembers where every node came from, so that any problem
 * found later (schema, cross-field rules) can name file:line:column.
 */
export class YamlSource {
  readonly doc: Document.Parsed;
  private readonly lines = new LineCounter();
  /** Syntax problems; when present the document's value is not trustworthy. */
  readonly syntaxProblems: ConfigProblem[] = [];

  constructor(
    /** Path relative to the project root, as printed in problems. */
    readonly file: string,
    readonly text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    for (const error of this.doc.errors) {
      const { line, col } = this.lines.linePos(error.pos[0]);
      this.syntaxProblems.push({
        file,
        line,
        column: col,
        path: "",
        message: `invalid YAML: ${firstLine(error.message)}`,
      });
    }
  }

  /** The document as plain data (undefined for an empty file). */
  value(): unknown {
    return this.doc.toJS({ maxAliasCount: 100 }) ?? undefined;
  }

  /** Line and column of the value at `path` (or of its key), or of the nearest ancestor that exists. */
  position(path: readonly PathSegment[], at: "key" | "value" = "value"): { line: number; column: number } {
    let node: unknown = this.doc.contents;
    let best: [number, number] | undefined = rangeStart(node);
    for (let i = 0; i < path.length; i++) {
      const seg = path[i] as PathSegment;
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyValue(p.key) === String(seg));
        if (!pair) break;
        const keyPos = rangeStart(pair.key);
        if (last && at === "key" && keyPos) return this.lineCol(keyPos[0]);
        node = pair.value;
        // `key:` with no value: point at the key.
        best = rangeStart(node) ?? keyPos ?? best;
      } else if (isSeq(node) && typeof seg === "number") {
        const item = node.items[seg];
        if (item === undefined) break;
        node = item;
        best = rangeStart(node) ?? best;
      } else {
        break;
      }
    }
    return best ? this.lineCol(best[0]) : { line: 1, column: 1 };
  }

  problem(finding: Finding): ConfigProblem {
    const { line, column } = this.position(finding.path, finding.at);
    const p: ConfigProblem = {
      file: this.file,
      line,
      column,
      path: formatPath(finding.path),
      message: finding.message,
    };
    if (finding.severity === "warning") p.severity = "warning";
    return p;
  }

  private lineCol(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

function keyValue(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): [number, number] | undefined {
  if (isNode(node) && (node as Node).range) {
    const r = (node as Node).range as [number, number, number];
    return [r[0], r[1]];
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split("\n")[0]?.trim() ?? message;
}
