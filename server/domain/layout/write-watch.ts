// Wraps a GraphStore so that every write through it (load, changes, clear, console writes) reports itself.
import type { CypherConsole } from "../cypher.js";
import type { GraphStore } from "../../store/graph-store.js";

const WRITES = new Set<PropertyKey>(["load", "applyChanges", "clear"]);

type Method = (...args: unknown[]) => unknown;

/**
 * The same store, behaving identically, but calling `onWrite` when a write settles (success or failure:
 * a Neo4j load that fails halfway has written its first batches). Reads pass straight through.
 */
export function watchWrites<S extends GraphStore>(store: S, onWrite: () => void): S {
  let cypher: CypherConsole | undefined;
  // Every store call of every request reads its method through this proxy: a read method is bound once
  // (per function, in case a property is replaced), not on every call.
  const bound = new Map<PropertyKey, { method: Method; bound: Method }>();
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (prop === "cypher" && value) return (cypher ??= watchConsole(value as CypherConsole, onWrite));
      if (typeof value !== "function") return value;
      if (!WRITES.has(prop)) {
        const known = bound.get(prop);
        if (known?.method === value) return known.bound;
        const method = value as Method;
        const entry = { method, bound: method.bind(target) as Method };
        bound.set(prop, entry);
        return entry.bound;
      }
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          onWrite();
        }
      };
    },
  });
}

function watchConsole(console: CypherConsole, onWrite: () => void): CypherConsole {
  return new Proxy(console, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      if (prop !== "run") return (value as (...a: unknown[]) => unknown).bind(target);
      const run = value as CypherConsole["run"];
      return async (request: Parameters<CypherConsole["run"]>[0]) => {
        try {
          return await run.call(target, request);
        } finally {
          if (request.mode === "write") onWrite();
        }
      };
    },
  });
}
