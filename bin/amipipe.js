#!/usr/bin/env node
// The CLI from its committed bundle. amipipe is built and tested for Node.js 24 (the runtime
// GitHub Actions runs it on); older versions are warned about, as the AWS SDK drops them.
const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  process.stderr.write(`amipipe: warning: built for Node.js 24, running on ${process.version} (upgrade: the AWS SDK is dropping older versions)\n`);
}
await import("../dist/cli.js");
