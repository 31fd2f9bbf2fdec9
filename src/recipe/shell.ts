/**
 * THE quoting function for every value put into a bash script. Single quotes keep every
 * byte literal in bash; a single quote itself is closed, escaped and reopened ('\'').
 * NUL cannot be represented in a bash word at all and is rejected.
 */
export function shellQuote(value: string): string {
  if (value.includes("\0")) throw new Error("a shell value cannot contain NUL");
  if (value !== "" && /^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A command line from literal words, each quoted. */
export function shellWords(words: readonly string[]): string {
  return words.map(shellQuote).join(" ");
}

/**
 * A heredoc that writes `content` to `path` literally (quoted delimiter: no expansion).
 * The delimiter is chosen so that it does not occur in the content.
 */
export function writeFileCommand(path: string, content: string, mode = "0644"): string {
  let delimiter = "AMIPIPE_EOF";
  for (let i = 0; content.split("\n").includes(delimiter); i++) delimiter = `AMIPIPE_EOF_${i}`;
  const body = content.endsWith("\n") ? content : `${content}\n`;
  return `install -D -m ${shellQuote(mode)} /dev/null ${shellQuote(path)}\ncat > ${shellQuote(path)} <<'${delimiter}'\n${body}${delimiter}`;
}
