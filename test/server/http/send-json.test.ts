// sendJson: byte for byte and header for header the answer res.json gives, in fewer steps.
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Express } from "express";
import { describe, expect, it } from "vitest";
import { weakEtag } from "../../../server/http/etag.js";
import { sendJson } from "../../../server/http/send-json.js";

interface Raw {
  status: number;
  headers: string[];
  body: string;
}

/** Status, headers in wire order (without Date) and body of one request. */
async function fetchRaw(app: Express, method: string, path: string, headers: Record<string, string> = {}) {
  const server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<Raw>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
        let body = "";
        res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
        res.on("end", () => {
          const lines: string[] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2)
            if (res.rawHeaders[i] !== "Date") lines.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
          resolve({ status: res.statusCode ?? 0, headers: lines, body });
        });
      });
      req.on("error", reject);
      req.end();
    });
  } finally {
    server.close();
  }
}

/** Two apps set up alike, one answering with res.json, one with sendJson. */
function apps(value: unknown, setup: (app: Express) => void = () => {}) {
  const make = (send: (res: express.Response) => void) => {
    const app = express();
    app.set("etag", weakEtag);
    setup(app);
    app.get("/v", (_req, res) => send(res));
    return app;
  };
  return { viaJson: make((res) => res.json(value)), viaSendJson: make((res) => sendJson(res, value)) };
}

const VALUES: unknown[] = [
  { nodes: [{ id: "tsmc", name: "TSMC — 台積電", aliases: ["\ud800 lone surrogate"] }], edges: [] },
  {},
  [],
  "text",
  0,
  null,
];

describe("sendJson", () => {
  it("answers GET exactly as res.json does: status, headers in order, body", async () => {
    for (const value of VALUES) {
      const { viaJson, viaSendJson } = apps(value);
      expect(await fetchRaw(viaSendJson, "GET", "/v")).toEqual(await fetchRaw(viaJson, "GET", "/v"));
    }
  });

  it("answers HEAD, a matching If-None-Match (304) and a stale one exactly as res.json does", async () => {
    const value = VALUES[0];
    const { viaJson, viaSendJson } = apps(value);
    const tag = (await fetchRaw(viaJson, "GET", "/v")).headers.find((h) => h.startsWith("ETag: "))!.slice(6);
    for (const [method, headers] of [
      ["HEAD", {}],
      ["GET", { "if-none-match": tag }],
      ["HEAD", { "if-none-match": tag }],
      ["GET", { "if-none-match": 'W/"1-xyz"' }],
    ] as const) {
      const expected = await fetchRaw(viaJson, method, "/v", headers);
      expect(await fetchRaw(viaSendJson, method, "/v", headers)).toEqual(expected);
    }
    expect((await fetchRaw(viaSendJson, "GET", "/v", { "if-none-match": tag })).status).toBe(304);
  });

  it("follows the app's settings by handing over to res.json: JSON spaces, no ETag", async () => {
    for (const setup of [
      (app: Express) => app.set("json spaces", 2),
      (app: Express) => app.set("etag", false),
    ]) {
      const { viaJson, viaSendJson } = apps(VALUES[0], setup);
      expect(await fetchRaw(viaSendJson, "GET", "/v")).toEqual(await fetchRaw(viaJson, "GET", "/v"));
    }
  });
});
