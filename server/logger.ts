// The server's structured logger: pino JSON lines behind a small interface, with secrets redacted before they are written.
import pino, { type DestinationStream } from "pino";

export const LOG_LEVELS = ["silent", "error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFields = Record<string, unknown>;

/** What the server and the stores log through; pino sits behind it, so tests and CLIs can pass any logger. */
export interface Logger {
  error(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  /** Receives each line without its newline (tests); default: stdout, errors and warnings to stderr. */
  write?: (line: string) => void;
  /** Secret values (API_TOKEN, NEO4J_PASSWORD) masked wherever they appear in a line, keys or not. */
  secrets?: readonly (string | undefined)[];
}

const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|api[-_]?key|credential/i;
/** A secret in a URL's query string (`?token=…`, `&password=…`), in case a whole URL is logged. */
const SECRET_PARAM = /([?&](?:[\w-]*token|password|passwd|secret|api[-_]?key)=)[^&#\s"]*/gi;
/** Credentials inside a connection string: bolt://user:secret@host → bolt://user:[redacted]@host. */
const URL_PASSWORD = /(\/\/[^/:@\s]+):[^@\s/]+@/g;
/** Shorter "secrets" would mask ordinary words (a dev password such as "neo4j" still counts). */
const MIN_SECRET_LENGTH = 4;

/**
 * A pino logger writing one JSON object per line: `{"level","time","msg",...fields}`, level as a word and
 * time as ISO 8601, so lines read the same in a terminal and in a log store. Lines below `level` are dropped.
 * @example createLogger("info", { secrets: [config.API_TOKEN] }).info("listening", { url: "http://127.0.0.1:3000" })
 */
export function createLogger(level: LogLevel, options: LoggerOptions | LoggerOptions["write"] = {}): Logger {
  const { write, secrets = [] } = typeof options === "function" ? { write: options } : options;
  const masks = secrets.filter((s): s is string => typeof s === "string" && s.length >= MIN_SECRET_LENGTH);
  const base = pino(
    {
      level,
      base: undefined, // no pid/hostname: the process supervisor knows them
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    write ? lineStream(write) : standardStreams(),
  );
  const emit = (at: Exclude<LogLevel, "silent">, message: string, fields?: LogFields) => {
    if (!base.isLevelEnabled(at)) return;
    // msg goes in the object, before the fields, so that it leads the line (pino would put it last).
    base[at]({ msg: maskText(message, masks), ...redact(fields, masks) });
  };
  return {
    error: (message, fields) => emit("error", message, fields),
    warn: (message, fields) => emit("warn", message, fields),
    info: (message, fields) => emit("info", message, fields),
    debug: (message, fields) => emit("debug", message, fields),
  };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = createLogger("silent", () => undefined);

function lineStream(write: (line: string) => void): DestinationStream {
  return { write: (chunk: string) => write(chunk.endsWith("\n") ? chunk.slice(0, -1) : chunk) };
}

/** Warnings and errors to stderr, the rest to stdout; synchronous, so a `process.exit` loses nothing. */
function standardStreams(): DestinationStream {
  return pino.multistream(
    [
      { level: "debug", stream: pino.destination({ dest: 1, sync: true }) },
      { level: "warn", stream: pino.destination({ dest: 2, sync: true }) },
    ],
    { dedupe: true },
  );
}

/** Copy `value` for logging: secret-looking keys and secret values masked, errors made plain objects, cycles cut. */
export function redact(
  value: unknown,
  secrets: readonly string[] = [],
  seen = new WeakSet<object>(),
): LogFields | undefined {
  if (value === undefined) return undefined;
  return redactValue(value, secrets, seen) as LogFields;
}

function redactValue(value: unknown, secrets: readonly string[], seen: WeakSet<object>): unknown {
  if (value instanceof Error) {
    const extra = Object.fromEntries(Object.entries(value));
    return redactValue(
      { name: value.name, message: value.message, stack: value.stack, ...extra },
      secrets,
      seen,
    );
  }
  if (typeof value === "string") return maskText(value, secrets);
  if (value === null || typeof value !== "object") return typeof value === "bigint" ? String(value) : value;
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, seen));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_KEY.test(key) ? "[redacted]" : redactValue(item, secrets, seen),
    ]),
  );
}

function maskText(text: string, secrets: readonly string[]): string {
  let masked = text.replace(URL_PASSWORD, "$1:[redacted]@").replace(SECRET_PARAM, "$1[redacted]");
  for (const secret of secrets) masked = masked.split(secret).join("[redacted]");
  return masked;
}
