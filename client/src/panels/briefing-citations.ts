// The briefing panel's own citation list, built from the JSON briefing: each source, and the facts citing it.
import type { Briefing, FactLine } from "../../../server/domain/briefing/types.js";
import { h } from "./dom.js";

/** Every fact line of a briefing by relationship id: what a citation points back to. */
export function linesByEdge(briefing: Briefing): Map<string, FactLine> {
  const lines = new Map<string, FactLine>();
  for (const group of briefing.relationships) for (const line of group.lines) lines.set(line.edgeId, line);
  for (const path of briefing.network.paths)
    for (const line of path.steps) if (!lines.has(line.edgeId)) lines.set(line.edgeId, line);
  return lines;
}

/** One entry per reference; each fact citing it is a button that shows its evidence in the inspector. */
export function citationList(briefing: Briefing, onSelect: (line: FactLine) => void): HTMLOListElement {
  const lines = linesByEdge(briefing);
  const cited = new Map<number, Map<string, string[]>>();
  const all = [
    ...briefing.summary.flatMap((s) => s.citations),
    ...[...lines.values()].flatMap((l) => l.citations),
  ];
  for (const c of all) {
    const byEdge = cited.get(c.n) ?? new Map<string, string[]>();
    const locators = byEdge.get(c.edgeId) ?? [];
    if (!locators.includes(c.locator)) locators.push(c.locator);
    byEdge.set(c.edgeId, locators);
    cited.set(c.n, byEdge);
  }
  return h(
    "ol",
    { className: "briefing-citations" },
    ...briefing.references.map((ref) => {
      const facts = [...(cited.get(ref.n) ?? new Map<string, string[]>())]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .flatMap(([edgeId, locators]) => {
          const line = lines.get(edgeId);
          if (!line) return [];
          const text = `${line.subject.name} — ${line.label.toLowerCase()} — ${line.counterpart.name} (${locators.map(paragraph).join(", ")})`;
          return [
            h(
              "li",
              {},
              h(
                "button",
                {
                  className: "link",
                  attrs: {
                    type: "button",
                    "data-edge-id": edgeId,
                    title: "Show this relationship's evidence in the inspector",
                  },
                  on: { click: () => onSelect(line) },
                },
                text,
              ),
            ),
          ];
        });
      const date = ref.published ? `, ${ref.published.label}` : "";
      return h(
        "li",
        { attrs: { value: String(ref.n) } },
        h("span", { className: "ref-title" }, `${ref.publisher}, “${ref.title}”${date}`),
        h("ul", {}, ...facts),
      );
    }),
  );
}

function paragraph(locator: string): string {
  const m = /^para (\d+)$/.exec(locator);
  return m ? `¶${m[1]}` : locator;
}
