// Renders a Briefing as one self-contained, print-ready HTML page: inline CSS and SVG, no scripts, nothing external.
import { citationNumbers, displayLocator } from "./citations.js";
import { escapeHtml as h } from "./escape.js";
import { BRIEFING_CSS } from "./html-style.js";
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

/** Blocks scripts, frames and any network fetch even if a future change let markup through. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The HTML document of a briefing. */
export function renderHtml(b: Briefing): string {
  const multi = b.subjects.length > 1;
  const parts: string[] = [];
  parts.push(`<header><p class="kicker">Research briefing · ${h(subjectLine(b))}</p><h1>${h(b.title)}</h1>`);
  parts.push(
    `<p class="meta">Generated <time datetime="${h(b.generatedAt)}">${h(generatedText(b.generatedAt))}</time> · data as of ${h(b.asOf?.label ?? "unknown")} · covers ${h(countsLine(b))}</p>`,
  );
  if (b.profile.length > 0) {
    const rows = b.profile.map(
      (r) => `<tr><th scope="row">${h(r.key)}</th><td>${h(propertyText(r.value))}</td></tr>`,
    );
    parts.push(`<table class="profile">${rows.join("")}</table>`);
  }
  parts.push(`</header>`);

  parts.push(
    section(
      "summary",
      "Summary",
      `<p>${b.summary.map((s) => `${h(s.text)}${cites(s.citations)}`).join(" ")}</p>`,
    ),
  );

  const groups = b.relationships.map(
    (g) =>
      `<h3>${h(g.label)}</h3><ul class="facts">${g.lines.map((l) => `<li>${factHtml(l, multi)}</li>`).join("")}</ul>`,
  );
  parts.push(
    section("relationships", "Key relationships", groups.join("") || "<p>No relationships are recorded.</p>"),
  );

  parts.push(section("money", "Money", moneyHtml(b, multi)));

  const events = b.timeline.map(
    (l) => `<li><time>${h(l.date!.label)}</time> ${h(eventText(l, multi))}${cites(l.citations)}</li>`,
  );
  parts.push(
    section(
      "timeline",
      "Timeline",
      events.length ? `<ol class="timeline">${events.join("")}</ol>` : "<p>No dated facts are recorded.</p>",
    ),
  );

  if (b.changes) {
    const entries = b.changes.entries.map((e) => {
      const when = e.basis === "fact" ? e.dated.label : `reported ${e.dated.label}`;
      return `<li><time>${h(when)}</time> ${h(eventText(e.line, multi))}${cites(e.line.citations)}</li>`;
    });
    const body = entries.length
      ? `<ol class="timeline">${entries.join("")}</ol>`
      : "<p>Nothing recorded after this date.</p>";
    parts.push(section("changes", `Changes since ${b.changes.since}`, body));
  }

  parts.push(section("network", "Network context", networkHtml(b)));
  parts.push(
    section(
      "figure",
      "Figure",
      `<figure>${b.figure.svg.replace(/^<svg /, '<svg class="ego" ')}<figcaption>${h(b.figure.title)}: rings by hop, coloured by type.</figcaption></figure>`,
    ),
  );
  const refs = b.references.map(
    (r) =>
      `<li id="ref-${r.n}">${h(referenceText(r))}. Cited: ${h(r.locators.join(", "))}.${r.url ? ` <span class="url">${h(r.url)}</span>` : ""}</li>`,
  );
  parts.push(section("references", "References", `<ol class="references">${refs.join("")}</ol>`));

  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>Briefing: ${h(b.title)}</title><style>${BRIEFING_CSS}</style></head>`,
    `<body><article class="briefing">${parts.join("\n")}</article></body></html>`,
    "",
  ].join("\n");
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${h(title)}</h2>${body}</section>`;
}

function factHtml(line: FactLine, multi: boolean): string {
  const details = lineDetails(line);
  return `<span class="who">${h(lineLead(line, multi))}</span>${details ? ` — ${h(details)}` : ""}${cites(line.citations)}`;
}

function moneyHtml(b: Briefing, multi: boolean): string {
  if (b.money.rows.length === 0) return "<p>No amounts are recorded for these relationships.</p>";
  const rows = b.money.rows.map((row) => {
    const m = row.amount!;
    const rel = multi ? `${row.subject.name} ${row.label.toLowerCase()}` : row.label;
    return `<tr><td>${h(rel)}</td><td>${h(row.counterpart.name)}</td><td class="num">${h(m.label)}</td><td class="num">${h(m.amountUsdLabel ?? "—")}</td><td>${h(row.date?.label ?? "—")}</td><td>${cites(row.citations)}</td></tr>`;
  });
  const totals = b.money.totals.map(
    (t) =>
      `<tr class="total"><th scope="row" colspan="2">Total, ${h(t.relationship)}, ${h(t.currency)} (${t.rows} sum${t.rows === 1 ? "" : "s"})</th><td class="num">${h(t.label)}</td><td colspan="3"></td></tr>`,
  );
  return `<table class="money"><thead><tr><th>Relationship</th><th>Counterpart</th><th class="num">Amount (as reported)</th><th class="num">USD (as stated by the source)</th><th>Date</th><th>Source</th></tr></thead><tbody>${rows.join("")}</tbody><tfoot>${totals.join("")}</tfoot></table><p class="note">Totals are per relationship and reported currency: different kinds of sum and different currencies are never added together, and a sum counts once.</p>`;
}

function networkHtml(b: Briefing): string {
  const n = b.network;
  const out = [
    `<ul><li>Direct neighbourhood: ${h(numbersText(n.oneHop))}.</li><li>Within two hops: ${h(numbersText(n.twoHop))}${n.truncated ? " (truncated)" : ""}.</li></ul>`,
  ];
  if (n.central.length > 0) {
    const rows = n.central.map(
      (c) =>
        `<tr><td>${h(c.name)}</td><td>${h(typeLabel(c.type))}</td><td class="num">${c.hops}</td><td class="num">${c.score.toFixed(4)}</td></tr>`,
    );
    out.push(
      `<h3>Most central neighbours</h3><table><thead><tr><th>Entity</th><th>Type</th><th class="num">Hops</th><th class="num">PageRank</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    );
  }
  if (n.paths.length > 0) {
    const items = n.paths.map((p) => {
      if (p.steps.length === 0)
        return `<li><strong>${h(p.focus.name)}</strong>: ${p.hops === 0 ? "is a subject" : "not within four hops"}</li>`;
      const steps = p.steps.map(
        (s) => ` → <em>${h(s.label.toLowerCase())}</em> → ${h(s.counterpart.name)}${cites(s.citations)}`,
      );
      return `<li><strong>${h(p.focus.name)}</strong> (${p.hops} hop${p.hops === 1 ? "" : "s"}): ${h(p.from!.name)}${steps.join("")}</li>`;
    });
    out.push(`<h3>Shortest paths to focal entities</h3><ul class="paths">${items.join("")}</ul>`);
  }
  return out.join("");
}

/** Links to the reference, with the paragraph and our note as a tooltip (escaped: notes are user data). */
function cites(citations: readonly Citation[]): string {
  const links = citationNumbers(citations).map((n) => {
    const mine = citations.filter((c) => c.n === n);
    const tip = [...new Set(mine.map((c) => `${displayLocator(c.locator)}: ${c.note}`))].join(" | ");
    return `<a class="cite" href="#ref-${n}" title="${h(tip)}">[${n}]</a>`;
  });
  return links.length ? ` <sup>${links.join("")}</sup>` : "";
}
