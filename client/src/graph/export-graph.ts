// GEXF, GraphML and JSON exports of a set of drawn nodes and edges, for Gephi, yEd, Cytoscape and scripts.
import { MultiDirectedGraph } from "graphology";
import writeGexf from "graphology-gexf/common/writer.js";
import { edgeColumns, nodeColumns, type ExportSet, type Flat } from "./export-data.js";
import { escapeXml, xmlSafe } from "./export-svg.js";

/** Columns with keys and text values XML can carry: graphology's GEXF writer escapes markup, not these. */
function xmlColumns(columns: Record<string, Flat>): Record<string, Flat> {
  return Object.fromEntries(
    Object.entries(columns).map(([k, v]) => [xmlSafe(k), typeof v === "string" ? xmlSafe(v) : v]),
  );
}

/** A plain graphology graph whose attributes are the export's columns plus viz (x, y, size, color). */
export function buildExportGraph(set: ExportSet): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const { node, x, y, size, color } of set.nodes) {
    graph.addNode(node.id, {
      label: xmlSafe(node.name),
      x,
      y,
      size,
      color,
      ...xmlColumns(nodeColumns(node)),
    });
  }
  for (const { edge, size, color } of set.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      label: edge.type,
      color,
      // GEXF's viz:thickness is the edge's drawn width; "weight" would change Gephi's statistics.
      thickness: size,
      ...xmlColumns(edgeColumns(edge)),
    });
  }
  return graph;
}

/** GEXF 1.3 with viz positions, colours and sizes, and typed attribute columns (Gephi opens it as is). */
export function toGexf(set: ExportSet): string {
  return writeGexf(buildExportGraph(set), { version: "1.3", pretty: true });
}

type GraphmlType = "boolean" | "double" | "string";

function typeOf(values: Flat[]): GraphmlType {
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  if (values.every((v) => typeof v === "number")) return "double";
  return "string";
}

/** Declared keys per element kind, typed from every value the column holds. */
function keysFor(
  kind: "node" | "edge",
  rows: Record<string, Flat>[],
): { name: string; id: string; type: GraphmlType }[] {
  const columns = new Map<string, Flat[]>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const list = columns.get(name);
      if (list) list.push(value);
      else columns.set(name, [value]);
    }
  }
  return [...columns].map(([name, values], i) => ({ name, id: `${kind[0]}${i}`, type: typeOf(values) }));
}

/** GraphML with typed `<key>` declarations; graphology has no GraphML writer, so this is ours. */
export function toGraphml(set: ExportSet): string {
  const graph = buildExportGraph(set);
  const nodeRows = graph.mapNodes((_id, a) => a as Record<string, Flat>);
  const edgeRows = graph.mapEdges((_id, a) => a as Record<string, Flat>);
  const nodeKeys = keysFor("node", nodeRows);
  const edgeKeys = keysFor("edge", edgeRows);
  const data = (keys: typeof nodeKeys, row: Record<string, Flat>) =>
    keys
      .filter((k) => row[k.name] !== undefined)
      .map((k) => `<data key="${k.id}">${escapeXml(String(row[k.name]))}</data>`)
      .join("");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map(
      (k) => `  <key id="${k.id}" for="node" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    ),
    ...edgeKeys.map(
      (k) => `  <key id="${k.id}" for="edge" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <graph edgedefault="directed">',
  ];
  graph.forEachNode((id, a) =>
    lines.push(`    <node id="${escapeXml(id)}">${data(nodeKeys, a as Record<string, Flat>)}</node>`),
  );
  graph.forEachEdge((id, a, source, target) =>
    lines.push(
      `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data(edgeKeys, a as Record<string, Flat>)}</edge>`,
    ),
  );
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n");
}

/** The API's own shape (`{nodes, edges}`) plus where each node is drawn, so it can be loaded back. */
export function toJson(set: ExportSet): string {
  return JSON.stringify(
    {
      nodes: set.nodes.map((n) => n.node),
      edges: set.edges.map((e) => e.edge),
      positions: Object.fromEntries(set.nodes.map((n) => [n.node.id, { x: n.x, y: n.y }])),
    },
    null,
    2,
  );
}
