/** What a process is, beyond its comm: Passenger's and td-agent's ruby processes count as those. */
export function programOf(p: { comm: string; args: string }): string {
  if (p.args.includes("td-agent")) return "td-agent";
  if (p.comm.startsWith("Passenger") || p.args.startsWith("Passenger ")) return "passenger";
  return p.comm;
}

/** A declared program runs when a process is that program or names it in its command line (as `pgrep -if`). */
export function isProgramRunning(
  processes: ReadonlyArray<{ comm: string; args: string }>,
  program: string,
): boolean {
  const wanted = program.toLowerCase();
  return processes.some(
    (p) => programOf(p).toLowerCase() === wanted || `${p.comm} ${p.args}`.toLowerCase().includes(wanted),
  );
}
