// The search combobox's producers: typing, stale answers, keyboard movement and choosing.
import { describe, expect, it } from "vitest";
import type { ScoredNode } from "../../../server/domain/model.js";
import {
  chosenResult,
  closeSearch,
  initialSearch,
  moveActive,
  receiveError,
  receiveResults,
  typeQuery,
} from "../../../client/src/state/search-state.js";

const hit = (id: string): ScoredNode => ({
  id,
  name: id.toUpperCase(),
  type: "Company",
  aliases: [],
  properties: {},
  score: 1,
});

describe("search state", () => {
  it("starts a request and opens the list when the user types", () => {
    const s = typeQuery(initialSearch, "ts");
    expect(s).toMatchObject({ query: "ts", status: "loading", open: true, requestId: 1 });
  });

  it("closes and clears for an empty query", () => {
    const s = typeQuery(receiveResults(typeQuery(initialSearch, "ts"), 1, [hit("tsmc")]), "  ");
    expect(s).toMatchObject({ status: "idle", open: false, results: [] });
  });

  it("drops answers to superseded requests", () => {
    const first = typeQuery(initialSearch, "t");
    const second = typeQuery(first, "ts");
    expect(receiveResults(second, first.requestId, [hit("toyota")])).toBe(second);
    expect(receiveResults(second, second.requestId, [hit("tsmc")]).results.map((r) => r.id)).toEqual([
      "tsmc",
    ]);
  });

  it("reports no results as ready with an empty list, still open", () => {
    const s = receiveResults(typeQuery(initialSearch, "zzz"), 1, []);
    expect(s).toMatchObject({ status: "ready", results: [], open: true, activeIndex: -1 });
  });

  it("keeps the error message of a failed search", () => {
    const s = receiveError(typeQuery(initialSearch, "x"), 1, "store unavailable");
    expect(s).toMatchObject({ status: "error", error: "store unavailable", open: true });
  });

  it("moves the highlight with the arrows, wrapping at both ends", () => {
    const s = receiveResults(typeQuery(initialSearch, "t"), 1, [hit("a"), hit("b"), hit("c")]);
    expect(s.activeIndex).toBe(0);
    expect(moveActive(s, 1).activeIndex).toBe(1);
    expect(moveActive(s, -1).activeIndex).toBe(2);
    expect(moveActive(moveActive(moveActive(s, 1), 1), 1).activeIndex).toBe(0);
  });

  it("reopens a closed list on an arrow key", () => {
    const s = closeSearch(receiveResults(typeQuery(initialSearch, "t"), 1, [hit("a"), hit("b")]));
    expect(s.open).toBe(false);
    expect(moveActive(s, -1)).toMatchObject({ open: true, activeIndex: 1 });
  });

  it("chooses the highlighted result, and nothing while a newer query is loading", () => {
    const ready = moveActive(receiveResults(typeQuery(initialSearch, "t"), 1, [hit("a"), hit("b")]), 1);
    expect(chosenResult(ready)?.id).toBe("b");
    expect(chosenResult(typeQuery(ready, "tx"))).toBeNull();
  });
});
