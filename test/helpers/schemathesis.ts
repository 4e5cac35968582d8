// Finds the schemathesis CLI for the API fuzz test: runs with it, fails in CI without it, skips loudly elsewhere.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";

/** SCHEMATHESIS_BIN, else the CI venv's (.ci/run installs it into .venv-ci). */
export const SCHEMATHESIS_BIN =
  process.env.SCHEMATHESIS_BIN ||
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.venv-ci/bin/schemathesis");

const INSTALL =
  "python3 -m venv .venv-ci && .venv-ci/bin/pip install schemathesis==4.32.5 (or set SCHEMATHESIS_BIN)";

/** `describe` for the schemathesis run; like describeNeo4j, a missing tool fails under CI=true. */
export function describeSchemathesis(title: string, fn: () => void): void {
  if (existsSync(SCHEMATHESIS_BIN)) {
    describe(title, fn);
  } else if (process.env.CI === "true") {
    describe(title, () => {
      it("finds the schemathesis CLI", () => {
        throw new Error(`schemathesis not found at ${SCHEMATHESIS_BIN}: ${INSTALL} (required on CI).`);
      });
    });
  } else {
    console.warn(
      `\n*** SKIPPING "${title}": no schemathesis at ${SCHEMATHESIS_BIN}. Install it: ${INSTALL}. ***\n`,
    );
    describe.skip(title, fn);
  }
}
