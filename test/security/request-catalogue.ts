// One valid request per API route (on the seed graph), the starting point that bad-input and injection tests mutate.

/** A request before encoding: path parameters, query pairs and a body kept apart so each can be mutated. */
export interface CatalogueEntry {
  /** "GET /api/nodes/:id", for reports. */
  route: string;
  method: string;
  /** The path with `:name` placeholders filled from `params`. */
  path: string;
  params: Record<string, string>;
  query: [string, string][];
  /** A JSON body (sent as application/json), a raw text body with its type, or a multipart upload. */
  body?: { json: unknown } | { raw: string; type: string } | { multipart: MultipartPart[] };
  /** Sends the API token: the route writes, so it must get past write access to reach validation. */
  write: boolean;
  /**
   * Names (path parameter, query name or top-level body key) a bad-input run must leave alone, because they
   * keep a write invalid by construction: an id that is already taken or does not exist, dryRun=true.
   */
  keep?: string[];
}

export interface MultipartPart {
  name: string;
  /** A file part when set. */
  filename?: string;
  contentType?: string;
  value: string;
}

/** Ids of the seed graph (seed/entities.yaml, seed/relationships.yaml). */
export const SEED_IDS = {
  node: "japan",
  other: "tsmc",
  edge: "alibaba--located-in--china",
  source: "register-2022-11",
} as const;
/** Ids no seed entity or relationship has: writes aimed at them are refused after full validation. */
export const MISSING_ID = "no-such-entity-bad-input";

const evidence = [{ sourceId: SEED_IDS.source, locator: "para 1", note: "a note" }];
const importGraph = {
  nodes: [
    { id: "imp-a", type: "Company", name: "Imported A", aliases: ["A"], properties: { founded: 2001 } },
  ],
  edges: [{ id: "imp-e", type: "FUNDS", source: "imp-a", target: SEED_IDS.node, properties: {}, evidence }],
  sources: [],
};
const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="g1"><data key="label">Graph one</data></node>
    <node id="g2"><data key="label">Graph two</data></node>
    <edge id="ge1" source="g1" target="g2"/>
  </graph>
