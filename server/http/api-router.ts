// Mounts every /api route group; the one list to extend when a new group of routes is added.
import express, { Router } from "express";
import type { AppDeps } from "./deps.js";
import { apiNotFound } from "./error-middleware.js";
import { briefingRoutes } from "./routes/briefings.js";
import { catalogRoutes } from "./routes/catalog.js";
import { cypherRoutes } from "./routes/cypher.js";
import { healthRoutes } from "./routes/health.js";
import { nodeRoutes } from "./routes/nodes.js";
import { pathRoutes } from "./routes/paths.js";
import { searchRoutes } from "./routes/search.js";

export function apiRouter(deps: AppDeps): Router {
  const router = Router();
  router.use(express.json({ limit: "1mb" }));
  for (const routes of [
    healthRoutes,
    searchRoutes,
    nodeRoutes,
    pathRoutes,
    catalogRoutes,
    cypherRoutes,
    briefingRoutes,
  ])
    router.use(routes(deps));
  router.use(apiNotFound);
  return router;
}
