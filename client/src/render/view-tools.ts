// What the renderer offers the style, export and table features: visible items, SVG scene, PNG, theme.
import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";
import { drawDiscNodeHover, drawDiscNodeLabel } from "sigma/rendering";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { Settings } from "sigma/settings";
import type { NodeId } from "../../../server/domain/model.js";
import type { SvgScene } from "../graph/export-svg.js";
import type { ExplorerGraph } from "../graph/graph-data.js";

export interface VisibleItems {
  nodes: NodeId[];
  edges: string[];
}

export interface ViewTools {
  /** Nodes and edges drawn now: present in the graph and not hidden by any reducer (filters included). */
  visible(): VisibleItems;
  /** The drawing in screen pixels, for the SVG export: what you see is what you get. */
  svgScene(background: string, labelColor: string): SvgScene;
  /** The canvas as a PNG (nodes, edges and labels layers), on a solid background. */
  pngBlob(background: string): Promise<Blob>;
}

export function createViewTools(sigma: Sigma, graph: ExplorerGraph): ViewTools {
  function visible(): VisibleItems {
    const nodes = graph.filterNodes((id) => {
      const d = sigma.getNodeDisplayData(id);
      return d !== undefined && !d.hidden;
    });
    const shown = new Set(nodes);
    const edges = graph.filterEdges((id, _a, source, target) => {
      const d = sigma.getEdgeDisplayData(id);
      return d !== undefined && !d.hidden && shown.has(source) && shown.has(target);
    });
    return { nodes, edges };
  }
  return {
    visible,
    svgScene(background, labelColor) {
      const { nodes, edges } = visible();
      const { width, height } = sigma.getDimensions();
      const labelled = sigma.getNodeDisplayedLabels();
      const screen = (id: NodeId) => {
        const d = sigma.getNodeDisplayData(id)!;
        const p = sigma.framedGraphToViewport(d);
        return {
          ...p,
          size: sigma.scaleSize(d.size),
          color: d.color,
          label: labelled.has(id) ? d.label : null,
        };
      };
      const at = new Map(nodes.map((id) => [id, screen(id)] as const));
      return {
        width,
        height,
        background,
        labelColor,
        nodes: [...at.values()],
        edges: edges.map((id) => {
          const d = sigma.getEdgeDisplayData(id)!;
          const s = at.get(graph.source(id))!;
          const t = at.get(graph.target(id))!;
          const curvature = (d as { curvature?: number }).curvature ?? 0;
          return {
            x1: s.x,
            y1: s.y,
            x2: t.x,
            y2: t.y,
            size: sigma.scaleSize(d.size),
            color: d.color,
            curvature,
            targetSize: t.size,
          };
        }),
      };
    },
    pngBlob: (background) =>
      toBlob(sigma, {
        format: "png",
        backgroundColor: background,
        layers: ["edges", "nodes", "edgeLabels", "labels"],
      }),
  };
}

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

/** Sigma's hover box is always white; on a dark page it draws a dark box so the light label stays legible. */
export function drawDarkNodeHover(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings,
): void {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const label = typeof data.label === "string" ? data.label : "";
  const width = label ? context.measureText(label).width + 8 : 0;
  context.fillStyle = "#1c2029";
  context.shadowBlur = 8;
  context.shadowColor = "#000";
  context.beginPath();
  context.roundRect(data.x, data.y - size / 2 - 4, data.size + 4 + width, size + 8, 4);
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  context.fill();
  context.shadowBlur = 0;
  drawDiscNodeLabel(context, data, settings);
}

/** Label and hover settings for a theme. */
export function themeSettings(dark: boolean): Partial<Settings> {
  return {
    labelColor: { color: dark ? "#e6e8ee" : "#1f2430" },
    edgeLabelColor: { color: dark ? "#b8bdc9" : "#4a4f5c" },
    defaultDrawNodeHover: dark ? drawDarkNodeHover : drawDiscNodeHover,
  };
}
