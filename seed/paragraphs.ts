// The locator scheme of the seed's evidence: "para N" is the Nth non-empty line of a source's text file.

/**
 * Split a source text into its paragraphs: every non-empty line, trimmed, headings and site chrome included,
 * so that anyone can find "para N" with `grep -v '^\s*$' file | sed -n Np`.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The locator string for a 1-based paragraph number: `paragraphLocator(5)` → "para 5". */
export function paragraphLocator(paragraph: number): string {
  return `para ${paragraph}`;
}

/** The paragraph number in a locator made by `paragraphLocator`, or null when it is not one. */
export function parseParagraphLocator(locator: string): number | null {
  const match = /^para ([1-9][0-9]*)$/.exec(locator);
  return match ? Number(match[1]) : null;
}
