// `npm run import`: imports a graph file into Neo4j (NEO4J_URI) or a running explorer (--server), with progress.
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadConfig } from "../config.js";
import { DomainError } from "../domain/errors.js";
import type { ImportIssue } from "../domain/import/import-types.js";
import type { ImportFile } from "../domain/import/read-input.js";
import { importGraph } from "../domain/import/run-import.js";
import { createLogger } from "../logger.js";
import { createNeo4jStore } from "../store/neo4j/create-neo4j-store.js";
import { IMPORT_USAGE, ImportArgsError, parseImportArgs, type ImportArgs } from "./import-args.js";
import { ImportCancelledError, ImportHttpError, importOverHttp } from "./import-http.js";
import { formatCancelledOverHttp, formatRefusal, formatSummary, progressPrinter } from "./import-output.js";

async function main(argv: readonly string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (args.help) {
    console.log(IMPORT_USAGE);
    return 0;
  }
  const config = loadConfig();
  const files = await readFiles(args);
  const onProgress = progressPrinter();
  // Ctrl-C stops the import between batches and prints what was written; a second Ctrl-C ends the process.
  const cancel = new AbortController();
  const interrupted = () => {
    process.stderr.write("\nimport: stopping after the batches in flight (Ctrl-C again to quit at once)\n");
    cancel.abort();
  };
  process.once("SIGINT", interrupted);
  try {
    const result = config.NEO4J_URI
      ? await viaNeo4j(args, files, config, onProgress, cancel.signal)
      : await importOverHttp(args, files, onProgress, config.API_TOKEN, cancel.signal);
    console.log(formatSummary(result));
    return result.cancelled ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ImportCancelledError)) throw error;
    console.log(formatCancelledOverHttp(error.reported));
    return 1;
  } finally {
    process.removeListener("SIGINT", interrupted);
  }
}

async function viaNeo4j(
  args: ImportArgs,
  files: Partial<Record<"file" | "nodes" | "relationships", ImportFile>>,
  config: ReturnType<typeof loadConfig>,
  onProgress: ReturnType<typeof progressPrinter>,
  signal: AbortSignal,
) {
  const store = createNeo4jStore(
    {
      uri: config.NEO4J_URI!,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    },
    { log: createLogger(config.LOG_LEVEL === "debug" ? "debug" : "warn") },
  );
  try {
    await store.waitUntilReady(30_000);
    const who = `cli (${os.userInfo().username}@${os.hostname()})`;
    return await importGraph(
      store,
      { format: args.format!, ...files, mapping: args.mapping },
      { who },
      {
        dryRun: args.dryRun,
        batchSize: args.batchSize,
        onProgress,
        signal,
      },
    );
  } finally {
    await store.close();
  }
}

async function readFiles(args: ImportArgs) {
  const read = async (file?: string): Promise<ImportFile | undefined> =>
    file === undefined ? undefined : { name: path.basename(file), data: await readFile(file) };
  return args.format === "csv"
    ? { nodes: await read(args.nodes), relationships: await read(args.relationships) }
    : { file: await read(args.file) };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ImportArgsError) {
      console.error(`import: ${err.message}\n\n${IMPORT_USAGE}`);
      process.exitCode = 2;
      return;
    }
    if (err instanceof DomainError || err instanceof ImportHttpError) {
      const details = err.details ?? {};
      const issues = (details.issues as ImportIssue[] | undefined) ?? [];
      console.error(formatRefusal(err.message, issues, Number(details.issueCount ?? issues.length)));
    } else if (err instanceof ConfigError) console.error(`import: ${err.message}`);
    else if ((err as NodeJS.ErrnoException).code === "ENOENT")
      console.error(`import: ${(err as Error).message}`);
    else console.error("import: failed:", err);
    process.exitCode = 1;
  },
);
