// Cypher of the one-statement path search: both ends, the k shortest simple paths, their nodes and chosen edges.
import { InvalidArgumentError } from "../../domain/errors.js";

function bound(value: number): number {
  if (!Number.isSafeInteger(value) || value < 1 || value > 64) {
    throw new InvalidArgumentError(`neo4j.queries: hop bound ${value} is not an integer in 1..64`);
  }
  return value;
}

/**
 * Params: from, to, k (Integer), relTypes (list or null). Always one row: `a`, `b` (null when absent);
 * `lengths`, how many distinct trail lengths the `groups` shortest groups held; `paths`, up to k simple
 * node sequences ordered by (hops, id sequence), each with its hops' edges: per consecutive pair, the
 * allowed edge with the smallest id in either direction. `groups`/`maxHops` are validated integers
 * (quantifier bounds cannot be parameters). List ORDER BY compares element-wise, a prefix first, like
 * domain/ordering.ts compareIdSequences for the ids we use.
 */
export function shortestPathsStatement(groups: number, maxHops: number): string {
  return `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = SHORTEST ${bound(groups)} GROUPS (a) ((x:Entity)-[r]-(y:Entity) WHERE $relTypes IS NULL OR type(r) IN $relTypes){1,${bound(maxHops)}} (b)
  WITH DISTINCT nodes(p) AS ns
  RETURN collect(ns) AS trails
}
CALL (trails) {
  UNWIND trails AS ns
  WITH ns, [n IN ns | n.id] AS ids
  WHERE all(i IN range(0, size(ids) - 2) WHERE NOT ids[i] IN ids[i + 1..])
  WITH ns, ids ORDER BY size(ids), ids LIMIT $k
  CALL (ns) {
    UNWIND range(0, size(ns) - 2) AS i
    CALL (ns, i) {
      WITH ns[i] AS x, ns[i + 1] AS y
      MATCH (x)-[r]-(y)
      WHERE $relTypes IS NULL OR type(r) IN $relTypes
      RETURN r ORDER BY r.id LIMIT 1
    }
    WITH i, r ORDER BY i
    RETURN collect({r: r, source: startNode(r).id, target: endNode(r).id}) AS hops
  }
  RETURN collect({ns: ns, ids: ids, hops: hops}) AS paths
}
RETURN a, b, paths, size(reduce(seen = [], ns IN trails | CASE WHEN size(ns) IN seen THEN seen ELSE seen + size(ns) END)) AS lengths`;
}
