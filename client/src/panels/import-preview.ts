// Renders an import's dry run: counts per kind, warnings, and the refused records with file, line and field.
import type { ImportIssue, ImportResult } from "../api/import.js";
import { h } from "./dom.js";

/** "nodes.csv line 12 · founded:int" */
export function issueWhere(issue: ImportIssue): string {
  const parts = [issue.file];
  if (issue.line !== undefined) parts.push(`line ${issue.line}`);
  if (issue.element !== undefined) parts.push(issue.element);
  return parts.join(" ") + (issue.field ? ` · ${issue.field}` : "");
}

/** The counts table of a dry run (or of a finished import). */
export function summaryTable(result: ImportResult): HTMLElement {
  const row = (label: string, kind: keyof ImportResult["summary"]) => {
    const t = result.summary[kind];
    return h(
      "tr",
      {},
      h("th", {}, label),
      h("td", {}, String(t.created)),
      h("td", {}, String(t.updated)),
      h("td", {}, String(t.unchanged)),
    );
  };
  return h(
    "table",
    { className: "import-summary" },
    h(
      "thead",
      {},
      h("tr", {}, h("th", {}, ""), h("th", {}, "new"), h("th", {}, "changed"), h("th", {}, "unchanged")),
    ),
    h("tbody", {}, row("Entities", "nodes"), row("Relationships", "edges"), row("Sources", "sources")),
  );
}

/** A list of issues, capped by the server; `count` is how many there were in all. */
export function issueList(issues: ImportIssue[], count: number, className: string): HTMLElement {
  return h(
    "div",
    { className },
    h("ul", {}, ...issues.map((i) => h("li", {}, h("code", {}, issueWhere(i)), " ", i.message))),
    count > issues.length ? h("p", {}, `… and ${count - issues.length} more`) : null,
  );
}
