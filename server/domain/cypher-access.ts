// Decides whether a console request may write: only with the server's API_TOKEN, compared in constant time.
import { createHash, timingSafeEqual } from "node:crypto";
import type { CypherMode } from "./cypher.js";
import { DomainError } from "./errors.js";

/**
 * Throw unless `mode` is allowed. Read is always allowed. Write needs a configured token (else read_only: the
 * server has no write mode at all) and a matching bearer token (else unauthorized).
 */
export function assertModeAllowed(
  mode: CypherMode,
  configuredToken: string | undefined,
  presentedToken: string | undefined,
): void {
  if (mode === "read") return;
  if (!configuredToken) {
    throw new DomainError(
      "read_only",
      "cypher console: write mode is off on this server; start it with API_TOKEN set and send Authorization: Bearer <token>",
    );
  }
  if (!presentedToken) {
    throw new DomainError(
      "unauthorized",
      "cypher console: write mode needs an Authorization: Bearer <token> header",
    );
  }
  if (!tokensEqual(configuredToken, presentedToken)) {
    throw new DomainError("unauthorized", "cypher console: the bearer token is not valid");
  }
}

/** Hash both sides first so the comparison takes the same time whatever the lengths. Shared with http/write-access.ts. */
export function tokensEqual(expected: string, presented: string): boolean {
  const a = createHash("sha256").update(expected).digest();
  const b = createHash("sha256").update(presented).digest();
  return timingSafeEqual(a, b);
}
