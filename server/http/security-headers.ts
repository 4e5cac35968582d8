// Response headers: a short data-only set for JSON answers, helmet's full set for documents, CORS for an allow-list.
import cors from "cors";
import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * The Content-Security-Policy, one directive per key. Scripts only from this origin, never inline.
 * - `worker-src blob:`: graphology's ForceAtlas2 worker is started from a `blob:` URL it builds itself.
 * - `frame-src`/`child-src 'self'`: the briefing preview is an `<iframe srcdoc>` (sandboxed, no scripts);
 *   a srcdoc frame inherits this policy, so its inline `<style>` is covered by style-src below.
 * - `style-src 'unsafe-inline'`: CodeMirror (style-mod) injects `<style>` elements at run time and the
 *   briefing document carries its CSS inline. Inline *styles* cannot run code; scripts stay strict.
 * - `img-src data: blob:`: PNG/SVG exports and previews are data: and blob: URLs.
 * - no `upgrade-insecure-requests`: it would rewrite same-origin requests to https on a plain-HTTP LAN
 *   deployment and break the page; TLS belongs to the proxy in front (see SECURITY.md).
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "script-src-attr": ["'none'"],
  "worker-src": ["'self'", "blob:"],
  "child-src": ["'self'", "blob:"],
  "frame-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'self'"],
};

/**
 * For documents (the client, the API docs page, briefings): helmet's defaults (nosniff, frame and referrer
 * policies, cross-origin policies, HSTS, …) with the CSP above.
 */
export function documentHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES } });
}

/**
 * For JSON answers, which a browser never renders as a page: the set the OWASP REST Security Cheat Sheet
 * lists. Nothing may load from or frame a JSON answer, it is never sniffed into HTML, other sites cannot embed
 * it, and HTTPS sticks. helmet's document-only headers (opener policy, origin-agent cluster, DNS prefetch,
 * download options, …) would cost a header write each on every request for no effect on data.
 */
export const API_HEADERS: ReadonlyArray<readonly [name: string, value: string]> = [
  ["Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Referrer-Policy", "no-referrer"],
  ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"],
];

/** Sets API_HEADERS; a route that answers with a document mounts documentHeaders() after it, which overrides them. */
export function apiHeaders(): RequestHandler {
  return (_req, res, next) => {
    for (const [name, value] of API_HEADERS) res.setHeader(name, value);
    next();
  };
}

/** A comma list of origins (CORS_ORIGINS) → the origins, trimmed, without a trailing slash. */
export function parseOrigins(list: string | undefined): string[] {
  return (list ?? "")
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter(Boolean);
}

/**
 * CORS for the listed origins only; with none listed, no CORS headers at all, so browsers keep other
 * sites from reading the API. Writes from another origin stay refused by write-access.ts either way.
 */
export function corsFor(list: string | undefined): RequestHandler | undefined {
  const origins = parseOrigins(list);
  if (origins.length === 0) return undefined;
  return cors({
    origin: origins,
    methods: ["GET", "HEAD", "POST", "PATCH", "DELETE"],
    allowedHeaders: ["Content-Type", "Authorization", "X-Curator"],
    maxAge: 600,
  });
}
