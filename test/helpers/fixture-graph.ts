// A small, deterministic graph for store and API tests: fictional where convenient, shaped to exercise every rule.
import type { Evidence, GraphEdge, GraphExport, GraphNode, Source } from "../../server/domain/model.js";
import type { NodeType, RelType } from "../../server/domain/vocabulary.js";

/*
 * Shape (ids):
 *   japan ─PLEDGES→ fund-550bn ─CHANNELS_THROUGH→ jbic ─PART_OF→ japan      (a directed cycle)
 *   usa ─PRESSURES→ japan twice (e05, e06) and japan ─PARTNERS_WITH→ usa (e07): parallel edges
 *   japan ─FUNDS→ kioxia and kioxia ─LOCATED_IN→ japan: two edges, opposite directions
 *   three 3-hop routes japan → tsmc-arizona: via rapidus–tsmc, via usa–arizona, via usa–chips-act
 *   riken: isolated. socgen: accented name ("Société Générale").
 */

const node = (
  id: string,
  type: NodeType,
  name: string,
  aliases: string[] = [],
  properties = {},
): GraphNode => ({
  id,
  type,
  name,
  aliases,
  properties,
});

const cite = (sourceId: string, locator: string, note: string): Evidence => ({ sourceId, locator, note });

const edge = (
  id: string,
  source: string,
  type: RelType,
  target: string,
  properties: GraphEdge["properties"] = {},
  evidence: Evidence[] = [cite("src-register", "para 1", `${source} ${type} ${target}`)],
): GraphEdge => ({ id, type, source, target, properties, evidence });

const NODES: GraphNode[] = [
  node("japan", "Country", "Japan", ["Nippon"], { iso: "JP" }),
  node("usa", "Country", "United States", ["USA", "US", "United States of America"], { iso: "US" }),
  node("tsmc", "Company", "TSMC", ["Taiwan Semiconductor Manufacturing Company"], { founded: 1987 }),
  node("tsmc-arizona", "Facility", "TSMC Arizona fabs"),
  node("arizona", "Place", "Arizona"),
  node("kioxia", "Company", "Kioxia Corp.", ["Kioxia"]),
  node("socgen", "Company", "Société Générale", ["SocGen"], { fictionalRole: true }),
  node("jbic", "Institution", "Japan Bank for International Cooperation", ["JBIC"]),
  node("rapidus", "Company", "Rapidus"),
  node("chips-act", "Policy", "CHIPS Act", ["CHIPS and Science Act"]),
  node("fund-550bn", "Funding", "$550bn loans and guarantees", [], {
    amount: 550,
    unit: "bn",
    currency: "USD",
    instruments: ["loan", "guarantee"],
  }),
  node("riken", "Institution", "Riken"),
];

const EDGES: GraphEdge[] = [
  edge("e01", "japan", "PLEDGES", "fund-550bn", { date: "2025-07", datePrecision: "month" }, [
    cite("src-crypto", "para 1", "Japan commits the package"),
    cite("src-register", "para 2", "an earlier, smaller commitment"),
  ]),
  edge("e02", "fund-550bn", "CHANNELS_THROUGH", "jbic"),
  edge("e03", "jbic", "PART_OF", "japan"),
  edge("e04", "usa", "BENEFITS_FROM", "fund-550bn", { share: 0.9 }),
  edge("e05", "usa", "PRESSURES", "japan", { topic: "export controls" }),
  edge("e06", "usa", "PRESSURES", "japan", { topic: "tariffs" }),
  edge("e07", "japan", "PARTNERS_WITH", "usa"),
  edge("e08", "japan", "FUNDS", "rapidus", { amount: 350, currency: "JPY", unit: "bn" }),
  edge("e09", "japan", "FUNDS", "kioxia"),
  edge("e10", "kioxia", "LOCATED_IN", "japan"),
  edge("e11", "tsmc", "OPERATES", "tsmc-arizona"),
  edge("e12", "tsmc-arizona", "LOCATED_IN", "arizona"),
  edge("e13", "arizona", "PART_OF", "usa"),
  edge("e14", "chips-act", "FUNDS", "tsmc-arizona"),
  edge("e15", "chips-act", "PART_OF", "usa"),
  edge("e16", "socgen", "PARTNERS_WITH", "jbic"),
  edge("e17", "rapidus", "PARTNERS_WITH", "tsmc"),
];

const SOURCES: Source[] = [
  {
    id: "src-register",
    title: "A fixture article about chips",
    publisher: "The Register",
    published: "2022-11",
    datePrecision: "month",
    file: "000_54fda2c3e1affe7a.txt",
  },
  {
    id: "src-crypto",
    title: "A fixture article about funding",
    publisher: "Unnamed crypto-news site",
    published: "2025-08",
    datePrecision: "month",
  },
];

/** A fresh copy of the fixture graph (nodes, edges and sources each sorted by id, as exportAll returns them). */
export function fixtureGraph(): GraphExport {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return structuredClone({
    nodes: [...NODES].sort(byId),
    edges: [...EDGES].sort(byId),
    sources: [...SOURCES].sort(byId),
  });
}

/** The fixture node with this id (a copy); throws on a typo so tests fail loudly. */
export function fixtureNode(id: string): GraphNode {
  const found = NODES.find((n) => n.id === id);
  if (!found) throw new Error(`fixtureNode: no node "${id}" in the fixture`);
  return structuredClone(found);
}

/** The fixture edge with this id (a copy). */
export function fixtureEdge(id: string): GraphEdge {
  const found = EDGES.find((e) => e.id === id);
  if (!found) throw new Error(`fixtureEdge: no edge "${id}" in the fixture`);
  return structuredClone(found);
}

/** A Company node with this name and aliases and no properties: for tests about names and search. */
export function companyNode(id: string, name: string, aliases: string[] = []): GraphNode {
  return { id, type: "Company", name, aliases, properties: {} };
}
