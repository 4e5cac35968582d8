// POST/PATCH/DELETE /api/nodes and /api/edges: curation edits, behind write access, audited.
import type { Router, Request } from "express";
import * as edit from "../../domain/edit.js";
import { parseEdgeCreate, parseEdgePatch, parseNodeCreate, parseNodePatch } from "../../domain/edit-input.js";
import type { AppDeps } from "../deps.js";
import { parseNodeId } from "../parse.js";
import { actorOf, requireWriteAccess } from "../write-access.js";

export function editRoutes(router: Router, { store, config }: AppDeps): void {
  const writer = requireWriteAccess(config);
  const ctx = (req: Request): edit.EditContext => ({
    actor: actorOf(req, config),
    requireEvidence: config.REQUIRE_EVIDENCE ?? true,
  });

  router.post("/nodes", writer, async (req, res) => {
    res.status(201).json(await edit.createNode(store, parseNodeCreate(req.body), ctx(req)));
  });
  router.patch("/nodes/:id", writer, async (req, res) => {
    const id = parseNodeId(req.params.id);
    res.json(await edit.updateNode(store, id, parseNodePatch(req.body), ctx(req)));
  });
  router.delete("/nodes/:id", writer, async (req, res) => {
    res.json(await edit.deleteNode(store, parseNodeId(req.params.id), ctx(req)));
  });

  router.post("/edges", writer, async (req, res) => {
    res.status(201).json(await edit.createEdge(store, parseEdgeCreate(req.body), ctx(req)));
  });
  router.patch("/edges/:id", writer, async (req, res) => {
    const id = parseNodeId(req.params.id);
    res.json(await edit.updateEdge(store, id, parseEdgePatch(req.body), ctx(req)));
  });
  router.delete("/edges/:id", writer, async (req, res) => {
    res.json(await edit.deleteEdge(store, parseNodeId(req.params.id), ctx(req)));
  });
}
