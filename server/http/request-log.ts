// One structured log line per request: request id, method, path, status, duration and, for errors, the error code.
import { randomUUID } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import type { Logger } from "../logger.js";

/** The header a proxy may set and that every response echoes, so a client's report can be matched to the log. */
export const REQUEST_ID_HEADER = "X-Request-Id";
/** Node lower-cases incoming header names. */
const INCOMING_REQUEST_ID = REQUEST_ID_HEADER.toLowerCase();
/** An incoming id is kept only when it is short plain text: it is written to logs and sent back in a header. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@=+/-]{1,128}$/;
/** Paths are user text (ids in /nodes/:id); a path longer than this is cut in the log. */
const MAX_LOGGED_PATH = 300;
/** Probes answer every few seconds; logged at debug so they do not drown the requests that matter. */
const PROBE_PATHS = new Set(["/api/health/live", "/api/health/ready"]);

/** What the request log reads from `res.locals`, set by this middleware and by the error middleware. */
export interface RequestLogLocals {
  requestId?: string;
  /** The `code` of the `{error:{code}}` answer, set by the error middleware. */
  errorCode?: string;
}

/** The request id of `res`, as this middleware assigned it. */
export function requestIdOf(res: Response): string | undefined {
  return (res.locals as RequestLogLocals).requestId;
}

/**
 * Mount first. Assigns the request id (a sane incoming `X-Request-Id`, else a new UUID), echoes it, and
 * logs one line when the response is finished or the client went away. The query string is never logged,
 * only its parameter names: values may hold search text or, against advice, a token.
 * @example app.use(requestLog(logger))
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const incoming = req.headers[INCOMING_REQUEST_ID];
    const requestId =
      typeof incoming === "string" && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    (res.locals as RequestLogLocals).requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    // "close" follows "finish" on every response and also ends one the client abandoned: one listener does.
    // `on`, not `once`: a response emits "close" once anyway, and `once` costs a bound wrapper per request
    // plus a `delete` from the response's event table when it fires: measured at about 5% of a
    // neighbourhood request's server time (bench/changes/fifth-pass-expand.md).
    res.on("close", () => {
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      writeLine(logger, req, res, { reqId: requestId, durationMs, aborted: !res.writableFinished });
    });
    next();
  };
}

function writeLine(
  logger: Logger,
  req: Request,
  res: Response,
  { reqId, durationMs, aborted }: { reqId: string; durationMs: number; aborted: boolean },
): void {
  const path = pathOf(req.originalUrl);
  const status = res.statusCode;
  const queryKeys = queryKeysOf(req.originalUrl);
  const fields: Record<string, unknown> = { reqId, method: req.method, path, status, durationMs };
  if (queryKeys.length > 0) fields.queryKeys = queryKeys;
  if (status >= 400) fields.errorCode = (res.locals as RequestLogLocals).errorCode ?? `http_${status}`;
  if (aborted) fields.aborted = true;
  const contentLength = res.getHeader("content-length");
  if (contentLength !== undefined) fields.bytes = Number(contentLength);
  const level = status >= 500 ? "error" : PROBE_PATHS.has(path) && status < 400 ? "debug" : "info";
  logger[level]("request", fields);
}

/** The path without its query string, cut to a bounded length. */
function pathOf(url: string): string {
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  return path.length > MAX_LOGGED_PATH ? `${path.slice(0, MAX_LOGGED_PATH)}…` : path;
}

/**
 * Query parameter names the API reads; only these are logged by name. Any other name could be a value in
 * disguise (a bare `?<token>` parses as a name), so it is logged as "?". Extend it with a new parameter.
 */
const KNOWN_QUERY_NAMES = new Set([
  ...["q", "limit", "offset", "types", "relTypes", "depth", "direction", "from", "to", "maxHops", "k"],
  ...["format", "since", "focus", "entity", "dryRun", "filename", "typeAttr", "nameAttr", "edgeTypeAttr"],
  ...["idPrefix", "token", "api_token", "access_token", "apiToken"],
]);

/**
 * The names of the query parameters (never their values), deduplicated in first-seen order; unknown names
 * as "?". One pass over the query string: this runs on every request, and the split/map/filter/Set chain it
 * replaces allocated about ten arrays and sets per request.
 */
function queryKeysOf(url: string): string[] {
  const names: string[] = [];
  for (let at = url.indexOf("?") + 1; at > 0 && at <= url.length;) {
    const amp = url.indexOf("&", at);
    const end = amp === -1 ? url.length : amp;
    const eq = url.indexOf("=", at);
    const nameEnd = eq === -1 || eq > end ? end : eq;
    if (nameEnd > at) {
      const name = url.slice(at, nameEnd);
      const logged = KNOWN_QUERY_NAMES.has(name) ? name : "?";
      if (!names.includes(logged)) names.push(logged);
    }
    at = end + 1;
  }
  return names;
}
