// GET /api/openapi.json (the OpenAPI 3.1 document) and GET /api/docs (the same, as a readable page).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Router } from "express";
import { PROJECT_ROOT } from "../../config.js";
import { buildApiDocument } from "../openapi/document.js";
import { renderDocsPage } from "../openapi/docs-page.js";

/** The package's version: the document's `info.version`. */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

export function openApiRoutes(router: Router): void {
  // Built on first request, not at start-up: the vocabulary (type enums) is configured before then.
  let document: ReturnType<typeof buildApiDocument> | undefined;
  let page: string | undefined;
  const doc = () => (document ??= buildApiDocument({ version: packageVersion() }));
  router.get("/openapi.json", (_req, res) => {
    res.json(doc());
  });
  router.get("/docs", (_req, res) => {
    res.type("html").send((page ??= renderDocsPage(doc())));
  });
}
