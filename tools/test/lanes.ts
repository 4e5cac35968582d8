// Which Vitest processes `npm test` runs, and which of them run at the same time (vitest.config.ts names the projects).

export interface Lane {
  /** What the summary calls it. */
  name: string;
  /** Arguments after `vitest run`. */
  args: string[];
  /** Prefix for each output line when the lane shares the terminal with another; none when it runs alone. */
  label?: string;
}

/**
 * Stages run one after another; the lanes of a stage run side by side. Without arguments: the parallel project
 * (its own worker pool over both cores), then the Neo4j lane beside the solo lane: the first waits mostly on the
 * database, the second on Chromium and child processes, and they share nothing (test/helpers/test-file-groups.ts).
 * With arguments (`npm test -- test/e2e`), one plain `vitest run` with them, as before.
 */
export function lanePlan(args: readonly string[]): Lane[][] {
  if (args.length > 0) return [[{ name: "vitest", args: [...args] }]];
  return [
    [{ name: "parallel", args: ["--project", "parallel"] }],
    [
      { name: "neo4j", args: ["--project", "neo4j"], label: "neo4j" },
      { name: "solo", args: ["--project", "solo"], label: "solo" },
    ],
  ];
}
