// jsonBody: express.json's answers for requests with a body, and no body-parser work for requests without one.
import { request } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonBody } from "../../../server/http/json-body.js";
import { startTestServer, type TestServer } from "../../helpers/http.js";

/** A request through node:http, which (unlike fetch) lets a GET carry a body. */
function send(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
    const req = request(`${baseUrl}${path}`, { method, headers: { ...length, ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("jsonBody", () => {
  /** A bare app answering with what the parser left in req.body, and whether the key exists. */
  function echoApp() {
    const app = express();
    app.use(jsonBody("1kb"));
    app.all("/echo", (req, res) => {
      res.json({ has: "body" in req, body: req.body as unknown });
    });
    return app;
  }

  it("leaves req.body undefined (but present, as body-parser does) on a request without a body", async () => {
    const server = echoApp().listen(0);
    const port = (server.address() as { port: number }).port;
    try {
      const response = await send(`http://127.0.0.1:${port}`, "GET", "/echo", {});
      expect(JSON.parse(response.text)).toEqual({ has: true });
    } finally {
      server.close();
    }
  });

  it("parses a JSON body, on any method, and refuses one over the limit", async () => {
    const server = echoApp().listen(0);
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const json = { "content-type": "application/json" };
    try {
      expect(JSON.parse((await send(base, "GET", "/echo", json, '{"a":1}')).text)).toEqual({
        has: true,
        body: { a: 1 },
      });
      expect((await send(base, "POST", "/echo", json, JSON.stringify({ a: "x".repeat(2000) }))).status).toBe(
        413,
      );
      // An empty body announced by Content-Length still goes through body-parser, which answers {}.
      expect(
        JSON.parse((await send(base, "POST", "/echo", { ...json, "content-length": "0" })).text),
      ).toEqual({
        has: true,
        body: {},
      });
    } finally {
      server.close();
    }
  });
});

describe("the API's JSON bodies", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());
  const json = { "content-type": "application/json" };

  it("GET /api/nodes/:id/neighbors with a malformed JSON body → 400 invalid_json, as before", async () => {
    const response = await send(server.baseUrl, "GET", "/api/nodes/tsmc/neighbors", json, "{bad");
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).error.code).toBe("invalid_json");
  });

  it("GET /api/nodes/:id/neighbors with a well-formed JSON body → 200: GETs ignore their body", async () => {
    const response = await send(server.baseUrl, "GET", "/api/nodes/tsmc/neighbors", json, '{"a":1}');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text).nodes[0].id).toBe("tsmc");
  });

  it("POST /api/nope with a malformed JSON body → 400 invalid_json: bodies are read before the 404", async () => {
    const response = await send(server.baseUrl, "POST", "/api/nope", json, "{bad");
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).error.code).toBe("invalid_json");
  });
});
