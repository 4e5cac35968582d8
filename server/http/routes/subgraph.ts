// POST /api/subgraph: the given nodes and every edge among them ("reveal links between visible nodes").
import { Router } from "express";
import * as explore from "../../domain/explore.js";
import type { AppDeps } from "../deps.js";
import { parseSubgraphBody } from "../parse-subgraph.js";

export function subgraphRoutes({ store }: AppDeps): Router {
  const router = Router();
  router.post("/subgraph", async (req, res) => {
    const { ids, ...options } = parseSubgraphBody(req.body);
    res.json(await explore.inducedSubgraph(store, ids, options));
  });
  return router;
}
