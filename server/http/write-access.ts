// Who may write: a bearer API_TOKEN when one is configured, else only a loopback-bound server; JSON bodies only.
import type { Request, RequestHandler } from "express";
import { tokensEqual } from "../domain/cypher-access.js";
import { DomainError } from "../domain/errors.js";

/** What the check reads from server/config.ts; a missing HOST means config's default, 127.0.0.1. */
export interface WriteAccessConfig {
  API_TOKEN?: string;
  HOST?: string;
}

export interface WriteAccessOptions {
  /** Also accept multipart/form-data (file uploads). Default: JSON only. */
  multipart?: boolean;
  /** Further body types to accept, e.g. application/xml for raw uploads (none of them is one an HTML form can send). */
  contentTypes?: readonly string[];
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost", "[::1]"]);

/** True when `host` only accepts connections from this machine. */
export function isLoopbackHost(host: string | undefined): boolean {
  return LOOPBACK_HOSTS.has((host ?? "127.0.0.1").trim().toLowerCase());
}

/**
 * Express middleware guarding every write route (edit, merge, import, …). In order:
 * 1. a token in the query string (`?token=`, `?api_token=`, `?access_token=`) is refused outright, as
 *    URLs end up in logs and browser history;
 * 2. the body must be `application/json` (or `multipart/form-data` with `{multipart: true}`), so a
 *    cross-site HTML form, which can only send urlencoded/multipart/text bodies, cannot write (415);
 * 3. with API_TOKEN set, `Authorization: Bearer <API_TOKEN>` is required (401), compared in constant time;
 *    without one, writes are allowed only while the server listens on loopback, else 403 saying how to fix it.
 * @example router.post("/nodes", requireWriteAccess(deps.config), handler)
 */
export function requireWriteAccess(
  config: WriteAccessConfig,
  options: WriteAccessOptions = {},
): RequestHandler {
  return (req, _res, next) => {
    checkWriteAccess(req, config, options);
    next();
  };
}

/** The same checks as a function, for routes that decide late whether they write. Throws DomainError. */
export function checkWriteAccess(
  req: Request,
  config: WriteAccessConfig,
  options: WriteAccessOptions = {},
): void {
  const query = req.query as Record<string, unknown>;
  for (const name of ["token", "api_token", "access_token", "apiToken"]) {
    if (query[name] !== undefined)
      throw new DomainError(
        "unauthorized",
        `${name}: a token in the query string is never accepted; send it as an Authorization: Bearer <token> header`,
        { parameter: name },
      );
  }
  assertSameOrigin(req);
  assertContentType(req, options);
  const presented = bearer(req);
  if (config.API_TOKEN) {
    if (!presented)
      throw new DomainError(
        "unauthorized",
        "writes need an Authorization: Bearer <token> header with the server's API_TOKEN",
      );
    if (!tokensEqual(config.API_TOKEN, presented))
      throw new DomainError("unauthorized", "Authorization: the bearer token is not valid");
    return;
  }
  if (!isLoopbackHost(config.HOST))
    throw new DomainError(
      "forbidden",
      `writes are refused: this server listens on ${config.HOST ?? "?"} (not loopback) and has no API_TOKEN; ` +
        "start it with API_TOKEN=<a secret of 16+ characters> and send Authorization: Bearer <token>",
    );
}

/**
 * Browsers label every request with where it comes from. A multipart upload is something an HTML form on
 * another site can send, so refuse writes a browser marks as cross-site (Sec-Fetch-Site), or, from browsers
 * without that header, whose Origin is not this server. Non-browser clients (curl, the CLI) send neither.
 */
function assertSameOrigin(req: Request): void {
  const site = req.get("sec-fetch-site");
  const origin = req.get("origin");
  let crossSite = site === "cross-site" || site === "same-site";
  if (!site && origin) {
    try {
      crossSite = new URL(origin).host !== req.get("host");
    } catch {
      crossSite = true; // "null" (sandboxed frames, file: pages) or garbage
    }
  }
  if (crossSite)
    throw new DomainError(
      "forbidden",
      "writes from another site are refused (Origin / Sec-Fetch-Site); use the explorer itself or a non-browser client",
    );
}

function assertContentType(req: Request, options: WriteAccessOptions): void {
  // DELETE usually has no body: nothing a form could smuggle, so only the token matters.
  const length = req.headers["content-length"];
  if (req.method === "DELETE" && (!length || length === "0") && !req.headers["transfer-encoding"]) return;
  const type = (req.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const allowed = options.multipart ? ["application/json", "multipart/form-data"] : ["application/json"];
  allowed.push(...(options.contentTypes ?? []));
  if (!allowed.includes(type))
    throw new DomainError(
      "unsupported_media_type",
      `Content-Type: write requests must be ${allowed.join(" or ")}, got ${JSON.stringify(type || "none")}`,
      { parameter: "Content-Type" },
    );
}

/** `Authorization: Bearer <token>` → token; anything else → undefined. */
function bearer(req: Request): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(req.get("authorization") ?? "")?.[1];
}

/**
 * Who the audit log says wrote: "token" or "loopback", with the name from an optional `X-Curator` header
 * (free text from the client, so only a label, never trusted for access).
 */
export function actorOf(req: Request, config: WriteAccessConfig): string {
  const name = (req.get("x-curator") ?? "")
    .replace(/[^\p{L}\p{N} ._@-]/gu, "")
    .trim()
    .slice(0, 80);
  const how = config.API_TOKEN ? "token" : "loopback";
  return name ? `${name} (${how})` : how;
}
