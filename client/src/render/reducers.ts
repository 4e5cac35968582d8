// Sigma reducers: paint hover, selection and zoom state over the data at draw time, never touching the graph.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { NodeId } from "../../../server/domain/model.js";
import { edgeEmphasis, nodeEmphasis, type Focus } from "../state/hover.js";
import { relTypeText } from "../state/relationship-labels.js";
import type { ExplorationPaint } from "../state/filters-visibility.js";
import type { StyleMaps } from "../graph/metrics.js";
import { EDGE_COLOR } from "../graph/graph-data.js";

/** What the reducers read; the renderer updates it before asking Sigma to redraw. */
export interface PaintContext {
  focus: Focus | null;
  selected: NodeId | null;
  /** Camera zoomed in past the edge-label threshold. */
  zoomedIn: boolean;
  /** Filters, as-of date and path highlight (client/src/state/filters-visibility.ts); absent: none. */
  exploration?: ExplorationPaint | null;
  /** The style panel's colour and size mappings (absent: the graph's own attributes). */
  style?: StyleMaps | null;
  /** The selected node's neighbours: their labels are always drawn, whatever the density. */
  selectedNeighbours?: ReadonlySet<NodeId>;
  /** Dark theme: dimmed and default colours must stand out from a dark background instead. */
  dark?: boolean;
}

export const DIM_NODE_COLOR = "#e4e4e0";
export const DIM_EDGE_COLOR = "#efefec";
export const LIT_EDGE_COLOR = "#5b6170";
/** The highlighted path's edges: one strong colour that reads on light and dark pages. */
export const PATH_EDGE_COLOR = "#e0620d";
export const DARK_DIM_NODE_COLOR = "#2e323b";
export const DARK_DIM_EDGE_COLOR = "#272a31";
export const DARK_EDGE_COLOR = "#59606e";
export const DARK_LIT_EDGE_COLOR = "#aeb4c2";
/** Camera ratio under which every edge shows its relationship type (1 = whole graph in view). */
export const EDGE_LABEL_RATIO = 0.45;

/** Canvas labels longer than this are cut at a word: long names were the main source of overlaps. */
export const MAX_LABEL_LENGTH = 28;

/** "Japan's second supplementary budget for FY2022" → "Japan's second supplementary…". */
export function shortLabel(label: string): string {
  if (label.length <= MAX_LABEL_LENGTH) return label;
  const cut = label.slice(0, MAX_LABEL_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;.–-]+$/, "")}…`;
}

type NodeInput = Partial<NodeDisplayData> & { label?: string | null };
type EdgeInput = Partial<EdgeDisplayData> & { relType?: string };

export function reduceNode(id: NodeId, data: NodeInput, ctx: PaintContext): Partial<NodeDisplayData> {
  const out: Partial<NodeDisplayData> = { ...data };
  if (ctx.exploration?.hideNode(id)) return { ...out, hidden: true };
  if (ctx.exploration?.path && !ctx.exploration.path.nodes.has(id)) {
    return { ...out, color: ctx.dark ? DARK_DIM_NODE_COLOR : DIM_NODE_COLOR, label: null, zIndex: 0 };
  }
  if (ctx.exploration?.path) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 2 });
  const styledColor = ctx.style?.nodeColor?.get(id);
  if (styledColor) out.color = styledColor;
  const styledSize = ctx.style?.nodeSize.get(id);
  if (styledSize !== undefined) out.size = styledSize;
  if (ctx.selectedNeighbours?.has(id)) out.forceLabel = true;
  const emphasis = nodeEmphasis(ctx.focus, id);
  // The hovered and selected nodes keep their full names; they are the ones being read.
  if (typeof data.label === "string" && emphasis !== "center" && id !== ctx.selected) {
    out.label = shortLabel(data.label);
  }
  if (emphasis === "dimmed") {
    out.color = ctx.dark ? DARK_DIM_NODE_COLOR : DIM_NODE_COLOR;
    out.label = null;
    out.zIndex = 0;
  } else if (emphasis !== "normal") {
    out.zIndex = 1;
    out.forceLabel = true;
  }
  if (id === ctx.selected) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 2;
  }
  return out;
}

export function reduceEdge(
  data: EdgeInput,
  source: NodeId,
  target: NodeId,
  ctx: PaintContext,
  id?: string,
): Partial<EdgeDisplayData> {
  const out: Partial<EdgeDisplayData> = { ...data, label: null };
  if (id !== undefined && ctx.exploration?.hideEdge(id)) return { ...out, hidden: true };
  if (id !== undefined && ctx.exploration?.path) {
    const onPath = ctx.exploration.path.edges.has(id);
    if (!onPath) return { ...out, color: ctx.dark ? DARK_DIM_EDGE_COLOR : DIM_EDGE_COLOR, zIndex: 0 };
    const text = data.relType ? relTypeText(data.relType) : null;
    return { ...out, color: PATH_EDGE_COLOR, size: 4, zIndex: 2, label: text, forceLabel: true };
  }
  const styledSize = id === undefined ? undefined : ctx.style?.edgeSize?.get(id);
  if (styledSize !== undefined) out.size = styledSize;
  if (ctx.dark && data.color === EDGE_COLOR) out.color = DARK_EDGE_COLOR;
  const text = data.relType ? relTypeText(data.relType) : null;
  const emphasis = edgeEmphasis(ctx.focus, source, target);
  const touchesSelection = ctx.selected !== null && (source === ctx.selected || target === ctx.selected);
  if (emphasis === "dimmed") {
    out.color = ctx.dark ? DARK_DIM_EDGE_COLOR : DIM_EDGE_COLOR;
    out.zIndex = 0;
    return out;
  }
  if (emphasis === "neighbour" || touchesSelection) {
    out.color = ctx.dark ? DARK_LIT_EDGE_COLOR : LIT_EDGE_COLOR;
    out.size = Math.max(out.size ?? 1, 2);
    out.zIndex = 1;
  }
  // Hover asks "how is this connected?": answer with labels at any zoom. Otherwise only when zoomed
  // in, where there is room for them.
  if (emphasis === "neighbour" || ctx.zoomedIn) out.label = text;
  return out;
}
