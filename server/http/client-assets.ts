// Serves the built client from CLIENT_DIR, with a single-page-app fallback, or a hint when it is not built.
import { existsSync } from "node:fs";
import path from "node:path";
import express, { Router } from "express";

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Client not built</title></head>
<body><h1>The client is not built</h1>
<p>Run <code>npm run build</code>, then reload this page. The JSON API is under <a href="/api/health">/api</a>.</p>
</body></html>`;

export function clientAssets(clientDir: string): Router {
  const router = Router();
  const indexFile = path.join(path.resolve(clientDir), "index.html");
  router.use(express.static(clientDir, { index: "index.html" }));
  // Paths without an extension are client-side routes; a missing /assets/x.js stays a 404.
  router.get("/{*path}", (req, res, next) => {
    if (path.extname(req.path)) return next();
    // Checked per request so that building the client while the server runs needs no restart.
    if (!existsSync(indexFile)) return void res.type("html").send(NOT_BUILT_PAGE);
    res.sendFile(indexFile, (error) => error && next(error));
  });
  return router;
}
