// Reads what a layout depends on (node ids, edge ends) from a store's streamed export, with a hash of it.
import { createHash } from "node:crypto";
import type { GraphStore } from "../../store/graph-store.js";
import type { LayoutInput } from "./run-layout.js";

export interface GraphStructure extends LayoutInput {
  /** Node ids in export order (sorted by id): node i of the layout is ids[i]. */
  ids: string[];
  /** sha256 of the ids and edge ends: equal hashes, equal layouts (property edits do not change it). */
  hash: string;
}

/**
 * One pass over `exportStream`'s pages keeping only ids and edge ends (never the whole export). Edges whose
 * end is not a node (a write between the two reads) are left out: the layout is redone after any write anyway.
 */
export async function readStructure(store: Pick<GraphStore, "exportStream">): Promise<GraphStructure> {
  const ids: string[] = [];
  const index = new Map<string, number>();
  let sources: Int32Array = new Int32Array(1024);
  let targets: Int32Array = new Int32Array(1024);
  let edgeCount = 0;
  const hash = createHash("sha256");
  pages: for await (const page of store.exportStream()) {
    for (const item of page) {
      if (item.kind === "node") {
        index.set(item.value.id, ids.length);
        ids.push(item.value.id);
        hash.update(`n${item.value.id}\n`);
      } else if (item.kind === "edge") {
        const s = index.get(item.value.source);
        const t = index.get(item.value.target);
        if (s === undefined || t === undefined) continue;
        if (edgeCount === sources.length) {
          sources = grow(sources);
          targets = grow(targets);
        }
        sources[edgeCount] = s;
        targets[edgeCount] = t;
        edgeCount++;
        hash.update(`e${s},${t}\n`);
      } else break pages; // sources do not move nodes
    }
  }
  return {
    ids,
    nodeCount: ids.length,
    sources: sources.slice(0, edgeCount),
    targets: targets.slice(0, edgeCount),
    hash: hash.digest("hex").slice(0, 32),
  };
}

function grow(a: Int32Array): Int32Array {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}
