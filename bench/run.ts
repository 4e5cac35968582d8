// `npm run bench [-- --quick] [-- --only <name>]`: runs the suites, writes bench/results/*.json and BENCHMARKS.md.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { machineInfo } from "./lib/machine.js";
import { neo4jVersion, openNeo4j } from "./lib/neo4j.js";
import { renderReport, writeFormatted, writeMachine, writeResult } from "./lib/report.js";
import type { Suite } from "./lib/suite.js";
import { SUITES } from "./suites/index.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS = path.join(ROOT, "bench", "results");

// 1M-edge graphs need more than Node's default heap, and the export suite reads peak heap after gc().
if (v8.getHeapStatistics().heap_size_limit < 6 * 2 ** 30 || typeof globalThis.gc !== "function") {
  const child = spawnSync(
    process.execPath,
    ["--max-old-space-size=8192", "--expose-gc", ...process.execArgv, ...process.argv.slice(1)],
    { stdio: "inherit" },
  );
  process.exit(child.status ?? 1);
}

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
// --only takes one name or a comma list, run in the given order in one process (data sets are shared).
const onlyNames = only?.split(",") ?? [];
const chosen: Suite[] = only ? onlyNames.flatMap((n) => SUITES.filter((s) => s.name === n)) : SUITES;
if (only && chosen.length !== onlyNames.length) {
  console.error(`bench: no suite "${only}"; suites: ${SUITES.map((s) => s.name).join(", ")}`);
  process.exit(2);
}

const machine = machineInfo();
const neo4j = await openNeo4j();
const info = neo4j ? { ...machine, neo4j: await neo4jVersion(neo4j) } : machine;
await writeMachine(RESULTS, info, quick ? "--quick" : "full");
console.log(
  `bench: ${quick ? "quick" : "full"} run of ${chosen.map((s) => s.name).join(", ")} on ${machine.cpu} ×${machine.cores}, load ${machine.loadavg.join("/")}`,
);

for (const suite of chosen) {
  console.log(`\n▶ ${suite.name}: ${suite.title}`);
  try {
    await writeResult(RESULTS, await suite.run({ quick, neo4j }));
  } catch (error) {
    console.error(`bench: ${suite.name} failed:`, error);
    process.exitCode = 1;
  }
}
// A full run of every suite leaves 1.2M-edge BA and WordNet in the bench database; clearing them here (about a
// minute) keeps the next --quick run within its 3 minutes, which would otherwise start by clearing them itself.
if (neo4j && !quick && !only) {
  console.log("\nbench: clearing the bench database for the next run");
  await neo4j.clear();
}
await neo4j?.close();
await writeFormatted(
  path.join(ROOT, "BENCHMARKS.md"),
  renderReport(
    RESULTS,
    path.join(ROOT, "bench", "findings.md"),
    SUITES.map((s) => s.name),
  ),
);
console.log("\nbench: wrote bench/results/*.json and BENCHMARKS.md");
process.exit(process.exitCode ?? 0);
