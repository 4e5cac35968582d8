// What the HTTP layer needs from the outside world, passed in by main.ts (or a test) to createApp.
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { GraphStore } from "../store/graph-store.js";

export interface AppDeps {
  store: GraphStore;
  /** Only what the HTTP layer reads; tests may pass `loadConfig({})` or a literal. */
  config: Pick<Config, "CLIENT_DIR">;
  logger: Logger;
}
