// Checks a read import against the store and works out what applying it would create, update or leave alone.
import { isDeepStrictEqual } from "node:util";
import { DomainError } from "../errors.js";
import type { GraphEdge, GraphExport, GraphNode, Source } from "../model.js";
import { validateGraphExport } from "../validate-load.js";
import type { GraphStore } from "../../store/graph-store.js";
import { ImportRefusedError } from "./import-issues.js";
import { describeOrigin, type ImportIssue, type Located, type Tally } from "./import-types.js";
import type { ReadResult } from "./read-input.js";

/** Who runs the import and when: recorded on its Source. */
export interface ImportContext {
  /** "API token holder", "anonymous (127.0.0.1)", "cli (alice)". */
  who: string;
  now?: Date;
}

/** A checked import, ready to apply. */
export interface ImportPlan {
  data: GraphExport;
  /** The Source that records this import and that its edges cite. */
  source: Source;
  summary: { nodes: Tally; edges: Tally; sources: Tally };
  warnings: ImportIssue[];
}

/**
 * Validate everything (types, shapes, edge ends present in the file or the store) before anything is
 * written, and count what would change.
 * @throws ImportRefusedError listing the problems, file by file, with line or element and field.
 */
export async function planImport(
  store: GraphStore,
  read: ReadResult,
  context: ImportContext,
): Promise<ImportPlan> {
  const { graph, issues } = read;
  const current = await storedCounterparts(store, read);
  const source = importSource(read, context, current.sources);
  const edges = graph.edges.map(({ item, origin }) =>
    item.evidence.length > 0
      ? item
      : {
          ...item,
          evidence: [
            { sourceId: source.id, locator: describeOrigin(origin), note: `Imported from ${read.fileName}` },
          ],
        },
  );
  const known = new Set([...current.nodes.keys(), ...graph.nodes.map((n) => n.item.id)]);
  for (const { item, origin } of graph.edges) {
    for (const end of ["source", "target"] as const) {
      if (!known.has(item[end]))
        issues.add({
          ...origin,
          field: end,
          message: `node "${item[end]}" is neither in the import nor in the store`,
        });
    }
  }
  let data: GraphExport = {
    nodes: graph.nodes.map((n) => n.item),
    edges,
    sources: [...read.sources, source],
  } as GraphExport;
  if (issues.total === 0) {
    try {
      data = validateGraphExport(data).data;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      issues.add(locate(error, read));
    }
  }
  if (issues.total > 0) throw new ImportRefusedError(issues);
  return {
    data,
    source,
    summary: {
      nodes: compare(data.nodes, current.nodes),
      edges: compare(data.edges, current.edges),
      sources: compare(data.sources, new Map(current.sources.map((s) => [s.id, s]))),
    },
    warnings: graph.warnings,
  };
}

/** Ids per store lookup while classifying: bounds one query's parameter list. */
export const LOOKUP_BATCH_SIZE = 1_000;

interface Stored {
  /** The stored nodes among the import's nodes and its edges' ends. */
  nodes: Map<string, GraphNode>;
  /** The stored edges among the import's edges. */
  edges: Map<string, GraphEdge>;
  sources: Source[];
}

/** What the store holds under the import's ids, looked up in batches instead of reading the whole store. */
async function storedCounterparts(store: GraphStore, read: ReadResult): Promise<Stored> {
  const nodeIds = new Set(read.graph.nodes.map((n) => n.item.id));
  for (const { item } of read.graph.edges) nodeIds.add(item.source).add(item.target);
  const edgeIds = read.graph.edges.map((e) => e.item.id);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const ids of batches([...nodeIds])) for (const n of await store.getNodes(ids)) nodes.set(n.id, n);
  for (const ids of batches(edgeIds)) for (const e of await store.getEdges(ids)) edges.set(e.id, e);
  return { nodes, edges, sources: await store.sources() };
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += LOOKUP_BATCH_SIZE) yield items.slice(i, i + LOOKUP_BATCH_SIZE);
}

/** The import's Source: keyed by the content hash, so importing the same file again reuses it unchanged. */
function importSource(read: ReadResult, context: ImportContext, stored: Source[]): Source {
  const id = `import-${read.hash.slice(0, 16)}`;
  const existing = stored.find((s) => s.id === id);
  if (existing) return existing;
  const now = (context.now ?? new Date()).toISOString();
  return {
    id,
    title: `Import of ${read.fileName}`,
    publisher: context.who,
    published: now.slice(0, 10),
    datePrecision: "day",
    file: read.fileName,
    description: `sha256 ${read.hash}; imported ${now} by ${context.who}`,
  };
}

function compare<T extends { id: string }>(items: T[], byId: ReadonlyMap<string, T>): Tally {
  const tally: Tally = { created: 0, updated: 0, unchanged: 0 };
  for (const item of items) {
    const current = byId.get(item.id);
    if (!current) tally.created++;
    else if (isDeepStrictEqual(current, item)) tally.unchanged++;
    else tally.updated++;
  }
  return tally;
}

/** validateGraphExport names a path ("edges.3.properties.x"): point it back at the file. */
function locate(error: DomainError, read: ReadResult): ImportIssue {
  const path = String(error.details?.path ?? "").split(".");
  const [kind, index, ...rest] = path;
  const list: Located<GraphNode | GraphEdge>[] | undefined =
    kind === "nodes" ? read.graph.nodes : kind === "edges" ? read.graph.edges : undefined;
  const origin = list?.[Number(index)]?.origin ?? {
    file: read.fileName,
    element: kind ? `${kind}[${index}]` : undefined,
  };
  return { ...origin, field: rest.join(".") || undefined, message: error.message.replace(/^load: /, "") };
}