</graphml>`;

const entry = (
  method: string,
  route: string,
  options: Partial<Omit<CatalogueEntry, "route" | "method" | "path">> = {},
): CatalogueEntry => ({
  route: `${method} ${route}`,
  method,
  path: route,
  params: options.params ?? {},
  query: options.query ?? [],
  body: options.body,
  write: options.write ?? false,
  keep: options.keep,
});

/** Every /api route with a valid request. Writes are aimed so that they cannot succeed (see `keep`). */
export function requestCatalogue(): CatalogueEntry[] {
  const { node, other, edge } = SEED_IDS;
  return [
    entry("GET", "/api/health"),
    entry("GET", "/api/health/live"),
    entry("GET", "/api/health/ready"),
    entry("GET", "/api/search", {
      query: [
        ["q", "jap"],
        ["limit", "10"],
        ["types", "Country,Company"],
      ],
    }),
    entry("GET", "/api/nodes/:id", { params: { id: node } }),
    entry("GET", "/api/nodes/:id/neighbors", {
      params: { id: node },
      query: [
        ["depth", "2"],
        ["limit", "50"],
        ["offset", "0"],
        ["types", "Company"],
        ["relTypes", "FUNDS,PARTNERS_WITH"],
        ["direction", "both"],
      ],
    }),
    entry("GET", "/api/paths", {
      query: [
        ["from", node],
        ["to", other],
        ["maxHops", "4"],
        ["k", "3"],
        ["relTypes", "FUNDS"],
      ],
    }),
    entry("POST", "/api/subgraph", { body: { json: { ids: [node, other], relTypes: ["FUNDS"] } } }),
    entry("GET", "/api/schema"),
    entry("GET", "/api/vocabulary"),
    entry("GET", "/api/sources"),
    entry("GET", "/api/export", { query: [["format", "json"]] }),
    entry("GET", "/api/audit", {
      query: [
        ["entity", node],
        ["limit", "10"],
      ],
    }),
    entry("GET", "/api/duplicates", { query: [["limit", "10"]] }),
    entry("GET", "/api/queries"),
    entry("POST", "/api/queries/:name/run", {
      params: { name: "neighbourhood" },
      body: { json: { params: { id: node }, limit: 10 } },
    }),
    entry("POST", "/api/cypher", { body: { json: { query: "MATCH (n) RETURN n LIMIT 1", mode: "read" } } }),
    entry("POST", "/api/cypher/explain", { body: { json: { query: "MATCH (n) RETURN n" } } }),
    entry("GET", "/api/briefings/:id", {
      params: { id: node },
      query: [
        ["format", "json"],
        ["since", "2022-01"],
        ["focus", other],
      ],
    }),
    entry("POST", "/api/briefings", { query: [["format", "md"]], body: { json: { ids: [node, other] } } }),
    entry("POST", "/api/briefings", {
      query: [["format", "json"]],
      body: { json: { query: "neighbourhood", params: { id: node } } },
    }),
    // Writes: a taken id, or ids that do not exist, so that every one is refused after validation.
    entry("POST", "/api/nodes", {
      write: true,
      keep: ["id"],
      body: {
        json: {
          id: node,
          type: "Company",
          name: "A name",
          aliases: ["alias"],
          properties: { founded: 1999 },
        },
      },
    }),
    entry("PATCH", "/api/nodes/:id", {
      write: true,
      keep: ["id"],
      params: { id: MISSING_ID },
      body: { json: { name: "New name", aliases: ["x"], properties: { tags: ["a", "b"] } } },
    }),
    entry("DELETE", "/api/nodes/:id", { write: true, keep: ["id"], params: { id: MISSING_ID } }),
    entry("POST", "/api/edges", {
      write: true,
      keep: ["source"],
      body: {
        json: { type: "FUNDS", source: MISSING_ID, target: node, properties: { amount: 5 }, evidence },
      },
    }),
    entry("PATCH", "/api/edges/:id", {
      write: true,
      keep: ["id"],
      params: { id: MISSING_ID },
      body: { json: { properties: { amount: 7 }, evidence } },
    }),
    entry("DELETE", "/api/edges/:id", { write: true, keep: ["id"], params: { id: MISSING_ID } }),
    entry("POST", "/api/merge", {
      write: true,
      keep: ["keep"],
      body: { json: { keep: MISSING_ID, merge: edge } },
    }),
    entry("POST", "/api/import", {
      write: true,
      keep: ["dryRun"],
      query: [
        ["dryRun", "true"],
        ["format", "json"],
      ],
      body: { json: importGraph },
    }),
    entry("POST", "/api/import", {
      write: true,
      keep: ["dryRun"],
      query: [["dryRun", "true"]],
      body: {
        multipart: [
          {
            name: "nodes",
            filename: "nodes.csv",
            value: "id:ID,type:LABEL,name,founded:int\ncsv-a,Company,CSV A,2001\n",
          },
          {
            name: "relationships",
            filename: "rels.csv",
            value: `source:START_ID,target:END_ID,type:TYPE\ncsv-a,${node},FUNDS\n`,
          },
        ],
      },
    }),
    entry("POST", "/api/import", {
      write: true,
      keep: ["dryRun"],
      query: [
        ["dryRun", "true"],
        ["filename", "g.graphml"],
        ["idPrefix", "x-"],
        ["nameAttr", "label"],
      ],
      body: { raw: graphml, type: "application/graphml+xml" },
    }),
  ];
}

/** Encode a multipart body with a fixed boundary. */
export function multipartBody(parts: MultipartPart[], boundary: string): string {
  const chunks = parts.map((part) => {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? "" : `; filename="${part.filename}"`}`;
    const type = part.contentType ?? (part.filename === undefined ? undefined : "text/csv");
    return `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ""}\r\n${part.value}\r\n`;
  });
  return `${chunks.join("")}--${boundary}--\r\n`;
}
