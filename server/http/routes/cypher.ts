// POST /api/cypher and /api/cypher/explain: the console's thin HTTP face (parse, check access, run, answer).
import type { Router, Request } from "express";
import type { Config } from "../../config.js";
import type { CypherConsole } from "../../domain/cypher.js";
import { assertModeAllowed } from "../../domain/cypher-access.js";
import { ConcurrencyLimiter } from "../../domain/cypher-limiter.js";
import { parseCypherRequest, parseExplainRequest, type CypherLimits } from "../../domain/cypher-request.js";
import { DomainError } from "../../domain/errors.js";
import type { GraphStore } from "../../store/graph-store.js";
import { queryRoutes } from "./queries.js";

type ConsoleConfig = Pick<
  Config,
  "API_TOKEN" | "CYPHER_MAX_ROWS" | "CYPHER_MAX_QUERY_LENGTH" | "CYPHER_MAX_CONCURRENT"
>;

export interface CypherRouteDeps {
  store: GraphStore;
  /** Missing limits take server/config.ts's defaults, so tests and AppDeps that carry only CLIENT_DIR still work. */
  config: Partial<ConsoleConfig>;
}

/** server/config.ts's defaults; API_TOKEN has none (write mode off). */
const DEFAULTS = {
  CYPHER_MAX_ROWS: 1_000,
  CYPHER_MAX_QUERY_LENGTH: 10_000,
  CYPHER_MAX_CONCURRENT: 3,
} as const;

function withDefaults(config: Partial<ConsoleConfig>): ConsoleConfig {
  return {
    API_TOKEN: config.API_TOKEN,
    CYPHER_MAX_ROWS: config.CYPHER_MAX_ROWS ?? DEFAULTS.CYPHER_MAX_ROWS,
    CYPHER_MAX_QUERY_LENGTH: config.CYPHER_MAX_QUERY_LENGTH ?? DEFAULTS.CYPHER_MAX_QUERY_LENGTH,
    CYPHER_MAX_CONCURRENT: config.CYPHER_MAX_CONCURRENT ?? DEFAULTS.CYPHER_MAX_CONCURRENT,
  };
}

export const CYPHER_UNAVAILABLE_MESSAGE =
  "The Cypher console needs the Neo4j store; this server runs on the embedded store. " +
  "Start Neo4j with `npm run neo4j start`, then the server with `NEO4J_URI=bolt://127.0.0.1:7687 npm start` " +
  "(or run both with `docker compose up`).";

/** The console, or cypher_unavailable with the steps to switch to Neo4j. */
export function requireConsole(store: GraphStore): CypherConsole {
  if (!store.cypher)
    throw new DomainError("cypher_unavailable", CYPHER_UNAVAILABLE_MESSAGE, { store: store.kind });
  return store.cypher;
}

export function cypherLimits(config: Partial<ConsoleConfig>): CypherLimits {
  const c = withDefaults(config);
  return { maxRows: c.CYPHER_MAX_ROWS, maxQueryLength: c.CYPHER_MAX_QUERY_LENGTH };
}

/** `Authorization: Bearer <token>` → token; anything else → undefined. */
export function bearerToken(req: Request): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get("authorization") ?? "");
  return m?.[1];
}

/** Per-client key for the concurrency cap: the socket's address (Express's req.ip honours `trust proxy`). */
export function clientKey(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}

/** The console routes and the saved-query routes, sharing one per-client concurrency cap. Mount under /api. */
export function cypherRoutes(router: Router, deps: CypherRouteDeps): void {
  const config = withDefaults(deps.config);
  const limiter = new ConcurrencyLimiter(config.CYPHER_MAX_CONCURRENT);
  const limits = cypherLimits(config);

  router.post("/cypher", async (req, res) => {
    const console = requireConsole(deps.store);
    const request = parseCypherRequest(req.body, limits);
    assertModeAllowed(request.mode, config.API_TOKEN, bearerToken(req));
    const release = limiter.acquire(clientKey(req));
    try {
      res.json(await console.run(request));
    } finally {
      release();
    }
  });

  router.post("/cypher/explain", async (req, res) => {
    const console = requireConsole(deps.store);
    const { query, params } = parseExplainRequest(req.body, limits);
    const release = limiter.acquire(clientKey(req));
    try {
      res.json({ plan: await console.explain(query, params) });
    } finally {
      release();
    }
  });

  queryRoutes(router, deps, limiter);
}
