// Response headers for every answer: helmet with a CSP the client runs under, and CORS only for an allow-list.
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

/** helmet's defaults (nosniff, frame and referrer policies, …) with the CSP above. */
export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES } });
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
