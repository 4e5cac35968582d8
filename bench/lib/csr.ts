// Typed-array (CSR) adjacency and BFS: the practical ceiling a shortest-path query can be compared with.

export interface Csr {
  offsets: Int32Array;
  neighbours: Int32Array;
}

/** Undirected CSR over node indices 0..n-1 from parallel source/target index arrays. */
export function buildCsr(n: number, sources: Int32Array, targets: Int32Array): Csr {
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < sources.length; e++) {
    degree[sources[e]!]!++;
    degree[targets[e]!]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]!);
  for (let e = 0; e < sources.length; e++) {
    neighbours[fill[sources[e]!]!++] = targets[e]!;
    neighbours[fill[targets[e]!]!++] = sources[e]!;
  }
  return { offsets, neighbours };
}

/** Scratch space reused across queries, as a real index would keep it. */
export function bfsScratch(n: number) {
  return {
    parent: new Int32Array(n),
    queue: new Int32Array(n),
    seen: new Uint32Array(n),
    stamp: 0,
    // The backward side of the bidirectional search.
    parentB: new Int32Array(n),
    queueB: new Int32Array(n),
    seenB: new Uint32Array(n),
  };
}

/**
 * One shortest path by bidirectional BFS (the same algorithm as graphology's `bidirectional`): expand the
 * smaller frontier level by level until the two searches meet. Null when none within `maxHops`.
 */
export function csrBidirectionalPath(
  csr: Csr,
  sc: ReturnType<typeof bfsScratch>,
  from: number,
  to: number,
  maxHops = 64,
): number[] | null {
  if (from === to) return [from];
  const stamp = ++sc.stamp;
  const fwd = { parent: sc.parent, queue: sc.queue, seen: sc.seen, head: 0, tail: 1 };
  const bwd = { parent: sc.parentB, queue: sc.queueB, seen: sc.seenB, head: 0, tail: 1 };
  fwd.queue[0] = from;
  fwd.seen[from] = stamp;
  fwd.parent[from] = -1;
  bwd.queue[0] = to;
  bwd.seen[to] = stamp;
  bwd.parent[to] = -1;
  for (let hops = 0; hops < maxHops && fwd.head < fwd.tail && bwd.head < bwd.tail; hops++) {
    const side = fwd.tail - fwd.head <= bwd.tail - bwd.head ? fwd : bwd;
    const other = side === fwd ? bwd : fwd;
    const levelEnd = side.tail;
    while (side.head < levelEnd) {
      const v = side.queue[side.head++]!;
      for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) {
        const w = csr.neighbours[k]!;
        if (side.seen[w] === stamp) continue;
        side.seen[w] = stamp;
        side.parent[w] = v;
        side.queue[side.tail++] = w;
        if (other.seen[w] !== stamp) continue;
        const path: number[] = [];
        for (let p = w; p !== -1; p = fwd.parent[p]!) path.push(p);
        path.reverse();
        for (let p = bwd.parent[w]!; p !== -1; p = bwd.parent[p]!) path.push(p);
        return path;
      }
    }
  }
  return null;
}

/** One shortest path from `from` to `to` (node indices), or null; `maxHops` bounds the search. */
export function csrShortestPath(
  csr: Csr,
  scratch: ReturnType<typeof bfsScratch>,
  from: number,
  to: number,
  maxHops = 64,
): number[] | null {
  const stamp = ++scratch.stamp;
  const { parent, queue, seen } = scratch;
  let head = 0;
  let tail = 0;
  queue[tail++] = from;
  seen[from] = stamp;
  parent[from] = -1;
  let levelEnd = tail;
  let depth = 0;
  while (head < tail) {
    const v = queue[head++]!;
    if (v === to) {
      const path = [to];
      for (let p = parent[to]!; p !== -1; p = parent[p]!) path.push(p);
      return path.reverse();
    }
    if (depth < maxHops) {
      for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) {
        const w = csr.neighbours[k]!;
        if (seen[w] !== stamp) {
          seen[w] = stamp;
          parent[w] = v;
          queue[tail++] = w;
        }
      }
    }
    if (head === levelEnd) {
      depth++;
      levelEnd = tail;
    }
  }
  return null;
}
