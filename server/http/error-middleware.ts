// The one place that knows HTTP status codes: maps domain and body-parser errors to `{error:{code,message}}`.
import type { ErrorRequestHandler, RequestHandler } from "express";
import { DomainError, NotFoundError, type ErrorCode } from "../domain/errors.js";
import type { Logger } from "../logger.js";

/**
 * Status per domain error code. Timeouts answer 504: the server waited on the database (a gateway
 * in HTTP terms); 408 would blame the client for being slow to send its request. Typed over every
 * ErrorCode, so that a new code does not compile until it has a status here.
 */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  invalid_argument: 400,
  cypher_syntax: 400,
  unauthorized: 401,
  forbidden: 403,
  read_only: 403,
  forbidden_procedure: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  not_implemented: 501,
  cypher_unavailable: 501,
  store_unavailable: 503,
  timeout: 504,
};

/** body-parser's error `type`s (see its README) → our code and a message that does not echo the body. */
const BODY_ERRORS: Record<string, { code: string; status: number; message: string }> = {
  "entity.parse.failed": { code: "invalid_json", status: 400, message: "request body is not valid JSON" },
  "entity.too.large": { code: "payload_too_large", status: 413, message: "request body is larger than 1mb" },
  "encoding.unsupported": {
    code: "unsupported_media_type",
    status: 415,
    message: "unsupported content encoding",
  },
  "charset.unsupported": { code: "unsupported_media_type", status: 415, message: "unsupported charset" },
  "request.aborted": { code: "invalid_argument", status: 400, message: "request aborted by the client" },
  "request.size.invalid": {
    code: "invalid_argument",
    status: 400,
    message: "request size did not match content-length",
  },
};

interface HttpishError {
  type?: unknown;
  status?: unknown;
  expose?: unknown;
  message?: unknown;
}

/** Any unmatched request under /api: a JSON 404 naming the method and path. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`no API route for ${req.method} ${req.baseUrl}${req.path}`));
};

/** The final error handler. Unknown errors are logged whole and answered with a generic 500. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error); // Express closes the connection; nothing else can be sent.
    const answer = classify(error);
    if (answer.status >= 500) {
      const level = answer.code === "internal" ? "error" : "warn";
      logger[level]("request failed", {
        method: req.method,
        path: urlPath(req.originalUrl),
        code: answer.code,
        error,
      });
    }
    const body: { code: string; message: string; details?: Record<string, unknown> } = {
      code: answer.code,
      message: answer.message,
    };
    if (answer.details) body.details = answer.details;
    res.status(answer.status).json({ error: body });
  };
}

function classify(error: unknown): {
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
} {
  if (error instanceof DomainError) {
    return {
      status: STATUS_BY_CODE[error.code] ?? 500,
      code: error.code,
      message: error.message,
      details: error.details,
    };
  }
  const httpish = (typeof error === "object" && error !== null ? error : {}) as HttpishError;
  const bodyError = typeof httpish.type === "string" ? BODY_ERRORS[httpish.type] : undefined;
  if (bodyError) return bodyError;
  // The router's own client errors: a path with a malformed %-escape is a URIError marked 400.
  if (error instanceof URIError) {
    return { status: 400, code: "invalid_argument", message: "the URL holds a malformed %-escape" };
  }
  // Other errors raised for the client (a missing static file) carry a 4xx and `expose`.
  if (typeof httpish.status === "number" && httpish.status >= 400 && httpish.status < 500 && httpish.expose) {
    const code = httpish.status === 404 ? "not_found" : "invalid_argument";
    return { status: STATUS_BY_CODE[code]!, code, message: String(httpish.message ?? "bad request") };
  }
  return { status: 500, code: "internal", message: "internal error; the server log has the details" };
}

/** The path part of a URL, without the query string (which may hold user text). */
export function urlPath(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}
