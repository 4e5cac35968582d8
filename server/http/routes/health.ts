// GET /api/health: liveness plus the store's kind, version and counts (503 when the store is unreachable).
import { Router } from "express";
import * as explore from "../../domain/explore.js";
import type { AppDeps } from "../deps.js";

export function healthRoutes({ store }: AppDeps): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    res.json(await explore.health(store));
  });
  return router;
}
