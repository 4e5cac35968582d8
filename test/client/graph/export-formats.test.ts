// Exports: SVG and CSV escaping, and GEXF/GraphML/JSON files that graphology's own parsers read back whole.
import { MultiDirectedGraph, MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import { csvField, edgesCsv, nodesCsv, toCsv } from "../../../client/src/graph/export-csv.js";
import { flattenProperties, type ExportSet } from "../../../client/src/graph/export-data.js";
import { toGexf, toGraphml, toJson } from "../../../client/src/graph/export-graph.js";
import { escapeXml, safeColor, toSvg } from "../../../client/src/graph/export-svg.js";

const hostile = `<script>alert("x")</script> & 'Co'`;
const nodes: GraphNode[] = [
  {
    id: "jp",
    type: "Country",
    name: "Japan",
    aliases: ["Nippon", "日本"],
    properties: { description: hostile, founded: 1947 },
  },
  {
    id: "fund-1",
    type: "Funding",
    name: "¥350bn, for 2nm",
    aliases: [],
    properties: { amount: 350e9, currency: "JPY", confirmed: true, tags: ["a", "b"] },
  },
];
const edges: GraphEdge[] = [
  {
    id: "e-1",
    type: "FUNDS",
    source: "jp",
    target: "fund-1",
    properties: { date: "2022-11", label: "clash" },
    evidence: [
      { sourceId: "src-a", locator: "para 5", note: "n" },
      { sourceId: "src-a", locator: "para 6", note: "m" },
    ],
  },
];
const set: ExportSet = {
  nodes: [
    { node: nodes[0]!, x: 10, y: -20, size: 12, color: "#4e79a7" },
    { node: nodes[1]!, x: 30.5, y: 40, size: 8, color: "#9c755f" },
  ],
  edges: [{ edge: edges[0]!, size: 3, color: "#b9bcc4" }],
};

describe("SVG export", () => {
  it("escapes markup in labels so a name can never become an element", () => {
    const svg = toSvg({
      width: 100,
      height: 80,
      background: "#fff",
      labelColor: "#000",
      nodes: [{ x: 10, y: 10, size: 5, color: "#f00", label: hostile }],
      edges: [{ x1: 0, y1: 0, x2: 10, y2: 10, size: 1, color: "#000", curvature: 0.3, targetSize: 5 }],
    });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;Co&#39;");
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.getElementsByTagName("circle").length).toBe(1);
    expect(doc.getElementsByTagName("text")[0]!.textContent).toBe(hostile);
    // A curved edge is a quadratic path plus its arrowhead.
    expect(doc.getElementsByTagName("path")[0]!.getAttribute("d")).toContain("Q");
  });

  it("replaces colours that are not colours, so attributes cannot be broken out of", () => {
    expect(safeColor('red" onload="x')).toBe("#888888");
    expect(safeColor("rgba(1, 2, 3, 0.5)")).toBe("rgba(1, 2, 3, 0.5)");
    expect(escapeXml(`"'<>&`)).toBe("&#34;&#39;&#60;&#62;&#38;");
  });

  it("replaces characters XML cannot carry (NUL, controls, lone surrogates), so hostile names still give a file that parses", () => {
    expect(escapeXml("a\u0000b\u0001c\tline\nend\uD800")).toBe("a\uFFFDb\uFFFDc\tline\nend\uFFFD");
    expect(escapeXml("chip \u{1F600}")).toBe("chip \u{1F600}");
  });
});

