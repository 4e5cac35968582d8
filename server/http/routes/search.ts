// GET /api/search: nodes whose name or alias matches q, best first.
import { Router } from "express";
import * as explore from "../../domain/explore.js";
import type { AppDeps } from "../deps.js";
import { parseSearchParams } from "../parse.js";

export function searchRoutes({ store }: AppDeps): Router {
  const router = Router();
  router.get("/search", async (req, res) => {
    const { q, ...options } = parseSearchParams(req.query);
    res.json(await explore.search(store, q, options));
  });
  return router;
}
