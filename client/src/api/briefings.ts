// Briefing API calls: one entity (GET) or a set (POST), as JSON, HTML, Markdown or PDF.
import type { Briefing } from "../../../server/domain/briefing/types.js";
import { ApiError } from "./api-error.js";
import type { FetchLike } from "./http.js";

export type BriefingTarget = { kind: "entity"; id: string } | { kind: "set"; ids: string[] };
export type BriefingFormat = "json" | "html" | "md" | "pdf";

export interface BriefingsApi {
  json(target: BriefingTarget): Promise<Briefing>;
  /** The rendered document, for the preview (html) and the downloads (html, md, pdf). */
  blob(target: BriefingTarget, format: Exclude<BriefingFormat, "json">): Promise<Blob>;
}

export function createBriefingsApi(
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
  base = "",
): BriefingsApi {
  async function request(target: BriefingTarget, format: BriefingFormat): Promise<Response> {
    const query = `?format=${format}`;
    let response: Response;
    try {
      response =
        target.kind === "entity"
          ? await fetchImpl(`${base}/api/briefings/${encodeURIComponent(target.id)}${query}`)
          : await fetchImpl(`${base}/api/briefings${query}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ ids: target.ids }),
            });
    } catch {
      throw new ApiError("network", "Cannot reach the server. Is it running?", 0);
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }
  return {
    json: async (target) => (await (await request(target, "json")).json()) as Briefing,
    blob: async (target, format) => (await request(target, format)).blob(),
  };
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new ApiError(
      body.error?.code ?? `http_${response.status}`,
      body.error?.message ?? "Request failed.",
      response.status,
    );
  } catch {
    return new ApiError(
      `http_${response.status}`,
      `The server answered ${response.status}.`,
      response.status,
    );
  }
}
