// Mounts every /api route group; the one list to extend when a new group of routes is added.
import express, { Router } from "express";
import type { AppDeps } from "./deps.js";
import { apiNotFound } from "./error-middleware.js";
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
import { documentHeaders } from "./security-headers.js";

export function apiRouter(deps: AppDeps): Router {
  const router = Router();
  deps = withPositions(deps); // before any route sees the store: writes through it invalidate cached positions
  // Budgets first, so that a client over its budget costs no parsing and no store work.
  const limits = rateLimits(deps.config);
  if (limits.api) router.use(limits.api);
  if (limits.cypher) router.post(["/cypher", "/cypher/explain"], limits.cypher);
  if (limits.import) router.post("/import", limits.import);
  if (limits.pdf) router.get("/briefings/:id", limits.pdf).post("/briefings", limits.pdf);
  // These answer with pages (HTML, PDF) a browser renders, not data: they get the document headers.
  router.use(["/briefings", "/docs"], documentHeaders());
  router.use(importRoutes(deps)); // before express.json: an import reads its own body, up to IMPORT_MAX_BYTES
  router.use(express.json({ limit: "1mb" }));
  for (const routes of [
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
  ])
    router.use(routes(deps));
  router.use(apiNotFound);
  return router;
}
