// GET /api/overview: what the browser draws first — the whole graph when small, else a top-degree part with totals.
import type { Router } from "express";
import { overview } from "../../domain/overview.js";
import type { AppDeps } from "../deps.js";
import { parseOverviewParams } from "../parse-overview.js";
import { sendJson } from "../send-json.js";

export function overviewRoutes(router: Router, { store }: AppDeps): void {
  router.get("/overview", async (req, res) => {
    sendJson(res, await overview(store, parseOverviewParams(req.query)));
  });
}
