// GET /api/queries and POST /api/queries/:name/run: the saved console queries from cypher/queries/.
import path from "node:path";
import type { Router } from "express";
import { PROJECT_ROOT } from "../../config.js";
import type { ConcurrencyLimiter } from "../../domain/cypher-limiter.js";
import { parseCypherRequest } from "../../domain/cypher-request.js";
import {
  findSavedQuery,
  loadSavedQueries,
  paramsWithDefaults,
  type SavedQuery,
} from "../../domain/saved-queries.js";
import { clientKey, cypherLimits, requireConsole, type CypherRouteDeps } from "./cypher.js";

export const SAVED_QUERIES_DIR = path.join(PROJECT_ROOT, "cypher", "queries");

/** Read once, on first use: the files ship with the server and do not change while it runs. */
export function queryRoutes(
  router: Router,
  deps: CypherRouteDeps,
  limiter: ConcurrencyLimiter,
  dir = SAVED_QUERIES_DIR,
): void {
  const limits = cypherLimits(deps.config);
  let loaded: Promise<SavedQuery[]> | undefined;
  const queries = () =>
    (loaded ??= loadSavedQueries(dir).catch((err: unknown) => {
      loaded = undefined;
      throw err;
    }));

  // Listing works on every store, so the client can show the queries and why they cannot run here.
  router.get("/queries", async (_req, res) => {
    res.json({ queries: await queries(), runnable: Boolean(deps.store.cypher) });
  });

  router.post("/queries/:name/run", async (req, res) => {
    const console = requireConsole(deps.store);
    const saved = findSavedQuery(await queries(), req.params.name);
    const body = (req.body ?? {}) as { params?: unknown; limit?: unknown };
    const given =
      body.params && typeof body.params === "object" ? (body.params as Record<string, unknown>) : {};
    // Saved queries always run read-only: write mode stays a deliberate, typed request to POST /api/cypher.
    const request = parseCypherRequest(
      { query: saved.query, params: paramsWithDefaults(saved, given), limit: body.limit, mode: "read" },
      limits,
    );
    const release = limiter.acquire(clientKey(req));
    try {
      res.json(await console.run(request));
    } finally {
      release();
    }
  });
}
