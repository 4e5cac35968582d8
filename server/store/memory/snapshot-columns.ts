// The snapshot's columnar layout: one array per field, edge ends as node indices, so a restore parses flat arrays, not a million objects.
import type { Evidence, GraphEdge, GraphExport, GraphNode, Properties, Source } from "../../domain/model.js";
import type { NodeType, RelType } from "../../domain/vocabulary.js";
import { storedAliases, storedEvidence, storedProperties, type MemoryGraph } from "./graph-types.js";

/** Values that are rare (aliases, properties, evidence) are stored sparse: the item indices, then the values. */
interface Sparse<T> {
  at: number[];
  values: T[];
}

export interface SnapshotColumns {
  nodeTypes: NodeType[];
  relTypes: RelType[];
  nodes: {
    ids: string[];
    /** Index into `nodeTypes`. */
    types: number[];
    names: string[];
    aliases: Sparse<string[]>;
    properties: Sparse<Properties>;
  };
  edges: {
    ids: string[];
    /** Index into `nodes.ids`. */
    sources: number[];
    targets: number[];
    /** Index into `relTypes`. */
    types: number[];
    properties: Sparse<Properties>;
    evidence: Sparse<Evidence[]>;
  };
  sources: Source[];
}

/** The columns of a graph export (which the store produced, so it is valid). */
export function toColumns(graph: GraphExport): SnapshotColumns {
  const nodeTypes = new Table<NodeType>();
  const relTypes = new Table<RelType>();
  const index = new Map<string, number>();
  const nodes: SnapshotColumns["nodes"] = {
    ids: [],
    types: [],
    names: [],
    aliases: sparse(),
    properties: sparse(),
  };
  graph.nodes.forEach((node, i) => {
    index.set(node.id, i);
    nodes.ids.push(node.id);
    nodes.types.push(nodeTypes.index(node.type));
    nodes.names.push(node.name);
    if (node.aliases.length) push(nodes.aliases, i, node.aliases);
    if (hasKeys(node.properties)) push(nodes.properties, i, node.properties);
  });
  const edges: SnapshotColumns["edges"] = {
    ids: [],
    sources: [],
    targets: [],
    types: [],
    properties: sparse(),
    evidence: sparse(),
  };
  graph.edges.forEach((edge, i) => {
    edges.ids.push(edge.id);
    edges.sources.push(index.get(edge.source)!);
    edges.targets.push(index.get(edge.target)!);
    edges.types.push(relTypes.index(edge.type));
    if (hasKeys(edge.properties)) push(edges.properties, i, edge.properties);
    if (edge.evidence.length) push(edges.evidence, i, edge.evidence);
  });
  return { nodeTypes: nodeTypes.values, relTypes: relTypes.values, nodes, edges, sources: graph.sources };
}

/**
 * Add the columns' nodes and edges to an empty graph. The attribute objects come straight from the
 * parsed JSON, which nothing else holds, so they are not copied; absent ones are the shared empty values
 * (graph-types.ts), and each type is one string already (the type tables). Throws on columns that do not fit
 * together (lengths, indices): a checksummed file written by `toColumns` never does.
 */
export function fillGraph(graph: MemoryGraph, columns: SnapshotColumns): void {
  const { nodes, edges, nodeTypes, relTypes } = columns;
  const nodeAliases = unsparse(nodes.aliases, nodes.ids.length);
  const nodeProperties = unsparse(nodes.properties, nodes.ids.length);
  for (let i = 0; i < nodes.ids.length; i++) {
    graph.addNode(nodes.ids[i]!, {
      type: defined(nodeTypes[nodes.types[i]!]),
      name: defined(nodes.names[i]),
      aliases: storedAliases(nodeAliases[i]),
      properties: storedProperties(nodeProperties[i]),
    });
  }
  const edgeProperties = unsparse(edges.properties, edges.ids.length);
  const edgeEvidence = unsparse(edges.evidence, edges.ids.length);
  for (let i = 0; i < edges.ids.length; i++) {
    graph.addEdgeWithKey(
      edges.ids[i]!,
      defined(nodes.ids[edges.sources[i]!]),
      defined(nodes.ids[edges.targets[i]!]),
      {
        type: defined(relTypes[edges.types[i]!]),
        properties: storedProperties(edgeProperties[i]),
        evidence: storedEvidence(edgeEvidence[i]),
      },
    );
  }
}

/** The columns back as a graph export (in the order written, which is by id). */
export function toExport(columns: SnapshotColumns): GraphExport {
  const { nodes, edges, nodeTypes, relTypes } = columns;
  const nodeAliases = unsparse(nodes.aliases, nodes.ids.length);
  const nodeProperties = unsparse(nodes.properties, nodes.ids.length);
  const edgeProperties = unsparse(edges.properties, edges.ids.length);
  const edgeEvidence = unsparse(edges.evidence, edges.ids.length);
  return {
    nodes: nodes.ids.map((id, i): GraphNode => ({
      id,
      type: nodeTypes[nodes.types[i]!]!,
      name: nodes.names[i]!,
      aliases: nodeAliases[i] ?? [],
      properties: nodeProperties[i] ?? {},
    })),
    edges: edges.ids.map((id, i): GraphEdge => ({
      id,
      type: relTypes[edges.types[i]!]!,
      source: nodes.ids[edges.sources[i]!]!,
      target: nodes.ids[edges.targets[i]!]!,
      properties: edgeProperties[i] ?? {},
      evidence: edgeEvidence[i] ?? [],
    })),
    sources: columns.sources,
  };
}

/** Distinct values in first-seen order, each with its index. */
class Table<T> {
  readonly values: T[] = [];
  private readonly indices = new Map<T, number>();
  index(value: T): number {
    let i = this.indices.get(value);
    if (i === undefined) this.indices.set(value, (i = this.values.push(value) - 1));
    return i;
  }
}

function sparse<T>(): Sparse<T> {
  return { at: [], values: [] };
}

function push<T>(column: Sparse<T>, at: number, value: T): void {
  column.at.push(at);
  column.values.push(value);
}

function unsparse<T>(column: Sparse<T>, length: number): (T | undefined)[] {
  if (column.at.length !== column.values.length) throw new Error("a sparse column's lengths differ");
  const dense = new Array<T | undefined>(length);
  column.at.forEach((at, i) => (dense[at] = column.values[i]));
  return dense;
}

function hasKeys(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("a column is shorter than its ids or an index is out of range");
  return value;
}
