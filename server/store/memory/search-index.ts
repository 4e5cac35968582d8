// Normalised name and alias text of every node packed into one string, kept in step with the graph by its events, for the memory store's search.
import { normalizeText } from "../../domain/search-score.js";
import type { MemoryGraph, NodeAttributes } from "./graph-types.js";

/** Separates a node's texts (name first, then aliases); normalised text never holds it. */
const TEXT_SEPARATOR = "\u0001";
/** Separates nodes in the packed text, so a match never spans two nodes. */
const NODE_SEPARATOR = "\u0002";
/** What precedes a text's start or a word's start: a match there scores as a prefix or word prefix. */
const BOUNDARIES = new Set([NODE_SEPARATOR, TEXT_SEPARATOR, " "]);

/**
 * Every node's texts in one string and two flat arrays: no per-node string, Map entry or object, so
 * the index costs about its text's length plus 20 bytes per node (it was ~110 bytes per node with a Map
 * of per-node strings beside the joined text).
 */
export interface PackedTexts {
  /** NODE_SEPARATOR, then each node's texts followed by NODE_SEPARATOR. */
  text: string;
  /** Where node i's texts start in `text`, ascending; one more entry, `text.length`, ends the last node's. */
  starts: Int32Array;
  /** Node i's id. */
  ids: readonly string[];
  /** 1 where node i's slot is stale (the node was written since; its live slot, if any, comes later). */
  dead?: Uint8Array;
}

/** The graph's index: its arrays are owned by it and grow in place (`starts` and `dead` keep room to spare). */
interface Packed extends PackedTexts {
  ids: string[];
  /** Node i's attributes (the graph's own objects, replaced whole on write, which re-packs the node). */
  attrs: NodeAttributes[];
  dead: Uint8Array;
  deadCount: number;
}

/** What a search needs of a node besides its texts: the type filter, and the stored name for ranking ties. */
export type NodeSummary = Pick<NodeAttributes, "type" | "name">;

/** One node some text of which contains the query, with its texts normalised. */
export interface Match {
  id: string;
  attrs: NodeSummary;
  name: string;
  aliases: string[];
}

/** An index a search scans: the graph's (SearchIndex) or, while the graph fills, the columns' (columnar-search.ts). */
export interface TextIndex {
  forEachMatch(query: string, visit: (match: Match) => void, enoughStrong: () => boolean): void;
}

/** `count` nodes' texts (name first, then aliases, as `textsOf(i)` gives them normalised) packed into one string. */
export function packTexts(
  count: number,
  textsOf: (node: number) => string,
): { text: string; starts: Int32Array } {
  const starts = new Int32Array(count + 1);
  const pieces: string[] = [NODE_SEPARATOR];
  let length = 1;
  for (let i = 0; i < count; i++) {
    starts[i] = length;
    const texts = textsOf(i);
    pieces.push(texts, NODE_SEPARATOR);
    length += texts.length + 1;
  }
  starts[count] = length;
  return { text: pieces.join(""), starts };
}

/**
 * Calls `visit` once per node some text of which contains `query` (normalised, not empty): first,
 * during one scan of the packed text, every node with a text that starts with the query or has a
 * word that does ("strong"); then — unless `enoughStrong()` says those suffice — the other nodes.
 */
export function forEachMatchIn(
  packed: PackedTexts,
  summary: (node: number) => NodeSummary,
  query: string,
  visit: (match: Match) => void,
  enoughStrong: () => boolean,
): void {
  const { text, starts } = packed;
  const lastNode = packed.ids.length - 1;
  const weak: number[] = [];
  const visitNode = (node: number) => {
    const segment = text.slice(starts[node]!, starts[node + 1]! - 1);
    const texts = segment.includes(TEXT_SEPARATOR) ? segment.split(TEXT_SEPARATOR) : [segment];
    visit({ id: packed.ids[node]!, attrs: summary(node), name: texts[0]!, aliases: texts.slice(1) });
  };
  const dead = packed.dead;
  const settle = (node: number, strong: boolean) => {
    if (node < 0 || dead?.[node]) return;
    if (strong) visitNode(node);
    else weak.push(node);
  };
  let node = -1;
  let strong = false;
  // Occurrences come in text order, so those of one node are consecutive.
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
    const owner = lastAtOrBefore(starts, at, Math.max(node, 0), lastNode);
    if (owner !== node) {
      settle(node, strong);
      node = owner;
      strong = false;
      if (dead?.[node]) {
        at = starts[node + 1]! - 1; // a stale slot: skip to its closing separator
        continue;
      }
    }
    if (!strong && BOUNDARIES.has(text[at - 1]!)) {
      strong = true;
      at = starts[node + 1]! - 1; // the node's closing separator: nothing more to learn from this node
    }
  }
  settle(node, strong);
  if (weak.length && !enoughStrong()) for (const weakNode of weak) visitNode(weakNode);
}

