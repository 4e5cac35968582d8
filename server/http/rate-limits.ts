// Per-IP request budgets (express-rate-limit): a generous one for /api, tighter ones for costly routes.
import type { Request, RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import type { Config } from "../config.js";
import { DomainError } from "../domain/errors.js";

export type RateLimitConfig = Partial<
  Pick<Config, "RATE_LIMIT_PER_MINUTE" | "RATE_LIMIT_CYPHER_PER_MINUTE" | "RATE_LIMIT_HEAVY_PER_MINUTE">
>;

/**
 * A limiter of `limit` requests a minute per client address, or none when `limit` is undefined (createApp
 * without these settings, as in tests; main.ts always passes config.ts's defaults). Over budget, the
 * error goes to the error middleware as too_many_requests; the `RateLimit-*` headers say how long to wait.
 */
export function perMinute(
  limit: number | undefined,
  what: string,
  skip?: (req: Request) => boolean,
): RequestHandler | undefined {
  if (limit === undefined) return undefined;
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: "draft-6",
    legacyHeaders: false,
    ...(skip ? { skip } : {}),
    handler: (_req, _res, next) =>
      next(
        new DomainError(
          "too_many_requests",
          `${what}: more than ${limit} requests a minute from this address; wait and retry (see RateLimit-Reset)`,
        ),
      ),
  });
}

/** The limiters api-router.ts mounts, each undefined when its setting is absent. */
export function rateLimits(config: RateLimitConfig) {
  return {
    api: perMinute(config.RATE_LIMIT_PER_MINUTE, "API"),
    cypher: perMinute(config.RATE_LIMIT_CYPHER_PER_MINUTE, "Cypher console"),
    import: perMinute(config.RATE_LIMIT_HEAVY_PER_MINUTE, "import"),
    // Rendering a PDF starts a headless Chromium; the HTML and Markdown briefings are cheap.
    pdf: perMinute(config.RATE_LIMIT_HEAVY_PER_MINUTE, "PDF briefings", (req) => req.query.format !== "pdf"),
  };
}
