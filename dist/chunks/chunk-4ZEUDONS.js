import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/recipe/shell.ts
function shellQuote(value) {
  if (value.includes("\0")) throw new Error("a shell value cannot contain NUL");
  if (value !== "" && /^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
function shellWords(words) {
  return words.map(shellQuote).join(" ");
}
function writeFileCommand(path, content, mode = "0644") {
  let delimiter = "AMIPIPE_EOF";
  for (let i = 0; content.split("\n").includes(delimiter); i++) delimiter = `AMIPIPE_EOF_${i}`;
  const body = content.endsWith("\n") ? content : `${content}
`;
  return `install -D -m ${shellQuote(mode)} /dev/null ${shellQuote(path)}
cat > ${shellQuote(path)} <<'${delimiter}'
${body}${delimiter}`;
}

export {
  shellQuote,
  shellWords,
  writeFileCommand
};
