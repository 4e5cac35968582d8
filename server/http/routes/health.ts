// GET /api/health (the store's kind, version and counts), /api/health/live and /api/health/ready (probes).
import type { Router } from "express";
import * as explore from "../../domain/explore.js";
import * as readiness from "../../domain/readiness.js";
import type { AppDeps } from "../deps.js";

export function healthRoutes(router: Router, { store }: AppDeps): void {
  router.get("/health", async (_req, res) => {
    res.json(await explore.health(store));
  });
  router.get("/health/live", (_req, res) => {
    res.json(readiness.live());
  });
  router.get("/health/ready", async (_req, res) => {
    res.json(await readiness.ready(store));
  });
}
