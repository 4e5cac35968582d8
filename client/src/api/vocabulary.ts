// The types the server accepts (built-in plus configured extras), for the edit forms' pickers.
import { NODE_TYPES, REL_TYPES } from "../../../server/domain/vocabulary.js";
import { getJson } from "./http.js";

export interface Vocabulary {
  nodeTypes: readonly string[];
  relTypes: readonly string[];
}

// Until the server answers, the built-in vocabulary: the forms never wait on the network.
let current: Vocabulary = { nodeTypes: NODE_TYPES, relTypes: REL_TYPES };

/** The last vocabulary the server sent (or the built-in one). */
export function vocabulary(): Vocabulary {
  return current;
}

/** Asks the server for its vocabulary; keeps the built-in one if the request fails. */
export async function refreshVocabulary(fetchImpl: typeof fetch = fetch): Promise<Vocabulary> {
  try {
    current = await getJson<Vocabulary>(fetchImpl, "/api/vocabulary");
  } catch {
    // Older servers have no /api/vocabulary; the built-in list is still right for them.
  }
  return current;
}
