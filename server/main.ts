// Entry point: config → store → createApp → listen on HOST:PORT; closes the server and the store on SIGTERM/SIGINT.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { answerClientError } from "./http/error-middleware.js";
import { createLogger, type Logger } from "./logger.js";
import { createStore } from "./store/create-store.js";

/** How long open connections may take to finish after a shutdown signal before they are cut. */
const SHUTDOWN_GRACE_MS = 5_000;
/** Past this, exit whatever still hangs (a store that will not close): orchestrators kill at 10 s. */
const SHUTDOWN_DEADLINE_MS = 9_000;

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL, { secrets: [config.API_TOKEN, config.NEO4J_PASSWORD] });
  const store = await createStore(config, logger).catch((error: unknown) => {
    logger.error("could not open the store", { error });
    process.exit(1);
  });

  const app = createApp({ store, config, logger });
  let closing = false;
  const server = createServer((req, res) => {
    // While shutting down, answer what arrives on kept-alive connections but ask the client not to
    // reuse them, so that server.close() can finish once in-flight requests are done.
    if (closing) res.setHeader("Connection", "close");
    app(req, res);
  });
  server.on("clientError", answerClientError); // parser-level refusals answer in the API's JSON error shape
  server.on("error", (error) => {
    logger.error("server error", { error });
    process.exit(1);
  });
  server.listen(config.PORT, config.HOST, () => {
    const { port } = server.address() as AddressInfo;
    const host = config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
    logger.info("listening", { url: `http://${host}:${port}`, store: store.kind });
  });

  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info("shutting down", { signal });
    // Stop accepting connections; requests in flight finish, then the store (driver, DATA_DIR snapshot) closes.
    server.close(() => void closeStore(store, logger));
    server.closeIdleConnections();
    // Cut connections still open after the grace period, so a slow client cannot hold shutdown up.
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    setTimeout(() => {
      logger.error("shutdown did not finish in time; exiting", { ms: SHUTDOWN_DEADLINE_MS });
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

async function closeStore(store: { close(): Promise<void> }, logger: Logger): Promise<void> {
  try {
    await store.close();
    logger.info("stopped");
  } catch (error) {
    logger.error("error while closing the store", { error });
    process.exitCode = 1;
  }
}

function readConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

await main();
