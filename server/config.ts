// Reads the environment once, validates it, and fails fast with a message naming the bad variable.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root, whether running from source (server/) or from the build (dist/server/). */
export const PROJECT_ROOT = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const parts = here.split(path.sep);
  const distAt = parts.lastIndexOf("dist");
  return distAt >= 0 ? parts.slice(0, distAt).join(path.sep) || path.sep : path.resolve(here, "..");
})();

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
/** A comma list of type names (EXTRA_NODE_TYPES, EXTRA_REL_TYPES): each becomes a Neo4j label or type. */
const typeList = z
  .string()
  .regex(
    /^\s*[A-Za-z]\w*(\s*,\s*[A-Za-z]\w*)*\s*$/,
    "must be a comma list of identifiers (letters, digits, _)",
  );

const EnvSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/.+/,
      "must be a bolt:// or neo4j:// URI (with +s/+ssc)",
    )
    .optional(),
  NEO4J_USER: z.string().default("neo4j"),
  // The same default as `npm run neo4j`, so `NEO4J_URI=bolt://127.0.0.1:7687 npm start` works out of the box.
  NEO4J_PASSWORD: z.string().default("explorer-local-dev"),
  NEO4J_DATABASE: z.string().optional(),
  SEED_DIR: z.string().default(path.join(PROJECT_ROOT, "seed")),
  CLIENT_DIR: z.string().default(path.join(PROJECT_ROOT, "dist", "client")),
  API_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  LOG_LEVEL: z.enum(["silent", "error", "warn", "info", "debug"]).default("info"),
  CYPHER_TIMEOUT_MS: positiveInt.default(10_000),
  CYPHER_MAX_ROWS: positiveInt.default(1_000),
  CYPHER_MAX_QUERY_LENGTH: positiveInt.default(10_000),
  CYPHER_MAX_CONCURRENT: positiveInt.default(3),
  // Largest upload POST /api/import accepts, in bytes (413 beyond): 50 MB.
  IMPORT_MAX_BYTES: positiveInt.default(50 * 1024 * 1024),
  // Curation: where the embedded store keeps its snapshot (unset: in memory only, reloaded from the seed).
  DATA_DIR: z.string().optional(),
  // Graphs with more edges than this get whole-graph positions computed on the server (POST /api/positions).
  POSITIONS_MIN_EDGES: z.coerce.number().int().min(0).default(100_000),
  // ForceAtlas2 iterations of that whole-graph layout (Barnes-Hut, in a worker thread).
  POSITIONS_ITERATIONS: z.coerce.number().int().min(1).max(10_000).default(100),
  REQUIRE_EVIDENCE: z
    .enum(["true", "false"], "must be true or false")
    .default("true")
    .transform((v) => v === "true"),
  // Comma lists of extra vocabulary for non-seed graphs; each must be an identifier (it becomes a Neo4j label/type).
  EXTRA_NODE_TYPES: typeList.optional(),
  EXTRA_REL_TYPES: typeList.optional(),
  // Requests a minute per client address: all of /api; the Cypher console (run, explain); imports and PDF briefings.
  RATE_LIMIT_PER_MINUTE: positiveInt.default(600),
  RATE_LIMIT_CYPHER_PER_MINUTE: positiveInt.default(60),
  RATE_LIMIT_HEAVY_PER_MINUTE: positiveInt.default(10),
  // Origins (scheme://host[:port], comma list) whose pages may read the API cross-origin; unset: none (no CORS).
  CORS_ORIGINS: z
    .string()
    .regex(
      /^\s*https?:\/\/[^\s,/]+\/?(\s*,\s*https?:\/\/[^\s,/]+\/?)*\s*$/,
      "must be a comma list of origins such as https://example.org",
    )
    .optional(),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

/** Parse `env` (default: process.env). Throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as in most shells' `VAR= npm start`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
