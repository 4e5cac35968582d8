// What the sigma reducers ask about filters, the as-of date and the highlighted path (the answers are pure state).

/**
 * Questions the reducers ask at draw time. Built from pure state (filters, time, paths) by the app, so the
 * graph's data is never deleted to hide something: clearing a filter shows it again at once.
 */
export interface ExplorationPaint {
  hideNode(id: string): boolean;
  hideEdge(id: string): boolean;
  /** The highlighted path, when any: its nodes and edges are lit, everything else dimmed. */
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}
