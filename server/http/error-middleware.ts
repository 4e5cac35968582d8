// The one place that knows HTTP status codes: maps domain and body-parser errors to `{error:{code,message}}`.
import type { Duplex } from "node:stream";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { DomainError, NotFoundError, type ErrorCode } from "../domain/errors.js";
import type { Logger } from "../logger.js";
import { requestIdOf, type RequestLogLocals } from "./request-log.js";

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
  // A console query stopped for its own cost (time limit, memory pool, exponential growth): the client must change it.
  query_too_expensive: 422,
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
    (res.locals as RequestLogLocals).errorCode = answer.code; // for the request's log line (request-log.ts)
    if (answer.status >= 500) {
      const level = answer.code === "internal" ? "error" : "warn";
      logger[level]("request failed", {
        reqId: requestIdOf(res),
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

/**
 * For `server.on("clientError", …)`: Node's HTTP parser refuses some requests before Express sees them (a
 * request line and headers over 16 KB, a malformed request line). Answer those in the same JSON shape, then
 * close, as the parser cannot go on reading that connection.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const [status, reason, message] = tooLarge
    ? [
        431,
        "Request Header Fields Too Large",
        "the URL and headers exceed 16 KB; send long values in a POST body",
      ]
    : [400, "Bad Request", "the HTTP request is malformed"];
  const body = JSON.stringify({ error: { code: "invalid_argument", message } });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The path part of a URL, without the query string (which may hold user text). */
export function urlPath(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}
