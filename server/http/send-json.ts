// res.json for the API's read routes: the same answer as Express's, built in fewer steps.
import type { Response } from "express";

/**
 * Sends `value` as JSON exactly as `res.json(value)` does in this app (same bytes, same headers in the same
 * order: Content-Type, Content-Length, ETag; the same 304 to a matching If-None-Match, no body for HEAD),
 * without the steps that only matter for other settings: Express sets and re-parses the Content-Type twice,
 * and copies the body into a Buffer to hash it, then writes header and body apart. Here the string is hashed
 * and handed to Node as it is (the app's ETag function takes strings, http/etag.ts). About 3-4% of a
 * neighbourhood request's server time (bench/changes/fifth-pass-expand.md).
 * Falls back to `res.json` whenever an Express setting that changes the answer is set (a JSON replacer,
 * spaces or escaping, a Content-Type already chosen) or the value does not serialise to a string.
 * @example sendJson(res, await explore.expand(store, id, options));
 */
export function sendJson(res: Response, value: unknown): void {
  const settings = res.app.settings as Record<string, unknown>;
  const body = JSON.stringify(value) as string | undefined;
  if (
    body === undefined ||
    settings["json replacer"] !== undefined ||
    settings["json spaces"] !== undefined ||
    settings["json escape"] ||
    res.getHeader("Content-Type") !== undefined
  ) {
    res.json(value);
    return;
  }
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  const length = Buffer.byteLength(body, "utf8");
  // Express's tests, header by header: an empty value counts as absent there too.
  if (!res.getHeader("Transfer-Encoding")) res.setHeader("Content-Length", String(length));
  const etagOf = settings["etag fn"];
  if (typeof etagOf === "function" && !res.getHeader("ETag")) {
    const etag = (etagOf as (body: string, encoding: BufferEncoding) => string | undefined)(body, "utf8");
    if (etag) res.setHeader("ETag", etag);
  }
  const req = res.req;
  if (req.fresh) res.status(304);
  if (res.statusCode === 204 || res.statusCode === 304) {
    res.removeHeader("Content-Type");
    res.removeHeader("Content-Length");
    res.removeHeader("Transfer-Encoding");
    res.end();
    return;
  }
  if (res.statusCode === 205) {
    res.setHeader("Content-Length", "0");
    res.removeHeader("Transfer-Encoding");
    res.end();
    return;
  }
  if (req.method === "HEAD") res.end();
  else res.end(body, "utf8");
}
