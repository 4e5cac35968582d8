// A tiny JSON-lines logger with levels; redacts secret-looking fields so credentials never reach the logs.

export const LOG_LEVELS = ["silent", "error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFields = Record<string, unknown>;

export interface Logger {
  error(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
}

const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|api[-_]?key|credential/i;

/**
 * A logger writing one JSON object per line: `{"time","level","msg",...fields}`.
 * Lines below `level` are dropped; `write` defaults to stdout (errors and warnings to stderr).
 * @example createLogger("info").info("listening", { url: "http://127.0.0.1:3000" })
 */
export function createLogger(level: LogLevel, write?: (line: string) => void): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const emit = (at: Exclude<LogLevel, "silent">, message: string, fields?: LogFields) => {
    if (threshold === 0 || LOG_LEVELS.indexOf(at) > threshold) return;
    const line = JSON.stringify({
      time: new Date().toISOString(),
      level: at,
      msg: message,
      ...redact(fields),
    });
    if (write) write(line);
    else (at === "error" || at === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    error: (message, fields) => emit("error", message, fields),
    warn: (message, fields) => emit("warn", message, fields),
    info: (message, fields) => emit("info", message, fields),
    debug: (message, fields) => emit("debug", message, fields),
  };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = createLogger("silent");

/** Copy `value` for logging: secret-looking keys masked, errors turned into plain objects, cycles cut. */
export function redact(value: unknown, seen = new WeakSet<object>()): LogFields | undefined {
  if (value === undefined) return undefined;
  return redactValue(value, seen) as LogFields;
}

function redactValue(value: unknown, seen: WeakSet<object>): unknown {
  if (value instanceof Error) {
    const extra = Object.fromEntries(Object.entries(value));
    return redactValue({ name: value.name, message: value.message, stack: value.stack, ...extra }, seen);
  }
  // Connection strings may carry credentials: bolt://user:secret@host → bolt://user:[redacted]@host.
  if (typeof value === "string") return value.replace(/(\/\/[^/:@\s]+):[^@\s/]+@/g, "$1:[redacted]@");
  if (value === null || typeof value !== "object") return typeof value === "bigint" ? String(value) : value;
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, seen));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_KEY.test(key) ? "[redacted]" : redactValue(item, seen),
    ]),
  );
}
