// Deterministic orderings shared by every store, so that both return the same lists in the same order.

/** Compare ids by UTF-16 code units (not locale), as `ORDER BY n.id` does for the ids we use. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compare two items with ids (nodes, relationships, sources) by id, as compareIds does. */
export function compareById(a: { id: string }, b: { id: string }): number {
  return compareIds(a.id, b.id);
}

/** The index of `id` in `ids` sorted by compareIds, or -1 when it is not there (a binary search). */
export function indexOfSortedId(ids: readonly string[], id: string): number {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const order = compareIds(ids[middle]!, id);
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Compare two id sequences lexicographically: element by element, a proper prefix first. */
export function compareIdSequences(a: readonly string[], b: readonly string[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const order = compareIds(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** Count values, then sort by count (most first) then by value: the order of schema summaries. */
export function countByType<T extends string>(values: Iterable<T>): { type: T; count: number }[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || compareIds(a.type, b.type));
}
