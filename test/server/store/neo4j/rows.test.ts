// The fresh load's list rows hold exactly what the upsert's map rows hold, at the positions its Cypher reads.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../../server/domain/model.js";
import { createEdges, createNodes } from "../../../../server/store/neo4j/create-queries.js";
import {
  EDGE_COLUMNS,
  edgeCreateRow,
  edgeRow,
  NODE_COLUMNS,
  nodeCreateRow,
  nodeRow,
} from "../../../../server/store/neo4j/rows.js";

const node: GraphNode = {
  id: "tsmc-arizona",
  type: "Facility",
  name: "TSMC Arizona",
  aliases: ["Fab 21", "TSMC Phoenix"],
  properties: { capacityWafersPerMonth: 20000, nodes: ["4nm", "3nm"], note: null, name: "shadowed" },
};

const edge: GraphEdge = {
  id: "e-1",
  type: "OPERATES",
  source: "tsmc",
  target: "tsmc-arizona",
  properties: { since: 2024, confirmed: true, mixed: [1, "a"] },
  evidence: [{ sourceId: "s1", locator: "¶4", note: "Operates the Phoenix fab." }],
};

/** A list row read back as a property map the way the Cypher does: named columns, then the native copies. */
function asProps(row: unknown[], columns: Record<string, number>, skip: string[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, index] of Object.entries(columns)) if (!skip.includes(key)) props[key] = row[index];
  return { ...props, ...(row[columns["native"]!] as object) };
}

describe("nodeCreateRow", () => {
  it("holds the same stored properties as nodeRow, native copies included", () => {
    expect(asProps(nodeCreateRow(node), NODE_COLUMNS, ["native"])).toEqual(nodeRow(node).props);
  });

  it("keeps a property named like a store field out of the native copies", () => {
    const native = nodeCreateRow(node)[NODE_COLUMNS.native];
    expect(native).toEqual({ capacityWafersPerMonth: 20000, nodes: ["4nm", "3nm"] });
  });

  it("is read by createNodes at every column, the native copies last", () => {
    const cypher = createNodes("Facility");
    for (const [key, index] of Object.entries(NODE_COLUMNS))
      if (key !== "native") expect(cypher).toContain(`${key}: row[${index}]`);
    expect(cypher).toContain(`SET n += row[${NODE_COLUMNS.native}]`);
  });
});

describe("edgeCreateRow", () => {
  it("holds the same stored properties as edgeRow, and its ends", () => {
    const row = edgeCreateRow(edge);
    expect(asProps(row, EDGE_COLUMNS, ["source", "target", "native"])).toEqual(edgeRow(edge).props);
    expect([row[EDGE_COLUMNS.source], row[EDGE_COLUMNS.target]]).toEqual(["tsmc", "tsmc-arizona"]);
  });

  it("is read by createEdges at every column, the native copies last", () => {
    const cypher = createEdges("OPERATES");
    expect(cypher).toContain(`{id: row[${EDGE_COLUMNS.source}]}`);
    expect(cypher).toContain(`{id: row[${EDGE_COLUMNS.target}]}`);
    for (const key of ["id", "propertiesJson", "evidenceJson"] as const)
      expect(cypher).toContain(`${key}: row[${EDGE_COLUMNS[key]}]`);
    expect(cypher).toContain(`SET r += row[${EDGE_COLUMNS.native}]`);
  });
});
