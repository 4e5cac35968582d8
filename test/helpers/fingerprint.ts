// A graph's fingerprint for "nothing changed" checks: counts per label and type, plus a hash of a canonical export.
import { createHash } from "node:crypto";
import type { GraphStore } from "../../server/store/graph-store.js";

export interface GraphFingerprint {
  nodes: number;
  edges: number;
  sources: number;
  /** Per node type and per relationship type, as the store's schema() counts them. */
  schema: unknown;
  /** sha256 of exportAll() with object keys sorted at every level. */
  exportSha256: string;
}

/** JSON with sorted keys: two exports of the same graph hash the same whatever order a store lists properties in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** Counts (from exportAll and schema()) and the export's hash. */
export async function graphFingerprint(store: GraphStore): Promise<GraphFingerprint> {
  const graph = await store.exportAll();
  const schema = JSON.parse(canonicalJson(await store.schema())) as unknown;
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    sources: graph.sources.length,
    schema,
    exportSha256: createHash("sha256").update(canonicalJson(graph)).digest("hex"),
  };
}
