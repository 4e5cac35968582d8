// The Cypher console panel: editor, parameters, run/explain, history, saved queries, and the result views.
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import type { CypherApi } from "../api/cypher.js";
import { CypherApiError } from "../api/cypher.js";
import { loadHistory, pushHistory, saveHistory } from "../state/console-history.js";
import {
  CONSOLE_VIEWS,
  defaultView,
  initialConsoleState,
  parseParams,
  resultSummary,
  toConsoleProblem,
  type ConsoleState,
} from "../state/console-state.js";
import { createConsoleEditor, type ConsoleSchema } from "./console-editor.js";
import { renderGraphNote, renderJson, renderPlan, renderTable } from "./console-results.js";
import { h, setChildren } from "./dom.js";
import "./console.css";

export interface ConsoleHooks {
  /** Draw a result's nodes and edges on the canvas (graph/ owns the graph; main.ts wires this). */
  showGraph(data: { nodes: GraphNode[]; edges: GraphEdge[] }, mode: "replace" | "merge"): void;
}

export function mountConsole(
  root: HTMLElement,
  api: CypherApi,
  hooks: ConsoleHooks,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  let state: ConsoleState = initialConsoleState;
  let history = loadHistory(storage);
  const schema: ConsoleSchema = { labels: [], relationshipTypes: [], propertyKeys: [] };
  const merge = h("input", { attrs: { type: "checkbox", "aria-label": "Merge into the canvas" } });
  const params = h("textarea", {
    className: "console-params",
    attrs: {
      rows: "2",
      spellcheck: "false",
      "aria-label": "Parameters (JSON)",
      placeholder: '{"id": "japan"}',
    },
  });
  const status = h("p", {
    className: "console-status",
    attrs: { "aria-live": "polite", "data-testid": "console-status" },
  });
  const output = h("div", { className: "console-output" });
  const tabs = h("div", { className: "console-tabs", attrs: { role: "tablist" } });
  const historyList = h("select", { attrs: { "aria-label": "History" } });
  const saved = h("ul", { className: "console-saved", attrs: { "aria-label": "Saved queries" } });
  const editorHost = h("div", { className: "console-editor" });
  const editor = createConsoleEditor(editorHost, {
    initial: history[0] ?? "MATCH p = (:Country {id: 'japan'})-[:PLEDGES]->(:Funding) RETURN p",
    run: () => void run(),
    schema: () => schema,
  });

  const set = (patch: Partial<ConsoleState>) => {
    state = { ...state, ...patch };
    render();
  };

  async function run(): Promise<void> {
    const parsed = parseParams(params.value);
    if (!parsed.ok) return set({ problem: { code: "invalid_params", message: parsed.message } });
    const query = editor.text();
    history = pushHistory(history, query);
    saveHistory(storage, history);
    editor.markError(null);
    set({ running: true, problem: null });
    try {
      const result = await api.run(query, parsed.value);
      hooks.showGraph(result.graph, merge.checked ? "merge" : "replace");
      set({ running: false, result, view: defaultView(result), plan: null });
    } catch (err) {
      fail(err);
    }
  }

  async function explain(): Promise<void> {
    const parsed = parseParams(params.value);
    if (!parsed.ok) return set({ problem: { code: "invalid_params", message: parsed.message } });
    set({ running: true, problem: null });
    try {
      set({ running: false, plan: await api.explain(editor.text(), parsed.value), view: "plan" });
    } catch (err) {
      fail(err);
    }
  }

  function fail(err: unknown): void {
    const problem =
      err instanceof CypherApiError ? toConsoleProblem(err) : { code: "client_error", message: String(err) };
    if (problem.line !== undefined && problem.column !== undefined)
      editor.markError({ line: problem.line, column: problem.column, message: problem.message });
    set({ running: false, problem });
  }

  function render(): void {
    root.dataset.state = state.running ? "running" : state.problem ? "error" : state.result ? "done" : "idle";
    setChildren(
      tabs,
      ...CONSOLE_VIEWS.map((v) =>
        h(
          "button",
          {
            className: v === state.view ? "active" : "",
            attrs: { role: "tab", type: "button", "aria-selected": String(v === state.view), "data-view": v },
            on: { click: () => set({ view: v }) },
          },
          v,
        ),
      ),
    );
    status.textContent = state.running
      ? "Running…"
      : state.problem
        ? `${state.problem.code}: ${state.problem.message}`
        : state.result
          ? resultSummary(state.result)
          : "";
    status.classList.toggle("error", Boolean(state.problem));
    setChildren(
      historyList,
      h("option", { attrs: { value: "" } }, "History…"),
      ...history.map((q) => h("option", { attrs: { value: q } }, q.replace(/\s+/g, " ").slice(0, 80))),
    );
    const r = state.result;
    const view =
      state.view === "plan"
        ? renderPlan(state.plan)
        : !r
          ? h("p", { className: "console-empty" }, "Run a query with Ctrl/Cmd+Enter.")
          : state.view === "table"
            ? renderTable(r)
            : state.view === "json"
              ? renderJson(r)
              : renderGraphNote(r);
    setChildren(output, view);
  }

  historyList.addEventListener("change", () => {
    if (historyList.value) editor.setText(historyList.value);
  });

  async function loadSaved(): Promise<void> {
    try {
      const { queries, runnable } = await api.savedQueries();
      setChildren(
        saved,
        ...queries.map((q) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                attrs: { type: "button", title: q.description, "data-query": q.name },
                on: { click: () => pick(q.query, q.params) },
              },
              q.name,
            ),
          ),
        ),
      );
      if (!runnable) unavailable();
      else await loadSchema();
    } catch (err) {
      fail(err);
    }
  }

  function pick(query: string, ps: { name: string; default?: unknown }[]): void {
    editor.setText(query);
    const defaults = Object.fromEntries(
      ps.filter((p) => p.default !== undefined).map((p) => [p.name, p.default]),
    );
    params.value = ps.length ? JSON.stringify(defaults, null, 1) : "";
  }

  /** Labels and types from /api/schema; property keys through the console's allowed db.propertyKeys(). */
  async function loadSchema(): Promise<void> {
    const res = await fetch("/api/schema")
      .then(
        (r) => r.json() as Promise<{ nodeTypes: { type: string }[]; relationshipTypes: { type: string }[] }>,
      )
      .catch(() => null);
    if (res) {
      schema.labels = ["Entity", "Source", ...res.nodeTypes.map((t) => t.type)];
      schema.relationshipTypes = res.relationshipTypes.map((t) => t.type);
    }
    const keys = await api
      .run("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey", {})
      .catch(() => null);
    if (keys) schema.propertyKeys = keys.rows.map((row) => String(row.propertyKey));
  }

  function unavailable(): void {
    root.dataset.available = "false";
    set({
      problem: {
        code: "cypher_unavailable",
        message:
          "This server runs on the embedded store, so there is no Cypher. Start Neo4j with `npm run neo4j start`, then the server with `NEO4J_URI=bolt://127.0.0.1:7687 npm start` (or `docker compose up`).",
      },
    });
  }

  setChildren(
    root,
    h("div", { className: "console-head" }, h("strong", {}, "Cypher console"), historyList),
    editorHost,
    params,
    h(
      "div",
      { className: "console-actions" },
      h(
        "button",
        {
          className: "primary",
          attrs: { type: "button", "data-testid": "console-run" },
          on: { click: () => void run() },
        },
        "Run ⌘↵",
      ),
      h("button", { attrs: { type: "button" }, on: { click: () => void explain() } }, "Explain"),
      h("label", {}, merge, " merge into canvas"),
    ),
    status,
    tabs,
    output,
    h("details", { className: "console-saved-box" }, h("summary", {}, "Saved queries"), saved),
  );
  render();
  void loadSaved();
}
