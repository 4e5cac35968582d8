// The table view of the visible graph: node and edge grids, synchronised with the canvas selection.
import type { GraphEdge, GraphNode, NodeId } from "../../../server/domain/model.js";
import { typeLabel } from "../graph/palette.js";
import type { AppState } from "../state/app-state.js";
import type { Store } from "../state/store.js";
import { edgeRows, moveFocus, nodeRows, type TableTab } from "../state/table.js";
import { relTypeText } from "../state/relationship-labels.js";
import { h, setChildren } from "./dom.js";

export interface TableDeps {
  app: Store<AppState>;
  /** The visible nodes and edges, with degree and names from the drawn graph. */
  visible(): {
    nodes: GraphNode[];
    edges: GraphEdge[];
    degree(id: NodeId): number;
    nameOf(id: NodeId): string;
  };
  select(id: NodeId): void;
  hover(id: NodeId | null): void;
}

/** Top-level state keys whose change cannot alter which rows the table shows. */
const QUIET = new Set(["hovered", "selection", "notice", "expanding", "search", "layout", "banner"]);

export function mountTablePanel(root: HTMLElement, deps: TableDeps): { refresh(): void } {
  let tab: TableTab = "nodes";
  const body = h("div", { className: "table-body", attrs: { role: "tabpanel" } });
  const tabs = (["nodes", "edges"] as const).map((t) =>
    h(
      "button",
      {
        attrs: { type: "button", role: "tab", id: `table-tab-${t}`, "aria-controls": "table-grid" },
        on: { click: () => ((tab = t), refresh()) },
      },
      t === "nodes" ? "Nodes" : "Edges",
    ),
  );
  setChildren(
    root,
    h("div", { className: "table-tabs", attrs: { role: "tablist", "aria-label": "Table view" } }, ...tabs),
    body,
  );

  function focusRow(grid: HTMLElement, index: number): void {
    const rows = [...grid.querySelectorAll<HTMLTableRowElement>("tbody tr")];
    const row = rows[index];
    if (!row) return;
    rows.forEach((r) => (r.tabIndex = r === row ? 0 : -1));
    row.focus();
    row.scrollIntoView({ block: "nearest" });
  }

  function grid(
    label: string,
    head: string[],
    rows: { id: NodeId; key: string; cells: string[] }[],
  ): HTMLElement {
    const selected = deps.app.get().selection?.id ?? null;
    const table = h(
      "table",
      {
        className: "data-grid",
        attrs: {
          id: "table-grid",
          role: "grid",
          "aria-label": label,
          "aria-rowcount": String(rows.length + 1),
        },
      },
      h(
        "thead",
        {},
        h(
          "tr",
          { attrs: { role: "row" } },
          ...head.map((c) => h("th", { attrs: { role: "columnheader", scope: "col" } }, c)),
        ),
      ),
      h(
        "tbody",
        {},
        ...rows.map((r, i) =>
          h(
            "tr",
            {
              attrs: {
                role: "row",
                "data-id": r.key,
                "data-node": r.id,
                "aria-rowindex": String(i + 2),
                "aria-selected": String(r.id === selected),
                tabindex: i === 0 ? "0" : "-1",
              },
              on: {
                click: () => deps.select(r.id),
                focus: () => deps.hover(r.id),
                blur: () => deps.hover(null),
                keydown: (e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    deps.select(r.id);
                    return;
                  }
                  const next = moveFocus(i, e.key, rows.length);
                  if (next === null) return;
                  e.preventDefault();
                  focusRow(table, next);
                },
              },
            },
            ...r.cells.map((c) => h("td", { attrs: { role: "gridcell" } }, c)),
          ),
        ),
      ),
    );
    return table;
  }

  function refresh(): void {
    tabs.forEach((b) => b.setAttribute("aria-selected", String(b.id === `table-tab-${tab}`)));
    body.setAttribute("aria-labelledby", `table-tab-${tab}`);
    if (root.hidden) return;
    const s = deps.app.get();
    if (s.load.kind === "loading")
      return setChildren(
        body,
        h("p", { className: "muted", attrs: { role: "status" } }, "Loading the graph…"),
      );
    if (s.load.kind === "error")
      return setChildren(
        body,
        h(
          "p",
          { className: "error-text", attrs: { role: "alert" } },
          `The graph did not load: ${s.load.problem.message}`,
        ),
      );
    const hadFocus =
      root.contains(document.activeElement) && document.activeElement instanceof HTMLTableRowElement;
    const focused = hadFocus ? (document.activeElement as HTMLElement).dataset.id : undefined;
    const v = deps.visible();
    const table =
      tab === "nodes"
        ? grid(
            "Visible nodes",
            ["Name", "Type", "Relationships"],
            nodeRows(v.nodes, v.degree).map((r) => ({
              id: r.id,
              key: r.id,
              cells: [r.name, typeLabel(r.type), String(r.degree)],
            })),
          )
        : grid(
            "Visible relationships",
            ["From", "Relationship", "To", "Evidence"],
            edgeRows(v.edges, v.nameOf).map((r) => ({
              id: r.source,
              key: r.id,
              cells: [r.sourceName, relTypeText(r.type), r.targetName, String(r.evidence)],
            })),
          );
    const count = table.querySelectorAll("tbody tr").length;
    setChildren(
      body,
      count === 0
        ? h(
            "p",
            { className: "muted", attrs: { role: "status" } },
            tab === "nodes" ? "No nodes are visible." : "No relationships are visible.",
          )
        : table,
    );
    if (focused) {
      const rows = [...table.querySelectorAll<HTMLElement>("tbody tr")];
      const index = rows.findIndex((r) => r.dataset.id === focused);
      if (index >= 0) focusRow(table, index);
    }
  }

  function markSelection(id: NodeId | null): void {
    for (const row of body.querySelectorAll<HTMLElement>("tbody tr")) {
      const on = row.dataset.node === id;
      row.setAttribute("aria-selected", String(on));
      if (on && tab === "nodes" && !root.contains(document.activeElement))
        row.scrollIntoView({ block: "nearest" });
    }
  }

  deps.app.subscribe((s, prev) => {
    if (s.selection?.id !== prev.selection?.id) markSelection(s.selection?.id ?? null);
    const changed = (Object.keys(s) as (keyof AppState)[]).some((k) => !QUIET.has(k) && s[k] !== prev[k]);
    // After the renderer's own subscriber has repainted, so hidden flags from filters are current.
    if (changed) setTimeout(refresh, 0);
  });
  refresh();
  return { refresh };
}
