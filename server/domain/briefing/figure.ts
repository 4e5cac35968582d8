// The ego-network figure as SVG text: rings by hop, nodes sorted by type then id, coloured by type, with a legend.
import type { GraphNode, NodeId, Subgraph } from "../model.js";
import { compareIds } from "../ordering.js";
import { NODE_TYPES, type NodeType } from "../vocabulary.js";
import { escapeHtml } from "./escape.js";
import { TYPE_COLORS, typeLabel } from "./palette.js";
import type { Figure, LegendEntry } from "./types.js";

const WIDTH = 1080;
const PLOT_HEIGHT = 1060;
const CENTRE = { x: WIDTH / 2, y: PLOT_HEIGHT / 2 };
const RING_RADIUS = [0, 170, 370];
const NODE_RADIUS = [13, 8, 5];
const LABEL_MAX = 24;
const LEGEND_COLUMNS = 3;
const LEGEND_ROW = 20;

interface Placed {
  node: GraphNode;
  hop: number;
  x: number;
  y: number;
  angle: number;
}

/**
 * Lay the context out on concentric rings (subjects in the middle, one ring per hop) and draw it.
 * Positions depend only on the ids, types and hop counts, so the same graph always gives the same SVG.
 */
export function egoFigure(title: string, context: Subgraph, hops: Map<NodeId, number>): Figure {
  const placed = layout(context.nodes, hops);
  const at = new Map(placed.map((p) => [p.node.id, p]));
  const legend = legendOf(context.nodes);
  const legendRows = Math.ceil(legend.length / LEGEND_COLUMNS);
  const height = PLOT_HEIGHT + 30 + legendRows * LEGEND_ROW;

  const pairs = new Set<string>();
  const edges: string[] = [];
  for (const edge of context.edges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    const key = [edge.source, edge.target].sort(compareIds).join("\u0000");
    if (!a || !b || a === b || pairs.has(key)) continue;
    pairs.add(key);
    const strong = a.hop === 0 || b.hop === 0;
    edges.push(
      `<line x1="${r(a.x)}" y1="${r(a.y)}" x2="${r(b.x)}" y2="${r(b.y)}" stroke="${strong ? "#777" : "#bbb"}" stroke-opacity="${strong ? 0.7 : 0.45}" stroke-width="${strong ? 1.2 : 0.8}"/>`,
    );
  }
  const nodes = placed.map(drawNode);
  const legendItems = legend.map((entry, i) => {
    const x = 40 + (i % LEGEND_COLUMNS) * 340;
    const y = PLOT_HEIGHT + 30 + Math.floor(i / LEGEND_COLUMNS) * LEGEND_ROW;
    return `<circle cx="${x}" cy="${y - 4}" r="6" fill="${entry.color}"/><text x="${x + 12}" y="${y}" font-size="13">${escapeHtml(`${typeLabel(entry.type)} (${entry.count})`)}</text>`;
  });
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...RING_RADIUS.slice(1).map(
      (radius) =>
        `<circle cx="${CENTRE.x}" cy="${CENTRE.y}" r="${radius}" fill="none" stroke="#eee" stroke-dasharray="4 4"/>`,
    ),
    `<g>${edges.join("")}</g>`,
    `<g>${nodes.join("")}</g>`,
    `<g>${legendItems.join("")}</g>`,
    `</svg>`,
  ].join("\n");
  return { title, svg, legend };
}

function layout(nodes: GraphNode[], hops: Map<NodeId, number>): Placed[] {
  const typeRank = (t: NodeType) => NODE_TYPES.indexOf(t);
  const rings: GraphNode[][] = [[], [], []];
  for (const node of nodes) rings[Math.min(hops.get(node.id) ?? 2, 2)]!.push(node);
  const placed: Placed[] = [];
  rings.forEach((ring, hop) => {
    ring.sort((a, b) => typeRank(a.type) - typeRank(b.type) || compareIds(a.id, b.id));
    // Several subjects share a small inner ring; a single one sits at the centre.
    const radius = hop === 0 ? (ring.length > 1 ? 60 : 0) : RING_RADIUS[hop]!;
    ring.forEach((node, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(ring.length, 1);
      placed.push({
        node,
        hop,
        angle,
        x: CENTRE.x + radius * Math.cos(angle),
        y: CENTRE.y + radius * Math.sin(angle),
      });
    });
  });
  return placed;
}

function drawNode(p: Placed): string {
  const size = NODE_RADIUS[p.hop]!;
  const name = p.node.name.length > LABEL_MAX ? `${p.node.name.slice(0, LABEL_MAX - 1)}…` : p.node.name;
  const circle = `<circle cx="${r(p.x)}" cy="${r(p.y)}" r="${size}" fill="${TYPE_COLORS[p.node.type]}" stroke="#fff" stroke-width="1.5"/>`;
  if (p.hop === 0) {
    return `${circle}<text x="${r(p.x)}" y="${r(p.y - size - 6)}" text-anchor="middle" font-size="15" font-weight="bold">${escapeHtml(name)}</text>`;
  }
  // Labels point outwards, on the side of the ring they sit on, so they never cross the centre.
  const right = Math.cos(p.angle) >= 0;
  const gap = size + 4;
  const lx = p.x + gap * Math.cos(p.angle);
  const ly = p.y + gap * Math.sin(p.angle) + 4;
  const degrees = (p.angle * 180) / Math.PI + (right ? 0 : 180);
  const fontSize = p.hop === 1 ? 12 : 10;
  return `${circle}<text x="${r(lx)}" y="${r(ly)}" font-size="${fontSize}" text-anchor="${right ? "start" : "end"}" transform="rotate(${r(degrees)} ${r(lx)} ${r(ly)})">${escapeHtml(name)}</text>`;
}

function legendOf(nodes: GraphNode[]): LegendEntry[] {
  return NODE_TYPES.map((type) => ({
    type,
    color: TYPE_COLORS[type],
    count: nodes.filter((n) => n.type === type).length,
  })).filter((e) => e.count > 0);
}

/** Two decimals: enough for a drawing, and stable across platforms' float printing. */
function r(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2);
}
