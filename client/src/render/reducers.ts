// Sigma reducers: paint hover, selection and zoom state over the data at draw time, never touching the graph.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { NodeId } from "../../../server/domain/model.js";
import { edgeEmphasis, nodeEmphasis, type Focus } from "../state/hover.js";
import { relTypeText } from "../state/relationship-labels.js";

/** What the reducers read; the renderer updates it before asking Sigma to redraw. */
export interface PaintContext {
  focus: Focus | null;
  selected: NodeId | null;
  /** Camera zoomed in past the edge-label threshold. */
  zoomedIn: boolean;
}

export const DIM_NODE_COLOR = "#e4e4e0";
export const DIM_EDGE_COLOR = "#efefec";
export const LIT_EDGE_COLOR = "#5b6170";
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
  const emphasis = nodeEmphasis(ctx.focus, id);
  // The hovered and selected nodes keep their full names; they are the ones being read.
  if (typeof data.label === "string" && emphasis !== "center" && id !== ctx.selected) {
    out.label = shortLabel(data.label);
  }
  if (emphasis === "dimmed") {
    out.color = DIM_NODE_COLOR;
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
): Partial<EdgeDisplayData> {
  const out: Partial<EdgeDisplayData> = { ...data, label: null };
  const text = data.relType ? relTypeText(data.relType) : null;
  const emphasis = edgeEmphasis(ctx.focus, source, target);
  const touchesSelection = ctx.selected !== null && (source === ctx.selected || target === ctx.selected);
  if (emphasis === "dimmed") {
    out.color = DIM_EDGE_COLOR;
    out.zIndex = 0;
    return out;
  }
  if (emphasis === "neighbour" || touchesSelection) {
    out.color = LIT_EDGE_COLOR;
    out.size = Math.max(data.size ?? 1, 2);
    out.zIndex = 1;
  }
  // Hover asks "how is this connected?": answer with labels at any zoom. Otherwise only when zoomed
  // in, where there is room for them.
  if (emphasis === "neighbour" || ctx.zoomedIn) out.label = text;
  return out;
}
