// zod schemas of what the API answers, mirroring server/domain/model.ts and the use cases' return types.
import { z } from "zod";
import { AUDIT_ACTIONS } from "../../domain/audit.js";
import { DATE_PRECISIONS } from "../../domain/vocabulary.js";
import { named } from "./json-schema.js";

// Types are plain strings here: the vocabulary can be extended by configuration (vocabulary-config.ts).
export const PropertyValue: z.ZodType = named(
  z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(PropertyValue)])),
  "PropertyValue",
  "A JSON scalar, or a list of them.",
);
const Properties = z.record(z.string(), PropertyValue);
const Tally = z.object({ created: z.int(), updated: z.int(), unchanged: z.int() });

export const GraphNode = named(
  z.object({
    id: z.string(),
    type: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    properties: Properties,
  }),
  "GraphNode",
  "An entity of the graph.",
);
export const Evidence = named(
  z.object({ sourceId: z.string(), locator: z.string(), note: z.string() }),
  "Evidence",
  "Where a source supports a relationship: the source, the place in it and the claim.",
);
export const GraphEdge = named(
  z.object({
    id: z.string(),
    type: z.string(),
    source: z.string(),
    target: z.string(),
    properties: Properties,
    evidence: z.array(Evidence),
  }),
  "GraphEdge",
  "A relationship, read as `source TYPE target`.",
);
export const Source = named(
  z.object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    published: z.string(),
    datePrecision: z.enum(DATE_PRECISIONS),
    url: z.string().optional(),
    file: z.string().optional(),
    description: z.string().optional(),
  }),
  "Source",
  "A cited source.",
);
export const Subgraph = named(
  z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge), truncated: z.boolean() }),
  "Subgraph",
);
export const GraphExport = named(
  z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge), sources: z.array(Source) }),
  "GraphExport",
  "The whole graph, in the format the loader and POST /api/import (format=json) read.",
);
export const Overview = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  truncated: z.boolean(),
  nodeCount: z.int(),
  edgeCount: z.int(),
});
export const Positions = z.object({
  status: z.enum(["ready", "computing", "none"]),
  positions: z.record(z.string(), z.array(z.number()).length(2).describe("[x, y]")),
});
const Counts = z.object({ nodes: z.int(), relationships: z.int() });

export const Health = z.object({
  status: z.literal("ok"),
  store: z.enum(["memory", "neo4j"]),
  version: z.string().optional(),
  counts: Counts,
});
export const Live = z.object({ status: z.literal("live") });
export const Ready = z.object({ status: z.literal("ready"), store: z.string() });
export const SearchResults = z.object({
  results: z.array(z.object({ ...GraphNode.shape, score: z.number() })),
});
export const NodeWithDegree = z.object({
  node: GraphNode,
  degree: z.object({ total: z.int(), byType: z.record(z.string(), z.int()) }),
});
export const Paths = z.object({
  paths: z.array(z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) })),
});
export const SchemaSummary = z.object({
  nodeTypes: z.array(z.object({ type: z.string(), count: z.int() })),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.int() })),
});
export const Vocabulary = z.object({ nodeTypes: z.array(z.string()), relTypes: z.array(z.string()) });
export const Sources = z.object({ sources: z.array(Source) });

export const NodeAnswer = z.object({ node: GraphNode });
export const EdgeAnswer = z.object({ edge: GraphEdge });
export const NodeDeleted = z.object({ deleted: z.object({ node: z.string(), relationships: z.int() }) });
export const EdgeDeleted = z.object({ deleted: z.object({ edge: z.string() }) });
export const MergeResult = z.object({
  node: GraphNode,
  rewired: z.array(z.string()),
  folded: z.array(z.object({ from: z.string(), into: z.string() })),
  droppedSelfLoops: z.array(z.string()),
  conflicts: z.array(
    z.object({ on: z.string(), key: z.string(), kept: z.unknown(), discarded: z.unknown() }),
  ),
});

const NodeRef = z.object({ id: z.string(), name: z.string(), type: z.string() });
export const Duplicates = z.object({
  candidates: z.array(
    z.object({ a: NodeRef, b: NodeRef, score: z.number().min(0).max(1), reasons: z.array(z.string()) }),
  ),
});
export const Audit = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      actor: z.string(),
      action: z.enum(AUDIT_ACTIONS),
      entityIds: z.array(z.string()),
      summary: z.string(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});

export const ImportResult = z.object({
  dryRun: z.boolean(),
  file: z.string(),
  sha256: z.string(),
  source: Source,
  summary: z.object({ nodes: Tally, edges: Tally, sources: Tally }),
  applied: z.object({ nodes: Tally, edges: Tally, sources: Tally }).optional(),
  batches: z.object({ done: z.int(), total: z.int() }),
  cancelled: z.boolean(),
  warnings: z.array(z.object({ file: z.string(), message: z.string() })),
});

export const SavedQueries = z.object({
  queries: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      params: z.array(
        z.object({ name: z.string(), type: z.string(), description: z.string(), default: z.unknown() }),
      ),
      query: z.string(),
    }),
  ),
  runnable: z.boolean(),
});
export const CypherResult = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) }),
  summary: z.object({
    queryType: z.enum(["r", "w", "rw", "s"]),
    counters: z.record(z.string(), z.number()),
    resultAvailableAfterMs: z.number(),
    notifications: z.array(z.object({ code: z.string(), title: z.string() })),
  }),
  truncated: z.boolean(),
});
export const CypherPlan = z.object({
  plan: z.object({ operator: z.string(), children: z.array(z.unknown()) }),
});

/** The JSON briefing: its top level; the parts are documented in server/domain/briefing/types.ts. */
export const Briefing = z.object({
  kind: z.enum(["entity", "set", "query"]),
  title: z.string(),
  subjects: z.array(NodeRef),
  generatedAt: z.string(),
  counts: z.object({ entities: z.int(), relationships: z.int(), sources: z.int() }),
  summary: z.array(z.object({ text: z.string(), citations: z.array(z.unknown()) })),
  relationships: z.array(z.unknown()),
  references: z.array(z.unknown()),
});
