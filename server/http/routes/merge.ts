// POST /api/merge {keep, merge}: merge two entities (behind write access, audited, atomic).
import type { Router } from "express";
import { parseMergeRequest } from "../../domain/edit-input.js";
import { mergeEntities } from "../../domain/merge.js";
import type { AppDeps } from "../deps.js";
import { actorOf, requireWriteAccess } from "../write-access.js";

export function mergeRoutes(router: Router, { store, config }: AppDeps): void {
  router.post("/merge", requireWriteAccess(config), async (req, res) => {
    const { keep, merge } = parseMergeRequest(req.body);
    res.json(await mergeEntities(store, keep, merge, actorOf(req, config)));
  });
}
