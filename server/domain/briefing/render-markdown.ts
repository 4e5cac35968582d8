// Renders a Briefing as Markdown: every user-controlled string escaped, the figure as an SVG data URI.
import { citationNumbers } from "./citations.js";
import { escapeMarkdown as md } from "./escape.js";
import { typeLabel } from "./palette.js";
import {
  countsLine,
  eventText,
  generatedText,
  lineDetails,
  lineLead,
  numbersText,
  propertyText,
  referenceText,
  subjectLine,
} from "./render-common.js";
import type { Briefing, Citation, FactLine } from "./types.js";

/** The Markdown text of a briefing, ending with a newline. */
export function renderMarkdown(b: Briefing): string {
  const multi = b.subjects.length > 1;
  const out: string[] = [`# Briefing: ${md(b.title)}`, ""];
  out.push(
    `*${md(subjectLine(b))}* · generated ${generatedText(b.generatedAt)} · data as of ${b.asOf?.label ?? "unknown"}`,
  );
  out.push("", `Covers ${countsLine(b)}.`, "");
  if (b.profile.length > 0) {
    out.push("| Property | Value |", "| --- | --- |");
    for (const row of b.profile) out.push(`| ${md(row.key)} | ${md(propertyText(row.value))} |`);
    out.push("");
  }

  out.push("## Summary", "", b.summary.map((s) => `${md(s.text)}${cites(s.citations)}`).join(" "), "");

  out.push("## Key relationships", "");
  for (const group of b.relationships) {
    out.push(`### ${md(group.label)}`, "");
    for (const line of group.lines) out.push(`- ${factText(line, multi)}`);
    out.push("");
  }
  if (b.relationships.length === 0) out.push("No relationships are recorded.", "");

  out.push("## Money", "");
  if (b.money.rows.length === 0) out.push("No amounts are recorded for these relationships.", "");
  else {
    out.push(
      "| Relationship | Counterpart | Amount (as reported) | USD (as stated by the source) | Date | Source |",
    );
    out.push("| --- | --- | ---: | ---: | --- | --- |");
    for (const row of b.money.rows) {
      const m = row.amount!;
      const rel = multi ? `${md(row.subject.name)} ${md(row.label.toLowerCase())}` : md(row.label);
      out.push(
        `| ${rel} | ${md(row.counterpart.name)} | ${md(m.label)} | ${m.amountUsdLabel ? md(m.amountUsdLabel) : "—"} | ${row.date?.label ?? "—"} | ${cites(row.citations).trim()} |`,
      );
    }
    const totals = b.money.totals.map(
      (t) =>
        `${md(t.relationship)}, ${md(t.currency)}: ${md(t.label)} (${t.rows} sum${t.rows === 1 ? "" : "s"})`,
    );
    out.push(
      "",
      `Totals: ${totals.join("; ")}. Kinds of sum and currencies are never added together; a sum counts once.`,
      "",
    );
  }

  out.push("## Timeline", "");
  if (b.timeline.length === 0) out.push("No dated facts are recorded.");
  for (const line of b.timeline)
    out.push(`- **${line.date!.label}** — ${md(eventText(line, multi))}${cites(line.citations)}`);
  out.push("");

  if (b.changes) {
    out.push(`## Changes since ${b.changes.since}`, "");
    if (b.changes.entries.length === 0) out.push("Nothing recorded after this date.");
    for (const entry of b.changes.entries) {
      const when = entry.basis === "fact" ? entry.dated.label : `reported ${entry.dated.label}`;
      out.push(`- **${when}** — ${md(eventText(entry.line, multi))}${cites(entry.line.citations)}`);
    }
    out.push("");
  }

  out.push("## Network context", "");
  out.push(`- Direct neighbourhood: ${numbersText(b.network.oneHop)}.`);
  out.push(
    `- Within two hops: ${numbersText(b.network.twoHop)}${b.network.truncated ? " (truncated)" : ""}.`,
    "",
  );
  if (b.network.central.length > 0) {
    out.push("Most central neighbours (PageRank on the two-hop subgraph):", "");
    b.network.central.forEach((c, i) =>
      out.push(
        `${i + 1}. ${md(c.name)} (${typeLabel(c.type)}, ${c.hops} hop${c.hops === 1 ? "" : "s"}) — ${c.score.toFixed(4)}`,
      ),
    );
    out.push("");
  }
  if (b.network.paths.length > 0) {
    out.push("Shortest paths to focal entities:", "");
    for (const path of b.network.paths) {
      if (path.steps.length === 0) {
        out.push(
          `- **${md(path.focus.name)}**: ${path.hops === 0 ? "is a subject" : "not within four hops"}`,
        );
        continue;
      }
      const steps = path.steps.map(
        (s) => ` → ${md(s.label.toLowerCase())} → ${md(s.counterpart.name)}${cites(s.citations)}`,
      );
      out.push(
        `- **${md(path.focus.name)}** (${path.hops} hop${path.hops === 1 ? "" : "s"}): ${md(path.from!.name)}${steps.join("")}`,
      );
    }
    out.push("");
  }

  out.push("## Figure", "");
  const dataUri = `data:image/svg+xml;base64,${Buffer.from(b.figure.svg, "utf8").toString("base64")}`;
  out.push(`![${md(b.figure.title)}](${dataUri})`, "");
  out.push(`Colours: ${b.figure.legend.map((l) => `${typeLabel(l.type)} ${l.color}`).join(", ")}.`, "");

  out.push("## References", "");
  for (const ref of b.references) {
    const url = ref.url ? ` ${md(ref.url)}.` : "";
    out.push(`${ref.n}. ${md(referenceText(ref))}. Cited: ${ref.locators.map(md).join(", ")}.${url}`);
  }
  out.push("");
  return out.join("\n");
}

function factText(line: FactLine, multi: boolean): string {
  const details = lineDetails(line);
  return `${md(lineLead(line, multi))}${details ? ` — ${md(details)}` : ""}${cites(line.citations)}`;
}

/** " [1][3]": the distinct reference numbers, ascending. */
function cites(citations: readonly Citation[]): string {
  const numbers = citationNumbers(citations);
  return numbers.length > 0 ? ` ${numbers.map((n) => `[${n}]`).join("")}` : "";
}
