// POST /api/positions: server-computed whole-graph positions of the given nodes, for graphs over POSITIONS_MIN_EDGES.
import type { Router } from "express";
import { z } from "zod";
import { InvalidArgumentError } from "../../domain/errors.js";
import { PositionsService } from "../../domain/layout/positions-service.js";
import { watchWrites } from "../../domain/layout/write-watch.js";
import type { GraphStore } from "../../store/graph-store.js";
import type { AppDeps } from "../deps.js";

/** One initial view's worth of nodes; far more than a canvas shows at once. */
export const MAX_POSITION_IDS = 10_000;
const DEFAULT_MIN_EDGES = 100_000;

const Body = z.object({
  ids: z.array(z.string().min(1).max(200)).min(1).max(MAX_POSITION_IDS),
});

const services = new WeakMap<GraphStore, PositionsService>();

/**
 * `deps` with its store wrapped so that writes through it invalidate the cached layout (write-watch.ts).
 * api-router.ts applies it before any route sees the store; `positionRoutes` then finds the service.
 */
export function withPositions(deps: AppDeps): AppDeps {
  // The callback runs only on a write, after `service` exists.
  const store = watchWrites(deps.store, () => service.invalidate());
  const service = new PositionsService(store, {
    minEdges: deps.config.POSITIONS_MIN_EDGES ?? DEFAULT_MIN_EDGES,
    ...(deps.config.POSITIONS_ITERATIONS ? { iterations: deps.config.POSITIONS_ITERATIONS } : {}),
    ...(deps.config.DATA_DIR ? { dataDir: deps.config.DATA_DIR } : {}),
    logger: deps.logger,
  });
  services.set(store, service);
  return { ...deps, store };
}

export function positionRoutes(router: Router, { store }: AppDeps): void {
  router.post("/positions", async (req, res) => {
    const service = services.get(store);
    if (!service)
      throw new Error("positionRoutes: the store was not wrapped by withPositions (api-router.ts)");
    res.json(await service.positions(parseBody(req.body)));
  });
}

/** `{ids: string[]}`, 1..10,000 ids of 1..200 characters; the error names the field and index. */
function parseBody(body: unknown): string[] {
  const parsed = Body.safeParse(body);
  if (parsed.success) return parsed.data.ids;
  const issue = parsed.error.issues[0]!;
  const where =
    issue.path.length > 0 ? issue.path.map((p, i) => (i ? `[${String(p)}]` : String(p))).join("") : "body";
  throw new InvalidArgumentError(`${where}: ${issue.message}`, { field: where });
}
