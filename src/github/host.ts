import * as core from "@actions/core";

export interface AnnotationPlace {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/**
 * What the action does to the runner: outputs, masks, annotations, log lines, the job summary.
 * The real one is @actions/core; tests pass a recording one.
 */
export interface ActionHost {
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  annotate(level: "error" | "warning" | "notice", message: string, place?: AnnotationPlace): void;
  info(line: string): void;
  setFailed(message: string): void;
  /** Appends markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>;
}

export function coreHost(): ActionHost {
  return {
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    annotate: (level, message, place) => {
      const properties: core.AnnotationProperties = {};
      if (place?.title) properties.title = place.title;
      if (place?.file) properties.file = place.file;
      if (place?.startLine !== undefined) properties.startLine = place.startLine;
      if (place?.startColumn !== undefined) properties.startColumn = place.startColumn;
      if (level === "error") core.error(message, properties);
      else if (level === "warning") core.warning(message, properties);
      else core.notice(message, properties);
    },
    info: (line) => core.info(line),
    setFailed: (message) => core.setFailed(message),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
      core.summary.emptyBuffer();
    },
  };
}
