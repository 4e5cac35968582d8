// Reads a CSV header row in the style of `neo4j-admin import` ("id:ID", "founded:int", "tags:string[]").
import type { PropertyValue } from "../model.js";

/** The typed scalar kinds a column can declare; `T[]` of any of them is a `;`-separated list. */
export const SCALAR_KINDS = [
  "string",
  "int",
  "long",
  "float",
  "double",
  "boolean",
  "date",
  "datetime",
] as const;
type Scalar = (typeof SCALAR_KINDS)[number];

/** What a column is for. `property` columns land in `properties` under `name`. */
export type ColumnRole =
  | "id"
  | "type"
  | "name"
  | "aliases"
  | "source"
  | "target"
  | "evidence.sourceId"
  | "evidence.locator"
  | "evidence.note"
  | "ignore"
  | "property";

export interface Column {
  /** The header cell as written. */
  header: string;
  /** The property name (the header without its `:type`). */
  name: string;
  role: ColumnRole;
  /** Declared value kind; undefined means inferred from each value. */
  kind?: Scalar;
  list: boolean;
}

const ROLE_BY_TAG: Record<string, ColumnRole> = {
  ID: "id",
  LABEL: "type",
  TYPE: "type",
  START_ID: "source",
  END_ID: "target",
  IGNORE: "ignore",
};
const ROLE_BY_NAME: Record<string, ColumnRole> = {
  id: "id",
  type: "type",
  label: "type",
  name: "name",
  aliases: "aliases",
  source: "source",
  target: "target",
  "evidence.sourceid": "evidence.sourceId",
  "evidence.locator": "evidence.locator",
  "evidence.note": "evidence.note",
};

/** Parse one header cell. Returns a message instead of a column when the declared type is unknown. */
export function parseColumn(header: string): Column | string {
  const trimmed = header.trim();
  const colon = trimmed.lastIndexOf(":");
  const name = colon === -1 ? trimmed : trimmed.slice(0, colon);
  const tag = colon === -1 ? "" : trimmed.slice(colon + 1);
  if (tag && ROLE_BY_TAG[tag.toUpperCase()]) {
    return { header, name: name || tag.toLowerCase(), role: ROLE_BY_TAG[tag.toUpperCase()]!, list: false };
  }
  const list = tag.endsWith("[]");
  const kind = (list ? tag.slice(0, -2) : tag).toLowerCase();
  if (tag && !(SCALAR_KINDS as readonly string[]).includes(kind))
    return `unknown column type "${tag}"; expected ID, LABEL, TYPE, START_ID, END_ID, IGNORE or one of ${SCALAR_KINDS.join(", ")} (with [] for a list)`;
  if (!name) return "a column needs a name";
  const role = ROLE_BY_NAME[name.toLowerCase()] ?? "property";
  return { header, name, role, kind: tag ? (kind as Scalar) : undefined, list };
}

/** Convert one cell. Empty cells are undefined (the property is left out). Returns `{error}` when the value does not fit. */
export function convertCell(column: Column, raw: string): { value?: PropertyValue; error?: string } {
  if (raw === "") return {};
  if (column.list || column.role === "aliases") {
    const parts = raw.split(";").map((p) => p.trim());
    const values: PropertyValue[] = [];
    for (const part of parts) {
      const one = convertScalar(column.kind, part);
      if (one.error) return one;
      values.push(one.value!);
    }
    return { value: values };
  }
  return convertScalar(column.kind, raw);
}

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function convertScalar(kind: Scalar | undefined, raw: string): { value?: PropertyValue; error?: string } {
  switch (kind) {
    case undefined:
      return { value: infer(raw) };
    case "string":
      return { value: raw };
    case "int":
    case "long":
      return INT.test(raw) && Number.isSafeInteger(Number(raw))
        ? { value: Number(raw) }
        : { error: `"${raw}" is not an integer` };
    case "float":
    case "double":
      return FLOAT.test(raw) ? { value: Number(raw) } : { error: `"${raw}" is not a number` };
    case "boolean": {
      const lower = raw.toLowerCase();
      if (lower === "true" || lower === "false") return { value: lower === "true" };
      return { error: `"${raw}" is not true or false` };
    }
    case "date":
      return DATE.test(raw)
        ? { value: raw }
        : { error: `"${raw}" is not an ISO date (2024, 2024-05 or 2024-05-17)` };
    case "datetime":
      return DATETIME.test(raw) ? { value: raw } : { error: `"${raw}" is not an ISO date-time` };
  }
}

/** Untyped cells: integers and decimals become numbers, true/false booleans, everything else stays text. */
function infer(raw: string): PropertyValue {
  if (INT.test(raw) && Number.isSafeInteger(Number(raw)) && !/^[+-]?0\d/.test(raw)) return Number(raw);
  if (FLOAT.test(raw) && raw.includes(".") && !/^[+-]?0\d/.test(raw)) return Number(raw);
  if (raw === "true" || raw === "false") return raw === "true";
  return raw;
}
