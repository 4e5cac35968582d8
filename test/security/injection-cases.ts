// Builds the injection requests: one payload in one string parameter of search, expand, paths, briefings or import.
import type { RawRequest } from "../helpers/raw-http.js";
import { multipartBody, SEED_IDS } from "./request-catalogue.js";

export interface InjectionCase {
  /** "search.q", "import.json.node.name", … */
  parameter: string;
  request: RawRequest;
  /** Must be refused (an apply with an invalid type); otherwise any answer below 500 will do. */
  refused?: boolean;
  /** How many payloads the request carries (batches); 1 when absent. */
  payloads?: number;
}

const enc = encodeURIComponent;
const { node, other, source } = SEED_IDS;
const BOUNDARY = "injection-boundary";

/** GET parameters: [name, path builder]. */
const GETS: [string, (p: string) => string][] = [
  ["search.q", (p) => `/api/search?q=${enc(p)}`],
  ["search.types", (p) => `/api/search?q=jap&types=${enc(p)}`],
  ["search.limit", (p) => `/api/search?q=jap&limit=${enc(p)}`],
  ["node.id", (p) => `/api/nodes/${enc(p)}`],
  ["expand.id", (p) => `/api/nodes/${enc(p)}/neighbors`],
  ...(["types", "relTypes", "depth", "offset", "limit", "direction"] as const).map(
    (name): [string, (p: string) => string] => [
      `expand.${name}`,
      (p) => `/api/nodes/${node}/neighbors?${name}=${enc(p)}`,
    ],
  ),
  ["paths.from", (p) => `/api/paths?from=${enc(p)}&to=${other}`],
  ["paths.to", (p) => `/api/paths?from=${node}&to=${enc(p)}`],
  ...(["relTypes", "maxHops", "k"] as const).map((name): [string, (p: string) => string] => [
    `paths.${name}`,
    (p) => `/api/paths?from=${node}&to=${other}&${name}=${enc(p)}`,
  ]),
  ["briefings.id", (p) => `/api/briefings/${enc(p)}?format=json`],
  ["briefings.format", (p) => `/api/briefings/${node}?format=${enc(p)}`],
  ["briefings.since", (p) => `/api/briefings/${node}?format=json&since=${enc(p)}`],
];

/** A JSON import with one node and one edge per payload; `set` puts the payload in one field of each. */
function jsonImport(
  payloads: readonly string[],
  set: (n: ImportNode, e: ImportEdge, p: string) => void,
): string {
  const graph = { nodes: [] as ImportNode[], edges: [] as ImportEdge[], sources: [] };
  payloads.forEach((p, i) => {
    const n: ImportNode = {
      id: `inj-node-${i}`,
      type: "Company",
      name: "Injected",
      aliases: [],
      properties: { note: "x" },
    };
    const e: ImportEdge = {
      id: `inj-edge-${i}`,
      type: "FUNDS",
      source: n.id,
      target: node,
      properties: {},
      evidence: [{ sourceId: source, locator: "para 1", note: "n" }],
    };
    set(n, e, p);
    graph.nodes.push(n);
    graph.edges.push(e);
  });
  return JSON.stringify(graph);
}

interface ImportNode {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
}

interface ImportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  evidence: { sourceId: string; locator: string; note: string }[];
}

const JSON_FIELDS: [string, (n: ImportNode, e: ImportEdge, p: string) => void][] = [
  ["node.id", (n, e, p) => ((n.id = p), (e.source = p))],
  ["node.name", (n, _e, p) => (n.name = p)],
  ["node.type", (n, _e, p) => (n.type = p)],
  ["node.alias", (n, _e, p) => (n.aliases = [p])],
  ["node.propertyKey", (n, _e, p) => (n.properties = { [p]: 1 })],
  ["node.propertyValue", (n, _e, p) => (n.properties = { note: p })],
  ["edge.id", (_n, e, p) => (e.id = p)],
  ["edge.type", (_n, e, p) => (e.type = p)],
  ["edge.source", (_n, e, p) => (e.source = p)],
  ["edge.target", (_n, e, p) => (e.target = p)],
  ["edge.propertyKey", (_n, e, p) => (e.properties = { [p]: "v" })],
  ["evidence.sourceId", (_n, e, p) => (e.evidence[0]!.sourceId = p)],
  ["evidence.locator", (_n, e, p) => (e.evidence[0]!.locator = p)],
  ["evidence.note", (_n, e, p) => (e.evidence[0]!.note = p)],
];

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const lines = (ps: readonly string[], row: (p: string, i: number) => string) => ps.map(row).join("\n");
const CSV_FIELDS: [string, (ps: readonly string[]) => { nodes: string; relationships: string }][] = [
  [
    "nodes.header",
    (ps) => ({
      nodes: `id:ID,type:LABEL,name,${ps.map(csvCell).join(",")}\ncsv-a,Company,A,${ps.map(() => 1).join(",")}\n`,
      relationships: "",
    }),
  ],
  [
    "nodes.id",
    (ps) => ({
      nodes: `id:ID,type:LABEL,name\n${lines(ps, (p) => `${csvCell(p)},Company,A`)}\n`,
      relationships: "",
    }),
  ],
  [
    "nodes.type",
    (ps) => ({
      nodes: `id:ID,type:LABEL,name\n${lines(ps, (p, i) => `csv-${i},${csvCell(p)},A`)}\n`,
      relationships: "",
    }),
  ],
  [
    "nodes.name",
    (ps) => ({
      nodes: `id:ID,type:LABEL,name\n${lines(ps, (p, i) => `csv-${i},Company,${csvCell(p)}`)}\n`,
      relationships: "",
    }),
  ],
  [
    "relationships.type",
    (ps) => ({
      nodes: "id:ID,type:LABEL,name\ncsv-a,Company,CSV A\n",
      relationships: `source:START_ID,target:END_ID,type:TYPE\n${lines(ps, (p) => `csv-a,${node},${csvCell(p)}`)}\n`,
    }),
  ],
];

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="g1"><data key="label">Graph one</data><data key="kind">Company</data></node>
    <node id="g2"><data key="label">Graph two</data></node>
    <edge id="ge1" source="g1" target="g2"/>
  </graph>
