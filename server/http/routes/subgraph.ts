// POST /api/subgraph: the given nodes and every edge among them ("reveal links between visible nodes").
import type { Router } from "express";
import * as explore from "../../domain/explore.js";
import type { AppDeps } from "../deps.js";
import { parseSubgraphBody } from "../parse-subgraph.js";
import { sendJson } from "../send-json.js";

export function subgraphRoutes(router: Router, { store }: AppDeps): void {
  router.post("/subgraph", async (req, res) => {
    const { ids, ...options } = parseSubgraphBody(req.body);
    sendJson(res, await explore.inducedSubgraph(store, ids, options));
  });
}
