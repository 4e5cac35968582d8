// The paths section: two ends picked by name (or from the context menu), up to 3 shortest paths as sentences,
// each hop with its evidence; choosing a path highlights it on the canvas.
import type { NodeId, Source } from "../../../server/domain/model.js";
import type { ExplorationActions } from "../app/exploration-actions.js";
import type { ExplorationState } from "../state/exploration.js";
import { pathHops, pathSentence } from "../state/paths.js";
import type { Store } from "../state/store.js";
import { h, setChildren } from "./dom.js";

export interface PathsPanelDeps {
  exploration: Store<ExplorationState>;
  explore: ExplorationActions;
  /** Drawn nodes as [id, name], for the two name boxes. */
  nodes(): [NodeId, string][];
  nameOf(id: NodeId): string;
  source(id: string): Source | undefined;
}

export function mountPathsPanel(root: HTMLElement, deps: PathsPanelDeps): void {
  const options = h("datalist", { attrs: { id: "path-node-names" } });
  const box = (end: "from" | "to") => {
    const input = h("input", {
      attrs: {
        type: "text",
        list: "path-node-names",
        placeholder: end === "from" ? "From…" : "To…",
        "aria-label": `Path ${end}`,
        "data-role": `path-${end}`,
      },
    });
    input.addEventListener("change", () => {
      const match = deps.nodes().find(([, name]) => name.toLowerCase() === input.value.trim().toLowerCase());
      deps.explore.setPathEnd(end, match ? match[0] : null);
    });
    return input;
  };
  const from = box("from");
  const to = box("to");
  const find = h(
    "button",
    {
      attrs: { type: "button", "data-role": "find-paths" },
      on: { click: () => void deps.explore.findPaths() },
    },
    "Find paths",
  );
  const clear = h(
    "button",
    { attrs: { type: "button" }, on: { click: () => deps.explore.choosePath(null) } },
    "Clear highlight",
  );
  const list = h("ol", { className: "path-list", attrs: { "aria-label": "Paths found" } });

  function render(s: ExplorationState): void {
    setChildren(options, ...deps.nodes().map(([, name]) => h("option", { attrs: { value: name } })));
    if (document.activeElement !== from) from.value = s.paths.from ? deps.nameOf(s.paths.from) : "";
    if (document.activeElement !== to) to.value = s.paths.to ? deps.nameOf(s.paths.to) : "";
    find.disabled = !s.paths.from || !s.paths.to;
    setChildren(
      list,
      ...s.paths.paths.map((path, i) =>
        h(
          "li",
          {
            className: `path-item${s.paths.active === i ? " is-active" : ""}`,
            attrs: { "data-path": String(i) },
          },
          h(
            "button",
            {
              className: "path-sentence",
              attrs: { type: "button" },
              on: { click: () => deps.explore.choosePath(i) },
            },
            pathSentence(path),
          ),
          h(
            "ul",
            { className: "path-hops" },
            ...pathHops(path).map((hop) =>
              h(
                "li",
                {},
                h(
                  "span",
                  { className: "hop" },
                  `${hop.from} ${hop.reversed ? "←" : "→"} ${hop.verb} ${hop.reversed ? "←" : "→"} ${hop.to}`,
                ),
                ...hop.edge.evidence.map((ev) => {
                  const src = deps.source(ev.sourceId);
                  return h(
                    "p",
                    { className: "hop-evidence" },
                    `“${ev.note}” — ${src ? `${src.title}, ${src.publisher}, ${src.published}` : ev.sourceId}${ev.locator ? `, ${ev.locator}` : ""}`,
                  );
                }),
              ),
            ),
          ),
        ),
      ),
    );
  }

  setChildren(
    root,
    h("div", { className: "path-ends" }, from, to),
    options,
    h("div", { className: "path-buttons" }, find, clear),
    list,
  );
  render(deps.exploration.get());
  deps.exploration.subscribe((s, prev) => {
    if (s.paths !== prev.paths) render(s);
  });
}