/**
 * Each node's name and aliases normalised once and packed into one string that a query scans with
 * `indexOf` — a native substring search over a few MB instead of a call per node. Built on the first
 * search (normalising every name would slow a cold start). A write only records which node it touched;
 * the next search marks the touched nodes' slots stale and appends a fresh slot for each one still in the
 * graph (O(touched), no pass over the other nodes). Once stale slots pass a STALE_SHARE of all, the next
 * search compacts: untouched runs copied from the old string (no re-normalisation). When most nodes were
 * touched (a bulk load) the index is dropped and the next search normalises everything.
 */
export class SearchIndex {
  private packed: Packed | null = null;
  /** Nodes added, changed or dropped since `packed` was built: their slots are stale or missing. */
  private readonly written = new Set<string>();

  constructor(private readonly graph: MemoryGraph) {
    // Every write path (load, applyChanges, restore, clear) goes through graphology's mutators, which emit these.
    const wrote = ({ key }: { key: string }) => {
      if (!this.packed) return;
      this.written.add(key);
      if (this.written.size > this.packed.ids.length / 2) this.drop();
    };
    graph.on("nodeAdded", wrote);
    graph.on("nodeAttributesUpdated", wrote);
    graph.on("nodeDropped", wrote);
    graph.on("cleared", () => this.drop());
  }

  forEachMatch(query: string, visit: (match: Match) => void, enoughStrong: () => boolean): void {
    const packed = this.current();
    // From the array, not graph.getNodeAttributes: a short query visits ~100k nodes, where the lookup doubled the time.
    forEachMatchIn(packed, (node) => packed.attrs[node]!, query, visit, enoughStrong);
  }

  /**
   * Takes texts packed from the same nodes in the graph's order (the columns' search, once the graph has filled
   * from them), so the first search after a restore need not normalise every name again. Ignored when the graph
   * holds other nodes or another order.
   */
  adopt(texts: PackedTexts): void {
    const ids = this.graph.nodes();
    if (ids.length !== texts.ids.length || ids.some((id, i) => id !== texts.ids[i])) return;
    const attrs = ids.map((id) => this.graph.getNodeAttributes(id));
    this.packed = {
      text: texts.text,
      starts: texts.starts,
      ids,
      attrs,
      dead: new Uint8Array(ids.length),
      deadCount: 0,
    };
    this.written.clear();
  }

  private drop(): void {
    this.packed = null;
    this.written.clear();
  }

  private current(): Packed {
    if (!this.packed) this.packed = this.build();
    else if (this.written.size) this.packed = this.update(this.packed);
    this.written.clear();
    return this.packed;
  }

  private build(): Packed {
    const ids = this.graph.nodes();
    const attrs = ids.map((id) => this.graph.getNodeAttributes(id));
    return {
      ...packTexts(ids.length, (i) => normalizedTexts(attrs[i]!.name, attrs[i]!.aliases)),
      ids,
      attrs,
      dead: new Uint8Array(ids.length),
      deadCount: 0,
    };
  }

  /** The written nodes' live slots marked stale and fresh ones appended, or all compacted once stale slots pile up. */
  private update(old: Packed): Packed {
    const stale = liveIndicesOf(old, this.written);
    if (old.deadCount + stale.length > old.ids.length * STALE_SHARE) return this.compact(old, stale);
    // In place: the old Packed is replaced by the one returned and read by no one else.
    for (const node of stale) old.dead[node] = 1;
    const fresh = this.freshSlots();
    const count = old.ids.length + fresh.length;
    const starts = withRoom(old.starts, count + 1);
    const dead = withRoom(old.dead, count);
    const pieces: string[] = [];
    let length = old.text.length;
    for (const slot of fresh) {
      const node = old.ids.length;
      old.ids.push(slot.id);
      old.attrs.push(slot.attrs);
      starts[node] = length;
      dead[node] = 0;
      pieces.push(slot.texts, NODE_SEPARATOR);
      length += slot.texts.length + 1;
    }
    starts[count] = length;
    return {
      text: old.text + pieces.join(""),
      starts,
      ids: old.ids,
      attrs: old.attrs,
      dead,
      deadCount: old.deadCount + stale.length,
    };
  }

