import { createHash } from "node:crypto";
import type { ProbeName } from "./schema.js";
import { PROBE_SCRIPTS } from "./scripts.js";

/**
 * The SSM Command documents the probes run through, one per probe: the toolkit's roles may
 * send these and no other document, so what runs as root on an instance is exactly a probe
 * script of this version (never an arbitrary shell command, as AWS-RunShellScript would take).
 * One document per probe because SSM documents hold at most 64 KB and the probes together are
 * larger. The name ends in a hash of the content: a toolkit whose probes changed finds no
 * document until the bootstrap stack is updated, instead of running stale scripts.
 * https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-schemas-features.html
 */
export interface ProbeDocument {
  probe: ProbeName;
  name: string;
  content: ProbeDocumentContent;
}

export interface ProbeDocumentContent {
  schemaVersion: "2.2";
  description: string;
  mainSteps: Array<{
    action: "aws:runShellScript";
    name: string;
    precondition: { StringEquals: [string, string] };
    inputs: { timeoutSeconds: number; runCommand: string[] };
  }>;
}

/** Name prefix of every probe document (the policies' document ARNs end in `amipipe-probe-*`). */
export const PROBE_DOCUMENT_PREFIX = "amipipe-probe-";

/** How long one probe may run on an instance. */
export const PROBE_TIMEOUT_SECONDS = 120;

function contentOf(probe: ProbeName, script: string): ProbeDocumentContent {
  // SSM substitutes {{ name }} in a document with its parameters; a probe has none.
  if (script.includes("{{"))
    throw new Error(`probe ${probe} contains "{{", which SSM would read as a document parameter`);
  return {
    schemaVersion: "2.2",
    description: `amipipe probe ${probe}: prints facts about the instance as JSON (src/probes/${probe}.sh)`,
    mainSteps: [
      {
        action: "aws:runShellScript",
        name: probe,
        precondition: { StringEquals: ["platformType", "Linux"] },
        inputs: { timeoutSeconds: PROBE_TIMEOUT_SECONDS, runCommand: [script] },
      },
    ],
  };
}

function documentOf(probe: ProbeName): ProbeDocument {
  const content = contentOf(probe, PROBE_SCRIPTS[probe]);
  const hash = createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 12);
  return { probe, name: `${PROBE_DOCUMENT_PREFIX}${probe}-${hash}`, content };
}

/** Every probe's document, in probe name order. */
export function probeDocuments(): ProbeDocument[] {
  return (Object.keys(PROBE_SCRIPTS) as ProbeName[]).sort().map(documentOf);
}

/** The document SendCommand names to run `probe`. */
export function probeDocumentName(probe: ProbeName): string {
  return documentOf(probe).name;
}
