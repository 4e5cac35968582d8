// Merging an expanded neighbourhood into what is drawn: what is new, and where new nodes go (pure).
import type { GraphEdge, GraphNode, NodeId, Subgraph } from "../../../server/domain/model.js";

export interface Present {
  hasNode(id: NodeId): boolean;
  hasEdge(id: string): boolean;
}

export interface Additions {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * What a subgraph adds to the canvas: nodes not yet drawn (first occurrence wins) and edges not yet
 * drawn whose both ends will be present. Existing nodes are never replaced, so their positions stay.
 */
export function planAdditions(present: Present, sub: Pick<Subgraph, "nodes" | "edges">): Additions {
  const nodes: GraphNode[] = [];
  const added = new Set<NodeId>();
  for (const node of sub.nodes) {
    if (present.hasNode(node.id) || added.has(node.id)) continue;
    added.add(node.id);
    nodes.push(node);
  }
  const has = (id: NodeId) => added.has(id) || present.hasNode(id);
  const seenEdges = new Set<string>();
  const edges = sub.edges.filter((edge) => {
    if (present.hasEdge(edge.id) || seenEdges.has(edge.id)) return false;
    seenEdges.add(edge.id);
    return has(edge.source) && has(edge.target);
  });
  return { nodes, edges };
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Positions for new nodes on a ring around `center`, evenly spaced from a per-node angle offset so
 * two expansions of the same node do not stack their nodes. Deterministic: same input, same output.
 */
export function placeAround(center: Point, ids: readonly NodeId[], radius: number): Map<NodeId, Point> {
  const positions = new Map<NodeId, Point>();
  const offset = (hash(ids.join("|")) % 360) * (Math.PI / 180);
  ids.forEach((id, i) => {
    const angle = offset + (2 * Math.PI * i) / Math.max(ids.length, 1);
    // A slight radial stagger keeps labels of neighbours on a crowded ring from lining up.
    const r = radius * (i % 2 === 0 ? 1 : 1.25);
    positions.set(id, { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) });
  });
  return positions;
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}
