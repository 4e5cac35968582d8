// The briefing use cases: one entity, a set of entities, or a saved query's result, over any GraphStore.
import type { GraphStore } from "../../store/graph-store.js";
import { DomainError } from "../errors.js";
import { buildBriefing } from "./build.js";
import type { BriefingRequestOptions, QueryBriefingRequest } from "./parse.js";
import type { SavedQueryRunner } from "./saved-query.js";
import { collectScope, scopeFromSubgraph } from "./scope.js";
import type { Briefing } from "./types.js";

export interface BriefingDeps {
  store: GraphStore;
  /** Present only when a Neo4j-backed saved-query runner is configured. */
  savedQueries?: SavedQueryRunner;
  /** The clock, injectable so tests and examples pin the generation time. */
  now?: () => Date;
}

/** Briefing on one entity. NotFoundError for an unknown id. */
export async function entityBriefing(
  deps: BriefingDeps,
  id: string,
  options: BriefingRequestOptions,
): Promise<Briefing> {
  const scope = await collectScope(deps.store, { kind: "entity", ids: [id], focus: options.focus });
  return buildBriefing(scope, { now: (deps.now ?? defaultNow)(), since: options.since });
}

/** Briefing on a set of entities and the subgraph among and around them. */
export async function setBriefing(
  deps: BriefingDeps,
  ids: string[],
  options: BriefingRequestOptions,
): Promise<Briefing> {
  const scope = await collectScope(deps.store, {
    kind: ids.length === 1 ? "entity" : "set",
    ids,
    focus: options.focus,
  });
  return buildBriefing(scope, { now: (deps.now ?? defaultNow)(), since: options.since });
}

/**
 * Briefing on the subgraph a saved query returns. Saved queries are Cypher: on the embedded store
 * this fails with `cypher_unavailable`, and without a configured runner with `not_implemented`.
 */
export async function queryBriefing(
  deps: BriefingDeps,
  request: QueryBriefingRequest,
  options: BriefingRequestOptions,
): Promise<Briefing> {
  if (deps.store.kind !== "neo4j") {
    throw new DomainError(
      "cypher_unavailable",
      "briefing: saved queries run on Neo4j only; start Neo4j (`npm run neo4j start`) and set NEO4J_URI to brief from a saved query",
    );
  }
  if (!deps.savedQueries) {
    throw new DomainError("not_implemented", "briefing: no saved-query runner is configured on this server");
  }
  const sub = await deps.savedQueries.runSavedQuery(request.query, request.params);
  const scope = await scopeFromSubgraph(deps.store, `Saved query “${request.query}”`, sub);
  return buildBriefing(scope, { now: (deps.now ?? defaultNow)(), since: options.since });
}

function defaultNow(): Date {
  return new Date();
}
