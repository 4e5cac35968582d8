// POST /api/positions from the client: the request it sends, and every failure falling back to "none".
import { describe, expect, it } from "vitest";
import { fetchPositions, MAX_POSITION_IDS } from "../../../client/src/api/positions.js";
import type { FetchLike } from "../../../client/src/api/http.js";

function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return new Response(typeof body === "string" ? body : JSON.stringify(body), { status });
  };
  return { fetchImpl, calls };
}

describe("fetchPositions", () => {
  it("POSTs the ids as JSON and returns ready positions", async () => {
    const { fetchImpl, calls } = fakeFetch(200, { status: "ready", positions: { a: [1, 2], b: [-3, 4.5] } });
    const answer = await fetchPositions(fetchImpl, ["a", "b"]);
    expect(answer).toEqual({ status: "ready", positions: { a: [1, 2], b: [-3, 4.5] } });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe("/api/positions");
    expect(calls[0]!.init?.method).toBe("POST");
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual({ ids: ["a", "b"] });
  });

  it("sends at most the route's 10,000 ids", async () => {
    const { fetchImpl, calls } = fakeFetch(200, { status: "computing", positions: {} });
    const ids = Array.from({ length: MAX_POSITION_IDS + 5 }, (_, i) => `n${i}`);
    expect((await fetchPositions(fetchImpl, ids)).status).toBe("computing");
    expect(JSON.parse(String(calls[0]!.init?.body)).ids).toHaveLength(MAX_POSITION_IDS);
  });

  it("drops malformed entries so no NaN reaches the graph", async () => {
    const { fetchImpl } = fakeFetch(200, {
      status: "ready",
      positions: { ok: [1, 1], short: [1], text: ["1", 2], nan: [null, 3] },
    });
    expect((await fetchPositions(fetchImpl, ["ok"])).positions).toEqual({ ok: [1, 1] });
  });

  it("answers none when the route is missing, the body is not JSON or the status is unknown", async () => {
    const missing = fakeFetch(404, { error: { code: "not_found", message: "no route" } });
    expect(await fetchPositions(missing.fetchImpl, ["a"])).toEqual({ status: "none", positions: {} });
    const html = fakeFetch(200, "<html>");
    expect((await fetchPositions(html.fetchImpl, ["a"])).status).toBe("none");
    const odd = fakeFetch(200, { status: "maybe", positions: {} });
    expect((await fetchPositions(odd.fetchImpl, ["a"])).status).toBe("none");
  });

  it("answers none without a request when there are no ids", async () => {
    const { fetchImpl, calls } = fakeFetch(200, { status: "ready", positions: {} });
    expect((await fetchPositions(fetchImpl, [])).status).toBe("none");
    expect(calls).toHaveLength(0);
  });
});
