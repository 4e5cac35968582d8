// Reads GEXF (Gephi) and GraphML (yEd, networkx, igraph) through graphology's parsers, with xmldom located errors.
import { createRequire } from "node:module";
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";
import type { AbstractGraph, Attributes } from "graphology-types";
import type { Properties, PropertyValue } from "../model.js";
import type { ImportIssue, ImportMapping, RawEdge, RawGraph, RawNode } from "./import-types.js";
import { reservedIdMessage } from "./to-graph.js";

type GraphClass = new (options?: Record<string, unknown>) => AbstractGraph;
type ParseFn = (
  graph: GraphClass,
  source: XmlDocument,
  options?: { addMissingNodes?: boolean },
) => AbstractGraph;
type ParserFactory = (domParser: unknown, document: unknown) => ParseFn;

// The packages' own entry points bind an older xmldom; their factories take ours, so one DOM serves both.
const require = createRequire(import.meta.url);
const Graph = require("graphology") as GraphClass;
const xmlDocumentClass = new DOMParser().parseFromString("<t/>", "application/xml").constructor;
const PARSERS: Record<"gexf" | "graphml", ParseFn> = {
  gexf: (require("graphology-gexf/common/parser.js") as ParserFactory)(DOMParser, xmlDocumentClass),
  graphml: (require("graphology-graphml/common/parser.js") as ParserFactory)(DOMParser, xmlDocumentClass),
};

/** Attributes that say how a node is drawn, not what it is: kept out of `properties`. */
const DRAWING_ATTRIBUTES = new Set(["x", "y", "z", "size", "color", "shape", "thickness"]);

/** Parse a GEXF or GraphML document. XML errors carry line and column; edges to missing nodes name the edge. */
export function parseXmlGraph(
  format: "gexf" | "graphml",
  file: string,
  text: string,
  mapping: ImportMapping,
): RawGraph {
  const raw: RawGraph = { nodes: [], edges: [], sources: [], issues: [] };
  const doc = parseXml(file, text, raw.issues);
  if (!doc) return raw;
  const nodeElements = [...doc.getElementsByTagName("node")];
  const edgeElements = [...doc.getElementsByTagName("edge")];
  if (doc.getElementsByTagName("graph").length === 0) {
    raw.issues.push({ file, message: `not a ${format.toUpperCase()} file: it has no <graph> element` });
    return raw;
  }
  if (!checkElements(file, nodeElements, edgeElements, raw.issues)) return raw;
  let graph: AbstractGraph;
  try {
    graph = PARSERS[format](Graph, doc);
  } catch (error) {
    raw.issues.push({
      file,
      message: `could not read the ${format.toUpperCase()} graph: ${(error as Error).message}`,
    });
    return raw;
  }
  const nameAttr = mapping.nameAttr ?? "label";
  graph.forEachNode((id, attrs) => {
    raw.nodes.push({
      origin: { file, element: `node "${id}"` },
      id,
      type: mapping.typeAttr ? text_(attrs[mapping.typeAttr]) : undefined,
      name: text_(attrs[nameAttr]) ?? id,
      aliases: [],
      properties: properties(attrs, [nameAttr, mapping.typeAttr]),
    } satisfies RawNode);
  });
  // The parsers add edges in file order; elements without an id get graphology's generated key, which is
  // not stable between runs, so the element's position names them instead.
  let index = 0;
  const typeAttr = mapping.edgeTypeAttr ?? "type";
  graph.forEachEdge((_key, attrs, source, target) => {
    const element = edgeElements[index];
    const fileId = element?.getAttribute("id") || undefined;
    const locator = fileId ? `edge "${fileId}"` : `edge #${index + 1}`;
    raw.edges.push({
      origin: { file, element: locator, line: element?.lineNumber },
      id: fileId ?? `e${index + 1}`,
      type: text_(attrs[typeAttr]),
      source,
      target,
      properties: properties(attrs, [typeAttr]),
      evidence: [],
    } satisfies RawEdge);
    index++;
  });
  return raw;
}

function parseXml(file: string, text: string, issues: ImportIssue[]): XmlDocument | null {
  let problem: string | null = null;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning" && problem === null) problem = message;
    },
  });
  try {
    const doc = parser.parseFromString(text, "application/xml");
    if (problem !== null) throw Object.assign(new Error(problem), { locator: undefined });
    return doc;
  } catch (error) {
    const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const at = locator?.lineNumber
      ? nextToken(text, locator.lineNumber, locator.columnNumber ?? 1)
      : undefined;
    const column = at ? `, column ${at.column}` : "";
    issues.push({
      file,
      line: at?.line,
      message: `not well-formed XML${column}: ${problem ?? (error as Error).message}`,
    });
    return null;
  }
}

/** xmldom locates an error at the end of the token before the bad one: step over whitespace to the culprit. */
function nextToken(text: string, line: number, column: number): { line: number; column: number } {
  let offset = 0;
  for (let l = 1; l < line && offset !== -1; l++) offset = text.indexOf("\n", offset) + 1;
  offset += column - 1;
  while (offset < text.length && /\s/.test(text[offset]!)) offset++;
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

/** Node ids present and unique; every edge's ends among them. Reported per element, with its line. */
function checkElements(
  file: string,
  nodes: XmlElement[],
  edges: XmlElement[],
  issues: ImportIssue[],
): boolean {
  const before = issues.length;
  const ids = new Set<string>();
  nodes.forEach((node, i) => {
    const id = node.getAttribute("id");
    if (!id)
      issues.push({
        file,
        line: node.lineNumber,
        element: `node #${i + 1}`,
        field: "id",
        message: "the node has no id",
      });
    else if (ids.has(id))
      issues.push({
        file,
        line: node.lineNumber,
        element: `node "${id}"`,
        field: "id",
        message: "this node id appears twice",
      });
    else if (id in Object.prototype)
      // graphology keeps neighbours in plain objects, so its GEXF/GraphML parsers fail on these names.
      issues.push({
        file,
        line: node.lineNumber,
        element: `node "${id}"`,
        field: "id",
        message: reservedIdMessage(id),
      });
    else ids.add(id);
  });
  edges.forEach((edge, i) => {
    const element = edge.getAttribute("id") ? `edge "${edge.getAttribute("id")}"` : `edge #${i + 1}`;
    for (const end of ["source", "target"] as const) {
      const id = edge.getAttribute(end);
      if (!id || !ids.has(id))
        issues.push({
          file,
          line: edge.lineNumber,
          element,
          field: end,
          message: id ? `points to node "${id}", which the file does not define` : `the edge has no ${end}`,
        });
    }
  });
  return issues.length === before;
}

function text_(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  return String(value);
}

function properties(attrs: Attributes, skip: (string | undefined)[]): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(attrs)) {
    if (skip.includes(key) || DRAWING_ATTRIBUTES.has(key) || value === undefined) continue;
    out[key] = toValue(value);
  }
  return out;
}

function toValue(value: unknown): PropertyValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(toValue);
  return JSON.stringify(value);
}
