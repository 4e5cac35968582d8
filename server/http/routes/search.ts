// GET /api/search: nodes whose name or alias matches q, best first.
import type { Router } from "express";
import * as explore from "../../domain/explore.js";
import type { AppDeps } from "../deps.js";
import { parseSearchParams } from "../parse.js";
import { sendJson } from "../send-json.js";

export function searchRoutes(router: Router, { store }: AppDeps): void {
  router.get("/search", async (req, res) => {
    const { q, ...options } = parseSearchParams(req.query);
    sendJson(res, await explore.search(store, q, options));
  });
}
