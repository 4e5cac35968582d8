// Filters over what is drawn: hidden node types, hidden relationship types, an amount range (pure).
/** What the filters panel chose. Types listed here are hidden; an empty list hides nothing. */
export interface Filters {
  readonly hiddenNodeTypes: readonly string[];
  readonly hiddenRelTypes: readonly string[];
  /** Relationships with an `amount` outside [min, max] are hidden; those without an amount stay. */
  readonly amount: { readonly min: number | null; readonly max: number | null };
}

export const noFilters: Filters = {
  hiddenNodeTypes: [],
  hiddenRelTypes: [],
  amount: { min: null, max: null },
};

const toggle = (list: readonly string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item].sort();

export function toggleNodeType(filters: Filters, type: string): Filters {
  return { ...filters, hiddenNodeTypes: toggle(filters.hiddenNodeTypes, type) };
}

export function toggleRelType(filters: Filters, type: string): Filters {
  return { ...filters, hiddenRelTypes: toggle(filters.hiddenRelTypes, type) };
}

/** Sets the amount range; a bound that is not a finite number is open. Swapped bounds are put in order. */
export function setAmountRange(filters: Filters, min: number | null, max: number | null): Filters {
  const lo = min !== null && Number.isFinite(min) ? min : null;
  const hi = max !== null && Number.isFinite(max) ? max : null;
  const amount = lo !== null && hi !== null && lo > hi ? { min: hi, max: lo } : { min: lo, max: hi };
  return { ...filters, amount };
}

export function isFiltering(filters: Filters): boolean {
  return (
    filters.hiddenNodeTypes.length > 0 ||
    filters.hiddenRelTypes.length > 0 ||
    filters.amount.min !== null ||
    filters.amount.max !== null
  );
}

export function nodePasses(filters: Filters, nodeType: string): boolean {
  return !filters.hiddenNodeTypes.includes(nodeType);
}

/** An edge passes its own type and amount tests (its ends are checked separately). */
export function edgePasses(
  filters: Filters,
  relType: string,
  properties: Readonly<Record<string, unknown>>,
): boolean {
  if (filters.hiddenRelTypes.includes(relType)) return false;
  const amount = properties.amount;
  if (typeof amount !== "number") return true;
  const { min, max } = filters.amount;
  return (min === null || amount >= min) && (max === null || amount <= max);
}

/** Counts per type, most frequent first then by name: the numbers beside each filter checkbox. */
export function countTypes(types: Iterable<string>): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}
