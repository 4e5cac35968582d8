// One fixed colour per node type, shared by the canvas, the legend and the briefing figure (server/domain/type-palette.ts).
import { TYPE_COLORS } from "../../../server/domain/type-palette.js";

export { typeLabel } from "../../../server/domain/type-palette.js";

export const NODE_COLORS = TYPE_COLORS;

/** Colour of an unknown type (a configured extra type): a visible neutral, so it shows instead of crashing. */
export const FALLBACK_COLOR = "#888888";

export function colorOf(type: string): string {
  return (NODE_COLORS as Record<string, string>)[type] ?? FALLBACK_COLOR;
}
