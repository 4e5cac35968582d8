// Turns a catalogue request into a malformed one, deterministically: bad values, bad JSON, odd encodings and headers.
import type { Prng } from "../helpers/prng.js";
import type { RawRequest } from "../helpers/raw-http.js";
import {
  BAD_BODIES,
  CONTENT_TYPES,
  JSON_VALUES,
  METHODS,
  ODD_KEYS,
  RAW_ESCAPES,
  TEXT_VALUES,
  TOP_LEVEL,
} from "./bad-values.js";
import { multipartBody, type CatalogueEntry } from "./request-catalogue.js";

const DEEP_MARK = "\u0001deep\u0001";

export interface MutatedRequest {
  request: RawRequest;
  route: string;
  /** What was done, for failure reports. */
  mutations: string[];
}

interface Draft {
  method: string;
  params: Record<string, string>; // encoded
  query: [string, string][]; // encoded
  json?: unknown;
  text?: string;
  contentType?: string;
  headers: Record<string, string>;
  deep?: { depth: number; open: string; close: string };
}

const enc = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80"; // a lone surrogate has no UTF-8 form: send its CESU-8 bytes, which is what a sloppy client does
  }
};

/** The entry as a valid request (Authorization included for writes). */
export function encodeRequest(entry: CatalogueEntry, token: string): RawRequest {
  return render(draftOf(entry, token), entry);
}

/** One to three mutations of `entry`, chosen by `rng`. Names in `entry.keep` are left as they are. */
export function mutateRequest(entry: CatalogueEntry, rng: Prng, token: string): MutatedRequest {
  const draft = draftOf(entry, token);
  const mutations: string[] = [];
  const count = 1 + rng.int(3);
  for (let i = 0; i < count; i++) mutations.push(mutateOnce(draft, entry, rng));
  return { request: render(draft, entry), route: entry.route, mutations };
}

function draftOf(entry: CatalogueEntry, token: string): Draft {
  const draft: Draft = {
    method: entry.method,
    params: Object.fromEntries(Object.entries(entry.params).map(([k, v]) => [k, enc(v)])),
    query: entry.query.map(([k, v]) => [enc(k), enc(v)]),
    headers: entry.write ? { authorization: `Bearer ${token}` } : {},
  };
  const body = entry.body;
  if (body && "json" in body) {
    draft.json = structuredClone(body.json);
    draft.contentType = "application/json";
  } else if (body && "raw" in body) {
    draft.text = body.raw;
    draft.contentType = body.type;
  } else if (body && "multipart" in body) {
    draft.text = multipartBody(body.multipart, "bad-input-boundary");
    draft.contentType = "multipart/form-data; boundary=bad-input-boundary";
  }
  return draft;
}

function mutateOnce(draft: Draft, entry: CatalogueEntry, rng: Prng): string {
  const keep = new Set(entry.keep ?? []);
  const params = Object.keys(draft.params).filter((k) => !keep.has(k));
  const kinds = ["query", "query", "header", "method"];
  if (params.length > 0) kinds.push("path", "path");
  if (draft.json !== undefined || draft.text !== undefined) kinds.push("body", "body", "body", "body");
  else kinds.push("body-added");
  const kind = rng.pick(kinds);
  if (kind === "path") {
    const name = rng.pick(params);
    const value = rng.chance(0.35) ? rng.pick(RAW_ESCAPES) : enc(String(rng.pick(TEXT_VALUES)));
    draft.params[name] = rng.chance(0.2) ? `${draft.params[name]}${value}` : value;
    return `path ${name}=${value.slice(0, 40)}`;
  }
  if (kind === "query") return mutateQuery(draft, keep, rng);
  if (kind === "header") return mutateHeaders(draft, rng);
  if (kind === "method") {
    draft.method = rng.pick(METHODS);
    return `method ${draft.method}`;
  }
  if (kind === "body-added") {
    draft.text = rng.pick([...BAD_BODIES, '{"a":1}', "x".repeat(2000)]);
    draft.contentType = rng.pick(["application/json", ...CONTENT_TYPES]);
    return `added body (${draft.contentType})`;
  }
  return mutateBody(draft, entry, keep, rng);
}

