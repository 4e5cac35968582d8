// The API document's entries for curation, import, the Cypher console, saved queries and briefings.
import { z } from "zod";
import { codes, json, JSON_BODY, STORE, WRITE, type Operation } from "./operation.js";
import * as res from "./response-schemas.js";
import * as req from "./request-schemas.js";

const EDIT = codes(STORE, JSON_BODY, WRITE, ["not_found", "conflict"]);
const CONSOLE = codes(STORE, JSON_BODY, [
  "cypher_syntax",
  "unauthorized",
  "read_only",
  "forbidden_procedure",
  "cypher_unavailable",
  "query_too_expensive",
]);
const BRIEFING_CONTENT = {
  "text/html": z.string(),
  "text/markdown": z.string(),
  "application/json": res.Briefing,
  "application/pdf": null,
};
const BRIEFING_ERRORS = codes(STORE, ["not_found", "not_implemented", "cypher_unavailable"]);

export const writeOperations = (): Operation[] => [
  ...(["node", "edge"] as const).flatMap((kind): Operation[] => {
    const plural = `/${kind}s`;
    const answer = kind === "node" ? res.NodeAnswer : res.EdgeAnswer;
    const create = kind === "node" ? req.bodies.nodeCreate : req.bodies.edgeCreate;
    const patch = kind === "node" ? req.bodies.nodePatch : req.bodies.edgePatch;
    const params = { id: req.idParam(kind) };
    return [
      {
        method: "post",
        path: plural,
        tag: "Curation",
        summary: `Create a ${kind}`,
        write: true,
        body: { required: true, content: json(create) },
        ok: { status: 201, description: `The new ${kind}.`, content: json(answer) },
        errors: EDIT,
      },
      {
        method: "patch",
        path: `${plural}/:id`,
        tag: "Curation",
        summary: `Change some fields of a ${kind}`,
        write: true,
        params,
        body: { required: true, content: json(patch) },
        ok: { status: 200, description: `The ${kind} after the change.`, content: json(answer) },
        errors: EDIT,
      },
      {
        method: "delete",
        path: `${plural}/:id`,
        tag: "Curation",
        summary: kind === "node" ? "Delete a node and its relationships" : "Delete a relationship",
        write: true,
        params,
        ok: {
          status: 200,
          description: "What was deleted.",
          content: json(kind === "node" ? res.NodeDeleted : res.EdgeDeleted),
        },
        errors: EDIT,
      },
    ];
  }),
  {
    method: "post",
    path: "/merge",
    tag: "Curation",
    summary: "Merge one entity into another",
    write: true,
    body: { required: true, content: json(req.bodies.merge) },
    ok: { status: 200, description: "The kept entity and what moved.", content: json(res.MergeResult) },
    errors: EDIT,
  },
  {
    method: "post",
    path: "/import",
    tag: "Import",
    summary: "Upload a graph (JSON, CSV, GEXF, GraphML): dry run or apply",
    description:
      "Send the file as the raw body (Content-Type application/json, application/gexf+xml, application/graphml+xml " +
      "or application/xml) or as multipart/form-data (file, or nodes + relationships for CSV). With " +
      "`Accept: application/x-ndjson` an applied import streams progress lines, then the result.",
    write: true,
    params: req.importParams(),
    body: {
      required: true,
      content: {
        "application/json": null,
        "application/gexf+xml": null,
        "application/graphml+xml": null,
        "application/xml": null,
        "text/xml": null,
        "multipart/form-data": req.bodies.multipartImport,
      },
    },
    ok: { status: 200, description: "What the import did or would do.", content: json(res.ImportResult) },
    errors: codes(STORE, WRITE, ["payload_too_large", "conflict"]),
  },
  {
    method: "post",
    path: "/cypher",
    tag: "Console",
    summary: "Run a Cypher query (Neo4j store only; write mode needs the API token)",
    body: { required: true, content: json(req.bodies.cypher()) },
    ok: {
      status: 200,
      description: "Rows, the graph they hold and a summary.",
      content: json(res.CypherResult),
    },
    errors: CONSOLE,
  },
  {
    method: "post",
    path: "/cypher/explain",
    tag: "Console",
    summary: "The plan of a Cypher query, without running it",
    body: { required: true, content: json(req.bodies.explain) },
    ok: { status: 200, description: "The plan as a tree.", content: json(res.CypherPlan) },
    errors: CONSOLE,
  },
  {
    method: "get",
    path: "/queries",
    tag: "Console",
    summary: "The saved queries and whether this store can run them",
    ok: { status: 200, description: "The saved queries.", content: json(res.SavedQueries) },
    errors: STORE,
  },
  {
    method: "post",
    path: "/queries/:name/run",
    tag: "Console",
    summary: "Run a saved query, read-only",
    params: { name: { in: "path", schema: z.string().min(1), description: "The saved query's name." } },
    body: { required: false, content: json(req.bodies.savedQueryRun) },
    ok: { status: 200, description: "As POST /api/cypher.", content: json(res.CypherResult) },
    errors: codes(CONSOLE, ["not_found"]),
  },
  {
    method: "get",
    path: "/briefings/:id",
    tag: "Briefings",
    summary: "A research briefing on one entity",
    params: { id: req.idParam("entity"), ...req.briefingParams() },
    ok: { status: 200, description: "The briefing in the asked format.", content: BRIEFING_CONTENT },
    errors: BRIEFING_ERRORS,
  },
  {
    method: "post",
    path: "/briefings",
    tag: "Briefings",
    summary: "A briefing on a set of entities, or on a saved query's result",
    params: req.briefingParams(),
    body: { required: true, content: json(req.bodies.briefing) },
    ok: { status: 200, description: "The briefing in the asked format.", content: BRIEFING_CONTENT },
    errors: codes(BRIEFING_ERRORS, JSON_BODY),
  },
];
