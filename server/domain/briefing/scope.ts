// Gathers what a briefing covers from a GraphStore: subjects, their direct facts, the 2-hop context and focus paths.
import type { GraphStore } from "../../store/graph-store.js";
import { InvalidArgumentError, NotFoundError } from "../errors.js";
import type { GraphEdge, GraphNode, GraphPath, NodeId, Source, Subgraph } from "../model.js";
import { compareIds } from "../ordering.js";

/** Enough for the seed many times over; beyond it the context says `truncated`. */
const NEIGHBOUR_LIMIT = 500;
const PATH_MAX_HOPS = 4;
/** Default focal entities: the nearest countries, at most this many. */
const DEFAULT_FOCUS_COUNT = 4;

export interface FocusResult {
  focus: GraphNode;
  from: GraphNode | null;
  path: GraphPath | null;
}

/** Everything a briefing is built from, already fetched: building it is then a pure function. */
export interface BriefingScope {
  kind: "entity" | "set" | "query";
  title: string;
  subjects: GraphNode[];
  /** The relationships touching a subject (for a query: every relationship it returned), by id. */
  facts: GraphEdge[];
  /** The 2-hop neighbourhood of the subjects. */
  context: Subgraph;
  /** Hops from the nearest subject, for every node of the context. */
  hops: Map<NodeId, number>;
  paths: FocusResult[];
  /** Every node a line may name: the context, path nodes beyond it, and those a claim is attributed to. */
  nodes: Map<NodeId, GraphNode>;
  sources: Map<string, Source>;
}

/** The request's shape once parsed: which entities, and which focal entities (null: the default). */
export interface ScopeRequest {
  kind: "entity" | "set";
  ids: NodeId[];
  focus: NodeId[] | null;
}

/**
 * Collect the scope of an entity or set briefing. Throws NotFoundError for an unknown subject and
 * InvalidArgumentError (parameter "focus") for an unknown focal entity.
 */
export async function collectScope(store: GraphStore, request: ScopeRequest): Promise<BriefingScope> {
  const subjects: GraphNode[] = [];
  const direct: Subgraph[] = [];
  const around: Subgraph[] = [];
  for (const id of request.ids) {
    const one = await store.neighbors(id, { depth: 1, limit: NEIGHBOUR_LIMIT, direction: "both" });
    if (!one) throw new NotFoundError(`briefing: entity "${id}" not found`, { id });
    const two = await store.neighbors(id, { depth: 2, limit: NEIGHBOUR_LIMIT, direction: "both" });
    subjects.push(one.nodes[0]!);
    direct.push(one);
    if (two) around.push(two);
  }
  const ids = new Set(request.ids);
  const facts = union(direct).edges.filter((e) => ids.has(e.source) || ids.has(e.target));
  const context = union(around);
  const hops = hopDistances(context, request.ids);
  const title = request.kind === "entity" ? subjects[0]!.name : subjects.map((s) => s.name).join(", ");
  const focusNodes = request.focus
    ? await resolveFocus(store, request.focus)
    : defaultFocus(context, hops, ids);
  const paths = await focusPaths(store, subjects, focusNodes);
  const pathEdges = paths.flatMap((p) => p.path?.edges ?? []);
  const nodes = await nodeIndex(
    store,
    [...context.nodes, ...subjects, ...paths.flatMap((p) => p.path?.nodes ?? [])],
    [...facts, ...pathEdges],
  );
  return {
    kind: request.kind,
    title,
    subjects,
    facts,
    context,
    hops,
    paths,
    nodes,
    sources: await sourceMap(store),
  };
}

/** The scope of a saved query's result: its nodes are the subjects, its relationships the facts. */
export async function scopeFromSubgraph(
  store: GraphStore,
  title: string,
  sub: Subgraph,
): Promise<BriefingScope> {
  const nodes = await nodeIndex(store, sub.nodes, sub.edges);
  // A query may return relationships without their end nodes; those ends belong to the briefing too.
  const ids = new Set([...sub.nodes.map((n) => n.id), ...sub.edges.flatMap((e) => [e.source, e.target])]);
  const subjects = [...ids].sort(compareIds).flatMap((id) => nodes.get(id) ?? []);
  const context = union([{ nodes: subjects, edges: sub.edges, truncated: sub.truncated }]);
  const hops = new Map(subjects.map((s) => [s.id, 0]));
  return {
    kind: "query",
    title,
    subjects,
    facts: context.edges,
    context,
    hops,
    paths: [],
    nodes,
    sources: await sourceMap(store),
  };
}

