// Normalised name and alias text of every node, kept in step with the graph by its events, for the memory store's search.
import { normalizeText } from "../../domain/search-score.js";
import type { MemoryGraph, NodeAttributes } from "./graph-types.js";

/** Separates a node's texts (name first, then aliases); normalised text never holds it. */
const TEXT_SEPARATOR = "\u0001";
/** Separates nodes in the joined text, so a match never spans two nodes. */
const NODE_SEPARATOR = "\u0002";
/** What precedes a text's start or a word's start: a match there scores as a prefix or word prefix. */
const BOUNDARIES = new Set([NODE_SEPARATOR, TEXT_SEPARATOR, " "]);

interface Joined {
  /** NODE_SEPARATOR, then each node's texts followed by NODE_SEPARATOR. */
  text: string;
  /** Where each node's texts start in `text`, ascending. */
  starts: number[];
  ids: string[];
  attrs: NodeAttributes[];
}

/** One node some text of which contains the query, with its texts normalised. */
export interface Match {
  id: string;
  attrs: NodeAttributes;
  name: string;
  aliases: string[];
}

/**
 * Each node's name and aliases normalised once, when written (normalising is what made a scan slow),
 * and all of them joined into one string that a query scans with `indexOf` — a native substring search
 * over a few MB instead of a call per node. The joined string is rebuilt on the first search after a
 * write, from the per-node texts, so a write costs one normalisation and no rebuild. The first search
 * after start-up (or `clear`) normalises every node once: about as long as one search used to take.
 */
export class SearchIndex {
  /** Built on the first search, not at start-up: normalising every name would slow a cold start. */
  private texts: Map<string, string> | null = null;
  private joined: Joined | null = null;

  constructor(private readonly graph: MemoryGraph) {
    // Every write path (load, applyChanges, restore, clear) goes through graphology's mutators, which emit these.
    graph.on("nodeAdded", ({ key, attributes }) => this.texts && this.set(key, attributes));
    graph.on("nodeAttributesUpdated", ({ key }) => this.texts && this.set(key, graph.getNodeAttributes(key)));
    graph.on("nodeDropped", ({ key }) => {
      this.texts?.delete(key);
      this.joined = null;
    });
    graph.on("cleared", () => {
      this.texts = null;
      this.joined = null;
    });
  }

  /**
   * Calls `visit` once per node some text of which contains `query` (normalised, not empty): first,
   * during one scan of the joined text, every node with a text that starts with the query or has a
   * word that does ("strong"); then — unless `enoughStrong()` says those suffice — the other nodes.
   */
  forEachMatch(query: string, visit: (match: Match) => void, enoughStrong: () => boolean): void {
    const joined = (this.joined ??= this.join((this.texts ??= this.build())));
    const { text, starts } = joined;
    const weak: number[] = [];
    let node = -1;
    let strong = false;
    const flush = () => {
      if (node < 0) return;
      if (strong) this.visitNode(joined, node, visit);
      else weak.push(node);
    };
    // Occurrences come in text order, so those of one node are consecutive.
    for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
      const owner = lastAtOrBefore(starts, at, Math.max(node, 0));
      if (owner !== node) {
        flush();
        node = owner;
        strong = false;
      }
      if (!strong && BOUNDARIES.has(text[at - 1]!)) {
        strong = true;
        at = text.indexOf(NODE_SEPARATOR, at); // nothing more to learn from this node
      }
    }
    flush();
    if (weak.length && !enoughStrong()) for (const weakNode of weak) this.visitNode(joined, weakNode, visit);
  }

  private visitNode(joined: Joined, node: number, visit: (match: Match) => void): void {
    const start = joined.starts[node]!;
    const segment = joined.text.slice(start, joined.text.indexOf(NODE_SEPARATOR, start));
    const texts = segment.includes(TEXT_SEPARATOR) ? segment.split(TEXT_SEPARATOR) : [segment];
    visit({ id: joined.ids[node]!, attrs: joined.attrs[node]!, name: texts[0]!, aliases: texts.slice(1) });
  }

  private set(id: string, attrs: NodeAttributes): void {
    this.texts!.set(id, normalized(attrs));
    this.joined = null;
  }

  private build(): Map<string, string> {
    const texts = new Map<string, string>();
    this.graph.forEachNode((id, attrs) => texts.set(id, normalized(attrs)));
    return texts;
  }

  private join(texts: ReadonlyMap<string, string>): Joined {
    const joined: Joined = { text: "", starts: [], ids: [], attrs: [] };
    const parts: string[] = [""];
    let offset = 1;
    for (const [id, text] of texts) {
      joined.starts.push(offset);
      joined.ids.push(id);
      // Attribute objects are replaced whole on write, and every write drops this join.
      joined.attrs.push(this.graph.getNodeAttributes(id));
      parts.push(text);
      offset += text.length + 1;
    }
    parts.push("");
    joined.text = parts.join(NODE_SEPARATOR);
    return joined;
  }
}

function normalized(attrs: NodeAttributes): string {
  return [attrs.name, ...attrs.aliases].map(normalizeText).join(TEXT_SEPARATOR);
}

/** The index of the last start ≤ `at`, at least `low` (binary search; `starts` ascending, `at` ≥ starts[low]). */
function lastAtOrBefore(starts: readonly number[], at: number, low: number): number {
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
