import type { Outcome } from "../commands/run.js";
import type { ConfigProblem } from "../errors.js";
import { formatDuration } from "../ports/clock.js";
import type { ProgressEvent } from "../ports/progress.js";
import type { CheckResult } from "../verify/types.js";
import type { EvidenceBundle } from "./evidence.js";
import { type PipelineGraph, pipelineDiagram, timelineDiagram } from "./mermaid.js";
import { type BuildProgress, buildStateRows, progressRows, waitedText } from "./progress-summary.js";
import { type AmiRecord, failureMessage, type PinChange, type TimedStep } from "./result-facts.js";

/** What GitHub-side effects the action made (shown under the results). */
export interface GitHubEffects {
  pinCommits: Array<{ environment: string; path: string; commit: string }>;
  deployments: Array<{ environment: string; id: number; state: string }>;
  comment?: { url: string; updated: boolean };
  notes: string[];
}

export interface SummaryModel {
  command: string;
  outcome: Outcome;
  events: readonly ProgressEvent[];
  /** Rollout steps with their times, when the command reports them. */
  steps?: readonly TimedStep[];
  /** Image builds the command followed (bake), with the states they went through. */
  builds?: readonly BuildProgress[];
  amis: AmiRecord[];
  pinChanges: PinChange[];
  checks: CheckResult[];
  problems: ConfigProblem[];
  graph?: PipelineGraph;
  effects: GitHubEffects;
  evidence: EvidenceBundle[];
  recipeHash?: string;
  skipped?: boolean;
}