function mutateQuery(draft: Draft, keep: Set<string>, rng: Prng): string {
  const free = draft.query.map((pair, i) => [pair, i] as const).filter(([[k]]) => !keep.has(k));
  const op = rng.int(6);
  if (op === 0 && free.length > 0) {
    const [[name], i] = rng.pick(free);
    const value = rng.chance(0.3) ? rng.pick(RAW_ESCAPES) : enc(String(rng.pick(TEXT_VALUES)));
    draft.query[i] = [name, value];
    return `query ${name}=${value.slice(0, 40)}`;
  }
  if (op === 1 && free.length > 0) {
    const [[name], i] = rng.pick(free);
    draft.query.splice(i, 1);
    return `query ${name} dropped`;
  }
  if (op === 2 && free.length > 0) {
    const [[name, value]] = rng.pick(free);
    draft.query.push([name, rng.chance(0.5) ? value : enc(String(rng.pick(TEXT_VALUES)))]);
    return `query ${name} repeated`;
  }
  if (op === 3) {
    const name = rng.pick([...ODD_KEYS.map(enc), "types[]", "q[a]", "limit[]", "%zz", "a%00b", "x"]);
    draft.query.push([name, enc(String(rng.pick(TEXT_VALUES)))]);
    return `query ${name.slice(0, 40)} added`;
  }
  if (op === 4) {
    draft.query.push([rng.pick(["", "=", "&&", "=x", "q"]), ""]);
    return "query empty pair";
  }
  const [name] = rng.pick([...draft.query, ["q", ""] as [string, string]]);
  if (keep.has(name)) return "query left alone";
  draft.query.push([name, "x".repeat(6000)]);
  return `query ${name} long`;
}

function mutateHeaders(draft: Draft, rng: Prng): string {
  const op = rng.int(7);
  if (op === 0) delete draft.headers.authorization;
  else if (op === 1)
    draft.headers.authorization = rng.pick([
      "Bearer",
      "Bearer wrong-token-1234567890",
      "Basic eDp5",
      "Bearer  ",
    ]);
  else if (op === 2) draft.headers.origin = rng.pick(["http://evil.example", "null", "not a url"]);
  else if (op === 3) draft.headers["sec-fetch-site"] = rng.pick(["cross-site", "same-site", "none", "??"]);
  else if (op === 4) draft.headers["x-request-id"] = rng.pick(["", "x".repeat(500), '"}{', "ok-id-1"]);
  else if (op === 5)
    draft.headers.accept = rng.pick(["application/x-ndjson", "text/html", "*/*;q=x", "image/png"]);
  else draft.headers["x-curator"] = utf8Bytes(rng.pick(["😀".repeat(100), "\u202eadmin", "a".repeat(1000)]));
  return `header ${op}`;
}

/** Node only sends header values of Latin-1 characters: pass UTF-8 bytes one per character, as raw clients send them. */
const utf8Bytes = (text: string) => Buffer.from(text, "utf8").toString("latin1");

