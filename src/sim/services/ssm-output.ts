/**
 * How much of a Run Command's output SSM hands back, as the SSM agent cuts it.
 *
 * GetCommandInvocation returns the first 24,000 characters of stdout and 8,000 of stderr
 * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetCommandInvocation.html).
 * ListCommandInvocations with Details returns each plugin's `Output`: stdout, then stderr after
 * an error title, cut to 2,500 characters with a marker where something was dropped — the
 * agent's `TruncateOutput` (amazon-ssm-agent, agent/framework/processor/executer/iohandler).
 */
export const OUTPUT_LIMITS = { stdout: 24_000, stderr: 8_000, plugin: 2_500 } as const;

const ERROR_TITLE = "\n----------ERROR-------\n";
const TRUNCATED_OUT = "\n---Output truncated---";
const TRUNCATED_ERROR = "\n---Error truncated----";

/** A plugin's `Output` as ListCommandInvocations (Details: true) shows it. */
export function pluginOutput(
  stdout: string,
  stderr: string,
  capacity: number = OUTPUT_LIMITS.plugin,
): string {
  const title = stderr.length > 0 ? ERROR_TITLE : "";
  const available = capacity - title.length;
  if (stdout.length + stderr.length < available) return `${stdout}${title}${stderr}`;
  const half = Math.floor(available / 2);
  if (stdout.length > half && stderr.length > half) {
    const each = Math.floor((available - TRUNCATED_ERROR.length - TRUNCATED_OUT.length) / 2);
    return `${stdout.slice(0, each)}${TRUNCATED_OUT}${title}${stderr.slice(0, each)}${TRUNCATED_ERROR}`;
  }
  if (stdout.length < half) {
    const room = available - TRUNCATED_ERROR.length - stdout.length;
    return `${stdout}${title}${stderr.slice(0, Math.max(0, room))}${TRUNCATED_ERROR}`;
  }
  const room = available - TRUNCATED_OUT.length - stderr.length;
  return `${stdout.slice(0, Math.max(0, room))}${TRUNCATED_OUT}${title}${stderr}`;
}
