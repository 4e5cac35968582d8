// The shortest path between two nodes by bidirectional BFS over integer node indices, the smallest index sequence among equally short ones.

/**
 * What a search walks: an undirected graph over node indices 0..n-1 in CSR form (path-adjacency.ts),
 * plus the relationship types it may follow and reusable scratch space.
 */
export interface SearchSpace {
  /** Node v's slots are offsets[v] .. offsets[v + 1] - 1. */
  readonly offsets: Int32Array;
  /** One slot per relationship end, each node's slots in ascending neighbour order (repeats for parallel edges). */
  readonly neighbours: Int32Array;
  /** Each slot's relationship-type code. */
  readonly slotTypes: Uint8Array | Uint32Array;
  /** allowed[code] is 1 when that type may be followed; null follows every type. */
  readonly allowed: Uint8Array | null;
  readonly scratch: SearchScratch;
}

/**
 * Labels of the two BFS trees, reused by every search over the same graph: a node is labelled in this
 * search when its `seen` entry equals the current stamp, so no search clears n entries.
 */
export class SearchScratch {
  private stamp = 0;
  readonly startSeen: Uint32Array;
  readonly goalSeen: Uint32Array;
  /** Hops from the start (resp. to the goal); maxHops is at most 8, so a byte holds it. */
  readonly startDepth: Uint8Array;
  readonly goalDepth: Uint8Array;

  constructor(nodeCount: number) {
    this.startSeen = new Uint32Array(nodeCount);
    this.goalSeen = new Uint32Array(nodeCount);
    this.startDepth = new Uint8Array(nodeCount);
    this.goalDepth = new Uint8Array(nodeCount);
  }

