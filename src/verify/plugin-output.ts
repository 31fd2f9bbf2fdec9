/**
 * A Run Command result as ListCommandInvocations (Details: true) reports it. A plugin's
 * `Output` is stdout, then stderr after an error title, and the SSM agent cuts it at 2,500
 * characters (bytes on the instance), marking the cut — such an output has to be read again
 * with GetCommandInvocation, which returns up to 24,000 characters of stdout.
 * https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CommandPlugin.html
 */
export const PLUGIN_OUTPUT_LIMIT = 2_500;

const ERROR_TITLE = "\n----------ERROR-------\n";
const CUT_MARKERS = ["\n---Output truncated---", "\n---Error truncated----"];

/** stdout and stderr of a plugin's whole output; undefined when the agent cut it. */
export function readPluginOutput(output: string): { stdout: string; stderr: string } | undefined {
  if (Buffer.byteLength(output, "utf8") >= PLUGIN_OUTPUT_LIMIT) return undefined;
  if (CUT_MARKERS.some((marker) => output.includes(marker))) return undefined;
  const title = output.indexOf(ERROR_TITLE);
  if (title < 0) return { stdout: output, stderr: "" };
  return { stdout: output.slice(0, title), stderr: output.slice(title + ERROR_TITLE.length) };
}
