// GET /api/overview: what the browser draws first — the whole graph when small, else a top-degree part with totals.
import { Router } from "express";
import { overview } from "../../domain/overview.js";
import type { AppDeps } from "../deps.js";
import { parseOverviewParams } from "../parse-overview.js";

export function overviewRoutes({ store }: AppDeps): Router {
  const router = Router();
  router.get("/overview", async (req, res) => {
    res.json(await overview(store, parseOverviewParams(req.query)));
  });
  return router;
}