  /** A stamp no node carries yet. */
  nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.startSeen.fill(0);
      this.goalSeen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

/** Blocked nodes and node pairs (keys from `pairKey`) of one spur search; both empty for a plain search. */
export interface Blocked {
  readonly nodes: ReadonlySet<number>;
  readonly pairs: ReadonlySet<number>;
}

/**
 * The shortest path from `start` to `goal` within `budget` hops avoiding the blocked nodes and node
 * pairs; among equally short ones, the lexicographically smallest index sequence (node indices follow
 * id order, so that is the smallest id sequence).
 *
 * Two BFS trees grow, the cheaper frontier (by total degree) a whole layer at a time, until they meet: on a graph with
 * hubs this touches a few thousand edges where one BFS from the goal touches most of the graph. The
 * walk from the start then takes, at each step, the smallest neighbour index that is still on a shortest
 * path — the same choice a single BFS from the goal would give, so the result does not change.
 */
export function shortestPath(
  space: SearchSpace,
  start: number,
  goal: number,
  budget: number,
  blocked: Blocked,
): number[] | null {
  if (blocked.nodes.has(start) || blocked.nodes.has(goal)) return null;
  const { offsets, neighbours, slotTypes, allowed, scratch } = space;
  const stamp = scratch.nextStamp();
  const anyBlocked = blocked.nodes.size > 0 || blocked.pairs.size > 0;
  const startSide = { seen: scratch.startSeen, depth: scratch.startDepth };
  const goalSide = { seen: scratch.goalSeen, depth: scratch.goalDepth };
  startSide.seen[start] = stamp;
  startSide.depth[start] = 0;
  goalSide.seen[goal] = stamp;
  goalSide.depth[goal] = 0;
  const startLayers: number[][] = [[start]];
  let goalFrontier = [goal];
  let goalDepth = 0;
  let met = false;
  while (!met && startLayers.length - 1 + goalDepth < budget) {
    const startFrontier = startLayers[startLayers.length - 1]!;
    if (startFrontier.length === 0 || goalFrontier.length === 0) return null;
    // A hub in a frontier costs thousands of edges: compare total degree, not node counts.
    const forward = totalDegree(offsets, startFrontier) <= totalDegree(offsets, goalFrontier);
    const [side, other, frontier, depth] = forward
      ? [startSide, goalSide, startFrontier, startLayers.length]
      : [goalSide, startSide, goalFrontier, goalDepth + 1];
    // Locals, not property reads, in the loop that runs once per slot: it is most of a search's time.
    const { seen, depth: depths } = side;
    const otherSeen = other.seen;
    const next: number[] = [];
    for (let f = 0; f < frontier.length; f++) {
      const node = frontier[f]!;
      for (let slot = offsets[node]!, end = offsets[node + 1]!; slot < end; slot++) {
        if (allowed !== null && allowed[slotTypes[slot]!] === 0) continue;
        const reached = neighbours[slot]!;
        if (seen[reached] === stamp || (anyBlocked && !usable(blocked, space, node, reached))) continue;
        seen[reached] = stamp;
        depths[reached] = depth;
        next.push(reached);
        if (otherSeen[reached] === stamp) met = true;
      }
    }
    if (forward) startLayers.push(next);
    else [goalFrontier, goalDepth] = [next, depth];
  }
  // Until this layer the two label sets were disjoint, so they meet exactly at the start side's last
  // layer and the goal side's last layer: the path is as long as both depths together.
  return met ? walk(space, blocked, stamp, startLayers, goalDepth) : null;
}

function totalDegree(offsets: Int32Array, frontier: readonly number[]): number {
  let total = 0;
  for (const node of frontier) total += offsets[node + 1]! - offsets[node]!;
  return total;
}

/**
 * Walk from the start, each step to the smallest usable neighbour at the next position of some
 * shortest path. From the meeting layer on, the goal's labels say which nodes those are; closer to the
 * start, they are found by walking the start's layers back from the meeting layer.
 */
function walk(
  space: SearchSpace,
  blocked: Blocked,
  stamp: number,
  startLayers: readonly number[][],
  goalDepth: number,
): number[] {
  const { offsets, neighbours, slotTypes, allowed, scratch } = space;
  const followable = (slot: number) => !allowed || allowed[slotTypes[slot]!] === 1;
  const atStartDepth = (node: number, depth: number) =>
    scratch.startSeen[node] === stamp && scratch.startDepth[node] === depth;
  const atGoalDepth = (node: number, depth: number) =>
    scratch.goalSeen[node] === stamp && scratch.goalDepth[node] === depth;

  const meet = startLayers.length - 1;
  const length = meet + goalDepth;
  const onPath: Set<number>[] = [];
  onPath[meet] = new Set(startLayers[meet]!.filter((node) => atGoalDepth(node, goalDepth)));
  for (let position = meet - 1; position >= 1; position--) {
    const here = new Set<number>();
    for (const node of onPath[position + 1]!) {
      for (let slot = offsets[node]!, end = offsets[node + 1]!; slot < end; slot++) {
        const other = neighbours[slot]!;
        if (followable(slot) && atStartDepth(other, position) && usable(blocked, space, node, other))
          here.add(other);
      }
    }
    onPath[position] = here;
  }

  const path = [startLayers[0]![0]!];
  let current = path[0]!;
  for (let position = 1; position <= length; position++) {
    const remaining = length - position;
    const onShortest =
      position >= meet
        ? (node: number) => atGoalDepth(node, remaining)
        : (node: number) => onPath[position]!.has(node);
    // Slots are in ascending neighbour order: the first one that continues a shortest path is the smallest.
    let slot = offsets[current]!;
    for (const end = offsets[current + 1]!; slot < end; slot++) {
      const other = neighbours[slot]!;
      if (followable(slot) && onShortest(other) && usable(blocked, space, current, other)) break;
    }
    current = neighbours[slot]!; // found: `current` lies on a shortest path, so some usable neighbour continues it
    path.push(current);
  }
  return path;
}

function usable(blocked: Blocked, space: SearchSpace, from: number, to: number): boolean {
  return (
    (blocked.nodes.size === 0 || !blocked.nodes.has(to)) &&
    (blocked.pairs.size === 0 || !blocked.pairs.has(pairKey(space, from, to)))
  );
}

/** The key of an unordered node pair: exact while the node count is below 2^26 (n² < 2^53). */
export function pairKey(space: SearchSpace, a: number, b: number): number {
  const nodeCount = space.offsets.length - 1;
  return a < b ? a * nodeCount + b : b * nodeCount + a;
}
