// The node context menu (right-click, or M / Shift+F10 on the selection): expand by type and direction in
// pages, "+N more", collapse, show only, hide, paths from/to here, reveal links. Arrow keys move, Esc closes.
import type { Degree, NodeId } from "../../../server/domain/model.js";
import { PAGE_SIZE, type CanvasActions } from "../app/canvas-actions.js";
import type { ExplorationActions } from "../app/exploration-actions.js";
import type { ExplorationState } from "../state/exploration.js";
import type { Expansion } from "../state/history-canvas.js";
import { relTypeText } from "../state/relationship-labels.js";
import type { Store } from "../state/store.js";
import { h, setChildren } from "./dom.js";

export interface ContextMenuDeps {
  exploration: Store<ExplorationState>;
  canvas: CanvasActions;
  explore: ExplorationActions;
  nameOf(id: NodeId): string;
  degreeOf(id: NodeId): Promise<Degree>;
  /** Where focus goes back to when the menu closes. */
  returnFocus(): void;
}

const LIMITS = [5, 10, 25, 50];

/**
 * "+N more": neighbours of the expanded type and direction not yet paged through. Paging counts distinct
 * neighbour nodes, so this uses the server's distinct-neighbour counts (parallel edges once); a server
 * without them gets a plain "More…" rather than a relationship count that overstates what is left.
 */
export function remainingLabel(expansion: Expansion, degree: Degree | null): string {
  const counts = degree?.neighbors;
  if (!counts) return "More…";
  const scope = expansion.relType ? counts.byType[expansion.relType as keyof Degree["byType"]] : counts;
  const left = (scope?.[expansion.direction] ?? 0) - expansion.nextOffset;
  return left > 0 ? `+${left} more` : "More…";
}

export function mountContextMenu(deps: ContextMenuDeps): void {
  const menu = h("div", { className: "context-menu", attrs: { role: "menu", "aria-label": "Node actions" } });
  menu.hidden = true;
  document.body.append(menu);
  const close = () => deps.exploration.update((s) => (s.menu ? { ...s, menu: null } : s));
  let degree: Degree | null = null;
  let openFor: NodeId | null = null;

  const item = (label: string, run: () => unknown, extra: Record<string, string> = {}) =>
    h(
      "button",
      {
        className: "menu-item",
        attrs: { type: "button", role: "menuitem", ...extra },
        on: {
          click: () => {
            close();
            deps.returnFocus();
            void run();
          },
        },
      },
      label,
    );

  function render(s: ExplorationState): void {
    if (!s.menu) {
      menu.hidden = true;
      openFor = null;
      return;
    }
    const { id } = s.menu;
    const expansion = s.expansions[id];
    const typeSelect = h("select", { attrs: { "aria-label": "Relationship type", "data-role": "rel-type" } });
    typeSelect.append(
      h("option", { attrs: { value: "" } }, `All types${degree ? ` (${degree.total})` : ""}`),
    );
    for (const [type, count] of Object.entries(degree?.byType ?? {}).sort()) {
      typeSelect.append(h("option", { attrs: { value: type } }, `${relTypeText(type)} (${count})`));
    }
    const direction = h(
      "select",
      { attrs: { "aria-label": "Direction", "data-role": "direction" } },
      h("option", { attrs: { value: "both" } }, "both ways"),
      h("option", { attrs: { value: "out" } }, "outgoing →"),
      h("option", { attrs: { value: "in" } }, "← incoming"),
    );
    const limit = h("select", { attrs: { "aria-label": "Page size", "data-role": "limit" } });
    for (const n of LIMITS) limit.append(h("option", { attrs: { value: String(n) } }, `${n} at a time`));
    limit.value = String(expansion?.limit ?? PAGE_SIZE);
    if (expansion) {
      typeSelect.value = expansion.relType ?? "";
      direction.value = expansion.direction;
    }
    const request = () => ({
      relType: typeSelect.value || null,
      direction: direction.value as Expansion["direction"],
      limit: Number(limit.value),
    });
    setChildren(
      menu,
      h("p", { className: "menu-title" }, deps.nameOf(id)),
      h("div", { className: "menu-row" }, typeSelect, direction, limit),
      item("Expand", () => deps.canvas.expand(id, request()), { "data-action": "expand" }),
      expansion?.more &&
        item(remainingLabel(expansion, degree), () => deps.canvas.more(id), { "data-action": "more" }),
      expansion && item("Collapse expansion", () => deps.canvas.collapse(id), { "data-action": "collapse" }),
      item("Show only this neighbourhood", () => deps.canvas.showOnlyNeighbourhood(id), {
        "data-action": "only",
      }),
      item("Hide", () => deps.canvas.hide([id]), { "data-action": "hide" }),
      item("Path from here", () => deps.explore.setPathEnd("from", id), { "data-action": "path-from" }),
      item("Path to here", () => deps.explore.setPathEnd("to", id), { "data-action": "path-to" }),
      item("Reveal links between visible nodes", () => deps.canvas.revealLinks(), {
        "data-action": "reveal",
      }),
    );
    menu.hidden = false;
    menu.dataset.node = id;
    const x = Math.min(s.menu.x, window.innerWidth - menu.offsetWidth - 8);
    const y = Math.min(s.menu.y, window.innerHeight - menu.offsetHeight - 8);
    menu.style.left = `${Math.max(8, x)}px`;
    menu.style.top = `${Math.max(8, y)}px`;
    if (openFor !== id) {
      openFor = id;
      degree = null;
      typeSelect.focus();
      deps
        .degreeOf(id)
        .then((d) => {
          if (deps.exploration.get().menu?.id !== id) return;
          degree = d;
          // Rendering again replaces the selects: keep what was chosen in them, and focus, while the counts loaded.
          const chosen = [...menu.querySelectorAll("select")].map((select) => ({
            role: select.dataset.role ?? "",
            value: select.value,
            focused: select === document.activeElement,
          }));
          render(deps.exploration.get());
          for (const { role, value, focused } of chosen) {
            const select = menu.querySelector<HTMLSelectElement>(`select[data-role="${role}"]`);
            if (!select) continue;
            select.value = value;
            if (focused) select.focus();
          }
        })
        .catch(() => undefined);
    }
  }

  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close();
      deps.returnFocus();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (event.target instanceof HTMLSelectElement) return;
      event.preventDefault();
      const items = [...menu.querySelectorAll<HTMLElement>("button")];
      const at = items.indexOf(document.activeElement as HTMLElement);
      items[(at + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length]?.focus();
    }
  });
  document.addEventListener("pointerdown", (event) => {
    if (!menu.hidden && !menu.contains(event.target as Node)) close();
  });
  deps.exploration.subscribe((s, prev) => {
    if (s.menu !== prev.menu || s.expansions !== prev.expansions) render(s);
  });
}
