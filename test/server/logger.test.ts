// Tests for server/logger.ts (pino): JSON lines, level filtering, and secrets that never reach the output.
import { describe, expect, it } from "vitest";
import { createLogger, type LogLevel } from "../../server/logger.js";

function capture(level: LogLevel) {
  const lines: string[] = [];
  const logger = createLogger(level, (line) => lines.push(line));
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line)) };
}

describe("createLogger", () => {
  it("writes one JSON object per line with time, level, message and fields", () => {
    const { logger, records } = capture("info");
    logger.info("listening", { url: "http://127.0.0.1:3000" });
    expect(records()).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        level: "info",
        msg: "listening",
        url: "http://127.0.0.1:3000",
      },
    ]);
  });

  it("drops lines below its level", () => {
    const { logger, records } = capture("warn");
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    expect(records().map((r) => r.level)).toEqual(["warn", "error"]);
  });

  it("writes nothing at level silent", () => {
    const { logger, lines } = capture("silent");
    logger.error("e");
    expect(lines).toEqual([]);
  });

  it("redacts secret-looking fields, however deep", () => {
    const { logger, lines } = capture("info");
    logger.info("connecting", {
      password: "hunter2",
      nested: { apiToken: "abcdef", headers: { authorization: "Bearer x" } },
    });
    expect(lines[0]).not.toMatch(/hunter2|abcdef|Bearer x/);
    expect(JSON.parse(lines[0]!).nested.headers.authorization).toBe("[redacted]");
  });

  it("redacts the password inside a connection URL", () => {
    const { logger, lines } = capture("info");
    logger.info("store", { uri: "neo4j://neo4j:s3cret@db:7687" });
    expect(JSON.parse(lines[0]!).uri).toBe("neo4j://neo4j:[redacted]@db:7687");
  });

  it("logs errors with name, message and stack", () => {
    const { logger, records } = capture("error");
    logger.error("failed", { error: new RangeError("out of range") });
    expect(records()[0].error).toMatchObject({
      name: "RangeError",
      message: "out of range",
      stack: expect.any(String),
    });
  });

  it("survives circular fields", () => {
    const { logger, records } = capture("info");
    const loop: Record<string, unknown> = { name: "loop" };
    loop.self = loop;
    logger.info("cycle", { loop });
    expect(records()[0].loop).toEqual({ name: "loop", self: "[circular]" });
  });

  it("masks configured secret values wherever they appear, in the message or any field", () => {
    const lines: string[] = [];
    const logger = createLogger("info", {
      write: (line) => lines.push(line),
      secrets: ["tok-0123456789abcdef", "neo4j-pw-xyz", undefined, "ab"],
    });
    logger.info("auth with tok-0123456789abcdef failed", {
      note: "password was neo4j-pw-xyz",
      list: ["x tok-0123456789abcdef y"],
      short: "ab stays: too short to be a secret",
    });
    expect(lines[0]).not.toMatch(/tok-0123456789abcdef|neo4j-pw-xyz/);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      msg: "auth with [redacted] failed",
      note: "password was [redacted]",
      list: ["x [redacted] y"],
      short: "ab stays: too short to be a secret",
    });
  });

  it("masks token and password values inside logged URLs", () => {
    const { logger, lines } = capture("info");
    logger.info("fetched", { url: "/api/search?q=tsmc&token=s3cr3t&access_token=a1&password=p2#x" });
    expect(JSON.parse(lines[0]!).url).toBe(
      "/api/search?q=tsmc&token=[redacted]&access_token=[redacted]&password=[redacted]#x",
    );
  });

  it("writes levels as words and leads each line with level, time and message", () => {
    const { logger, lines } = capture("debug");
    logger.debug("d", { a: 1 });
    expect(lines[0]).toMatch(/^\{"level":"debug","time":"[^"]+","msg":"d","a":1\}$/);
  });
});
