// The Export panel: PNG, SVG, GEXF, GraphML, JSON and CSV of the current view or of the whole graph.
import { edgesCsv, nodesCsv } from "../graph/export-csv.js";
import type { ExportSet } from "../graph/export-data.js";
import { toGexf, toGraphml, toJson } from "../graph/export-graph.js";
import type { AppState } from "../state/app-state.js";
import type { Store } from "../state/store.js";
import { h, setChildren } from "./dom.js";

export type ExportScope = "view" | "all";

export interface ExportDeps {
  app: Store<AppState>;
  /** The rows for a scope: the visible view, or the whole graph from GET /api/export. */
  rows(scope: ExportScope): Promise<ExportSet>;
  /** SVG of the canvas as drawn, or null without a renderer. */
  svg(): string | null;
  /** PNG of the canvas, or null without a renderer. */
  png(): Promise<Blob> | null;
}

const FORMATS = [
  { id: "png", label: "PNG image", scoped: false },
  { id: "svg", label: "SVG image", scoped: false },
  { id: "gexf", label: "GEXF (Gephi)", scoped: true },
  { id: "graphml", label: "GraphML", scoped: true },
  { id: "json", label: "JSON", scoped: true },
  { id: "nodes-csv", label: "Nodes CSV", scoped: true },
  { id: "edges-csv", label: "Edges CSV", scoped: true },
] as const;
type Format = (typeof FORMATS)[number]["id"];

/** Saves a blob under a file name through a temporary link (the browser's own download). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const TYPES: Record<string, string> = {
  gexf: "application/gexf+xml",
  graphml: "application/graphml+xml",
  json: "application/json",
  "nodes-csv": "text/csv",
  "edges-csv": "text/csv",
};

async function produce(format: Format, scope: ExportScope, deps: ExportDeps): Promise<Blob> {
  if (format === "png") {
    const png = deps.png();
    if (!png) throw new Error("the canvas is not available (no WebGL)");
    return png;
  }
  if (format === "svg") {
    const svg = deps.svg();
    if (svg === null) throw new Error("the canvas is not available (no WebGL)");
    return new Blob([svg], { type: "image/svg+xml" });
  }
  const set = await deps.rows(scope);
  const text = {
    gexf: toGexf,
    graphml: toGraphml,
    json: toJson,
    "nodes-csv": nodesCsv,
    "edges-csv": edgesCsv,
  }[format](set);
  return new Blob([text], { type: TYPES[format] });
}

function fileName(format: Format, scope: ExportScope): string {
  const ext = format.endsWith("-csv") ? "csv" : format;
  const part = format === "nodes-csv" ? "-nodes" : format === "edges-csv" ? "-edges" : "";
  return `chipgraph-${scope === "all" ? "graph" : "view"}${part}.${ext}`;
}

export function mountExportPanel(root: HTMLElement, deps: ExportDeps): void {
  root.setAttribute("aria-label", "Export");
  let scope: ExportScope = "view";
  let busy = false;
  const status = h("p", { className: "muted style-note", attrs: { role: "status" } });
  const scopeField = h(
    "fieldset",
    { className: "export-scope" },
    h("legend", {}, "Data exports contain"),
    ...(["view", "all"] as const).map((value) =>
      h(
        "label",
        {},
        h("input", {
          attrs: { type: "radio", name: "export-scope", value, ...(value === scope ? { checked: "" } : {}) },
          on: { change: () => (scope = value) },
        }),
        value === "view" ? " the current view" : " the whole graph",
      ),
    ),
  );
  const buttons = FORMATS.map((f) =>
    h(
      "button",
      { attrs: { type: "button", "data-format": f.id }, on: { click: () => void run(f.id) } },
      f.label,
    ),
  );

  async function run(format: Format): Promise<void> {
    if (busy) return;
    busy = true;
    buttons.forEach((b) => (b.disabled = true));
    status.className = "muted style-note";
    status.textContent = "Preparing the file…";
    try {
      download(await produce(format, scope, deps), fileName(format, scope));
      status.textContent = `Saved ${fileName(format, scope)}.`;
    } catch (error) {
      status.className = "error-text style-note";
      status.textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      busy = false;
      render(deps.app.get());
    }
  }

  function render(s: AppState): void {
    const empty = s.load.kind !== "ready" || s.counts.nodes === 0;
    buttons.forEach(
      (b) =>
        (b.disabled =
          busy || (empty && !(scope === "all" && b.dataset.format !== "png" && b.dataset.format !== "svg"))),
    );
    if (!busy && s.load.kind === "loading") status.textContent = "Loading the graph…";
    else if (!busy && s.load.kind === "error")
      status.textContent = "The graph did not load: nothing to export.";
    else if (!busy && empty) status.textContent = "Nothing drawn: switch to the whole graph to export it.";
  }

  setChildren(
    root,
    h("h2", { className: "legend-title" }, "Export"),
    scopeField,
    h(
      "p",
      { className: "muted style-note" },
      "Images show the canvas as drawn. The current view leaves out what filters hide.",
    ),
    h("div", { className: "export-buttons" }, ...buttons),
    status,
  );
  render(deps.app.get());
  deps.app.subscribe((s, prev) => {
    if (s.load !== prev.load || s.counts !== prev.counts) render(s);
  });
}
