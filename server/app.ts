// createApp: builds the Express app from its dependencies; never listens (main.ts and tests do).
import express, { type Express, type RequestHandler } from "express";
import { NotFoundError } from "./domain/errors.js";
import { apiRouter } from "./http/api-router.js";
import { clientAssets } from "./http/client-assets.js";
import type { AppDeps } from "./http/deps.js";
import { errorMiddleware, urlPath } from "./http/error-middleware.js";
import { corsFor, securityHeaders } from "./http/security-headers.js";
import type { Logger } from "./logger.js";

export type { AppDeps } from "./http/deps.js";

/**
 * The explorer's HTTP app: `/api/*` JSON routes, then the built client, then JSON 404s.
 * @example const server = createApp({ store, config, logger }).listen(3000);
 */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple"); // strings or string arrays only, never nested objects
  app.use(securityHeaders(), requestLog(deps.logger));
  const cors = corsFor(deps.config.CORS_ORIGINS);
  if (cors) app.use("/api", cors);
  app.use("/api", apiRouter(deps));
  app.use(clientAssets(deps.config.CLIENT_DIR));
  app.use((req, _res, next) => next(new NotFoundError(`nothing at ${req.method} ${req.path}`)));
  app.use(errorMiddleware(deps.logger));
  return app;
}

/** One debug line per request; the query string is left out as it may hold user text. */
function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.debug("request", {
        method: req.method,
        path: urlPath(req.originalUrl),
        status: res.statusCode,
        ms: Math.round(ms),
      });
    });
    next();
  };
}
