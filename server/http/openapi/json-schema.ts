// Turns zod schemas into OpenAPI 3.1 Schema Objects (JSON Schema 2020-12), hoisting shared parts into components.
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/** Names for shared schemas (GraphNode, PropertyValue, …): they become `#/components/schemas/<id>`. */
export const schemaNames = z.registry<{ id: string; description?: string }>();

/**
 * Closed lists a schema checks in code (a `refine` against the configurable vocabulary) that JSON Schema
 * cannot see: the document shows them as `enum`, read when the document is built.
 */
const enums = new WeakMap<z.ZodType, () => readonly string[]>();

export function withEnum<T extends z.ZodType>(schema: T, values: () => readonly string[]): T {
  enums.set(schema, values);
  return schema;
}

/** Give `schema` a component name; returns it for chaining. */
export function named<T extends z.ZodType>(schema: T, id: string, description?: string): T {
  schemaNames.add(schema, description ? { id, description } : { id });
  return schema;
}

/**
 * Collects the components of one document. `io: "input"` describes what a request may send (before
 * defaults and transforms); responses are described as input too, so that an extra field a route adds
 * later is not a conformance failure (responses are documented, not frozen).
 */
export class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};
  private anonymous = 0;

  convert(schema: z.ZodType): JsonSchema {
    const converted = z.toJSONSchema(schema, {
      io: "input",
      metadata: schemaNames,
      unrepresentable: "any",
      target: "draft-2020-12",
      override: ({ zodSchema, jsonSchema }) => {
        const values = enums.get(zodSchema as unknown as z.ZodType);
        if (values) jsonSchema.enum = [...values()];
      },
    }) as JsonSchema;
    const { $schema: _dialect, $defs, ...root } = converted;
    const renames = new Map<string, string>();
    for (const name of Object.keys(($defs ?? {}) as Record<string, unknown>)) {
      // zod numbers unnamed shared parts __schema0, __schema1 … per call: make them unique per document.
      renames.set(name, name.startsWith("__schema") ? `Shared${this.anonymous++}` : name);
    }
    const rewrite = (value: unknown): unknown => rewriteRefs(value, renames);
    for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, unknown>)) {
      const target = renames.get(name)!;
      const body = rewrite(def) as JsonSchema;
      const existing = this.components[target];
      if (existing && JSON.stringify(existing) !== JSON.stringify(body))
        throw new Error(`openapi: two different schemas are both named ${target}`);
      this.components[target] = body;
    }
    return rewrite(root) as JsonSchema;
  }
}

function rewriteRefs(value: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, renames));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === "$ref" && typeof item === "string" && item.startsWith("#/$defs/")) {
      const name = item.slice("#/$defs/".length);
      out[key] = `#/components/schemas/${renames.get(name) ?? name}`;
    } else out[key] = rewriteRefs(item, renames);
  }
  return out;
}
