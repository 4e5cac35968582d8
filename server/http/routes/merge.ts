// POST /api/merge {keep, merge}: merge two entities (behind write access, audited, atomic).
import { Router } from "express";
import { parseMergeRequest } from "../../domain/edit-input.js";
import { mergeEntities } from "../../domain/merge.js";
import type { AppDeps } from "../deps.js";
import { actorOf, requireWriteAccess } from "../write-access.js";

export function mergeRoutes({ store, config }: AppDeps): Router {
  const router = Router();
  router.post("/merge", requireWriteAccess(config), async (req, res) => {
    const { keep, merge } = parseMergeRequest(req.body);
    res.json(await mergeEntities(store, keep, merge, actorOf(req, config)));
  });
  return router;
}
