// Fuzzes every /api operation from its OpenAPI document with schemathesis: no 5xx, every answer as documented.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "../../server/app.js";
import { chromiumPdfRenderer } from "../../server/domain/briefing/pdf.js";
import type { BriefingRouteDeps } from "../../server/http/routes/briefings.js";
import { silentLogger } from "../../server/logger.js";
import { createMemoryStore } from "../../server/store/memory/memory-store.js";
import { fixtureGraph } from "../helpers/fixture-graph.js";
import { describeSchemathesis, SCHEMATHESIS_BIN } from "../helpers/schemathesis.js";

const CONFIG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../tools/ci/schemathesis.toml");
const TOKEN = "schemathesis-fuzz-token-0123456789";
/** Enough cases per operation to find what it finds in ~2 minutes on two busy cores; raise locally with the env. */
const MAX_EXAMPLES = process.env.SCHEMATHESIS_MAX_EXAMPLES ?? "10";
/** Fixed, so a red build can be replayed; change it (or set the env) to explore other cases. */
const SEED = process.env.SCHEMATHESIS_SEED ?? "20261122";

interface Run {
  code: number | null;
  output: string;
}

function runSchemathesis(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    // Async spawn: the server under test answers from this very process's event loop. A scratch working
    // directory keeps schemathesis's .hypothesis/ and .schemathesis/ caches out of the repository.
    const cwd = mkdtempSync(path.join(os.tmpdir(), "schemathesis-"));
    const child = spawn(SCHEMATHESIS_BIN, args, { cwd, env: { ...process.env, NO_COLOR: "1" } });
    child.on("close", () => rmSync(cwd, { recursive: true, force: true }));
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describeSchemathesis("schemathesis against /api/openapi.json", () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    // A fresh memory store: fuzzed writes (creates, merges, imports) land here and die with the test.
    const deps: BriefingRouteDeps = {
      store: await createMemoryStore(fixtureGraph()),
      config: { CLIENT_DIR: "/nonexistent", API_TOKEN: TOKEN },
      logger: silentLogger,
      pdf: chromiumPdfRenderer({ CHROMIUM_PATH: "/nonexistent/chromium" }),
    };
    server = createServer(createApp(deps));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("finds no server error and no answer that breaks the document, on every operation", async () => {
    const run = await runSchemathesis([
      "--config-file",
      CONFIG,
      "--no-color",
      "run",
      `${baseUrl}/api/openapi.json`,
      "--checks",
      "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
      "--header",
      `Authorization: Bearer ${TOKEN}`,
      "--max-examples",
      MAX_EXAMPLES,
      "--seed",
      SEED,
      "--workers",
      "1",
      "--suppress-health-check",
      "too_slow,filter_too_much",
    ]);
    const tested = /Tested:\s*(\d+)/.exec(run.output)?.[1];
    const cases = /(\d+) generated/.exec(run.output)?.[1];
    console.info(
      `schemathesis: ${tested ?? "?"} operations, ${cases ?? "?"} test cases, seed ${SEED}, exit ${run.code}`,
    );
    expect(run.code, run.output).toBe(0);
    expect(Number(tested)).toBeGreaterThanOrEqual(29);
    expect(Number(cases)).toBeGreaterThan(100);
  }, 600_000);
});
