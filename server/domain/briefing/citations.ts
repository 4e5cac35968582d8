// Numbers sources in order of first use and remembers which paragraphs of each were cited.
import type { GraphEdge, Source } from "../model.js";
import { compareIds } from "../ordering.js";
import { briefDate } from "./dates.js";
import type { Citation, Reference } from "./types.js";

/**
 * The briefing is built section by section in reading order, and every fact line asks the registry
 * for its citations as it is built: so reference [1] is the first source a reader meets.
 */
export class CitationRegistry {
  private readonly numbers = new Map<string, number>();
  private readonly locators = new Map<string, Set<string>>();

  constructor(private readonly sources: ReadonlyMap<string, Source>) {}

  /** One citation per piece of the edge's evidence, in the order the evidence is recorded. */
  cite(edge: GraphEdge): Citation[] {
    return edge.evidence.map((evidence) => {
      let n = this.numbers.get(evidence.sourceId);
      if (n === undefined) {
        n = this.numbers.size + 1;
        this.numbers.set(evidence.sourceId, n);
        this.locators.set(evidence.sourceId, new Set());
      }
      this.locators.get(evidence.sourceId)!.add(evidence.locator);
      return {
        n,
        sourceId: evidence.sourceId,
        locator: evidence.locator,
        edgeId: edge.id,
        note: evidence.note,
      };
    });
  }

  /** The references, numbered as first used, each with the locators cited in reading order. */
  references(): Reference[] {
    return [...this.numbers].map(([sourceId, n]) => {
      const source = this.sources.get(sourceId);
      const published = source ? briefDate(source.published, source.datePrecision) : null;
      return {
        n,
        sourceId,
        publisher: source?.publisher ?? "Unknown publisher",
        title: source?.title ?? sourceId,
        published,
        url: source?.url ?? null,
        locators: [...this.locators.get(sourceId)!].sort(compareLocators).map(displayLocator),
      };
    });
  }
}

/** "para 9" reads "¶9"; any other locator is shown as recorded. */
export function displayLocator(locator: string): string {
  const match = /^(?:para|¶)\s*(\d+)$/i.exec(locator.trim());
  return match ? `¶${match[1]}` : locator;
}

function compareLocators(a: string, b: string): number {
  const pa = paragraphNumber(a);
  const pb = paragraphNumber(b);
  if (pa !== null && pb !== null) return pa - pb;
  if (pa !== null) return -1;
  if (pb !== null) return 1;
  return compareIds(a, b);
}

function paragraphNumber(locator: string): number | null {
  const match = /^(?:para|¶)\s*(\d+)$/i.exec(locator.trim());
  return match ? Number(match[1]) : null;
}

/** The distinct reference numbers of a list of citations, ascending: what a line shows as "[1][3]". */
export function citationNumbers(citations: readonly Citation[]): number[] {
  return [...new Set(citations.map((c) => c.n))].sort((a, b) => a - b);
}
