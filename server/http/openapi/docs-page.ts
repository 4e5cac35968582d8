// Renders the API document as one static HTML page: operations grouped by tag, with parameters, bodies and a curl line.
import type { JsonSchema } from "./json-schema.js";

type Obj = Record<string, unknown>;
const METHODS = ["get", "post", "patch", "delete"] as const;

/** Every interpolated string goes through here: ids, descriptions and patterns are text, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A one-line reading of a parameter's schema: "integer, 1–500, default 20". */
export function schemaSummary(schema: Obj): string {
  if (typeof schema.$ref === "string") return schema.$ref.split("/").pop()!;
  const parts: string[] = [];
  if (schema.type === "array") parts.push(`list of ${schemaSummary((schema.items ?? {}) as Obj)}`);
  else if (Array.isArray(schema.enum)) parts.push(`one of ${schema.enum.join(", ")}`);
  else if (typeof schema.type === "string") parts.push(schema.type);
  else if (Array.isArray(schema.anyOf)) parts.push((schema.anyOf as Obj[]).map(schemaSummary).join(" | "));
  if (schema.minimum !== undefined || schema.maximum !== undefined)
    parts.push(`${String(schema.minimum ?? "…")}–${String(schema.maximum ?? "…")}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${String(schema.maxLength)} characters`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(", ") || "any";
}

export function renderDocsPage(doc: JsonSchema): string {
  const info = doc.info as Obj;
  const paths = doc.paths as Record<string, Obj>;
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method] as Obj | undefined;
      if (!op) continue;
      const tag = ((op.tags as string[] | undefined) ?? ["Other"])[0]!;
      byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(method, path, op)]);
    }
  }
  const toc = [...byTag.keys()]
    .map((tag) => `<li><a href="#${anchor(tag)}">${escapeHtml(tag)}</a></li>`)
    .join("");
  const sections = [...byTag]
    .map(([tag, ops]) => `<section id="${anchor(tag)}"><h2>${escapeHtml(tag)}</h2>${ops.join("")}</section>`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))}</title><style>${CSS}</style></head>
<body><header><h1>${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h1>
<p>${escapeHtml(String(info.description ?? ""))}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). All paths below are under
<code>/api</code>. Writes marked <span class="lock">token</span> need <code>Authorization: Bearer &lt;API_TOKEN&gt;</code>
when the server has one.</p><nav><ul>${toc}</ul></nav></header><main>${sections}</main></body></html>`;
}

function renderOperation(method: string, path: string, op: Obj): string {
  const params = (op.parameters as Obj[] | undefined) ?? [];
  const body = op.requestBody as { content: Record<string, { schema: Obj }> } | undefined;
  const responses = op.responses as Record<string, { description: string }>;
  const rows = params
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(String(p.name))}</code>${p.required ? " <b>required</b>" : ""}</td>` +
        `<td>${escapeHtml(String(p.in))}</td><td>${escapeHtml(schemaSummary(p.schema as Obj))}</td>` +
        `<td>${escapeHtml(String(p.description ?? ""))}</td></tr>`,
    )
    .join("");
  const bodies = Object.entries(body?.content ?? {})
    .map(
      ([type, { schema }]) =>
        `<details><summary>Body: <code>${escapeHtml(type)}</code></summary>` +
        `<pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`,
    )
    .join("");
  const answers = Object.entries(responses)
    .map(([status, r]) => `<li><b>${escapeHtml(status)}</b> ${escapeHtml(r.description)}</li>`)
    .join("");
  const lock = op.security ? ' <span class="lock">token</span>' : "";
  return `<article id="${escapeHtml(String(op.operationId))}">
<h3><span class="m ${method}">${method.toUpperCase()}</span> <code>/api${escapeHtml(path)}</code>${lock}</h3>
<p>${escapeHtml(String(op.summary ?? ""))}</p>${op.description ? `<p>${escapeHtml(String(op.description))}</p>` : ""}
${rows ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Schema</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>` : ""}
${bodies}<ul class="answers">${answers}</ul><pre class="ex">${escapeHtml(example(method, path, op, params))}</pre></article>`;
}

/** A curl line with the required parameters filled by placeholders. */
function example(method: string, path: string, op: Obj, params: Obj[]): string {
  const url = path.replace(/\{(\w+)\}/g, "<$1>");
  const query = params
    .filter((p) => p.in === "query" && p.required)
    .map((p) => `${String(p.name)}=<${String(p.name)}>`)
    .join("&");
  const body = op.requestBody as { content: Record<string, unknown> } | undefined;
  const parts = [
    `curl -X ${method.toUpperCase()} 'http://127.0.0.1:3000/api${url}${query ? `?${query}` : ""}'`,
  ];
  if (op.security) parts.push(`-H 'Authorization: Bearer $API_TOKEN'`);
  if (body?.content["application/json"]) parts.push(`-H 'Content-Type: application/json' -d '{…}'`);
  else if (body) parts.push(`-F 'file=@graph.gexf'`);
  return parts.join(" \\\n  ");
}

const anchor = (tag: string): string => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

const CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:980px;padding:1rem 1.5rem;color:#1d232b}
h1 small{font-weight:normal;color:#667}h2{border-bottom:1px solid #ccd;margin-top:2.5rem}
article{border:1px solid #dde;border-radius:6px;padding:.25rem 1rem;margin:1rem 0}
h3{font-size:1rem}.m{display:inline-block;min-width:4.2em;padding:0 .4em;border-radius:3px;color:#fff;text-align:center}
.get{background:#2f6fb0}.post{background:#2e8b57}.patch{background:#b8860b}.delete{background:#b03a2e}
.lock{font-size:.8em;border:1px solid #b8860b;color:#8a6308;border-radius:3px;padding:0 .3em}
table{border-collapse:collapse;width:100%;font-size:.92em}td,th{border-top:1px solid #eef;padding:.2em .4em;text-align:left;vertical-align:top}
pre{background:#f5f6f8;padding:.5em;overflow:auto;font-size:.85em}nav ul{columns:3}`;
