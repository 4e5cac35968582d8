// Turns uploaded files into a mapped graph: picks the parser for the format and collects every problem.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { InvalidArgumentError } from "../errors.js";
import { IssueList } from "./import-issues.js";
import type { ImportFormat, ImportMapping, RawGraph } from "./import-types.js";
import { parseCsvGraph } from "./parse-csv.js";
import { parseJsonGraph } from "./parse-json.js";
import { parseXmlGraph } from "./parse-xml.js";
import { toGraph, type MappedGraph } from "./to-graph.js";

/** One uploaded file: its name as the user knows it, and its bytes. */
export interface ImportFile {
  name: string;
  data: Buffer;
}

/** What to import: the format, its file(s) and the mapping. CSV takes `nodes` and/or `relationships`; the rest `file`. */
export interface ImportInput {
  format: ImportFormat;
  file?: ImportFile;
  nodes?: ImportFile;
  relationships?: ImportFile;
  mapping?: ImportMapping;
}

export interface ReadResult {
  graph: MappedGraph;
  /** Sources carried by the file (JSON only), unvalidated. */
  sources: unknown[];
  issues: IssueList;
  /** "graph.gexf", or "nodes.csv + relationships.csv". */
  fileName: string;
  /** sha256 of the file(s), hex: the import's identity. */
  hash: string;
}

/** Parse and map everything; never throws for bad content (that goes to `issues`), only for a missing file. */
export async function readImport(input: ImportInput): Promise<ReadResult> {
  const files = input.format === "csv" ? [input.nodes, input.relationships] : [input.file];
  const present = files.filter((f): f is ImportFile => f !== undefined);
  if (present.length === 0) {
    const what = input.format === "csv" ? "a nodes and/or a relationships file" : "a file";
    throw new InvalidArgumentError(`import: ${input.format} needs ${what}`, { parameter: "file" });
  }
  const hash = createHash("sha256");
  for (const f of present) hash.update(f.data);
  const raw = await parse(input);
  const issues = new IssueList();
  issues.addAll(raw.issues);
  const graph = toGraph(raw, input.mapping ?? {}, issues);
  return {
    graph,
    sources: raw.sources,
    issues,
    fileName: present.map((f) => f.name).join(" + "),
    hash: hash.digest("hex"),
  };
}

async function parse(input: ImportInput): Promise<RawGraph> {
  switch (input.format) {
    case "csv":
      return parseCsvGraph(csvInput(input.nodes), csvInput(input.relationships));
    case "json":
      return parseJsonGraph(input.file!.name, input.file!.data.toString("utf8"));
    case "gexf":
    case "graphml":
      return parseXmlGraph(
        input.format,
        input.file!.name,
        input.file!.data.toString("utf8"),
        input.mapping ?? {},
      );
  }
}

const CHUNK = 64 * 1024;

function csvInput(file?: ImportFile) {
  if (!file) return undefined;
  // Fed to csv-parse in chunks, as a file read from disk would be: memory stays flat for large files.
  function* chunks() {
    for (let i = 0; i < file!.data.length; i += CHUNK) yield file!.data.subarray(i, i + CHUNK);
  }
  return { name: file.name, stream: Readable.from(chunks()) };
}
