// GET /api/paths: up to k shortest paths between two nodes.
import { Router } from "express";
import * as explore from "../../domain/explore.js";
import type { AppDeps } from "../deps.js";
import { parsePathParams } from "../parse.js";

export function pathRoutes({ store }: AppDeps): Router {
  const router = Router();
  router.get("/paths", async (req, res) => {
    const { from, to, ...options } = parsePathParams(req.query);
    res.json(await explore.findPaths(store, from, to, options));
  });
  return router;
}
