// One-statement reads run auto-commit, close their session every attempt, and retry only transient failures, within budget.
import { Neo4jError, type Session } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { autoCommitReader } from "../../../../server/store/neo4j/auto-commit-read.js";

const driverError = (code: string) =>
  new Neo4jError(`failed with ${code}`, code, "50N42", "error: general processing exception");

const RECORDS = { records: [], summary: {}, keys: [] };

/** Sessions whose run() answers from `outcomes` in turn (an Error is thrown), recording what they were asked. */
function fakeSessions(outcomes: unknown[]) {
  const calls: { query: string; params: unknown; config: unknown }[] = [];
  let closed = 0;
  const openSession = () =>
    ({
      run: async (query: string, params: unknown, config: unknown) => {
        calls.push({ query, params, config });
        const outcome = outcomes.shift();
        if (outcome instanceof Error) throw outcome;
        return outcome;
      },
      close: async () => void closed++,
    }) as unknown as Session;
  return { openSession, calls, closed: () => closed };
}

/** A clock that only moves when the reader sleeps. */
function fakeClock() {
  let now = 0;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    waits,
  };
}

/** The reader under test, on `sessions` and `clock`, with a 10 ms statement limit. */
function readerWith(
  sessions: ReturnType<typeof fakeSessions>,
  clock: ReturnType<typeof fakeClock>,
  retryWithinMs: number,
) {
  return autoCommitReader({ ...clock, openSession: sessions.openSession, timeoutMs: 10, retryWithinMs });
}

describe("autoCommitReader", () => {
  it("runs the statement in a session with the time limit, and closes the session", async () => {
    const sessions = fakeSessions([RECORDS]);
    const run = autoCommitReader({
      openSession: sessions.openSession,
      timeoutMs: 1234,
      retryWithinMs: 5_000,
    });
    await expect(run("RETURN $x", { x: 1 })).resolves.toBe(RECORDS);
    expect(sessions.calls).toEqual([{ query: "RETURN $x", params: { x: 1 }, config: { timeout: 1234 } }]);
    expect(sessions.closed()).toBe(1);
  });

  it("retries a transient failure in a new session after about a second, then answers", async () => {
    const sessions = fakeSessions([
      driverError("ServiceUnavailable"),
      driverError("Neo.TransientError.General.DatabaseUnavailable"),
      RECORDS,
    ]);
    const clock = fakeClock();
    const run = readerWith(sessions, clock, 5_000);
    await expect(run("RETURN 1", {})).resolves.toBe(RECORDS);
    expect(sessions.calls).toHaveLength(3);
    expect(sessions.closed()).toBe(3);
    expect(clock.waits).toHaveLength(2);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(800);
    expect(clock.waits[0]).toBeLessThanOrEqual(1200);
    expect(clock.waits[1]).toBeGreaterThanOrEqual(1600);
    expect(clock.waits[1]).toBeLessThanOrEqual(2400);
  });

  it("throws a failure that is not transient at once (a syntax error is not worth a second try)", async () => {
    const syntax = driverError("Neo.ClientError.Statement.SyntaxError");
    const sessions = fakeSessions([syntax, RECORDS]);
    const clock = fakeClock();
    const run = readerWith(sessions, clock, 5_000);
    await expect(run("RETRUN 1", {})).rejects.toBe(syntax);
    expect(sessions.calls).toHaveLength(1);
    expect(sessions.closed()).toBe(1);
    expect(clock.waits).toEqual([]);
  });

  it("gives up with the last transient failure once the next wait would pass the retry budget", async () => {
    const failures = Array.from({ length: 10 }, () => driverError("SessionExpired"));
    const sessions = fakeSessions([...failures]);
    const clock = fakeClock();
    const run = readerWith(sessions, clock, 5_000);
    await expect(run("RETURN 1", {})).rejects.toBe(failures[2]);
    // Waits of ~1 s and ~2 s fit in 5 s; a third of ~4 s would not.
    expect(sessions.calls).toHaveLength(3);
    expect(clock.waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5_000);
  });

  it("does not retry at all with no budget", async () => {
    const gone = driverError("ServiceUnavailable");
    const sessions = fakeSessions([gone, RECORDS]);
    const run = readerWith(sessions, fakeClock(), 0);
    await expect(run("RETURN 1", {})).rejects.toBe(gone);
    expect(sessions.calls).toHaveLength(1);
  });
});
