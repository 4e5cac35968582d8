// Turns relationships into fact lines: the subject's side, the counterpart, the amount, the date and the citations.
import type { GraphEdge, GraphNode, NodeId, Properties } from "../model.js";
import type { CitationRegistry } from "./citations.js";
import { factDate } from "./dates.js";
import { relLabel } from "./labels.js";
import { formatMoney } from "./money-format.js";
import type { BriefEntity, FactLine, Money } from "./types.js";

export function entity(node: GraphNode): BriefEntity {
  return { id: node.id, name: node.name, type: node.type };
}

/** The money stated in a set of properties: an amount with its currency, and a USD figure only if given. */
export function moneyOf(properties: Properties, recordedOn: Money["recordedOn"]): Money | null {
  const { amount, currency, amountUsd } = properties;
  if (
    typeof amount !== "number" ||
    !Number.isFinite(amount) ||
    typeof currency !== "string" ||
    currency === ""
  )
    return null;
  const usd = typeof amountUsd === "number" && Number.isFinite(amountUsd) ? amountUsd : null;
  return {
    amount,
    currency,
    label: formatMoney(amount, currency),
    amountUsd: usd,
    amountUsdLabel: usd === null ? null : formatMoney(usd, "USD"),
    recordedOn,
  };
}

/**
 * The money a relationship carries: its own amount, or else the amount of the Funding entity at
 * its other end, since the seed records a sum once, as an entity several parties point at.
 */
export function edgeMoney(
  edge: GraphEdge,
  subjectId: NodeId | null,
  nodes: ReadonlyMap<NodeId, GraphNode>,
): Money | null {
  const own = moneyOf(edge.properties, "relationship");
  if (own) return own;
  const other = nodes.get(edge.source === subjectId ? edge.target : edge.source);
  return other?.type === "Funding" && other.id !== subjectId ? moneyOf(other.properties, "funding") : null;
}

/**
 * Which subject a relationship is told from: the one it touches, the source when it touches two
 * (or none, as in a saved query's result), so every relationship is told exactly once.
 */
export function subjectSide(edge: GraphEdge, subjects: ReadonlySet<NodeId>): "out" | "in" {
  return subjects.has(edge.source) || !subjects.has(edge.target) ? "out" : "in";
}

/** Builds fact lines, asking the registry for citations each time, so numbering follows reading order. */
export class FactLines {
  constructor(
    readonly nodes: ReadonlyMap<NodeId, GraphNode>,
    private readonly subjects: ReadonlySet<NodeId>,
    private readonly registry: CitationRegistry,
  ) {}

  /** The money of a fact as told from its subject's side (see `edgeMoney`), without citing anything. */
  money(edge: GraphEdge): Money | null {
    const subjectId = subjectSide(edge, this.subjects) === "out" ? edge.source : edge.target;
    return edgeMoney(edge, subjectId, this.nodes);
  }

  line(edge: GraphEdge, direction: "out" | "in" = subjectSide(edge, this.subjects)): FactLine {
    const [subjectId, counterpartId] =
      direction === "out" ? [edge.source, edge.target] : [edge.target, edge.source];
    const certainty = edge.properties.certainty;
    const attributed = edge.properties.attributedTo;
    return {
      edgeId: edge.id,
      relType: edge.type,
      direction,
      label: relLabel(edge.type, direction),
      subject: this.entityOf(subjectId),
      counterpart: this.entityOf(counterpartId),
      amount: edgeMoney(edge, subjectId, this.nodes),
      date: factDate(edge.properties),
      certainty: typeof certainty === "string" && certainty !== "fact" ? certainty : null,
      attributedTo: Array.isArray(attributed)
        ? attributed.filter((id): id is string => typeof id === "string").map((id) => this.entityOf(id))
        : [],
      citations: this.registry.cite(edge),
    };
  }

  private entityOf(id: NodeId): BriefEntity {
    const node = this.nodes.get(id);
    // The scope fetches every node a line can name; an id alone still reads better than a crash.
    return node ? entity(node) : { id, name: id, type: "Place" };
  }
}
