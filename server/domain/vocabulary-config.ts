// Extra vocabulary for non-seed graphs, from EXTRA_NODE_TYPES / EXTRA_REL_TYPES, merged into the one allow-list.
import { setExtraTypes } from "./vocabulary.js";

/** Labels the stores already use for their own purposes: an extra type may not take them. */
const RESERVED = new Set(["Entity", "Source", "AuditEntry"]);
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Parse a comma list of type names. Each must be an identifier (it becomes a Neo4j label or relationship
 * type, interpolated into Cypher only after this check and the allow-list check in queries.ts).
 * @throws Error naming the variable and the bad item.
 */
export function parseTypeList(variable: string, value: string | undefined): string[] {
  if (!value) return [];
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  for (const item of items) {
    if (!IDENTIFIER.test(item))
      throw new Error(`${variable}: "${item}" is not an identifier (letters, digits, _)`);
    if (RESERVED.has(item)) throw new Error(`${variable}: "${item}" is reserved by the stores`);
  }
  return [...new Set(items)];
}

/**
 * Merge the configured extra types into the allow-list used by every validator and both stores.
 * @example configureVocabulary({ EXTRA_NODE_TYPES: "Vessel,Port", EXTRA_REL_TYPES: "DOCKS_AT" })
 */
export function configureVocabulary(config: { EXTRA_NODE_TYPES?: string; EXTRA_REL_TYPES?: string }): void {
  setExtraTypes({
    nodeTypes: parseTypeList("EXTRA_NODE_TYPES", config.EXTRA_NODE_TYPES),
    relTypes: parseTypeList("EXTRA_REL_TYPES", config.EXTRA_REL_TYPES),
  });
}
