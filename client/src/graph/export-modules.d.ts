// Types for graphology-gexf's writer, imported alone: its browser entry also loads a parser needing DOMParser.
declare module "graphology-gexf/common/writer.js" {
  import type { AbstractGraph, Attributes } from "graphology-types";
  interface GexfWriterOptions {
    version?: "1.2" | "1.3";
    pretty?: boolean;
    formatNode?: (key: string, attributes: Attributes) => Attributes;
    formatEdge?: (key: string, attributes: Attributes) => Attributes;
  }
  export default function write(graph: AbstractGraph, options?: GexfWriterOptions): string;
}
