// GET /api/paths: up to k shortest paths between two nodes.
import type { Router } from "express";
import * as explore from "../../domain/explore.js";
import type { AppDeps } from "../deps.js";
import { parsePathParams } from "../parse.js";
import { sendJson } from "../send-json.js";

export function pathRoutes(router: Router, { store }: AppDeps): void {
  router.get("/paths", async (req, res) => {
    const { from, to, ...options } = parsePathParams(req.query);
    sendJson(res, await explore.findPaths(store, from, to, options));
  });
}
