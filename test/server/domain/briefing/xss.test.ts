// Hostile names, notes and properties go through HTML and Markdown as inert text, never as markup.
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../../../server/domain/briefing/render-html.js";
import { renderMarkdown } from "../../../../server/domain/briefing/render-markdown.js";
import { entityBriefing } from "../../../../server/domain/briefing/service.js";
import type { GraphExport } from "../../../../server/domain/model.js";
import { createMemoryStore } from "../../../../server/store/memory/memory-store.js";

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(2)</script>";
const BREAKOUT = '"><svg onload=alert(3)>';

function hostileGraph(): GraphExport {
  return {
    sources: [
      {
        id: "s1",
        title: `Title ${SCRIPT}`,
        publisher: `Pub ${IMG}`,
        published: "2024-05",
        datePrecision: "month",
        url: `javascript:alert(4)${BREAKOUT}`,
      },
    ],
    nodes: [
      {
        id: "evil",
        type: "Company",
        name: IMG,
        aliases: [SCRIPT],
        properties: { note: BREAKOUT, "<b onclick=x>": "k" },
      },
      {
        id: "fund",
        type: "Funding",
        name: `# ${SCRIPT} [link](javascript:x)`,
        aliases: [],
        properties: { amount: 5e9, currency: `<i onmouseover=x>`, amountUsd: 1e9 },
      },
      { id: "home", type: "Country", name: `| ${BREAKOUT} |`, aliases: [], properties: {} },
    ],
    edges: [
      {
        id: "e1",
        type: "PLEDGES",
        source: "evil",
        target: "fund",
        properties: { date: "2024-05", datePrecision: "month", certainty: SCRIPT },
        evidence: [{ sourceId: "s1", locator: `para 1${IMG}`, note: `note ${BREAKOUT} ${IMG}` }],
      },
      {
        id: "e2",
        type: "HEADQUARTERED_IN",
        source: "evil",
        target: "home",
        properties: { attributedTo: ["home"] },
        evidence: [{ sourceId: "s1", locator: "para 2", note: SCRIPT }],
      },
    ],
  };
}

/** Real tags (not escaped text) that are img/script/iframe, or that carry an on… attribute, quoted values skipped. */
function liveMarkup(html: string): string[] {
  const found: string[] = [];
  const tag = /<([a-z][a-z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi;
  for (const [whole, name, attrs] of html.matchAll(tag)) {
    if (/^(img|script|iframe|object|embed)$/i.test(name!)) found.push(whole);
    for (const [, attr] of attrs!.matchAll(/\s+([^\s=>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      if (/^on/i.test(attr!)) found.push(whole);
    }
  }
  return found;
}

describe("Briefing rendering of hostile data", () => {
  it("escapes every name, note, locator and property in the HTML", async () => {
    const store = await createMemoryStore(hostileGraph());
    const html = renderHtml(
      await entityBriefing({ store }, "evil", { format: "html", since: null, focus: null }),
    );
    expect(liveMarkup(html)).toEqual([]);
    expect(html).not.toContain("<svg onload");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    // The check itself sees a handler when one is there.
    expect(liveMarkup('<p title="x"><b onclick=y>')).toHaveLength(1);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // The only <svg> is the figure; no attribute value was broken out of.
    expect(html.match(/<svg\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it("escapes them in the Markdown, and in the SVG figure its data URI carries", async () => {
    const store = await createMemoryStore(hostileGraph());
    const markdown = renderMarkdown(
      await entityBriefing({ store }, "evil", { format: "md", since: null, focus: null }),
    );
    expect(liveMarkup(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/<svg/i);
    expect(markdown).not.toMatch(/<img|<script/i);
    expect(markdown).not.toMatch(/(?<!\\)\](?:\(javascript:)/i);
    expect(markdown).not.toMatch(/^#+ .*script/im);
    const svg = Buffer.from(
      /data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/.exec(markdown)![1]!,
      "base64",
    ).toString("utf8");
    expect(liveMarkup(svg)).toEqual([]);
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
