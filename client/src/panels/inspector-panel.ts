// The inspector: the selected node's type, aliases, properties, actions and relationships with evidence.
import type { Actions } from "../app/actions.js";
import { colorOf, typeLabel } from "../graph/palette.js";
import type { AppState, NodeDetail, Selection } from "../state/app-state.js";
import { propertyRows } from "../state/format.js";
import { groupRelationships } from "../state/relationships.js";
import type { Store } from "../state/store.js";
import { h, isolated, OWN_DIRECTION, setChildren, swatch } from "./dom.js";
import { relationshipList } from "./relationship-list.js";

type InspectorActions = Pick<Actions, "select" | "clearSelection" | "expand" | "isolate">;

/**
 * Mounts the inspector into `root`. `knownName` names ids the detail did not include (e.g. the outlet a
 * claim is attributed to) from whatever the canvas holds.
 */
export function mountInspector(
  root: HTMLElement,
  store: Store<AppState>,
  actions: InspectorActions,
  knownName: (id: string) => string | undefined = () => undefined,
  /** Opens a research briefing on the node (panels/briefing-panel.ts); no button without it. */
  onBriefing?: (id: string) => void,
  /** Curation (panels/edit-panel.ts): Edit and History for the shown node; nothing without it. */
  curation?: (detail: NodeDetail, state: AppState) => HTMLElement[],
): void {
  function render(state: AppState): void {
    const selection = state.selection;
    root.hidden = selection === null;
    if (!selection) {
      root.replaceChildren();
      return;
    }
    setChildren(root, closeButton(), ...body(selection, state));
  }

  function closeButton(): HTMLButtonElement {
    return h(
      "button",
      {
        className: "close",
        attrs: { type: "button", "aria-label": "Close inspector" },
        on: { click: () => actions.clearSelection() },
      },
      "×",
    );
  }

  function body(selection: Selection, state: AppState): (HTMLElement | null)[] {
    if (selection.status === "loading") return [h("p", { className: "muted loading-text" }, "Loading…")];
    if (selection.status === "error" || !selection.detail) {
      const message =
        selection.problem?.code === "not_found" ? "This node no longer exists." : selection.problem?.message;
      return [
        h("p", { className: "error-text", attrs: { role: "alert" } }, message ?? "Could not load this node."),
      ];
    }
    return detailView(selection.detail, state);
  }

  function detailView(detail: NodeDetail, state: AppState): (HTMLElement | null)[] {
    const { node } = detail;
    const rows = propertyRows(node.properties, state.sources);
    const description = node.properties.description;
    const expanding = state.expanding === node.id;
    const groups = groupRelationships(node.id, detail.edges, detail.nodes);
    return [
      h("p", { className: "node-type" }, swatch(colorOf(node.type)), typeLabel(node.type)),
      h("h2", { className: "node-name", attrs: { id: "inspector-title", ...OWN_DIRECTION } }, node.name),
      node.aliases.length > 0
        ? h(
            "p",
            { className: "aliases" },
            "Also: ",
            ...node.aliases.flatMap((a, i) => [i > 0 ? ", " : null, isolated(a)]),
          )
        : null,
      typeof description === "string"
        ? h("p", { className: "description", attrs: OWN_DIRECTION }, description)
        : null,
      rows.length > 0
        ? h(
            "dl",
            { className: "properties" },
            ...rows.flatMap((r) => [
              h("dt", { attrs: OWN_DIRECTION }, r.label),
              h("dd", { attrs: OWN_DIRECTION }, r.value),
            ]),
          )
        : null,
      h(
        "div",
        { className: "actions" },
        h(
          "button",
          {
            className: "primary",
            attrs: expanding ? { type: "button", disabled: "" } : { type: "button" },
            on: { click: () => void actions.expand(node.id) },
          },
          expanding ? "Expanding…" : "Expand neighbours",
        ),
        h(
          "button",
          { attrs: { type: "button" }, on: { click: () => actions.isolate(node.id) } },
          "Show only this",
        ),
        onBriefing
          ? h(
              "button",
              {
                attrs: { type: "button", "data-action": "briefing" },
                on: { click: () => onBriefing(node.id) },
              },
              "Briefing",
            )
          : null,
      ),
      ...(curation ? curation(detail, state) : []),
      h(
        "h3",
        { className: "section-title" },
        `Relationships (${detail.degree?.total ?? groups.reduce((n, g) => n + g.items.length, 0)})`,
      ),
      detail.truncated
        ? h("p", { className: "muted" }, "Only the first neighbours are listed; more exist.")
        : null,
      relationshipList(groups, {
        sources: state.sources,
        nameOf: (id) => detail.nodes.get(id)?.name ?? knownName(id) ?? id,
        onSelect: (id) => actions.select(id),
      }),
    ];
  }

  render(store.get());
  store.subscribe((s, prev) => {
    if (s.selection !== prev.selection || s.sources !== prev.sources || s.expanding !== prev.expanding)
      render(s);
  });
}
