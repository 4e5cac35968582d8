// `npm run seed`: loads the seed into the Neo4j database at NEO4J_URI and prints what changed.
import { ConfigError, loadConfig } from "../config.js";
import { DomainError } from "../domain/errors.js";
import { createLogger } from "../logger.js";
import { createNeo4jStore } from "../store/neo4j/create-neo4j-store.js";
import { redactUri } from "../store/neo4j/driver.js";
import { loadSeed } from "../../seed/load-seed.js";
import type { LoadReport } from "../store/graph-store.js";
import { parseSeedArgs, SEED_USAGE, SeedArgsError } from "./seed-args.js";

async function main(argv: readonly string[]): Promise<number> {
  const args = parseSeedArgs(argv);
  if (args.help) {
    console.log(SEED_USAGE);
    return 0;
  }
  const config = loadConfig();
  if (!config.NEO4J_URI) {
    console.error("seed: NEO4J_URI is not set. Example: NEO4J_URI=bolt://127.0.0.1:7687 npm run seed");
    return 2;
  }
  // Validate the seed before touching the database: a broken seed must not half-reset it.
  const data = await loadSeed(config.SEED_DIR);
  const log = createLogger(config.LOG_LEVEL === "debug" ? "debug" : "warn");
  const store = createNeo4jStore(
    {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    },
    { log, batchSize: args.batchSize },
  );
  const where = `${redactUri(config.NEO4J_URI)}${config.NEO4J_DATABASE ? ` (database ${config.NEO4J_DATABASE})` : ""}`;
  try {
    await store.waitUntilReady(args.waitSeconds * 1000);
    if (args.ifEmpty) {
      const { counts } = await store.info();
      if (counts.nodes > 0) {
        console.log(`seed: skipped, ${where} already holds ${counts.nodes} entities (--if-empty)`);
        return 0;
      }
    }
    if (args.reset) {
      await store.clear();
      console.log(`seed: cleared ${where}`);
    }
    const report = await store.load(data);
    const { counts } = await store.info();
    console.log(`seed: loaded ${config.SEED_DIR} into ${where}\n${formatReport(report)}`);
    console.log(
      `seed: the database now holds ${counts.nodes} entities and ${counts.relationships} relationships`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

function formatReport(report: LoadReport): string {
  return (["nodes", "edges", "sources"] as const)
    .map((kind) => {
      const t = report[kind];
      return `  ${kind.padEnd(8)} created ${t.created}, updated ${t.updated}, unchanged ${t.unchanged}`;
    })
    .join("\n");
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof SeedArgsError) console.error(`seed: ${err.message}\n\n${SEED_USAGE}`);
    else if (err instanceof ConfigError || err instanceof DomainError) console.error(`seed: ${err.message}`);
    else console.error("seed: failed:", err);
    process.exitCode = 1;
  },
);
