// Renders console results as a table, JSON and a plan tree; every value goes in as text, never as HTML.
import type { CypherResult, PlanNode } from "../../../server/domain/cypher.js";
import { cellText } from "../state/console-state.js";
import { h } from "./dom.js";

export function renderTable(result: CypherResult): HTMLElement {
  if (result.rows.length === 0) return h("p", { className: "console-empty" }, "No rows.");
  const head = h("tr", {}, ...result.columns.map((c) => h("th", { attrs: { scope: "col" } }, c)));
  const body = result.rows.map((row) =>
    h("tr", {}, ...result.columns.map((c) => h("td", {}, cellText(row[c] ?? null)))),
  );
  return h(
    "table",
    { className: "console-table", attrs: { "data-testid": "console-table" } },
    h("thead", {}, head),
    h("tbody", {}, ...body),
  );
}

export function renderJson(result: CypherResult): HTMLElement {
  return h(
    "pre",
    { className: "console-json", attrs: { "data-testid": "console-json" } },
    JSON.stringify(result.rows, null, 2),
  );
}

function planItem(node: PlanNode): HTMLElement {
  const label = h(
    "div",
    { className: "plan-op" },
    h("strong", {}, node.operator),
    node.details ? h("code", {}, ` ${node.details}`) : null,
    h("span", { className: "plan-rows" }, ` ~${node.estimatedRows} rows`),
  );
  return h("li", {}, label, node.children.length ? h("ul", {}, ...node.children.map(planItem)) : null);
}

export function renderPlan(plan: PlanNode | null): HTMLElement {
  if (!plan) return h("p", { className: "console-empty" }, "Press Explain to see the plan.");
  return h("ul", { className: "console-plan", attrs: { "data-testid": "console-plan" } }, planItem(plan));
}

export function renderGraphNote(result: CypherResult): HTMLElement {
  const n = result.graph.nodes.length;
  return h(
    "p",
    { className: "console-empty", attrs: { "data-testid": "console-graph-note" } },
    n === 0
      ? "No nodes or relationships in this result to draw."
      : `${n} nodes and ${result.graph.edges.length} relationships drawn on the canvas.`,
  );
}
