// Who may write: every write route × {no token, wrong token, token in the query string, right token}, the loopback rule, 415s.
import { afterEach, describe, expect, it } from "vitest";
import { expectError, startTestServer, type TestServer } from "../../helpers/http.js";

const TOKEN = "curation-token-0123456789abcdef";
const EVIDENCE = [{ sourceId: "src-register", locator: "para 3", note: "they partner" }];

interface WriteCase {
  method: string;
  path: string;
  body?: unknown;
  ok: number;
}

const WRITES: WriteCase[] = [
  { method: "POST", path: "/api/nodes", body: { type: "Company", name: "IBM" }, ok: 201 },
  { method: "PATCH", path: "/api/nodes/riken", body: { name: "RIKEN" }, ok: 200 },
  { method: "DELETE", path: "/api/nodes/riken", ok: 200 },
  {
    method: "POST",
    path: "/api/edges",
    body: { type: "PARTNERS_WITH", source: "riken", target: "rapidus", evidence: EVIDENCE },
    ok: 201,
  },
  { method: "PATCH", path: "/api/edges/e05", body: { properties: { topic: "chips" } }, ok: 200 },
  { method: "DELETE", path: "/api/edges/e05", ok: 200 },
  { method: "POST", path: "/api/merge", body: { keep: "kioxia", merge: "rapidus" }, ok: 200 },
];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function send(s: TestServer, c: WriteCase, headers: Record<string, string> = {}, query = "") {
  return s.request(`${c.path}${query}`, {
    method: c.method,
    headers: { ...(c.body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: c.body === undefined ? undefined : JSON.stringify(c.body),
  });
}

describe("write access with API_TOKEN set", () => {
  for (const c of WRITES) {
    describe(`${c.method} ${c.path}`, () => {
      it("→ 401 without a token, and changes nothing", async () => {
        server = await startTestServer({ config: { API_TOKEN: TOKEN } });
        const before = await server.store.exportAll();
        expectError(await send(server, c), 401, "unauthorized", "Authorization: Bearer");
        expect(await server.store.exportAll()).toEqual(before);
      });

      it("→ 401 with a wrong token", async () => {
        server = await startTestServer({ config: { API_TOKEN: TOKEN } });
        expectError(
          await send(server, c, { authorization: `Bearer ${TOKEN}-wrong` }),
          401,
          "unauthorized",
          "not valid",
        );
      });

      it("→ 401 with the right token in the query string, even beside a valid header", async () => {
        server = await startTestServer({ config: { API_TOKEN: TOKEN } });
        const before = await server.store.exportAll();
        const res = await send(server, c, { authorization: `Bearer ${TOKEN}` }, `?token=${TOKEN}`);
        expectError(res, 401, "unauthorized", "query string");
        expect(await server.store.exportAll()).toEqual(before);
      });

      it(`→ ${c.ok} with the right bearer token, and records who did it`, async () => {
        server = await startTestServer({ config: { API_TOKEN: TOKEN } });
        const res = await send(server, c, { authorization: `Bearer ${TOKEN}`, "x-curator": "Ada" });
        expect(res.status, res.text).toBe(c.ok);
        const [latest] = await server.store.readAudit({ limit: 1 });
        expect(latest).toMatchObject({ actor: "Ada (token)" });
      });
    });
  }

  it("keeps reads open without a token", async () => {
    server = await startTestServer({ config: { API_TOKEN: TOKEN } });
    expect((await server.request("/api/nodes/japan")).status).toBe(200);
    expect((await server.request("/api/audit")).status).toBe(200);
    expect((await server.request("/api/duplicates")).status).toBe(200);
  });
});

describe("write access without API_TOKEN", () => {
  it("allows writes while the server listens on loopback", async () => {
    server = await startTestServer({ config: { HOST: "127.0.0.1" } });
    const res = await send(server, WRITES[0]!);
    expect(res.status, res.text).toBe(201);
    expect((await server.store.readAudit({ limit: 1 }))[0]).toMatchObject({ actor: "loopback" });
  });

  for (const host of ["0.0.0.0", "192.168.1.20", "::"]) {
    it(`refuses every write with 403 on HOST=${host}, saying how to set API_TOKEN`, async () => {
      server = await startTestServer({ config: { HOST: host } });
      const before = await server.store.exportAll();
      for (const c of WRITES) expectError(await send(server, c), 403, "forbidden", "API_TOKEN", host);
      expect(await server.store.exportAll()).toEqual(before);
    });
  }
});

describe("cross-site writes", () => {
  it("→ 403 for a multipart post a browser marks cross-site, even on loopback without a token", async () => {
    server = await startTestServer({ config: { HOST: "127.0.0.1" } });
    const form = new FormData();
    form.set("file", new Blob(['{"nodes":[]}'], { type: "application/json" }), "x.json");
    const cases: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example" },
      { origin: "null" },
    ];
    for (const headers of cases) {
      const res = await server.request("/api/nodes", { method: "POST", headers, body: form });
      expectError(res, 403, "forbidden", "another site");
    }
  });

  it("accepts a write the browser marks same-origin", async () => {
    server = await startTestServer({ config: { HOST: "127.0.0.1" } });
    const res = await send(server, WRITES[0]!, { "sec-fetch-site": "same-origin", origin: server.baseUrl });
    expect(res.status, res.text).toBe(201);
  });
});

describe("write content types", () => {
  it("→ 415 for a form post (what a cross-site form could send)", async () => {
    server = await startTestServer({ config: { API_TOKEN: TOKEN } });
    const res = await server.request("/api/nodes", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Bearer ${TOKEN}` },
      body: "type=Company&name=Evil",
    });
    expectError(res, 415, "unsupported_media_type", "Content-Type", "application/json");
  });

  it("→ 415 for text/plain and for multipart on a JSON-only route", async () => {
    server = await startTestServer();
    for (const type of ["text/plain", "multipart/form-data; boundary=x"]) {
      const res = await server.request("/api/merge", {
        method: "POST",
        headers: { "content-type": type },
        body: "{}",
      });
      expectError(res, 415, "unsupported_media_type");
    }
  });
});
