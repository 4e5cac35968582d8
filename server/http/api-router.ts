// The /api router: its headers and budgets, then every route group's routes on this one flat router.
import { Router } from "express";
import type { AppDeps } from "./deps.js";
import { jsonBody } from "./json-body.js";
import { briefingRoutes } from "./routes/briefings.js";
import { catalogRoutes } from "./routes/catalog.js";
import { cypherRoutes } from "./routes/cypher.js";
import { healthRoutes } from "./routes/health.js";
import { importRoutes } from "./routes/import.js";
import { nodeRoutes } from "./routes/nodes.js";
import { overviewRoutes } from "./routes/overview.js";
import { pathRoutes } from "./routes/paths.js";
import { searchRoutes } from "./routes/search.js";
import { subgraphRoutes } from "./routes/subgraph.js";
import { auditRoutes } from "./routes/audit.js";
import { duplicateRoutes } from "./routes/duplicates.js";
import { editRoutes } from "./routes/edit.js";
import { mergeRoutes } from "./routes/merge.js";
import { openApiRoutes } from "./routes/openapi.js";
import { positionRoutes, withPositions } from "./routes/positions.js";
import { rateLimits } from "./rate-limits.js";
import { apiHeaders, corsFor, documentHeaders } from "./security-headers.js";

/**
 * The route groups, in matching order; the one list to extend when a new group of routes is added. Each
 * adds its routes to the router it is given rather than returning a Router of its own: a request then walks
 * one list of routes instead of entering (and leaving) one nested router per group, which was a tenth of a
 * neighbourhood request's server time (bench/changes/fifth-pass-expand.md).
 */
const ROUTE_GROUPS = [
  healthRoutes,
  searchRoutes,
  nodeRoutes,
  overviewRoutes,
  pathRoutes,
  subgraphRoutes,
  editRoutes,
  mergeRoutes,
  duplicateRoutes,
  auditRoutes,
  catalogRoutes,
  positionRoutes,
  cypherRoutes,
  briefingRoutes,
  openApiRoutes,
] as const;

/**
 * Mount at /api, followed by `apiNotFound` (app.ts): a request no route answers leaves this router, so that
 * an OPTIONS request for a known path still gets the router's automatic `Allow` answer.
 * @example app.use("/api", apiRouter(deps), apiNotFound)
 */
export function apiRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(apiHeaders());
  const cors = corsFor(deps.config.CORS_ORIGINS);
  if (cors) router.use(cors);
  deps = withPositions(deps); // before any route sees the store: writes through it invalidate cached positions
  // Budgets first, so that a client over its budget costs no parsing and no store work.
  const limits = rateLimits(deps.config);
  if (limits.api) router.use(limits.api);
  if (limits.cypher) router.post(["/cypher", "/cypher/explain"], limits.cypher);
  if (limits.import) router.post("/import", limits.import);
  if (limits.pdf) router.get("/briefings/:id", limits.pdf).post("/briefings", limits.pdf);
  // These answer with pages (HTML, PDF) a browser renders, not data: they get the document headers.
  router.use(["/briefings", "/docs"], documentHeaders());
  importRoutes(router, deps); // before express.json: an import reads its own body, up to IMPORT_MAX_BYTES
  router.use(jsonBody("1mb"));
  for (const addRoutes of ROUTE_GROUPS) addRoutes(router, deps);
  return router;
}
