// Weak ETags for response bodies, the same value Express's default computes, with a one-shot hash.
import { hash } from "node:crypto";

/**
 * `W/"<byte length in hex>-<first 27 base64 characters of the body's SHA-1>"`, exactly what Express's
 * default "weak" ETag (the `etag` package) gives, so conditional requests keep working unchanged. The
 * one-shot `crypto.hash` skips the Hash object the package builds for every response: measurable on a
 * small JSON answer, where it was a sixth of the route's own cost.
 * @example app.set("etag", weakEtag)
 */
export function weakEtag(body: Buffer | string, encoding?: BufferEncoding): string {
  // A UTF-8 string is hashed as it is (crypto.hash reads strings as UTF-8): no copy into a Buffer first.
  const bytes =
    typeof body === "string" && encoding !== undefined && encoding !== "utf8" && encoding !== "utf-8"
      ? Buffer.from(body, encoding)
      : body;
  const length = typeof bytes === "string" ? Buffer.byteLength(bytes, "utf8") : bytes.length;
  if (length === 0) return 'W/"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"';
  return `W/"${length.toString(16)}-${hash("sha1", bytes, "base64").slice(0, 27)}"`;
}
