// Collects import problems (capped, so a file wrong on every line stays cheap) and turns them into one refusal.
import { InvalidArgumentError } from "../errors.js";
import type { ImportIssue } from "./import-types.js";

/** At most this many issues are kept in detail; the rest are only counted. */
export const MAX_ISSUES = 100;

/** A growing list of issues with a total that keeps counting past the cap. */
export class IssueList {
  readonly items: ImportIssue[] = [];
  total = 0;

  add(issue: ImportIssue): void {
    this.total++;
    if (this.items.length < MAX_ISSUES) this.items.push(issue);
  }

  addAll(issues: readonly ImportIssue[]): void {
    for (const issue of issues) this.add(issue);
  }
}

/** "nodes.csv line 12, column type: unknown entity type" */
export function formatIssue(issue: ImportIssue): string {
  const where = [issue.file];
  if (issue.line !== undefined) where.push(`line ${issue.line}`);
  if (issue.element !== undefined) where.push(issue.element);
  const field = issue.field ? `, field "${issue.field}"` : "";
  return `${where.join(" ")}${field}: ${issue.message}`;
}

/**
 * The whole import is refused: nothing was or will be written. The message names the first problem;
 * `details.issues` lists up to MAX_ISSUES of them and `details.issueCount` counts them all.
 */
export class ImportRefusedError extends InvalidArgumentError {
  constructor(issues: IssueList) {
    const first = issues.items[0];
    const more =
      issues.total > 1 ? ` (and ${issues.total - 1} more problem${issues.total > 2 ? "s" : ""})` : "";
    super(`import refused, nothing was written: ${first ? formatIssue(first) : "no data"}${more}`, {
      issues: issues.items,
      issueCount: issues.total,
    });
  }
}
