// Weak ETags: the same value Express's default gives, and conditional GETs answered 304 from it.
import { get } from "node:http";
import etag from "etag";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { weakEtag } from "../../../server/http/etag.js";
import { startTestServer, type TestServer } from "../../helpers/http.js";

describe("weakEtag", () => {
  it("equals the etag package's weak tag, the one Express computed before, for empty, small and large bodies", () => {
    for (const body of ["", "{}", '{"name":"TSMC — 台積電"}', "x".repeat(100_000)]) {
      expect(weakEtag(body, "utf8")).toBe(etag(body, { weak: true }));
      expect(weakEtag(Buffer.from(body))).toBe(etag(Buffer.from(body), { weak: true }));
    }
  });

  it("differs when one byte of the body differs", () => {
    expect(weakEtag('{"a":1}')).not.toBe(weakEtag('{"a":2}'));
  });
});

describe("conditional GET", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("an unchanged answer is 304 with no body when its ETag comes back in If-None-Match", async () => {
    const first = await server.request("/api/nodes/tsmc/neighbors");
    const tag = first.headers.get("etag");
    expect(tag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
    expect(tag).toBe(etag(first.text, { weak: true }));
    const again = await conditionalGet(`${server.baseUrl}/api/nodes/tsmc/neighbors`, tag!);
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
  });

  it("a stale ETag gets the full answer", async () => {
    const response = await conditionalGet(
      `${server.baseUrl}/api/nodes/tsmc/neighbors`,
      'W/"5-qvTGHdzF6KLavt4PO0gs2a6pQ00"',
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text).nodes[0].id).toBe("tsmc");
  });
});

/**
 * A GET with If-None-Match through node:http: fetch() treats a hand-set If-None-Match as "bypass the cache"
 * and adds `Cache-Control: no-cache`, which rightly makes every server answer in full.
 */
function conditionalGet(url: string, tag: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "If-None-Match": tag } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    }).on("error", reject);
  });
}
