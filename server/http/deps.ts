// What the HTTP layer needs from the outside world, passed in by main.ts (or a test) to createApp.
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { GraphStore } from "../store/graph-store.js";
import type { RateLimitConfig } from "./rate-limits.js";

export interface AppDeps {
  store: GraphStore;
  /** Only what the HTTP layer reads; tests may pass `loadConfig({})` or a literal. */
  config: Pick<Config, "CLIENT_DIR"> &
    // Write access (http/write-access.ts) and curation read these; absent means config.ts's defaults.
    Partial<
      Pick<
        Config,
        | "API_TOKEN"
        | "HOST"
        | "REQUIRE_EVIDENCE"
        | "IMPORT_MAX_BYTES"
        | "CORS_ORIGINS"
        | "POSITIONS_MIN_EDGES"
        | "POSITIONS_ITERATIONS"
        | "DATA_DIR"
      >
    > &
    // Absent rate limits mean no limit (tests, embedders); main.ts passes config.ts's defaults.
    RateLimitConfig;
  logger: Logger;
}
