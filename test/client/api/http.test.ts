// The fetch wrapper: URLs, JSON, and errors that carry the server's code.
import { describe, expect, it } from "vitest";
import { ApiError } from "../../../client/src/api/api-error.js";
import { createApi } from "../../../client/src/api/explorer-api.js";
import { buildUrl, getJson, type FetchLike } from "../../../client/src/api/http.js";

const answer =
  (status: number, body: unknown): FetchLike =>
  async () =>
    new Response(typeof body === "string" ? body : JSON.stringify(body), { status });

describe("buildUrl", () => {
  it("joins lists with commas and leaves out empty values", () => {
    expect(
      buildUrl("", "/api/search", {
        q: "tsmc",
        limit: 8,
        types: ["Company", "Country"],
        x: undefined,
        y: "",
      }),
    ).toBe("/api/search?q=tsmc&limit=8&types=Company%2CCountry");
  });
});

describe("getJson", () => {
  it("returns the parsed body of a successful answer", async () => {
    expect(await getJson(answer(200, { ok: 1 }), "/x")).toEqual({ ok: 1 });
  });

  it("rejects with the server's code and message", async () => {
    const error = await getJson(
      answer(404, { error: { code: "not_found", message: 'node "x" not found' } }),
      "/x",
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "not_found", message: 'node "x" not found', status: 404 });
  });

  it("rejects with code network when the server cannot be reached", async () => {
    const down: FetchLike = async () => {
      throw new TypeError("fetch failed");
    };
    await expect(getJson(down, "/x")).rejects.toMatchObject({ code: "network", status: 0 });
  });

  it("rejects with code bad_response for a body that is not JSON", async () => {
    await expect(getJson(answer(502, "<html>Bad gateway</html>"), "/x")).rejects.toMatchObject({
      code: "bad_response",
    });
  });
});

describe("createApi", () => {
  it("loads the initial view from /api/overview, with its totals, and encodes node ids", async () => {
    const urls: string[] = [];
    const api = createApi(async (url) => {
      urls.push(url);
      return new Response(
        JSON.stringify({ nodes: [], edges: [], truncated: true, nodeCount: 4000, edgeCount: 20000 }),
      );
    });
    expect(await api.loadGraph()).toEqual({
      nodes: [],
      edges: [],
      truncated: true,
      nodeCount: 4000,
      edgeCount: 20000,
    });
    await api.neighbors("a/b", { depth: 1, limit: 5 });
    expect(urls).toEqual(["/api/overview", "/api/nodes/a%2Fb/neighbors?depth=1&limit=5&direction=both"]);
  });

  it("keeps the whole JSON export for the export panel", async () => {
    const urls: string[] = [];
    const api = createApi(async (url) => {
      urls.push(url);
      return new Response(JSON.stringify({ nodes: [], edges: [], sources: [] }));
    });
    expect(await api.exportGraph()).toEqual({ nodes: [], edges: [] });
    expect(urls).toEqual(["/api/export?format=json"]);
  });
});
