// GET /api/duplicates?limit=: likely duplicate entities, with reasons and scores (read-only, open).
import type { Router } from "express";
import { findDuplicates } from "../../domain/duplicates.js";
import type { AppDeps } from "../deps.js";
import { parseLimit } from "./audit.js";

export function duplicateRoutes(router: Router, { store }: AppDeps): void {
  router.get("/duplicates", async (req, res) => {
    const limit = parseLimit(req.query as Record<string, unknown>, 100);
    const { nodes } = await store.exportAll();
    res.json({ candidates: findDuplicates(nodes, limit) });
  });
}
