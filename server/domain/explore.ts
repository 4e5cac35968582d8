// Exploration use cases over any GraphStore: what the API answers, with "not found" decided here, not in routes.
import type {
  GraphStore,
  NeighborOptions,
  PathOptions,
  SearchOptions,
  StoreInfo,
  SubgraphOptions,
} from "../store/graph-store.js";
import { NotFoundError } from "./errors.js";
import { nodeTypes, relTypes } from "./vocabulary.js";
import type {
  Degree,
  GraphExport,
  GraphNode,
  GraphPath,
  ScoredNode,
  SchemaSummary,
  Source,
  Subgraph,
} from "./model.js";

export type Health = { status: "ok" } & StoreInfo;

/** The store's kind, version and counts; StoreUnavailableError propagates when it cannot be reached. */
export async function health(store: GraphStore): Promise<Health> {
  return { status: "ok", ...(await store.info()) };
}

export async function search(
  store: GraphStore,
  query: string,
  options: SearchOptions,
): Promise<{ results: ScoredNode[] }> {
  return { results: await store.search(query, options) };
}

/** A node and its degree. @throws NotFoundError naming the id. */
export async function describeNode(
  store: GraphStore,
  id: string,
): Promise<{ node: GraphNode; degree: Degree }> {
  const [node, degree] = await Promise.all([store.getNode(id), store.degree(id)]);
  if (!node || !degree) throw nodeNotFound(id);
  return { node, degree };
}

/** The neighbourhood of a node. @throws NotFoundError naming the id. */
export async function expand(store: GraphStore, id: string, options: NeighborOptions): Promise<Subgraph> {
  const subgraph = await store.neighbors(id, options);
  if (!subgraph) throw nodeNotFound(id);
  return subgraph;
}

/** The nodes among `ids` that exist and the edges among them; unknown ids are simply absent. */
export async function inducedSubgraph(
  store: GraphStore,
  ids: string[],
  options: SubgraphOptions,
): Promise<Subgraph> {
  return store.subgraph(ids, options);
}

/** Shortest paths between two nodes. @throws NotFoundError naming the end(s) that do not exist. */
export async function findPaths(
  store: GraphStore,
  from: string,
  to: string,
  options: PathOptions,
): Promise<{ paths: GraphPath[] }> {
  const paths = await store.paths(from, to, options);
  if (paths) return { paths };
  // The store only says "an end is missing"; look which, so the message can name it.
  const [fromNode, toNode] = await Promise.all([store.getNode(from), store.getNode(to)]);
  const missing: Record<string, string> = {};
  if (!fromNode) missing.from = from;
  if (!toNode) missing.to = to;
  const described = Object.entries(missing).map(
    ([end, id]) => `${end}: node ${JSON.stringify(id)} not found`,
  );
  // Both ends found means a node vanished between the two reads: still "not found", for the one asked about.
  throw new NotFoundError(described.join("; ") || `no path: an end of ${from} → ${to} is gone`, { missing });
}

export async function schema(store: GraphStore): Promise<SchemaSummary> {
  return store.schema();
}

export async function sources(store: GraphStore): Promise<{ sources: Source[] }> {
  return { sources: await store.sources() };
}

export async function exportGraph(store: GraphStore): Promise<GraphExport> {
  return store.exportAll();
}

function nodeNotFound(id: string): NotFoundError {
  return new NotFoundError(`node ${JSON.stringify(id)} not found`, { id });
}

/** The entity and relationship types this server accepts: the built-in vocabulary plus configured extras. */
export function vocabulary(): { nodeTypes: string[]; relTypes: string[] } {
  return { nodeTypes: [...nodeTypes()], relTypes: [...relTypes()] };
}
