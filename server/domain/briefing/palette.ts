// The briefing figure's colours and type labels: the shared palette (server/domain/type-palette.ts).
export { TYPE_COLORS, typeLabel } from "../type-palette.js";
