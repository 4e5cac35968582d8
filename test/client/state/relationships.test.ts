// Grouping of a node's relationships for the inspector, and their direction-aware labels.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import { relationshipLabel, relTypeText } from "../../../client/src/state/relationship-labels.js";
import { groupRelationships } from "../../../client/src/state/relationships.js";

const node = (id: string, name: string, type: GraphNode["type"] = "Company"): GraphNode => ({
  id,
  name,
  type,
  aliases: [],
  properties: {},
});
const edge = (id: string, type: GraphEdge["type"], source: string, target: string): GraphEdge => ({
  id,
  type,
  source,
  target,
  properties: {},
  evidence: [],
});

const nodes = new Map(
  [
    node("japan", "Japan", "Country"),
    node("tsmc", "TSMC"),
    node("micron", "Micron"),
    node("us", "United States", "Country"),
  ].map((n) => [n.id, n] as const),
);

describe("relationshipLabel", () => {
  it("points outgoing labels right and incoming labels left", () => {
    expect(relationshipLabel("FUNDS", "out")).toBe("Funds →");
    expect(relationshipLabel("FUNDS", "in")).toBe("← Funded by");
  });

  it("humanises a type it does not know", () => {
    expect(relationshipLabel("SUES", "in")).toBe("← Sues");
    expect(relTypeText("HALTED_SUPPLY_TO")).toBe("halted supply to");
  });
});

describe("groupRelationships", () => {
  it("groups by type and direction, outgoing first, in vocabulary order", () => {
    const groups = groupRelationships(
      "japan",
      [
        edge("e1", "PARTNERS_WITH", "japan", "us"),
        edge("e2", "FUNDS", "japan", "tsmc"),
        edge("e3", "FUNDS", "japan", "micron"),
        edge("e4", "PRESSURES", "us", "japan"),
      ],
      nodes,
    );
    expect(groups.map((g) => g.label)).toEqual(["Funds →", "Partners with →", "← Pressured by"]);
    expect(groups[0]!.items.map((i) => i.counterpart.name)).toEqual(["Micron", "TSMC"]);
  });

  it("ignores edges that do not touch the node", () => {
    const groups = groupRelationships("japan", [edge("e1", "FUNDS", "us", "tsmc")], nodes);
    expect(groups).toEqual([]);
  });

  it("names a counterpart the server did not send by its id", () => {
    const [group] = groupRelationships("japan", [edge("e1", "MEMBER_OF", "japan", "nato")], nodes);
    expect(group!.items[0]!.counterpart).toEqual({ id: "nato", name: "nato", type: null });
  });
});
