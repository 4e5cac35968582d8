// Deletes the explorer's nodes (:Entity, :Source) and their relationships in batches; the audit log, constraints and indexes stay.
import neo4j, { type Session } from "neo4j-driver";
import { toCount } from "./mappers.js";
import * as Q from "./queries.js";

/** One write transaction per 10,000 nodes, so clearing a large graph never needs one huge transaction. */
export async function clearGraph(session: Session): Promise<void> {
  for (;;) {
    const deleted = await session.executeWrite(async (tx) => {
      const result = await tx.run(Q.CLEAR_BATCH, { batch: neo4j.int(10_000) });
      return toCount(result.records[0]?.get("deleted"));
    });
    if (deleted === 0) return;
  }
}
