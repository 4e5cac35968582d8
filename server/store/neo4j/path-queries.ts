// Cypher of the one-statement path searches: both ends, the shortest simple path(s), their nodes and chosen edges.
import { InvalidArgumentError } from "../../domain/errors.js";

function bound(value: number): number {
  if (!Number.isSafeInteger(value) || value < 1 || value > 64) {
    throw new InvalidArgumentError(`neo4j.queries: hop bound ${value} is not an integer in 1..64`);
  }
  return value;
}

/**
 * Given `ns` (a path's nodes) and $relTypes, yields `hops`: per consecutive pair, the allowed edge with
 * the smallest id in either direction, with its ends' ids.
 */
const HOP_EDGES = `
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
  }`;

/**
 * Params: from, to, k (Integer), relTypes (list or null). Always one row: `a`, `b` (null when absent);
 * `lengths`, how many distinct trail lengths the `groups` shortest groups held; `paths`, up to k simple
 * node sequences ordered by (hops, id sequence), each with its hops' edges (HOP_EDGES).
 * `groups`/`maxHops` are validated integers (quantifier bounds cannot be parameters). List ORDER BY
 * compares element-wise, a prefix first, like domain/ordering.ts compareIdSequences for the ids we use.
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
  WITH ns, ids ORDER BY size(ids), ids LIMIT $k${HOP_EDGES}
  RETURN collect({ns: ns, ids: ids, hops: hops}) AS paths
}
RETURN a, b, paths, size(reduce(seen = [], ns IN trails | CASE WHEN size(ns) IN seen THEN seen ELSE seen + size(ns) END)) AS lengths`;
}

/**
 * The k = 1 case of shortestPathsStatement. Params: from, to, relTypes (list or null). Always one row:
 * `a`, `b` (null when absent) and `paths`, at most one path, with its hops' edges (HOP_EDGES). Every
 * walk of the least length is a simple path, so the answer is the smallest id sequence among all
 * shortest paths, which the legacy `allShortestPaths` yields: a bidirectional BFS that checks both
 * `all(...)` predicates while it expands (EXPLAIN shows no exhaustive fallback). On BA 1M it reads
 * about 0.3× the db hits of `SHORTEST 1 GROUPS` (median of the bench's pairs) and about a third of its time.
 * Parallel edges give several paths with the same nodes; ORDER BY ... LIMIT 1 keeps one.
 */
export function firstShortestPathStatement(maxHops: number): string {
  return `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[*..${bound(maxHops)}]-(b))
  WHERE all(r IN relationships(p) WHERE $relTypes IS NULL OR type(r) IN $relTypes)
    AND all(n IN nodes(p) WHERE n:Entity)
  WITH nodes(p) AS ns
  WITH ns, [n IN ns | n.id] AS ids ORDER BY ids LIMIT 1${HOP_EDGES}
  RETURN collect({ns: ns, ids: ids, hops: hops}) AS paths
}
RETURN a, b, paths`;
}
