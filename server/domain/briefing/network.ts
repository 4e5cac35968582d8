// The network-context section: the neighbourhood in numbers, the most central neighbours and focus paths.
import type { GraphEdge, GraphNode, NodeId } from "../model.js";
import { countByType } from "../ordering.js";
import { topRanked } from "./centrality.js";
import { entity, type FactLines } from "./facts.js";
import type { BriefingScope } from "./scope.js";
import type { FocusPath, NetworkNumbers, NetworkSection } from "./types.js";

const CENTRAL_COUNT = 5;

/** `scores` is the PageRank of the context, computed once and shared with the summary. */
export function networkSection(
  scope: BriefingScope,
  scores: Map<NodeId, number>,
  lines: FactLines,
): NetworkSection {
  const subjects = new Set(scope.subjects.map((s) => s.id));
  const byId = new Map(scope.context.nodes.map((n) => [n.id, n]));
  const oneHopIds = new Set(
    scope.facts.flatMap((e) => [e.source, e.target]).filter((id) => !subjects.has(id)),
  );
  const central = topRanked(scores, CENTRAL_COUNT, subjects).map((id) => ({
    ...entity(byId.get(id)!),
    score: scores.get(id)!,
    hops: scope.hops.get(id) ?? 0,
  }));
  return {
    oneHop: numbers([...oneHopIds].map((id) => byId.get(id)).filter(isNode), scope.facts),
    twoHop: numbers(
      scope.context.nodes.filter((n) => !subjects.has(n.id)),
      scope.context.edges,
    ),
    truncated: scope.context.truncated,
    central,
    paths: scope.paths.map((result): FocusPath => {
      const steps = result.path?.edges.map((edge, i) => pathStep(edge, result.path!.nodes[i]!, lines)) ?? [];
      return {
        focus: entity(result.focus),
        from: result.from ? entity(result.from) : null,
        hops: result.path ? result.path.edges.length : null,
        steps,
      };
    }),
  };
}

/** A path step reads from the node the walk is at, whichever way the relationship points. */
function pathStep(edge: GraphEdge, at: GraphNode, lines: FactLines) {
  return lines.line(edge, edge.source === at.id ? "out" : "in");
}

function numbers(nodes: GraphNode[], edges: GraphEdge[]): NetworkNumbers {
  return {
    entities: nodes.length,
    relationships: edges.length,
    byType: countByType(nodes.map((n) => n.type)),
  };
}

function isNode(node: GraphNode | undefined): node is GraphNode {
  return node !== undefined;
}
