// Unit tests for path sentences and the path picker state.
import { describe, expect, it } from "vitest";
import type { GraphPath } from "../../../server/domain/model.js";
import {
  activePathIds,
  noPaths,
  pathHops,
  pathSentence,
  receivePaths,
  setPathEnd,
} from "../../../client/src/state/paths.js";

const node = (id: string, name: string) => ({ id, name, type: "Organization", aliases: [], properties: {} });
const edge = (id: string, type: string, source: string, target: string) => ({
  id,
  type,
  source,
  target,
  properties: {},
  evidence: [{ sourceId: "s1", locator: "para 1", note: "n" }],
});
const path = {
  nodes: [node("japan", "Japan"), node("fund", "$550bn package"), node("tsmc", "TSMC")],
  edges: [edge("e1", "PLEDGES", "japan", "fund"), edge("e2", "BENEFITS_FROM", "tsmc", "fund")],
} as unknown as GraphPath;

describe("paths", () => {
  it("reads a path as a sentence, arrows following each edge's direction", () => {
    expect(pathSentence(path)).toBe("Japan → pledges → $550bn package ← benefits from ← TSMC");
  });

  it("lists each hop with its edge, for the evidence", () => {
    const hops = pathHops(path);
    expect(hops.map((h) => [h.from, h.verb, h.to, h.reversed])).toEqual([
      ["Japan", "pledges", "$550bn package", false],
      ["$550bn package", "benefits from", "TSMC", true],
    ]);
    expect(hops[0]!.edge.evidence).toHaveLength(1);
  });

  it("highlights the first path found and clears paths when an end changes", () => {
    const found = receivePaths(setPathEnd(setPathEnd(noPaths, "from", "japan"), "to", "tsmc"), [path]);
    expect(activePathIds(found)).toEqual({
      nodes: new Set(["japan", "fund", "tsmc"]),
      edges: new Set(["e1", "e2"]),
    });
    const changed = setPathEnd(found, "to", "usa");
    expect(changed.paths).toEqual([]);
    expect(activePathIds(changed)).toBeNull();
  });
});
