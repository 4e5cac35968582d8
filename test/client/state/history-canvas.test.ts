// Unit tests for canvas snapshots and expansion bookkeeping (paging and collapse).
import { describe, expect, it } from "vitest";
import {
  collapseTargets,
  recordPage,
  sameSnapshot,
  snapshotOf,
} from "../../../client/src/state/history-canvas.js";

describe("history-canvas", () => {
  it("treats two snapshots of the same canvas as equal whatever the insertion order", () => {
    expect(sameSnapshot(snapshotOf(["b", "a"], ["e2", "e1"]), snapshotOf(["a", "b"], ["e1", "e2"]))).toBe(
      true,
    );
    expect(sameSnapshot(snapshotOf(["a"], []), snapshotOf(["a", "b"], []))).toBe(false);
  });

  it("advances the offset page by page and accumulates what the pages added", () => {
    const request = { relType: "FUNDS", direction: "out" as const, limit: 5 };
    const first = recordPage(undefined, { ...request, offset: 0 }, 5, true, ["a", "b"]);
    expect(first).toMatchObject({ nextOffset: 5, more: true, added: ["a", "b"] });
    const second = recordPage(first, { ...request, offset: 5 }, 3, false, ["c"]);
    expect(second).toMatchObject({ nextOffset: 8, more: false, added: ["a", "b", "c"] });
  });

  it("starts over when the type or direction changes", () => {
    const first = recordPage(undefined, { relType: null, direction: "both", limit: 5, offset: 0 }, 5, true, [
      "a",
    ]);
    const other = recordPage(
      first,
      { relType: "PLEDGES", direction: "both", limit: 5, offset: 0 },
      1,
      false,
      ["z"],
    );
    expect(other).toMatchObject({ relType: "PLEDGES", nextOffset: 1, added: ["z"] });
  });

  it("collapses what the expansion added, but never the anchor or nodes to keep", () => {
    const exp = recordPage(undefined, { relType: null, direction: "both", limit: 5, offset: 0 }, 3, false, [
      "a",
      "b",
      "x",
    ]);
    expect(collapseTargets(exp, "x", new Set(["b"]))).toEqual(["a"]);
    expect(collapseTargets(undefined, "x", new Set())).toEqual([]);
  });
});
