import { stringify } from "yaml";

/**
 * Typed AWSTOE component documents, printed with `yaml`.
 * Format: https://docs.aws.amazon.com/imagebuilder/latest/userguide/toe-use-documents.html
 * Actions: https://docs.aws.amazon.com/imagebuilder/latest/userguide/toe-action-modules.html
 */
export const PHASES = ["build", "validate", "test"] as const;
export type PhaseName = (typeof PHASES)[number];

export const ON_FAILURE = ["Abort", "Continue", "Ignore"] as const;
export type OnFailure = (typeof ON_FAILURE)[number];

/** CreateFile inputs as documented (toe-action-modules, CreateFile): only `path` is required. */
export interface CreateFileInput {
  path: string;
  content: string;
  encoding?: "utf8";
  permissions?: string;
  owner?: string;
  group?: string;
  overwrite?: boolean;
}

interface StepCommon {
  name: string;
  onFailure?: OnFailure;
  timeoutSeconds?: number;
  maxAttempts?: number;
}

export type Step =
  | (StepCommon & { action: "ExecuteBash"; inputs: { commands: string[] } })
  | (StepCommon & { action: "CreateFile"; inputs: CreateFileInput[] })
  | (StepCommon & {
      action: "CreateFolder";
      inputs: Array<{
        path: string;
        permissions?: string;
        owner?: string;
        group?: string;
        overwrite?: boolean;
      }>;
    })
  | (StepCommon & { action: "DeleteFile"; inputs: Array<{ path: string }> })
  | (StepCommon & {
      action: "S3Download";
      inputs: Array<{ source: string; destination: string; overwrite?: boolean }>;
    })
  | (StepCommon & { action: "Reboot"; inputs?: { delaySeconds?: number } })
  | (StepCommon & { action: "UpdateOS"; inputs?: { include?: string[]; exclude?: string[] } });

export type StepAction = Step["action"];

export interface Phase {
  name: PhaseName;
  steps: Step[];
}

export interface ComponentDocument {
  name: string;
  description: string;
  schemaVersion: 1.0;
  phases: Phase[];
}

export function bash(
  name: string,
  commands: string | string[],
  options: Omit<StepCommon, "name"> = {},
): Step {
  const lines = Array.isArray(commands) ? commands : [commands];
  return { name, action: "ExecuteBash", ...options, inputs: { commands: ["set -euo pipefail", ...lines] } };
}

export function createFile(
  name: string,
  files: CreateFileInput[],
  options: Omit<StepCommon, "name"> = {},
): Step {
  return { name, action: "CreateFile", ...options, inputs: files };
}

/** The document as AWSTOE reads it. `schemaVersion: 1.0` is printed as the number 1.0. */
export function printDocument(doc: ComponentDocument): string {
  const text = stringify(
    { name: doc.name, description: doc.description, schemaVersion: 1.0, phases: doc.phases },
    { lineWidth: 0, blockQuote: "literal" },
  );
  return text.replace(/^schemaVersion: 1$/m, "schemaVersion: 1.0");
}
