// What `npm run import` prints: a progress bar on stderr, the summary and the refused records.
import { formatIssue } from "../domain/import/import-issues.js";
import type { ImportIssue } from "../domain/import/import-types.js";
import type { ImportProgress } from "../domain/import/apply-import.js";
import type { ImportResult } from "../domain/import/run-import.js";

/** A bar redrawn in place on a terminal; one line per batch otherwise (logs, CI). */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): (p: ImportProgress) => void {
  return ({ done, total }) => {
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} batches`;
    if (stream.isTTY) stream.write(`\r${bar}${done === total ? "\n" : ""}`);
    else stream.write(`import: ${bar}\n`);
  };
}

/** The summary block printed after a dry run or an import. */
export function formatSummary(result: ImportResult): string {
  const head = result.dryRun
    ? `import: dry run of ${result.file}: nothing was written. It would change:`
    : `import: ${result.cancelled ? "CANCELLED after" : "imported"} ${result.file} in ${result.batches.done} of ${result.batches.total} batches:`;
  // After a write, what the store reports writing (a cancelled import wrote only its first batches).
  const counts = result.applied ?? result.summary;
  const lines = (["nodes", "edges", "sources"] as const).map((kind) => {
    const t = counts[kind];
    return `  ${kind.padEnd(8)} created ${t.created}, updated ${t.updated}, unchanged ${t.unchanged}`;
  });
  const warnings = result.warnings.map((w) => `  warning: ${formatIssue(w)}`);
  return [
    head,
    ...lines,
    result.cancelled
      ? `  run the same import again to finish it (source ${result.source.id}, sha256 ${result.sha256.slice(0, 16)}…)`
      : `  recorded as source ${result.source.id} (sha256 ${result.sha256.slice(0, 16)}…)`,
    ...warnings,
  ].join("\n");
}

/**
 * A Ctrl-C over HTTP: the explorer writes nothing more once it sees the request dropped, but finishes the batch it
 * is writing, so the batches it last reported are a lower bound; it sent no counts.
 */
export function formatCancelledOverHttp(reported: ImportProgress | undefined): string {
  const written = reported
    ? `${reported.done} of ${reported.total} batches reported written`
    : "no batch reported written yet";
  return [
    `import: CANCELLED: ${written}.`,
    "  The explorer stops once the batch it is writing is stored; what it wrote stays.",
    "  Run the same import again to finish it.",
  ].join("\n");
}

/** The refusal: the message, then every listed problem on its own line. */
export function formatRefusal(message: string, issues: ImportIssue[] = [], count = issues.length): string {
  const more = count > issues.length ? [`  … and ${count - issues.length} more`] : [];
  return [`import: ${message}`, ...issues.map((i) => `  ${formatIssue(i)}`), ...more].join("\n");
}
