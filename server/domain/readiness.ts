// Liveness and readiness for orchestrators: "live" needs only the process, "ready" needs the store to answer in time.
import type { GraphStore } from "../store/graph-store.js";
import { StoreUnavailableError } from "./errors.js";

/** How long a readiness probe waits for the store: probes run often and must not pile up on a hung database. */
export const READY_TIMEOUT_MS = 1_000;

/** The process is up and serving HTTP; it never looks at the store, so a slow database cannot fail it. */
export function live(): { status: "live" } {
  return { status: "live" };
}

/**
 * Ready when the store answers `info()` within `timeoutMs`.
 * @throws StoreUnavailableError when the store is unreachable or slower than that; other failures propagate
 * (an orchestrator reads any 5xx as "not ready", and the error middleware logs a bug in full).
 */
export async function ready(
  store: GraphStore,
  timeoutMs = READY_TIMEOUT_MS,
): Promise<{ status: "ready"; store: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new StoreUnavailableError(
            `readiness: the ${store.kind} store did not answer within ${timeoutMs} ms`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    const info = await Promise.race([store.info(), timeout]);
    return { status: "ready", store: info.store };
  } finally {
    clearTimeout(timer);
  }
}