/** The given nodes, plus any node an edge ends at or attributes its claim to that is not among them yet. */
async function nodeIndex(
  store: GraphStore,
  known: GraphNode[],
  edges: GraphEdge[],
): Promise<Map<NodeId, GraphNode>> {
  const nodes = new Map(known.map((n) => [n.id, n]));
  const wanted = new Set<NodeId>();
  for (const edge of edges) {
    wanted.add(edge.source).add(edge.target);
    const attributed = edge.properties.attributedTo;
    if (Array.isArray(attributed)) for (const id of attributed) if (typeof id === "string") wanted.add(id);
  }
  for (const id of [...wanted].sort(compareIds)) {
    if (nodes.has(id)) continue;
    const node = await store.getNode(id);
    if (node) nodes.set(id, node);
  }
  return nodes;
}

async function sourceMap(store: GraphStore): Promise<Map<string, Source>> {
  return new Map((await store.sources()).map((s) => [s.id, s]));
}

async function resolveFocus(store: GraphStore, ids: NodeId[]): Promise<GraphNode[]> {
  const nodes: GraphNode[] = [];
  for (const id of ids) {
    const node = await store.getNode(id);
    if (!node)
      throw new InvalidArgumentError(`briefing: focus entity "${id}" not found`, { parameter: "focus", id });
    nodes.push(node);
  }
  return nodes;
}

/** The countries nearest the subjects, nearest first then by id: where a reader wants to see the route. */
function defaultFocus(context: Subgraph, hops: Map<NodeId, number>, subjects: Set<NodeId>): GraphNode[] {
  return context.nodes
    .filter((n) => n.type === "Country" && !subjects.has(n.id))
    .sort((a, b) => (hops.get(a.id) ?? 99) - (hops.get(b.id) ?? 99) || compareIds(a.id, b.id))
    .slice(0, DEFAULT_FOCUS_COUNT);
}

/** For each focal entity, the shortest path from any subject (ties: the earlier subject). */
async function focusPaths(
  store: GraphStore,
  subjects: GraphNode[],
  focus: GraphNode[],
): Promise<FocusResult[]> {
  const results: FocusResult[] = [];
  for (const target of focus) {
    let best: FocusResult = { focus: target, from: null, path: null };
    for (const subject of subjects) {
      const found = await store.paths(subject.id, target.id, { maxHops: PATH_MAX_HOPS, k: 1 });
      const path = found?.[0];
      if (path && (!best.path || path.edges.length < best.path.edges.length)) {
        best = { focus: target, from: subject, path };
      }
    }
    results.push(best);
  }
  return results;
}

/** Merge subgraphs: nodes and edges deduplicated and sorted by id, so the order never depends on the store. */
function union(parts: Subgraph[]): Subgraph {
  const nodes = new Map<NodeId, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const part of parts) {
    for (const node of part.nodes) nodes.set(node.id, node);
    for (const edge of part.edges) edges.set(edge.id, edge);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => compareIds(a.id, b.id)),
    edges: [...edges.values()].sort((a, b) => compareIds(a.id, b.id)),
    truncated: parts.some((p) => p.truncated),
  };
}

/** Breadth-first hop counts over the context, ignoring direction. */
function hopDistances(context: Subgraph, from: NodeId[]): Map<NodeId, number> {
  const adjacent = new Map<NodeId, NodeId[]>();
  for (const e of context.edges) {
    adjacent.set(e.source, [...(adjacent.get(e.source) ?? []), e.target]);
    adjacent.set(e.target, [...(adjacent.get(e.target) ?? []), e.source]);
  }
  const hops = new Map<NodeId, number>(from.map((id) => [id, 0]));
  let frontier = [...from];
  while (frontier.length > 0) {
    const next: NodeId[] = [];
    for (const node of frontier) {
      for (const other of adjacent.get(node) ?? []) {
        if (hops.has(other)) continue;
        hops.set(other, hops.get(node)! + 1);
        next.push(other);
      }
    }
    frontier = next;
  }
  return hops;
}
