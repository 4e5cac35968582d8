// GET /api/nodes/:id and /api/nodes/:id/neighbors: one node with its degree, or its neighbourhood.
import type { Router } from "express";
import * as explore from "../../domain/explore.js";
import type { AppDeps } from "../deps.js";
import { parseNeighborParams, parseNodeId } from "../parse.js";
import { sendJson } from "../send-json.js";

export function nodeRoutes(router: Router, { store }: AppDeps): void {
  router.get("/nodes/:id", async (req, res) => {
    sendJson(res, await explore.describeNode(store, parseNodeId(req.params.id)));
  });
  router.get("/nodes/:id/neighbors", async (req, res) => {
    const id = parseNodeId(req.params.id);
    sendJson(res, await explore.expand(store, id, parseNeighborParams(req.query)));
  });
}
