// Parses `npm run seed` flags: --reset, --if-empty, --batch-size N, --wait SECONDS, --help.
import { DEFAULT_BATCH_SIZE } from "../store/neo4j/loader.js";

export interface SeedArgs {
  reset: boolean;
  ifEmpty: boolean;
  batchSize: number;
  /** How long to wait for Neo4j to answer (docker compose starts the database and the seeder together). */
  waitSeconds: number;
  help: boolean;
}

export const SEED_USAGE = `Usage: npm run seed -- [--reset | --if-empty] [--batch-size N] [--wait SECONDS]

Loads seed/ (or SEED_DIR) into the Neo4j database at NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).
  --reset         delete every entity, relationship and source first
  --if-empty      load only when the database holds no entity (for docker compose)
  --batch-size N  rows per write transaction (default ${DEFAULT_BATCH_SIZE})
  --wait SECONDS  how long to wait for Neo4j to answer (default 60)`;

export class SeedArgsError extends Error {}

/** @throws SeedArgsError naming the bad flag. */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = {
    reset: false,
    ifEmpty: false,
    batchSize: DEFAULT_BATCH_SIZE,
    waitSeconds: 60,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [name, inline] = flag.split("=", 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new SeedArgsError(`${name} needs a value`);
      const n = Number(v);
      if (!Number.isSafeInteger(n) || n < (name === "--wait" ? 0 : 1))
        throw new SeedArgsError(`${name}: "${v}" is not a valid number`);
      return n;
    };
    if (name === "--reset") args.reset = true;
    else if (name === "--if-empty") args.ifEmpty = true;
    else if (name === "--batch-size") args.batchSize = value();
    else if (name === "--wait") args.waitSeconds = value();
    else if (name === "--help" || name === "-h") args.help = true;
    else throw new SeedArgsError(`unknown flag "${flag}"`);
  }
  if (args.reset && args.ifEmpty)
    throw new SeedArgsError("--reset and --if-empty contradict each other: pick one");
  return args;
}
