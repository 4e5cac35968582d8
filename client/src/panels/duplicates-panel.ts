// The duplicates panel: likely duplicate entities with reasons and scores, each pair offering a merge either way.
import { toProblem } from "../api/api-error.js";
import type { CurationApi, DuplicateCandidate } from "../api/curation.js";
import { h, setChildren } from "./dom.js";

/** Adds a "Duplicates" button to `toolbar`; its panel lists candidates and merges on request, then `onMerged`. */
export function mountDuplicatesPanel(
  toolbar: HTMLElement,
  api: CurationApi,
  onMerged: (keptId: string) => void,
): void {
  const list = h("ol", { className: "duplicate-list" });
  const panel = h(
    "aside",
    { className: "panel duplicates-panel", attrs: { "aria-label": "Likely duplicates", id: "duplicates" } },
    h("h2", {}, "Likely duplicates"),
    list,
  );
  panel.hidden = true;
  document.body.append(panel);
  const load = () => {
    setChildren(list, h("li", { className: "muted" }, "Looking…"));
    api.duplicates().then(
      ({ candidates }) =>
        setChildren(
          list,
          ...(candidates.length
            ? candidates.map(row)
            : [h("li", { className: "muted" }, "No likely duplicates.")]),
        ),
      (error: unknown) => setChildren(list, h("li", { className: "error-text" }, toProblem(error).message)),
    );
  };
  const merge = (keep: string, gone: string, status: HTMLElement) =>
    api.merge(keep, gone).then(
      (result) => {
        status.textContent = `Merged: ${result.rewired.length} moved, ${result.folded.length} folded, ${result.conflicts.length} conflict(s).`;
        onMerged(keep);
        load();
      },
      (error: unknown) => (status.textContent = toProblem(error).message),
    );
  const row = (c: DuplicateCandidate) => {
    const status = h("p", { className: "muted" });
    return h(
      "li",
      { className: "duplicate" },
      h("strong", {}, `${c.a.name} ≈ ${c.b.name}`),
      ` (${Math.round(c.score * 100)}%)`,
      h("ul", { className: "reasons" }, ...c.reasons.map((r) => h("li", {}, r))),
      h(
        "button",
        { attrs: { type: "button" }, on: { click: () => void merge(c.a.id, c.b.id, status) } },
        `Keep ${c.a.name}`,
      ),
      h(
        "button",
        { attrs: { type: "button" }, on: { click: () => void merge(c.b.id, c.a.id, status) } },
        `Keep ${c.b.name}`,
      ),
      status,
    );
  };
  toolbar.append(
    h(
      "button",
      {
        attrs: { type: "button", id: "duplicates-toggle", "aria-controls": "duplicates" },
        on: {
          click: () => {
            panel.hidden = !panel.hidden;
            if (!panel.hidden) load();
          },
        },
      },
      "Duplicates",
    ),
  );
}
