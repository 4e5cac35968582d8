// GET /api/schema, /api/vocabulary, /api/sources and /api/export: what the graph holds and may hold, its sources, all of it.
import type { Router } from "express";
import * as explore from "../../domain/explore.js";
import type { AppDeps } from "../deps.js";
import { sendExport } from "./export.js";

export function catalogRoutes(router: Router, { store, logger }: AppDeps): void {
  router.get("/schema", async (_req, res) => {
    res.json(await explore.schema(store));
  });
  router.get("/vocabulary", (_req, res) => {
    res.json(explore.vocabulary());
  });
  router.get("/sources", async (_req, res) => {
    res.json(await explore.sources(store));
  });
  router.get("/export", async (req, res) => {
    await sendExport(req, res, { store, logger }); // streamed: json is the only format; others get a 400
  });
}
