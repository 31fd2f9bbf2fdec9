// Makes sure the project-local tools (moto_server, shellcheck, actionlint) exist, also when
// vitest is started directly instead of through `npm test`.
export default async function setup(): Promise<void> {
  // @ts-expect-error - plain .mjs script without types
  const { setupTools } = await import("../scripts/setup-tools.mjs");
  await setupTools();
}
