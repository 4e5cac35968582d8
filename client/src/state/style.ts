// Style settings: how node colour, node size and edge width map from data, with pure producers.

export const COLOR_MODES = ["type", "community"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export const SIZE_MODES = ["degree", "pagerank", "amount"] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

export const EDGE_WIDTH_MODES = ["uniform", "amount"] as const;
export type EdgeWidthMode = (typeof EDGE_WIDTH_MODES)[number];

export interface StyleSettings {
  color: ColorMode;
  size: SizeMode;
  edgeWidth: EdgeWidthMode;
}

export const defaultStyle: StyleSettings = { color: "type", size: "degree", edgeWidth: "uniform" };

/** Human wording for each option, shared by the style panel and the legend. */
export const STYLE_LABELS: Record<ColorMode | SizeMode | EdgeWidthMode, string> = {
  type: "Node type",
  community: "Community (Louvain)",
  degree: "Degree",
  pagerank: "PageRank",
  amount: "Amount of money",
  uniform: "Uniform",
};

/** Applies a partial change; returns the same object when nothing changes, so the store stays quiet. */
export function changeStyle(style: StyleSettings, patch: Partial<StyleSettings>): StyleSettings {
  const next = { ...style, ...patch };
  return next.color === style.color && next.size === style.size && next.edgeWidth === style.edgeWidth
    ? style
    : next;
}

/** Reads a value from a form control, keeping the old one if the value is not a known option. */
export function parseMode<T extends string>(options: readonly T[], value: string, fallback: T): T {
  return (options as readonly string[]).includes(value) ? (value as T) : fallback;
}
