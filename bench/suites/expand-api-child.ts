// Entry point of the expand-api measurements, compiled by tsc and run by plain node, as `npm start` runs the server.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as appModule from "../../server/app.js";
import * as loggerModule from "../../server/logger.js";
import * as memoryModule from "../../server/store/memory/memory-store.js";
import { openNeo4j } from "../lib/neo4j.js";
import { measureExpandApi, type ServerBuild } from "./expand-api-measure.js";

/**
 * `node <build>/bench/suites/expand-api-child.js <result.json> [--quick]`: writes the suite's BenchResult to
 * the file. Its static imports are the compiled server; `sourceBuild` loads the TypeScript source through
 * tsx in this same process, for the comparison rows.
 */
async function main(): Promise<void> {
  const [out, ...flags] = process.argv.slice(2);
  if (!out) throw new Error("expand-api-child: the result file is missing from the arguments");
  const shipped: ServerBuild = {
    label: "tsc build",
    createApp: appModule.createApp,
    silentLogger: loggerModule.silentLogger,
    createMemoryStore: memoryModule.createMemoryStore,
  };
  // Only reads: run.ts opened the same database with the schema applied before starting this process.
  const neo4j = await openNeo4j({ applySchema: false });
  try {
    const quick = flags.includes("--quick");
    // --quick leaves out the comparison with the source through tsx (its windows and loading tsx): time budget.
    const result = await measureExpandApi({ quick, neo4j }, shipped, quick ? undefined : await sourceBuild());
    writeFileSync(out, JSON.stringify(result));
  } finally {
    await neo4j?.close();
  }
}

/** The same modules from the TypeScript source, through tsx's scoped loader (only these imports are transformed). */
async function sourceBuild(): Promise<ServerBuild> {
  const { tsImport } = await import("tsx/esm/api");
  // This file sits at <build>/bench/suites/; the sources at the repository root, <build>'s grandparent.
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
  const load = async <T>(file: string) =>
    (await tsImport(pathToFileURL(path.join(root, file)).href, import.meta.url)) as T;
  const app = await load<typeof appModule>("server/app.ts");
  const logger = await load<typeof loggerModule>("server/logger.ts");
  const memory = await load<typeof memoryModule>("server/store/memory/memory-store.ts");
  // tsx turns on source-mapped stacks for the whole process; `npm start` runs without them.
  process.setSourceMapsEnabled(false);
  return {
    label: "TypeScript source through tsx",
    createApp: app.createApp,
    silentLogger: logger.silentLogger,
    createMemoryStore: memory.createMemoryStore,
  };
}

await main();
process.exit(0);