</graphml>`;

/**
 * The cases for one payload in each parameter that holds one value: each GET parameter, the saved-query
 * briefing (when the store has a console: 501 on the memory store, by design) and each import option.
 */
export function scalarCases(payload: string, token: string, withConsole: boolean): InjectionCase[] {
  const cases: InjectionCase[] = GETS.map(([parameter, path]) => ({
    parameter,
    request: { method: "GET", path: path(payload) },
  }));
  if (withConsole) {
    // The payload as the saved query's name, and as its $id parameter.
    cases.push(postJson("briefings.query", "/api/briefings?format=json", { query: payload }));
    cases.push(
      postJson("briefings.params", "/api/briefings?format=json", {
        query: "neighbourhood",
        params: { id: payload },
      }),
    );
  }
  for (const name of [
    "format",
    "typeAttr",
    "nameAttr",
    "edgeTypeAttr",
    "idPrefix",
    "filename",
    "batchSize",
  ]) {
    cases.push({
      parameter: `import.query.${name}`,
      request: {
        method: "POST",
        path: `/api/import?dryRun=true&${name === "format" ? "" : "format=graphml&"}${name}=${enc(payload)}`,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/graphml+xml" },
        body: GRAPHML,
      },
    });
  }
  return cases;
}

/**
 * The cases for parameters that take many values at once (id lists, import files): the payloads travel
 * `batch` to a request (one per node, edge or row), which keeps the Neo4j run short without skipping any.
 * Applies carry the payloads as node types, so each must be refused whole.
 */
export function batchCases(payloads: readonly string[], token: string, batch: number): InjectionCase[] {
  const auth = { authorization: `Bearer ${token}` };
  const chunks = (size: number) =>
    Array.from({ length: Math.ceil(payloads.length / size) }, (_, i) =>
      payloads.slice(i * size, (i + 1) * size),
    );
  const cases: InjectionCase[] = [];
  const add = (c: InjectionCase, carried: readonly string[], refused = false) =>
    cases.push({ ...c, payloads: carried.length, ...(refused ? { refused } : {}) });
  add(postJson("subgraph.ids", "/api/subgraph", { ids: [...payloads, node] }), payloads);
  for (const ids of chunks(50)) add(postJson("briefings.ids", "/api/briefings?format=json", { ids }), ids);
  for (const focus of chunks(10)) {
    const path = `/api/briefings/${node}?format=json&focus=${enc(focus.join(","))}`;
    add({ parameter: "briefings.focus", request: { method: "GET", path } }, focus);
  }
  const json = (parameter: string, query: string, body: string) =>
    importCase(parameter, query, auth, "application/json", body);
  const csv = (parameter: string, query: string, files: { nodes: string; relationships: string }) =>
    importCase(parameter, query, auth, MULTIPART, multipartBody(csvParts(files), BOUNDARY));
  for (const group of chunks(batch)) {
    for (const [field, set] of JSON_FIELDS)
      add(json(`import.json.${field}`, "dryRun=true&format=json", jsonImport(group, set)), group);
    for (const [field, files] of CSV_FIELDS)
      add(csv(`import.csv.${field}`, "dryRun=true&format=csv", files(group)), group);
    const typed = jsonImport(group, (n, _e, p) => ((n.type = p), (n.name = p)));
    add(json("import.apply.json.node.type", "dryRun=false&format=json", typed), group, true);
    const rows = group.map((p, i) => `csv-${i},${csvCell(p)},x`).join("\n");
    const nodes = `id:ID,type:LABEL,name\n${rows}\n`;
    add(
      csv("import.apply.csv.nodes.type", "dryRun=false&format=csv", { nodes, relationships: "" }),
      group,
      true,
    );
  }
  return cases;
}

const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

function postJson(parameter: string, path: string, body: unknown): InjectionCase {
  return {
    parameter,
    request: {
      method: "POST",
      path,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    },
  };
}

function importCase(
  parameter: string,
  query: string,
  auth: Record<string, string>,
  type: string,
  body: string,
): InjectionCase {
  return {
    parameter,
    request: {
      method: "POST",
      path: `/api/import?${query}`,
      headers: { ...auth, "content-type": type },
      body,
    },
  };
}

function csvParts({ nodes, relationships }: { nodes: string; relationships: string }) {
  const parts = [{ name: "nodes", filename: "nodes.csv", value: nodes }];
  if (relationships) parts.push({ name: "relationships", filename: "rels.csv", value: relationships });
  return parts;
}

/** A JSON import that stores every payload as a node's name, alias and property value, and as an edge's evidence. */
export function roundTripImport(payloads: readonly string[]): string {
  return JSON.stringify({
    nodes: payloads.map((p, i) => ({
      id: `inj-rt-${i}`,
      type: "Company",
      name: p,
      aliases: [p],
      properties: { note: p },
    })),
    edges: payloads.map((p, i) => ({
      id: `inj-rt-e${i}`,
      type: "FUNDS",
      source: `inj-rt-${i}`,
      target: node,
      properties: { note: p },
      evidence: [{ sourceId: source, locator: "para 1", note: p }],
    })),
    sources: [],
  });
}
