// GET /api/briefings/:id and POST /api/briefings: research briefings as HTML, Markdown, JSON or PDF.
import path from "node:path";
import type { Router, Response } from "express";
import { PROJECT_ROOT } from "../../config.js";
import { consoleSavedQueryRunner } from "../../domain/briefing/console-runner.js";
import {
  parseBriefingOptions,
  parseBriefingTarget,
  type BriefingFormat,
} from "../../domain/briefing/parse.js";
import { chromiumPdfRenderer, type PdfRenderer } from "../../domain/briefing/pdf.js";
import { renderHtml } from "../../domain/briefing/render-html.js";
import { renderMarkdown } from "../../domain/briefing/render-markdown.js";
import type { SavedQueryRunner } from "../../domain/briefing/saved-query.js";
import {
  entityBriefing,
  queryBriefing,
  setBriefing,
  type BriefingDeps,
} from "../../domain/briefing/service.js";
import type { Briefing } from "../../domain/briefing/types.js";
import type { AppDeps } from "../deps.js";

/** Optional extras a deployment or a test may add to the app's deps. */
export interface BriefingRouteDeps extends AppDeps {
  savedQueries?: SavedQueryRunner;
  pdf?: PdfRenderer;
  now?: () => Date;
}

const SAVED_QUERIES_DIR = path.join(PROJECT_ROOT, "cypher", "queries");

const CONTENT_TYPES: Record<BriefingFormat, string> = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
};

/** The HTML carries the same policy as a meta tag; the header also covers a browser opening it directly. */
const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

export function briefingRoutes(router: Router, deps: BriefingRouteDeps): void {
  const pdf = deps.pdf ?? chromiumPdfRenderer();
  const briefingDeps: BriefingDeps = {
    store: deps.store,
    savedQueries:
      deps.savedQueries ??
      (deps.store.cypher ? consoleSavedQueryRunner(deps.store.cypher, SAVED_QUERIES_DIR) : undefined),
    now: deps.now,
  };

  router.get("/briefings/:id", async (req, res) => {
    const options = parseBriefingOptions(req.query);
    await send(res, options.format, await entityBriefing(briefingDeps, req.params.id, options), pdf);
  });

  router.post("/briefings", async (req, res) => {
    const options = parseBriefingOptions(req.query);
    const target = parseBriefingTarget(req.body);
    const briefing =
      "ids" in target
        ? await setBriefing(briefingDeps, target.ids, options)
        : await queryBriefing(briefingDeps, target, options);
    await send(res, options.format, briefing, pdf);
  });
}

async function send(
  res: Response,
  format: BriefingFormat,
  briefing: Briefing,
  pdf: PdfRenderer,
): Promise<void> {
  const name = `briefing-${slug(briefing.subjects.map((s) => s.id).join("-") || "query")}`;
  const body =
    format === "json"
      ? JSON.stringify(briefing)
      : format === "md"
        ? renderMarkdown(briefing)
        : format === "pdf"
          ? await pdf.render(renderHtml(briefing))
          : renderHtml(briefing);
  res.setHeader("Content-Type", CONTENT_TYPES[format]);
  res.setHeader("Content-Disposition", `inline; filename="${name}.${format}"`);
  if (format === "html") res.setHeader("Content-Security-Policy", HTML_CSP);
  res.send(body);
}

/** Ids are user text: keep a header-safe file name. */
function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 80) || "briefing";
}
