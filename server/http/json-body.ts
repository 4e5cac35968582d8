// express.json for the API, with requests that carry no body passed straight on (most API requests are GETs).
import express, { type RequestHandler } from "express";

/**
 * `express.json({ limit })`, answering exactly as it does, but a request without a body (no
 * Transfer-Encoding, no numeric Content-Length: body-parser's own `hasBody` test) only gets the
 * `req.body = undefined` body-parser would give it, without going through body-parser's reader. That
 * reader's checks (finished stream, body test, debug calls) were ~3% of a neighbourhood request's
 * server time (bench/changes/fifth-pass-expand.md). A GET that does carry a JSON body is still parsed,
 * and still refused when malformed, as before.
 * @example router.use(jsonBody("1mb"))
 */
export function jsonBody(limit: string): RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) => {
    const headers = req.headers;
    if (headers["transfer-encoding"] === undefined && isNaN(Number(headers["content-length"]))) {
      const request: object = req; // Express's type always declares `body`; body-parser adds it when absent
      if (!("body" in request)) req.body = undefined;
      next();
      return;
    }
    parse(req, res, next);
  };
}
