// Malformed files of every format: refused whole with the file, line or element and field; nothing written.
import { describe, expect, it } from "vitest";
import { ImportRefusedError } from "../../../../server/domain/import/import-issues.js";
import type { ImportInput } from "../../../../server/domain/import/read-input.js";
import { importGraph } from "../../../../server/domain/import/run-import.js";
import type { ImportIssue } from "../../../../server/domain/import/import-types.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";
import { fixtureGraph } from "../../../helpers/fixture-graph.js";
import { miserablesGexf, miserablesGraphml } from "./third-party-graphs.js";

const file = (name: string, text: string) => ({ name, data: Buffer.from(text) });

/** Runs the import (apply, not dry run) and returns its issues; asserts the store did not change. */
async function refusedIssues(input: ImportInput): Promise<ImportIssue[]> {
  const store = await createMemoryStore(fixtureGraph());
  const before = await store.exportAll();
  const error = await importGraph(store, input, { who: "test" }, { dryRun: false }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportRefusedError);
  expect(await store.exportAll()).toEqual(before);
  return (error as ImportRefusedError).details!.issues as ImportIssue[];
}

const NODES_HEADER = "id:ID,type:LABEL,name,founded:int\n";
const RELS_HEADER = "source:START_ID,target:END_ID,type:TYPE\n";

describe("malformed imports", () => {
  it("refuses JSON that does not parse, naming the line", async () => {
    const issues = await refusedIssues({
      format: "json",
      file: file("g.json", '{\n"nodes": [\n  {"id": "a",,}\n]}'),
    });
    expect(issues[0]).toMatchObject({ file: "g.json", line: 3 });
    expect(issues[0]!.message).toMatch(/not valid JSON/);
  });

  it("refuses a JSON node without a name, naming the element and the field", async () => {
    const text = JSON.stringify({
      nodes: [{ id: "x", type: "Company", aliases: [], properties: {} }],
      edges: [],
    });
    const issues = await refusedIssues({ format: "json", file: file("g.json", text) });
    expect(issues[0]).toMatchObject({ file: "g.json", element: 'nodes[0] "x"', field: "name" });
  });

  it("refuses a CSV row with the wrong number of columns, naming its line", async () => {
    const csv = NODES_HEADER + "a,Company,A,1990\nb,Company,B\n";
    const issues = await refusedIssues({ format: "csv", nodes: file("nodes.csv", csv) });
    expect(issues).toEqual([
      { file: "nodes.csv", line: 3, message: "expected 4 columns as in the header, got 3" },
    ]);
  });

  it("refuses a CSV cell that is not an integer in an :int column", async () => {
    const issues = await refusedIssues({
      format: "csv",
      nodes: file("nodes.csv", NODES_HEADER + "a,Company,A,19x0\n"),
    });
    expect(issues[0]).toMatchObject({ file: "nodes.csv", line: 2, field: "founded:int" });
    expect(issues[0]!.message).toBe('"19x0" is not an integer');
  });

  it("refuses a CSV node of a type outside the vocabulary", async () => {
    const issues = await refusedIssues({
      format: "csv",
      nodes: file("nodes.csv", NODES_HEADER + "a,Spaceship,A,1\n"),
    });
    expect(issues[0]).toMatchObject({ file: "nodes.csv", line: 2, field: "type" });
    expect(issues[0]!.message).toMatch(/unknown entity type "Spaceship"/);
  });

  it("refuses a generated CSV whose relationship at line 90,000 points to a missing node", async () => {
    const nodes = [NODES_HEADER];
    for (let i = 0; i < 1000; i++) nodes.push(`n${i},Company,Company ${i},${1900 + (i % 100)}\n`);
    const rels = [RELS_HEADER];
    for (let line = 2; line <= 100_000; line++) {
      const target = line === 90_000 ? "nowhere" : `n${line % 1000}`;
      rels.push(`n${(line * 7) % 1000},${target},PARTNERS_WITH\n`);
    }
    const issues = await refusedIssues({
      format: "csv",
      nodes: file("nodes.csv", nodes.join("")),
      relationships: file("relationships.csv", rels.join("")),
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "relationships.csv", line: 90_000, field: "target" });
    expect(issues[0]!.message).toMatch(/node "nowhere" is neither in the import nor in the store/);
  });

  it("refuses XML that is not well-formed, naming the line", async () => {
    const broken = miserablesGraphml().replace("</node>", "</nod>");
    const issues = await refusedIssues({ format: "graphml", file: file("g.graphml", broken) });
    expect(issues[0]!.line).toBe(10);
    expect(issues[0]!.message).toMatch(/not well-formed XML/);
  });

  it("refuses a GEXF edge to a missing node, naming the edge element", async () => {
    const gexf = miserablesGexf().replace('<edge id="5" source="', '<edge id="5" source="999');
    const issues = await refusedIssues({ format: "gexf", file: file("g.gexf", gexf) });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "g.gexf", element: 'edge "5"', field: "source" });
    expect(issues[0]!.message).toMatch(/points to node "999\d*", which the file does not define/);
  });

  it("refuses an XML file that holds no graph", async () => {
    const issues = await refusedIssues({
      format: "gexf",
      file: file("g.gexf", "<?xml version='1.0'?><html/>"),
    });
    expect(issues[0]!.message).toMatch(/has no <graph> element/);
  });

  it("reports a duplicate id within a file as a warning and keeps the last one", async () => {
    const store = await createMemoryStore();
    const csv = NODES_HEADER + "a,Company,First,1\na,Company,Second,2\n";
    const result = await importGraph(
      store,
      { format: "csv", nodes: file("nodes.csv", csv) },
      { who: "t" },
      { dryRun: false },
    );
    expect(result.warnings).toEqual([
      {
        file: "nodes.csv",
        line: 3,
        field: "id",
        message: 'node id "a" also appears at line 2; the last one wins',
      },
    ]);
    expect((await store.getNode("a"))?.name).toBe("Second");
  });
});
