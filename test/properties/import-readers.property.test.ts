// Properties of the import readers: any bytes are read or reported (never a crash), and valid graphs round-trip.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../server/domain/errors.js";
import { IMPORT_FORMATS } from "../../server/domain/import/import-types.js";
import { readImport, type ImportInput } from "../../server/domain/import/read-input.js";
import { NODE_TYPES, REL_TYPES } from "../../server/domain/vocabulary.js";

const RUNS = { numRuns: 60 };
const file = (name: string, text: string | Uint8Array) => ({ name, data: Buffer.from(text) });

/** Text that looks a bit like each format, so the readers get past their first line now and then. */
const nearlyValid = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
  fc.json(),
  fc.array(fc.string(), { maxLength: 6 }).map((cells) => `id,name,type\n${cells.join(",")}\n`),
  fc
    .string()
    .map((text) => `<?xml version="1.0"?><gexf><graph><nodes><node id="${text}"/></nodes></graph></gexf>`),
  fc
    .string()
    .map((text) => `<graphml><graph edgedefault="directed"><node id="a">${text}</node></graph></graphml>`),
);

async function read(input: ImportInput) {
  try {
    return await readImport(input);
  } catch (error) {
    // The only throw readImport allows itself: a domain error (a missing file), never a parser crash.
    expect(error).toBeInstanceOf(DomainError);
    return undefined;
  }
}

describe("import readers on arbitrary input", () => {
  for (const format of IMPORT_FORMATS) {
    it(`${format}: never throws on any text, and every issue names the file and what was wrong`, async () => {
      await fc.assert(
        fc.asyncProperty(nearlyValid, async (text) => {
          const input: ImportInput =
            format === "csv"
              ? { format, nodes: file("nodes.csv", text), relationships: file("rels.csv", text) }
              : { format, file: file(`upload.${format}`, text) };
          const result = await read(input);
          expect(result).toBeDefined();
          for (const issue of result!.issues.items) {
            expect(["upload." + format, "nodes.csv", "rels.csv"]).toContain(issue.file);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }),
        RUNS,
      );
    });
  }
});

/** Ids and names: any unicode (quotes, slashes, `__proto__` included), trimmed and not empty. */
const text = fc
  .oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
    fc.constantFrom("__proto__", 'a"b', "x/y", "a,b"),
  )
  .filter(
    (s) => s.trim() === s && s.length > 0 && !s.includes(";") && !/[\r\n]/.test(s) && !s.includes("\u0000"),
  );

const graphs = fc
  .uniqueArray(fc.record({ id: text, name: text, type: fc.constantFrom(...NODE_TYPES) }), {
    selector: (n) => n.id,
    minLength: 1,
    maxLength: 8,
  })
  .chain((nodes) =>
    fc.record({
      nodes: fc.constant(nodes),
      edges: fc.uniqueArray(
        fc.record({
          id: text,
          source: fc.constantFrom(...nodes.map((n) => n.id)),
          target: fc.constantFrom(...nodes.map((n) => n.id)),
          type: fc.constantFrom(...REL_TYPES),
        }),
        { selector: (e) => e.id, maxLength: 8 },
      ),
    }),
  );
type Generated = typeof graphs extends fc.Arbitrary<infer G> ? G : never;

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvLines = (header: string[], rows: string[][]) =>
  [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\n") + "\n";

/** The same graph back; or, when a node id is an Object.prototype name, an issue naming that node. */
function expectRoundTrip(read: Awaited<ReturnType<typeof readImport>>, graph: Generated): void {
  const reserved = graph.nodes.find((n) => n.id in Object.prototype);
  if (!reserved) return expectSameGraph(read, graph);
  expect(read.issues.items).toContainEqual(
    expect.objectContaining({
      field: "id",
      message: expect.stringContaining(`"${reserved.id}" is a reserved name`),
    }),
  );
}

function expectSameGraph(read: Awaited<ReturnType<typeof readImport>>, graph: Generated): void {
  expect(read.issues.items).toEqual([]);
  expect(read.graph.nodes.map((n) => n.item)).toEqual(
    graph.nodes.map((n) => ({ ...n, aliases: [], properties: {} })),
  );
  expect(
    read.graph.edges.map(({ item }) => ({
      id: item.id,
      source: item.source,
      target: item.target,
      type: item.type,
    })),
  ).toEqual(graph.edges);
}

const xml = (value: string) =>
  value.replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);

/** GEXF 1.3 as Gephi writes it: the type as a node attribute, the relationship type as an edge attribute. */
function gexf(graph: Generated): string {
  const nodes = graph.nodes.map(
    (n) =>
      `<node id="${xml(n.id)}" label="${xml(n.name)}"><attvalues><attvalue for="0" value="${n.type}"/></attvalues></node>`,
  );
  const edges = graph.edges.map(
    (e) =>
      `<edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">` +
      `<attvalues><attvalue for="1" value="${e.type}"/></attvalues></edge>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
<attributes class="edge"><attribute id="1" title="type" type="string"/></attributes>
<nodes>${nodes.join("")}</nodes><edges>${edges.join("")}</edges></graph></gexf>`;
}

describe("import round trips of generated graphs", () => {
  it("CSV: nodes and relationships written as CSV read back as the same graph, or name a reserved node id", async () => {
    await fc.assert(
      fc.asyncProperty(graphs, async (graph) => {
        const nodes = csvLines(
          ["id", "name", "type"],
          graph.nodes.map((n) => [n.id, n.name, n.type]),
        );
        const rels = csvLines(
          ["id", "source", "target", "type"],
          graph.edges.map((e) => [e.id, e.source, e.target, e.type]),
        );
        const result = await readImport({
          format: "csv",
          nodes: file("n.csv", nodes),
          relationships: file("r.csv", rels),
        });
        expectRoundTrip(result, graph);
      }),
      RUNS,
    );
  });

  it("GEXF: a graph written as GEXF 1.3 reads back as the same graph, or names a reserved node id", async () => {
    await fc.assert(
      fc.asyncProperty(graphs, async (graph) => {
        const result = await readImport({
          format: "gexf",
          file: file("g.gexf", gexf(graph)),
          mapping: { typeAttr: "kind" },
        });
        expectRoundTrip(result, graph);
      }),
      RUNS,
    );
  });
});
