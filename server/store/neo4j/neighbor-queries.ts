// Cypher of the one-statement reads: a depth-1 neighbourhood, and a set of nodes with the edges among them.
import { InvalidArgumentError } from "../../domain/errors.js";
import type { Direction } from "../../domain/vocabulary.js";

const PATTERN: Record<Direction, string> = {
  out: "(a)-[r]->(b:Entity)",
  in: "(a)<-[r]-(b:Entity)",
  both: "(a)-[r]-(b:Entity)",
};

/** The edges among `ns` (a list of nodes in scope), each once: leaving one of them, ending at one of them. */
const EDGES_AMONG_NODES = `
CALL (ns) {
  UNWIND ns AS x
  MATCH (x)-[r]->(y:Entity)
  WHERE y IN ns AND ($relTypes IS NULL OR type(r) IN $relTypes)
  RETURN collect({r: r, source: x.id, target: y.id}) AS edges
}`;

/**
 * Params: id, offset, limit (Integers), relTypes, types (lists or null). One round trip for depth 1:
 * the start node, its neighbours ordered by id with `offset` skipped and `limit` kept, how many there
 * were, and every allowed edge among the kept nodes and the start. No row when the start does not exist.
 * `ORDER BY b.id` is code-unit order for the ids we use (see domain/ordering.ts compareIds).
 */
export function neighborhoodDepth1(direction: Direction): string {
  const pattern = PATTERN[direction];
  if (!pattern) throw new InvalidArgumentError(`neo4j.queries: "${String(direction)}" is not a direction`);
  return `
MATCH (a:Entity {id: $id})
CALL (a) {
  OPTIONAL MATCH ${pattern}
  WHERE b <> a AND ($relTypes IS NULL OR type(r) IN $relTypes) AND ($types IS NULL OR b.type IN $types)
  WITH DISTINCT b
  ORDER BY b.id
  RETURN collect(b) AS found
}
WITH a, size(found) AS total, found[$offset..$offset + $limit] AS kept
WITH a, total, kept, [a] + kept AS ns
${EDGES_AMONG_NODES}
RETURN a, kept, total, edges`;
}

/** Params: ids, relTypes (list or null). The existing nodes among ids and the allowed edges among them. */
export const NODES_AND_EDGES_AMONG = `
CALL {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n) AS ns
}
${EDGES_AMONG_NODES}
RETURN ns, edges`;