  /** Every live, untouched slot copied in runs, then a fresh slot for each written node still in the graph. */
  private compact(old: Packed, stale: number[]): Packed {
    for (const node of stale) old.dead[node] = 1;
    const ids: string[] = [];
    const attrs: NodeAttributes[] = [];
    const starts: number[] = [];
    const pieces: string[] = [NODE_SEPARATOR];
    let length = 1;
    const count = old.ids.length;
    for (let i = 0; i < count;) {
      if (old.dead[i]) {
        i++;
        continue;
      }
      // A run of live nodes is copied as one slice; their starts shift by the same amount.
      const runStart = i;
      const shift = length - old.starts[runStart]!;
      for (; i < count && !old.dead[i]; i++) {
        ids.push(old.ids[i]!);
        attrs.push(old.attrs[i]!);
        starts.push(old.starts[i]! + shift);
      }
      pieces.push(old.text.slice(old.starts[runStart]!, old.starts[i]!));
      length = old.starts[i]! + shift;
    }
    for (const slot of this.freshSlots()) {
      ids.push(slot.id);
      attrs.push(slot.attrs);
      starts.push(length);
      pieces.push(slot.texts, NODE_SEPARATOR);
      length += slot.texts.length + 1;
    }
    starts.push(length);
    return {
      text: pieces.join(""),
      starts: Int32Array.from(starts),
      ids,
      attrs,
      dead: new Uint8Array(ids.length),
      deadCount: 0,
    };
  }

  /** A slot for each written node still in the graph, its texts normalised. */
  private freshSlots(): { id: string; attrs: NodeAttributes; texts: string }[] {
    const slots: { id: string; attrs: NodeAttributes; texts: string }[] = [];
    for (const id of this.written) {
      if (!this.graph.hasNode(id)) continue;
      const attrs = this.graph.getNodeAttributes(id);
      slots.push({ id, attrs, texts: normalizedTexts(attrs.name, attrs.aliases) });
    }
    return slots;
  }
}

/** Share of stale slots beyond which the next search compacts the index (a copy of every live slot). */
const STALE_SHARE = 1 / 8;

/** `array` if it holds `size` entries, else a copy with an eighth more room. */
function withRoom<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  if (array.length >= size) return array;
  const grown = new (array.constructor as new (length: number) => T)(size + (size >> 3) + 16);
  grown.set(array);
  return grown;
}

/** Written nodes at most this many are found with `lastIndexOf` each (a native scan); more, with one pass. */
const FIND_EACH_MAX = 16;

/**
 * The indices of the live slots of the nodes in `written`. A node written before has stale slots and, unless
 * dropped, one live slot after them all, so its last occurrence is the only one that can be live.
 */
function liveIndicesOf(packed: Packed, written: ReadonlySet<string>): number[] {
  const found: number[] = [];
  if (written.size <= FIND_EACH_MAX) {
    for (const id of written) {
      const at = packed.ids.lastIndexOf(id);
      if (at >= 0 && !packed.dead[at]) found.push(at);
    }
    return found;
  }
  for (let i = 0; i < packed.ids.length; i++)
    if (!packed.dead[i] && written.has(packed.ids[i]!)) found.push(i);
  return found;
}

/** A node's name and aliases normalised, joined by TEXT_SEPARATOR. */
export function normalizedTexts(name: string, aliases: readonly string[]): string {
  if (!aliases.length) return normalizeText(name);
  return [name, ...aliases].map(normalizeText).join(TEXT_SEPARATOR);
}

/** The index of the last start ≤ `at` in [low, high] (binary search; `starts` ascending, `at` ≥ starts[low]). */
function lastAtOrBefore(starts: Int32Array, at: number, low: number, high: number): number {
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