describe("CSV export", () => {
  it("quotes commas, quotes and line breaks, and doubles inner quotes", () => {
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField(3.5)).toBe("3.5");
    expect(csvField(undefined)).toBe("");
  });

  it("defuses spreadsheet formulas in text but leaves negative numbers alone", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-4)).toBe("-4");
  });

  it("writes a header with the lead columns first, then every other column", () => {
    const csv = toCsv(
      ["id"],
      [
        { id: "a", b: 1 },
        { id: "c", d: true },
      ],
    );
    expect(csv).toBe("id,b,d\r\na,1,\r\nc,,true\r\n");
  });

  it("exports node and edge rows with their properties", () => {
    const lines = nodesCsv(set).trim().split("\r\n");
    expect(lines[0]).toBe("id,name,nodeType,x,y,aliases,description,founded,amount,currency,confirmed,tags");
    expect(lines[2]).toContain('"¥350bn, for 2nm"');
    const edgeLines = edgesCsv(set).trim().split("\r\n");
    expect(edgeLines[0]).toBe("id,source,target,relType,evidenceCount,evidenceSources,date,prop_label");
    expect(edgeLines[1]).toBe("e-1,jp,fund-1,FUNDS,2,src-a,2022-11,clash");
  });
});

describe("graph file exports", () => {
  it("flattens properties to typed scalars and renames drawing attributes", () => {
    expect(flattenProperties({ n: 1, t: ["a", "b"], o: { k: 1 }, size: 3, gone: null })).toEqual({
      n: 1,
      t: "a; b",
      o: '{"k":1}',
      prop_size: 3,
    });
  });

  it("writes GEXF that graphology parses back with positions, colours, sizes and typed attributes", () => {
    const gexf = toGexf(set);
    // Gephi reads column types from these declarations.
    expect(gexf).toContain('<attribute id="founded" title="founded" type="integer"/>');
    expect(gexf).toContain('<attribute id="confirmed" title="confirmed" type="boolean"/>');
    expect(gexf).toContain('<viz:position x="10" y="-20"/>');
    const graph = parseGexf(MultiDirectedGraph, gexf);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    const jp = graph.getNodeAttributes("jp");
    expect(jp).toMatchObject({ label: "Japan", x: 10, y: -20, size: 12, nodeType: "Country", founded: 1947 });
    expect(jp.color).toMatch(/^(#4e79a7|rgb\(78,\s*121,\s*167\))$/);
    expect(jp.description).toBe(hostile);
    expect(graph.getNodeAttribute("fund-1", "amount")).toBe(350e9);
    expect(graph.getNodeAttribute("fund-1", "confirmed")).toBe(true);
    const e = graph.getEdgeAttributes(graph.edges()[0]!);
    expect(e).toMatchObject({ label: "FUNDS", relType: "FUNDS", evidenceCount: 2, thickness: 3 });
    expect(graph.source(graph.edges()[0]!)).toBe("jp");
  });

  it("writes GraphML that graphology parses back with typed keys", () => {
    const graph = parseGraphml(MultiDirectedGraph, toGraphml(set));
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttributes("jp")).toMatchObject({
      label: "Japan",
      x: 10,
      y: -20,
      founded: 1947,
      description: hostile,
    });
    expect(graph.getNodeAttribute("fund-1", "confirmed")).toBe(true);
    expect(graph.getNodeAttribute("fund-1", "aliases")).toBe("");
    expect(graph.getEdgeAttributes(graph.edges()[0]!)).toMatchObject({ relType: "FUNDS", evidenceCount: 2 });
  });

  it("writes JSON in the API's shape with positions, readable back as the same records", () => {
    const data = JSON.parse(toJson(set)) as {
      nodes: GraphNode[];
      edges: GraphEdge[];
      positions: Record<string, unknown>;
    };
    expect(data.nodes).toEqual(nodes);
    expect(data.edges).toEqual(edges);
    expect(data.positions["fund-1"]).toEqual({ x: 30.5, y: 40 });
  });

  it("leaves out edges whose ends are not in the export", () => {
    const partial: ExportSet = { nodes: [set.nodes[0]!], edges: set.edges };
    // With no edges the writer declares a "mixed" default edge type, so read it into a mixed graph.
    const graph = parseGexf(MultiGraph, toGexf(partial));
    expect([graph.order, graph.size]).toEqual([1, 0]);
  });
});
