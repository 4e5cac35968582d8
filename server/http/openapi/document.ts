// Builds the OpenAPI 3.1 document of /api from the operation registry and the routes' own zod schemas.
import { z } from "zod";
import { STATUS_BY_CODE } from "../error-middleware.js";
import { SchemaCollector, type JsonSchema } from "./json-schema.js";
import { codes, type AnswerCode, type Operation } from "./operation.js";
import { exploreOperations } from "./operations-explore.js";
import { writeOperations } from "./operations-write.js";

/** Statuses of the codes the error middleware answers besides the domain's (see error-middleware.ts). */
const EXTRA_STATUS: Record<Exclude<AnswerCode, keyof typeof STATUS_BY_CODE>, number> = { invalid_json: 400 };

const statusOf = (code: AnswerCode): number =>
  (STATUS_BY_CODE as Record<string, number>)[code] ?? EXTRA_STATUS[code as keyof typeof EXTRA_STATUS];

/** Every operation of /api, in the order the docs page lists them. Add an entry with each new route. */
export function apiOperations(): Operation[] {
  return [
    ...exploreOperations(),
    ...writeOperations(),
    {
      method: "get",
      path: "/openapi.json",
      tag: "About the API",
      summary: "This document (OpenAPI 3.1)",
      ok: {
        status: 200,
        description: "The document.",
        content: { "application/json": z.looseObject({ openapi: z.string() }) },
      },
      errors: codes(["too_many_requests"]),
    },
    {
      method: "get",
      path: "/docs",
      tag: "About the API",
      summary: "This document as a readable page",
      ok: { status: 200, description: "An HTML page.", content: { "text/html": z.string() } },
      errors: codes(["too_many_requests"]),
    },
  ];
}

/** "/nodes/:id" → "/nodes/{id}". */
export const openApiPath = (path: string): string => path.replace(/:(\w+)/g, "{$1}");

export interface ApiDocumentOptions {
  version: string;
}

export function buildApiDocument(options: ApiDocumentOptions): JsonSchema {
  const schemas = new SchemaCollector();
  const errorBody = schemas.convert(errorEnvelope());
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of apiOperations()) {
    const item = (paths[openApiPath(op.path)] ??= {});
    item[op.method] = operationObject(op, schemas, errorBody);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Chipgraph explorer API",
      version: options.version,
      description:
        "A JSON API over a knowledge graph of who funds, builds, restricts and partners with whom. Every error " +
        "answers `{error:{code,message}}`; branch on `code`, not on the message.",
    },
    servers: [{ url: "/api" }],
    paths,
    components: {
      schemas: schemas.components,
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description:
            "The server's API_TOKEN. Writes need it when the server has one; a server without one accepts " +
            "writes only while it listens on loopback. Never put the token in the query string.",
        },
      },
    },
  };
}

function errorEnvelope(): z.ZodType {
  const error = z.object({
    code: z.string().describe("Stable, machine-readable: invalid_argument, not_found, …"),
    message: z.string().describe("For people: what was wrong and where."),
    details: z.record(z.string(), z.unknown()).optional(),
  });
  return z.object({ error });
}

function operationObject(
  op: Operation,
  schemas: SchemaCollector,
  errorBody: JsonSchema,
): Record<string, unknown> {
  const parameters = Object.entries(op.params ?? {}).map(([name, spec]) => {
    const schema = schemas.convert(spec.schema);
    const required = spec.in === "path" || !spec.schema.safeParse(undefined).success;
    // Lists go as repeated names (types=A&types=B); parse.ts also takes one comma-separated value.
    const list = schema.type === "array" ? { style: "form", explode: true } : {};
    return { name, in: spec.in, required, description: spec.description, schema, ...list };
  });
  const responses: Record<string, unknown> = {
    [String(op.ok.status)]: { description: op.ok.description, content: contentOf(op.ok.content, schemas) },
  };
  const byStatus = new Map<number, AnswerCode[]>();
  for (const code of op.errors) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: `Error: ${list.join(", ")}.`,
      content: { "application/json": { schema: errorBody } },
    };
  }
  return {
    operationId: operationId(op),
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: op.body.required,
            content: contentOf(op.body.content, schemas),
          },
        }
      : {}),
    responses,
    ...(op.write ? { security: [{ bearerAuth: [] }, {}] } : {}),
  };
}

function contentOf(
  content: Record<string, z.ZodType | null>,
  schemas: SchemaCollector,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(content).map(([type, schema]) => [
      type,
      schema ? { schema: schemas.convert(schema) } : { schema: { type: "string", contentMediaType: type } },
    ]),
  );
}

/** "post /nodes/:id/run" → "postNodesIdRun". */
function operationId(op: Operation): string {
  const words = op.path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return op.method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}