/** Text for a markdown table cell: pipes escaped, one line. */
export function cell(value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

export function table(header: string[], rows: unknown[][]): string {
  const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
  return lines.join("\n");
}

function fence(lang: string, body: string): string {
  const ticks = body.includes("```") ? "````" : "```";
  return `${ticks}${lang}\n${body}\n${ticks}`;
}

function details(title: string, body: string): string {
  return `<details><summary>${title}</summary>\n\n${body}\n\n</details>`;
}

export function findingsRows(
  checks: readonly CheckResult[],
  problems: readonly ConfigProblem[],
): unknown[][] {
  const rows: unknown[][] = [];
  for (const p of problems) {
    rows.push([
      p.severity === "warning" ? "⚠️ warning" : "❌ error",
      "config",
      `${p.file}:${p.line}:${p.column}`,
      p.path ? `${p.path}: ${p.message}` : p.message,
    ]);
  }
  for (const c of checks) if (!c.passed) rows.push(["❌ failed", c.name, c.target, c.summary]);
  return rows;
}

/** The job summary: outcome, results, findings, the pipeline diagram, the timeline and progress. */
export function renderSummary(m: SummaryModel): string {
  const parts: string[] = [];
  const ok = m.outcome.exitCode === 0;
  parts.push(
    `## amipipe ${m.command} ${ok ? "✅ done" : m.outcome.exitCode === 2 ? "⛔ bad input" : "❌ failed"}`,
  );
  const failure = ok ? undefined : failureMessage(m.outcome);
  if (failure) parts.push(fence("text", failure));

  const results: unknown[][] = [];
  if (m.recipeHash) results.push(["recipe hash", `\`${m.recipeHash}\``]);
  if (m.skipped !== undefined)
    results.push(["skipped", m.skipped ? "yes — an image for this recipe and base exists" : "no"]);
  for (const a of m.amis) results.push([`AMI ${a.region} ${a.arch}`, `\`${a.ami}\``]);
  for (const p of m.pinChanges)
    results.push([`pin ${p.environment}`, `${p.previous ?? "none"} → **${p.ami ?? "none"}**`]);
  for (const c of m.effects.pinCommits)
    results.push([`pin commit ${c.environment}`, `\`${c.commit.slice(0, 12)}\` (${c.path})`]);
  for (const d of m.effects.deployments) results.push([`deployment ${d.environment}`, `#${d.id} ${d.state}`]);
  if (m.effects.comment)
    results.push([
      "PR comment",
      `${m.effects.comment.updated ? "updated" : "created"} ${m.effects.comment.url}`,
    ]);
  if (results.length > 0) parts.push("### Results", table(["what", "value"], results));
  if (m.effects.notes.length > 0) parts.push(m.effects.notes.map((n) => `> ${n}`).join("\n"));

  const findings = findingsRows(m.checks, m.problems);
  parts.push("### Findings");
  parts.push(
    findings.length > 0 ? table(["result", "check", "target", "finding"], findings) : "No findings.",
  );

  if (m.checks.length > 0) {
    const rows = m.checks.map((c) => [c.passed ? "✅" : "❌", c.name, c.level, c.target, c.summary]);
    parts.push(
      details(`All checks (${m.checks.length})`, table(["", "check", "level", "target", "summary"], rows)),
    );
  }

  for (const bundle of m.evidence) {
    parts.push(`### Evidence: ${bundle.environment} → ${bundle.ami ?? "none"}`);
    const facts: unknown[][] = [
      ["previous pin", bundle.previous ?? "none"],
      [
        "verification",
        `${bundle.verification.filter((c) => c.passed).length} passed, ${bundle.verification.filter((c) => !c.passed).length} failed`,
      ],
      [
        "parity",
        bundle.parity.length === 0
          ? "not run in this stage"
          : bundle.parity.every((c) => c.passed)
            ? "no findings"
            : "findings",
      ],
    ];
    if (bundle.packageSources) {
      facts.push(["packages of the previous pin", `from ${bundle.packageSources.previous}`]);
      facts.push(["packages of the new pin", `from ${bundle.packageSources.current}`]);
    } else if (bundle.packageDiffMissing) {
      facts.push(["package diff", `none: ${bundle.packageDiffMissing}`]);
    }
    for (const [key, value] of Object.entries(bundle.provenance)) facts.push([key, value]);
    parts.push(table(["what", "value"], facts));
    if (bundle.packageDiff) {
      const d = bundle.packageDiff;
      const rows = [
        ...d.upgraded.map((p) => ["upgraded", p.name, `${p.from} → ${p.to}`]),
        ...d.downgraded.map((p) => ["downgraded", p.name, `${p.from} → ${p.to}`]),
        ...d.added.map((p) => ["added", p.name, p.version]),
        ...d.removed.map((p) => ["removed", p.name, p.version]),
      ];
      parts.push(
        details(
          `Package diff from the previous pin (${rows.length})`,
          rows.length > 0
            ? table(["change", "package", "version"], rows)
            : `No package changes (${d.unchanged} packages).`,
        ),
      );
    }
  }

  if (m.graph && m.graph.environments.length + m.graph.recipes.length > 0) {
    parts.push("### Recipes → AMIs → environments", fence("mermaid", pipelineDiagram(m.graph)));
  }
  const timeline = timelineDiagram(m.events, `amipipe ${m.command}`, m.steps ?? []);
  if (timeline) parts.push("### Timeline", fence("mermaid", timeline));

  if (m.builds && m.builds.length > 0) {
    const rows = buildStateRows(m.builds).map((r) => [
      r.arch,
      r.status,
      formatDuration(r.fromMs),
      r.forMs === undefined ? "" : formatDuration(r.forMs),
    ]);
    const totals = m.builds
      .filter((b) => b.startedAt !== undefined && b.endedAt !== undefined)
      .map(
        (b) =>
          `${b.arch} ${b.states.at(-1)?.status ?? ""} after ${formatDuration(b.endedAt! - b.startedAt!)}`,
      );
    parts.push(
      "### Image builds",
      table(["arch", "state", "from", "for"], rows),
      ...(totals.length > 0 ? [totals.join(" · ")] : []),
    );
  }

  if (m.events.length > 0) {
    const rows = progressRows(m.events).map((r) => [
      formatDuration(r.atMs),
      r.phase,
      r.level === "info" ? r.message : `${r.level === "warn" ? "⚠️" : "❌"} ${r.message}`,
      r.waitingFor ?? "",
      waitedText(r),
    ]);
    const waits = m.events.filter((e) => e.waitingFor).length;
    const progress = table(["at", "phase", "state / message", "waiting for", "waited"], rows);
    const title = `Progress (${m.events.length} events${waits ? `, ${waits} while waiting` : ""})`;
    parts.push(...(rows.length <= 40 ? [`### ${title}`, progress] : [details(title, progress)]));
  }
  if (m.outcome.result?.text)
    parts.push(details("Command output", fence("text", m.outcome.result.text.trimEnd())));
  return `${parts.join("\n\n")}\n`;
}
