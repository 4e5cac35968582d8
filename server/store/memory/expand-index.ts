// A compact adjacency of the memory store's graph for depth-1 expansions, rebuilt in the background after writes.
import type { EdgeAttributes, MemoryGraph, NodeAttributes } from "./graph-types.js";

/**
 * The graph as flat arrays, for reads that would otherwise walk graphology's per-node objects. Node i is
 * `ids[i]`, ids sorted by `compareIds`, so a node's slots, sorted by neighbour index, are in neighbour id order.
 * Each relationship fills one slot at each end (a self-loop one slot); `slotOut` is 1 at the source's slot.
 * The attribute objects are the graph's own: valid while the graph is unchanged (`ExpandIndexCache.current`).
 */
export interface ExpandIndex {
  readonly indexOf: ReadonlyMap<string, number>;
  readonly ids: readonly string[];
  readonly nodeAttributes: readonly NodeAttributes[];
  readonly offsets: Int32Array;
  readonly slotNeighbour: Int32Array;
  readonly slotEdge: Int32Array;
  readonly slotOut: Uint8Array;
  readonly edgeKeys: readonly string[];
  readonly edgeAttributes: readonly EdgeAttributes[];
  readonly edgeSources: Int32Array;
  readonly edgeTargets: Int32Array;
}

/** What a build collects from the graph before it files the slots: nodes and relationships in graph order. */
interface Collected {
  nodeIds: string[];
  nodeAttributes: NodeAttributes[];
  edgeKeys: string[];
  edgeAttributes: EdgeAttributes[];
  edgeEnds: string[];
}

function emptyCollection(): Collected {
  return { nodeIds: [], nodeAttributes: [], edgeKeys: [], edgeAttributes: [], edgeEnds: [] };
}

/** The index of `graph` as it stands, in one go (tests, and small graphs). */
export function buildExpandIndex(graph: MemoryGraph): ExpandIndex {
  const collected = emptyCollection();
  graph.forEachNode((id, attrs) => collectNode(collected, id, attrs));
  graph.forEachEdge((key, attrs, source, target) => collectEdge(collected, key, attrs, source, target));
  const filing = fileSlots(collected);
  for (let step = filing.next(); ; step = filing.next()) if (step.done) return step.value;
}

function collectNode(c: Collected, id: string, attrs: NodeAttributes): void {
  c.nodeIds.push(id);
  c.nodeAttributes.push(attrs);
}

function collectEdge(c: Collected, key: string, attrs: EdgeAttributes, source: string, target: string): void {
  c.edgeKeys.push(key);
  c.edgeAttributes.push(attrs);
  c.edgeEnds.push(source, target);
}

/**
 * Numbers the nodes in id order and files each relationship's slots, each node's by ascending neighbour.
 * A generator: it pauses after each `ITEMS_PER_SLICE` lookups, so that a background build can let other work
 * run (at 1M relationships the lookups are most of a second).
 */
function* fileSlots(collected: Collected): Generator<void, ExpandIndex> {
  const { edgeKeys, edgeAttributes, edgeEnds } = collected;
  // The default sort compares UTF-16 code units, as compareIds does, and without a comparator call per pair.
  const ids = collected.nodeIds.slice().sort();
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    indexOf.set(ids[i]!, i);
    if (i % ITEMS_PER_SLICE === 0) yield;
  }
  const nodeAttributes: NodeAttributes[] = new Array<NodeAttributes>(ids.length);
  for (let k = 0; k < ids.length; k++) {
    nodeAttributes[indexOf.get(collected.nodeIds[k]!)!] = collected.nodeAttributes[k]!;
    if (k % ITEMS_PER_SLICE === 0) yield;
  }
  const edgeCount = edgeKeys.length;
  const edgeSources = new Int32Array(edgeCount);
  const edgeTargets = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    edgeSources[e] = indexOf.get(edgeEnds[2 * e]!)!;
    edgeTargets[e] = indexOf.get(edgeEnds[2 * e + 1]!)!;
    if (e % ITEMS_PER_SLICE === 0) yield;
  }
  // The rest is typed-array passes, a few tens of milliseconds at 1M relationships.
  const offsets = new Int32Array(ids.length + 1);
  for (let e = 0; e < edgeCount; e++) {
    offsets[edgeSources[e]! + 1]!++;
    if (edgeSources[e] !== edgeTargets[e]) offsets[edgeTargets[e]! + 1]!++;
  }
  for (let v = 0; v < ids.length; v++) offsets[v + 1]! += offsets[v]!;
  const slotCount = offsets[ids.length]!;
  // First each node's relationships in relationship order, then re-filed in ascending neighbour order.
  const byNode = new Int32Array(slotCount); // relationship of each slot, grouped by node, in relationship order
  const next = offsets.slice(0, ids.length);
  for (let e = 0; e < edgeCount; e++) {
    byNode[next[edgeSources[e]!]!++] = e;
    if (edgeSources[e] !== edgeTargets[e]) byNode[next[edgeTargets[e]!]!++] = e;
  }
  const slotNeighbour = new Int32Array(slotCount);
  const slotEdge = new Int32Array(slotCount);
  const slotOut = new Uint8Array(slotCount);
  next.set(offsets.subarray(0, ids.length));
  // Visiting nodes v in ascending order and writing v into each neighbour's next slot leaves every node's
  // slots sorted by neighbour (v's slots name exactly the nodes whose slots name v).
  for (let v = 0; v < ids.length; v++)
    for (let slot = offsets[v]!, end = offsets[v + 1]!; slot < end; slot++) {
      const e = byNode[slot]!;
      const other = edgeSources[e] === v ? edgeTargets[e]! : edgeSources[e]!;
      const at = next[other]!++;
      slotNeighbour[at] = v;
      slotEdge[at] = e;
      slotOut[at] = edgeSources[e] === other ? 1 : 0;
    }
  return {
    indexOf,
    ids,
    nodeAttributes,
    offsets,
    slotNeighbour,
    slotEdge,
    slotOut,
    edgeKeys,
    edgeAttributes,
    edgeSources,
    edgeTargets,
  };
}

