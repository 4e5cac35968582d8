// The style panel's legend: what colour, size and width mean under the current mapping.
import { communityColor, COMMUNITY_COLORS } from "../graph/communities.js";
import type { StyleMaps } from "../graph/metrics.js";
import { STYLE_LABELS } from "../state/style.js";
import { formatAmount } from "../state/format.js";
import { h, swatch } from "./dom.js";

function communityList(maps: StyleMaps): HTMLElement {
  const sizes = maps.communities?.sizes ?? [];
  const shown = sizes.slice(0, COMMUNITY_COLORS.length);
  const rest = sizes.slice(COMMUNITY_COLORS.length).reduce((a, b) => a + b, 0);
  return h(
    "ul",
    { className: "legend-items style-communities" },
    ...shown.map((count, rank) =>
      h(
        "li",
        { className: "legend-item", attrs: { "data-community": String(rank) } },
        swatch(communityColor(rank)),
        h("span", { className: "legend-label" }, `Community ${rank + 1}`),
        h("span", { className: "count" }, String(count)),
      ),
    ),
    rest > 0
      ? h(
          "li",
          { className: "legend-item" },
          swatch(communityColor(99)),
          h("span", {}, "Smaller communities"),
          h("span", { className: "count" }, String(rest)),
        )
      : null,
  );
}

function moneyScale(maps: StyleMaps): string {
  const tops = [...maps.moneyMax].map(([currency, max]) => formatAmount(max, currency));
  return tops.length ? ` Largest: ${tops.join(", ")}.` : "";
}

/** Explains the mapping in words (and swatches for communities); the type legend covers "by type". */
export function styleLegend(maps: StyleMaps | null): HTMLElement {
  if (!maps) return h("p", { className: "muted" }, "Nothing drawn yet.");
  const { settings } = maps;
  const colour =
    settings.color === "community"
      ? h(
          "div",
          {},
          h(
            "p",
            { className: "style-note" },
            `Colour: ${STYLE_LABELS.community}, ${maps.communities?.sizes.length ?? 0} groups of densely linked nodes (fixed seed, so stable between visits).`,
          ),
          communityList(maps),
        )
      : h("p", { className: "style-note" }, "Colour: node type, as in the type legend.");
  const size = {
    degree: "Size: number of relationships drawn (square root).",
    pagerank: "Size: PageRank, how much a node is pointed at by well-connected nodes (square root).",
    amount: `Size: sums of money, compared only within one currency (¥ and $ are not converted).${moneyScale(maps)} Other nodes are small.`,
  }[settings.size];
  const width =
    settings.edgeWidth === "amount"
      ? `Edge width: the amount on the relationship, or on the Funding node it touches, within its currency.${settings.size === "amount" ? "" : moneyScale(maps)} Thin edges carry no money.`
      : "Edge width: uniform.";
  return h(
    "div",
    { className: "style-legend" },
    colour,
    h("p", { className: "style-note" }, size),
    h("p", { className: "style-note" }, width),
  );
}
