// Streamed export pages → the export's JSON text in chunks: byte for byte what JSON.stringify(exportAll()) gives.
import type { ExportItem, ExportPage } from "../store/graph-store.js";

const SECTIONS = ["nodes", "edges", "sources"] as const;
const SECTION_OF: Record<ExportItem["kind"], number> = { node: 0, edge: 1, source: 2 };

/** Chunks of about this many UTF-16 code units: few enough writes to be cheap, small enough to hold. */
export const EXPORT_CHUNK_CHARS = 64 * 1024;

/**
 * `{"nodes":[…],"edges":[…],"sources":[…]}` written a page at a time (each page's items in a plain loop, no
 * await between them), in chunks of about `chunkChars`.
 * Equal to `JSON.stringify({nodes, edges, sources})` of the same items (a test compares the bytes).
 * The closing `]}` comes only after the last item, so text cut short anywhere never parses as a whole export.
 * @throws Error when items come out of order (an edge after a source): the store broke its contract.
 */
export async function* exportJsonChunks(
  pages: AsyncIterable<ExportPage>,
  chunkChars = EXPORT_CHUNK_CHARS,
): AsyncGenerator<string, void, undefined> {
  let section = 0;
  let first = true;
  let buffer = `{"${SECTIONS[0]}":[`;
  for await (const page of pages) {
    for (const item of page) {
      const target = SECTION_OF[item.kind];
      if (target !== section) {
        if (target < section) throw new Error(`export: a ${item.kind} came after the ${SECTIONS[section]}`);
        for (; section < target; section++, first = true) buffer += `],"${SECTIONS[section + 1]}":[`;
      }
      buffer += (first ? "" : ",") + JSON.stringify(item.value);
      first = false;
      if (buffer.length >= chunkChars) {
        yield buffer;
        buffer = "";
      }
    }
  }
  for (; section < SECTIONS.length - 1; section++) buffer += `],"${SECTIONS[section + 1]}":[`;
  yield buffer + "]}";
}