/** Items read from the graph per slice of a background build: about 10 ms of work on a busy machine. */
const ITEMS_PER_SLICE = 20_000;
/** Quiet time after a write before a rebuild starts, so a burst of writes costs one rebuild. */
const REBUILD_DELAY_MS = 1_000;

/**
 * The index of a graph, or null while it is out of date. Every graph event marks it stale (a counter and a
 * flag: loads send millions of events); a rebuild starts once the graph has gone `delayMs` without a write,
 * reads the graph and files its slots in slices between other work (a write during a build abandons it;
 * at 1M relationships a build is about a second of CPU, in slices of a few tens of milliseconds). Reads walk the graph meanwhile, with the same answers.
 */
export class ExpandIndexCache {
  private index: ExpandIndex | null = null;
  private version = 0;
  private timer: NodeJS.Timeout | null = null;
  private building = false;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly graph: MemoryGraph,
    private readonly delayMs = REBUILD_DELAY_MS,
  ) {
    const stale = () => this.markStale();
    for (const event of [
      "nodeAdded",
      "nodeDropped",
      "edgeAdded",
      "edgeDropped",
      "nodeAttributesUpdated",
      "edgeAttributesUpdated",
      "eachNodeAttributesUpdated",
      "eachEdgeAttributesUpdated",
      "cleared",
      "edgesCleared",
    ] as const)
      graph.on(event, stale);
    this.schedule(0);
  }

  /** The index when it matches the graph as it stands, else null (the caller walks the graph instead). */
  current(): ExpandIndex | null {
    return this.index;
  }

  /** Resolves once the index matches the graph (bench and tests: reads then take the index), or a build failed. */
  whenReady(): Promise<void> {
    if (this.index) return Promise.resolve();
    if (!this.timer && !this.building) this.schedule(0); // the last build failed: try again
    this.timer?.ref(); // someone waits for the build: the pending timer now keeps the process alive
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private markStale(): void {
    this.version++;
    this.index = null;
    if (!this.timer && !this.building) this.schedule(this.delayMs);
  }

  /** After `delayMs`, builds if nothing was written meanwhile, else waits again. */
  private schedule(delayMs: number): void {
    const version = this.version;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (version !== this.version) this.schedule(this.delayMs);
      else void this.rebuild();
    }, delayMs);
    if (this.waiters.length === 0) this.timer.unref(); // never keeps a process alive on its own
  }

  private async rebuild(): Promise<void> {
    const version = this.version;
    this.building = true;
    try {
      const collected = await this.collect(version);
      const index = collected && (await this.file(collected, version));
      if (index && version === this.version) {
        this.index = index;
        for (const resolve of this.waiters.splice(0)) resolve();
        return;
      }
    } catch {
      // Reads keep walking the graph, which gives the same answers; the next write tries again. Nobody is
      // left waiting for an index that will not come.
      for (const resolve of this.waiters.splice(0)) resolve();
      return;
    } finally {
      this.building = false;
    }
    this.schedule(this.delayMs); // written to during the build: start over once writes settle
  }

  /** Reads the graph in slices; null when a write comes in between (the build starts over later). */
  private async collect(version: number): Promise<Collected | null> {
    const collected = emptyCollection();
    const read =
      (await this.inSlices(this.graph.nodeEntries(), version, ({ node, attributes }) => {
        collectNode(collected, node, attributes);
      })) &&
      (await this.inSlices(this.graph.edgeEntries(), version, ({ edge, attributes, source, target }) => {
        collectEdge(collected, edge, attributes, source, target);
      }));
    return read ? collected : null;
  }

  /** Files the slots, a slice per turn of the event loop; null once a write intervenes. */
  private async file(collected: Collected, version: number): Promise<ExpandIndex | null> {
    const filing = fileSlots(collected);
    for (let step = filing.next(); ; step = filing.next()) {
      if (step.done) return step.value;
      await nextTurn();
      if (version !== this.version) return null;
    }
  }

  /** Hands every item to `take`, `ITEMS_PER_SLICE` per turn of the event loop; false once a write intervenes. */
  private async inSlices<T>(items: Iterator<T>, version: number, take: (item: T) => void): Promise<boolean> {
    for (let step = items.next(); !step.done;) {
      for (let n = 0; n < ITEMS_PER_SLICE && !step.done; n++, step = items.next()) take(step.value);
      await nextTurn();
      if (version !== this.version) return false;
    }
    return true;
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
