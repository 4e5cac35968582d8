// The filters section: node and relationship types with counts (tick to show), and an amount range.
import type { ExplorationActions } from "../app/exploration-actions.js";
import type { ExplorationState } from "../state/exploration.js";
import { relTypeText } from "../state/relationship-labels.js";
import type { Store } from "../state/store.js";
import { h, setChildren } from "./dom.js";

export interface FilterCounts {
  nodeTypes: { type: string; count: number }[];
  relTypes: { type: string; count: number }[];
}

/** Mounts the filters into `root`; `counts` reads the drawn graph, `changes` says when to read it again. */
export function mountFiltersPanel(
  root: HTMLElement,
  exploration: Store<ExplorationState>,
  explore: ExplorationActions,
  counts: () => FilterCounts,
  changes: (listener: () => void) => void,
): void {
  const min = h("input", {
    attrs: { type: "number", placeholder: "min", "aria-label": "Minimum amount", "data-role": "amount-min" },
  });
  const max = h("input", {
    attrs: { type: "number", placeholder: "max", "aria-label": "Maximum amount", "data-role": "amount-max" },
  });
  const readBound = (input: HTMLInputElement) => (input.value.trim() === "" ? null : Number(input.value));
  const applyAmount = () => explore.setAmountRange(readBound(min), readBound(max));
  min.addEventListener("change", applyAmount);
  max.addEventListener("change", applyAmount);
  const nodeList = h("ul", { className: "filter-list", attrs: { "aria-label": "Node types" } });
  const relList = h("ul", { className: "filter-list", attrs: { "aria-label": "Relationship types" } });
  const summary = h("p", { className: "filter-summary", attrs: { "aria-live": "polite" } });

  const row = (kind: "node" | "rel", type: string, count: number, hidden: boolean) => {
    const box = h("input", {
      attrs: { type: "checkbox", "data-filter": kind, "data-type": type },
      on: { change: () => (kind === "node" ? explore.toggleNodeType(type) : explore.toggleRelType(type)) },
    });
    box.checked = !hidden;
    return h(
      "li",
      {},
      h(
        "label",
        {},
        box,
        ` ${kind === "rel" ? relTypeText(type) : type} `,
        h("span", { className: "count" }, String(count)),
      ),
    );
  };

  function render(): void {
    const s = exploration.get();
    const c = counts();
    setChildren(
      nodeList,
      ...c.nodeTypes.map((t) => row("node", t.type, t.count, s.filters.hiddenNodeTypes.includes(t.type))),
    );
    setChildren(
      relList,
      ...c.relTypes.map((t) => row("rel", t.type, t.count, s.filters.hiddenRelTypes.includes(t.type))),
    );
    if (document.activeElement !== min)
      min.value = s.filters.amount.min === null ? "" : String(s.filters.amount.min);
    if (document.activeElement !== max)
      max.value = s.filters.amount.max === null ? "" : String(s.filters.amount.max);
    summary.textContent = `${s.visible.nodes} nodes and ${s.visible.edges} relationships visible`;
  }

  setChildren(
    root,
    summary,
    h("h3", {}, "Node types"),
    nodeList,
    h("h3", {}, "Relationship types"),
    relList,
    h("h3", {}, "Amount (in its own currency)"),
    h("div", { className: "amount-range" }, min, " – ", max),
  );
  render();
  changes(render);
  exploration.subscribe((s, prev) => {
    if (s.filters !== prev.filters || s.visible !== prev.visible) render();
  });
}
