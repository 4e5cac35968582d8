// GET /api/nodes/:id and /api/nodes/:id/neighbors: one node with its degree, or its neighbourhood.
import { Router } from "express";
import * as explore from "../../domain/explore.js";
import type { AppDeps } from "../deps.js";
import { parseNeighborParams, parseNodeId } from "../parse.js";

export function nodeRoutes({ store }: AppDeps): Router {
  const router = Router();
  router.get("/nodes/:id", async (req, res) => {
    res.json(await explore.describeNode(store, parseNodeId(req.params.id)));
  });
  router.get("/nodes/:id/neighbors", async (req, res) => {
    const id = parseNodeId(req.params.id);
    res.json(await explore.expand(store, id, parseNeighborParams(req.query)));
  });
  return router;
}
