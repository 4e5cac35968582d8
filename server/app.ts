// createApp: builds the Express app from its dependencies; never listens (main.ts and tests do).
import express, { type Express } from "express";
import { NotFoundError } from "./domain/errors.js";
import { apiRouter } from "./http/api-router.js";
import { clientAssets } from "./http/client-assets.js";
import type { AppDeps } from "./http/deps.js";
import { apiNotFound, errorMiddleware } from "./http/error-middleware.js";
import { weakEtag } from "./http/etag.js";
import { requestLog } from "./http/request-log.js";
import { documentHeaders } from "./http/security-headers.js";

export type { AppDeps } from "./http/deps.js";

/**
 * The explorer's HTTP app: `/api/*` JSON routes, then the built client, then JSON 404s.
 * @example const server = createApp({ store, config, logger }).listen(3000);
 */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple"); // strings or string arrays only, never nested objects
  app.set("etag", weakEtag);
  app.use(requestLog(deps.logger)); // first, so every answer carries its X-Request-Id
  app.use("/api", apiRouter(deps), apiNotFound); // the JSON headers, CORS and budgets are the api router's first layers
  app.use(documentHeaders());
  app.use(clientAssets(deps.config.CLIENT_DIR));
  app.use((req, _res, next) => next(new NotFoundError(`nothing at ${req.method} ${req.path}`)));
  app.use(errorMiddleware(deps.logger));
  return app;
}
