// Query history for the console: newest first, no duplicates, bounded, kept in localStorage.

export const HISTORY_KEY = "chipgraph.console.history";
export const HISTORY_MAX = 50;

/** Add `query` to the front, dropping an older copy and anything past `max`. */
export function pushHistory(history: readonly string[], query: string, max = HISTORY_MAX): string[] {
  const q = query.trim();
  if (!q) return [...history];
  return [q, ...history.filter((h) => h !== q)].slice(0, max);
}

/** Read the history; anything unreadable (private mode, bad JSON, a foreign value) is an empty history. */
export function loadHistory(storage: Pick<Storage, "getItem"> | undefined): string[] {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(raw)
      ? raw.filter((x): x is string => typeof x === "string").slice(0, HISTORY_MAX)
      : [];
  } catch {
    return [];
  }
}

export function saveHistory(storage: Pick<Storage, "setItem"> | undefined, history: readonly string[]): void {
  try {
    storage?.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // A full or disabled storage only costs the history; the console keeps working.
  }
}
