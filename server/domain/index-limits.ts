// How long a node's name and aliases may be, so that every store can index them (Neo4j's index keys are capped).
import { normalizeText } from "./search-score.js";

/**
 * Neo4j's RANGE index on `name` refuses a key over ~8,160 bytes (measured on 5.26; the write then fails as an
 * internal error): a name of at most 8,000 bytes of UTF-8 always fits.
 */
export const NAME_MAX_BYTES = 8_000;

/**
 * Neo4j's TEXT index on `searchText` (the normalised name and aliases joined by " | ") refuses a value over
 * 32,766 bytes: at most 32,000, separators included.
 */
export const SEARCHABLE_MAX_BYTES = 32_000;

/** Bytes of " | " between two parts of searchText (server/store/neo4j/rows.ts). */
const SEPARATOR_BYTES = 3;

/**
 * What is too long in `node` for the stores' indexes, or null. The memory store keeps the same limits, so
 * both stores accept the same graphs.
 * @example indexSizeProblem({ name: "x".repeat(9000), aliases: [] }) // { field: "name", message: "…" }
 */
export function indexSizeProblem(node: {
  name: string;
  aliases: readonly string[];
}): { field: "name" | "aliases"; message: string } | null {
  const nameBytes = utf8Length(node.name);
  if (nameBytes > NAME_MAX_BYTES)
    return {
      field: "name",
      message: `is ${nameBytes.toLocaleString("en")} bytes of UTF-8; at most ${NAME_MAX_BYTES.toLocaleString("en")}, so that it can be indexed`,
    };
  let searchable = utf8Length(normalizeText(node.name));
  for (const alias of node.aliases) searchable += SEPARATOR_BYTES + utf8Length(normalizeText(alias));
  if (searchable > SEARCHABLE_MAX_BYTES)
    return {
      field: "aliases",
      message:
        `the name and aliases come to ${searchable.toLocaleString("en")} bytes once normalised for search; ` +
        `at most ${SEARCHABLE_MAX_BYTES.toLocaleString("en")}, so that they can be indexed (fewer or shorter aliases)`,
    };
  return null;
}

/** Bytes of `text` in UTF-8 (a lone surrogate counts 3, as its replacement character), without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point above U+FFFF
      i++;
    } else bytes += 3;
  }
  return bytes;
}