function mutateBody(draft: Draft, entry: CatalogueEntry, keep: Set<string>, rng: Prng): string {
  const op = rng.int(10);
  if (op <= 4 && draft.json !== undefined && draft.text === undefined) return mutateJson(draft, keep, rng);
  if (op === 5) {
    draft.contentType = rng.pick(CONTENT_TYPES);
    return `content-type ${draft.contentType}`;
  }
  if (op === 6) {
    const text = serialise(draft);
    draft.text = rng.chance(0.5) ? text.slice(0, rng.int(text.length)) : rng.pick(BAD_BODIES);
    draft.json = undefined;
    return "body: bad JSON";
  }
  if (op === 7) {
    draft.text = rng.pick(TOP_LEVEL);
    draft.json = undefined;
    draft.contentType = "application/json";
    return `body: top level ${draft.text}`;
  }
  if (op === 8 && !entry.route.endsWith("/api/import")) {
    // express.json stops at 1mb; imports take 50 MB, too much to send thousands of times.
    draft.text = `{"pad":"${"p".repeat(1_100_000)}"}`;
    draft.json = undefined;
    return "body: over the limit";
  }
  const depth = rng.pick([1_000, 10_000, 50_000]);
  const [open, close] = rng.pick([
    ["[", "]"],
    ['{"a":', "}"],
  ] as const);
  draft.deep = { depth, open, close };
  draft.text = undefined;
  if (draft.json === undefined || typeof draft.json !== "object" || draft.json === null || rng.chance(0.3)) {
    draft.json = DEEP_MARK;
  } else {
    const target = draft.json as Record<string, unknown>;
    const key = rng.pick(
      Object.keys(target)
        .filter((k) => !keep.has(k))
        .concat("extra"),
    );
    target[key] = DEEP_MARK;
  }
  draft.contentType ??= "application/json";
  return `body: nested ${depth} deep`;
}

function mutateJson(draft: Draft, keep: Set<string>, rng: Prng): string {
  const slots = slotsOf(draft.json, [], keep);
  const op = rng.int(5);
  if (slots.length === 0 || op === 4) {
    const host = draft.json as Record<string, unknown>;
    if (typeof host !== "object" || host === null) return "json: nothing to change";
    const key = rng.pick(ODD_KEYS);
    const value = rng.pick([{ polluted: true }, { isAdmin: true }, "x", 1, null]);
    Object.defineProperty(host, key, { value, enumerable: true, writable: true, configurable: true });
    return `json: key ${key.slice(0, 20)} added`;
  }
  const { parent, key, path } = rng.pick(slots);
  if (op === 0 && !Array.isArray(parent)) {
    delete (parent as Record<string, unknown>)[key];
    return `json: ${path} dropped`;
  }
  if (op === 1) {
    (parent as Record<string | number, unknown>)[key] = [(parent as Record<string | number, unknown>)[key]];
    return `json: ${path} wrapped in an array`;
  }
  const value = structuredClone(rng.pick(JSON_VALUES));
  (parent as Record<string | number, unknown>)[key] = value;
  return `json: ${path} = ${JSON.stringify(value)?.slice(0, 40)}`;
}

interface Slot {
  parent: object;
  key: string | number;
  path: string;
}

/** Every place in the JSON a value could be swapped, except top-level keys in `keep`. */
function slotsOf(value: unknown, path: (string | number)[], keep: Set<string>): Slot[] {
  if (typeof value !== "object" || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.slice(0, 20).map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => {
    if (path.length === 0 && typeof key === "string" && keep.has(key)) return [];
    const here = [...path, key];
    return [{ parent: value, key, path: here.join(".") }, ...slotsOf(child, here, keep)];
  });
}

function serialise(draft: Draft): string {
  if (draft.text !== undefined) return draft.text;
  const text = JSON.stringify(draft.json) ?? "";
  if (!draft.deep) return text;
  const { depth, open, close } = draft.deep;
  const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
  return text.replace(JSON.stringify(DEEP_MARK), nested);
}

function render(draft: Draft, entry: CatalogueEntry): RawRequest {
  let path = entry.path;
  for (const [name, value] of Object.entries(draft.params)) path = path.replace(`:${name}`, value);
  const query = draft.query.map(([k, v]) => (v === "" && !k.includes("=") ? k : `${k}=${v}`)).join("&");
  const headers = { ...draft.headers };
  const hasBody = draft.json !== undefined || draft.text !== undefined;
  if (hasBody && draft.contentType) headers["content-type"] = draft.contentType;
  return {
    method: draft.method,
    path: query ? `${path}?${query}` : path,
    headers,
    ...(hasBody ? { body: serialise(draft) } : {}),
  };
}
