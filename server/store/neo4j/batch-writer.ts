// Writes a load's batches with a few write transactions in flight on their own sessions, committed in batch order.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import { add, tally, type Tally } from "./loader-upsert.js";

/*
 * Why more than one in flight: a fresh batch costs the client CPU (rows, Bolt encoding), then the server CPU
 * (running its statements), then a commit that waits for the disk; one batch at a time leaves two of the
 * three idle at any moment. With two in flight, batch i+1 is prepared and run while batch i commits, and the
 * server's two cores can run both.
 * Why committed in order: a batch runs its statements, then keeps its transaction open until the batch before
 * it has committed, and only then commits. So what a load has written is always a prefix of its batches, as
 * when they went one at a time: a failed batch rolls back every later one in flight, and a constraint clash
 * redoes the clashing batch and every later one the classifying way.
 * Why only fresh batches overlap: they only CREATE, and a load's ids are distinct (validated), so a waiting
 * transaction should hold nothing the one before it needs. Edge creates do touch shared end nodes (hubs), but
 * Neo4j 5.26 did not block an earlier edge batch on a later, waiting one in any run (BA 100k, and the
 * 199-edge star in test/server/store/neo4j-batch-writer.test.ts). Should it ever, the cycle runs through the
 * client's wait, which Neo4j's deadlock detection cannot see: so a batch that has waited `yieldAfterMs` for the
 * one before it gives way: it rolls back (releasing its locks), waits for that commit outside any transaction,
 * and runs again. Slower, never stuck, and still committed in order.
 * The classifying upsert MERGEs, which locks while it runs: a waiting upsert could block the batch it waits
 * for. After a fallback, batches go one at a time.
 */

export type BatchWork<T> = (tx: ManagedTransaction, batch: T[]) => Promise<Tally>;

/** Write transactions a fresh load keeps in flight (one per session): 2 for the two cores it was measured on (bench/changes/sixth-pass-loader.md). */
export const DEFAULT_TRANSACTIONS_IN_FLIGHT = 2;

/** How long a batch that has run its statements waits for the one before it to commit, inside its transaction. */
export const DEFAULT_YIELD_AFTER_MS = 5_000;

/** Thrown inside a waiting transaction that gives way to the batch before it (see above): roll back, run again. */
class GiveWay extends Error {
  constructor() {
    super("loadGraph: giving way to the batch before this one");
  }
}

/** Resolves when `gate` passes; rejects with GiveWay if it has not after `ms`, or as the gate does when it shuts. */
function passedWithin(gate: CommitGate, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new GiveWay()), ms)));
  return Promise.race([gate.passed, late]).finally(() => clearTimeout(timer));
}

/** Thrown inside a waiting transaction when the batch before it will not commit as launched: roll back. */
class EarlierBatchNotWritten extends Error {
  constructor() {
    super("loadGraph: an earlier batch was not written; this one rolls back");
  }
}

/** Opens when a batch has committed; shuts when it will not, which rolls back the batch waiting on it. */
class CommitGate {
  private openGate!: () => void;
  private shutGate!: (reason: unknown) => void;
  readonly passed = new Promise<void>((resolve, reject) => {
    this.openGate = resolve;
    this.shutGate = reject;
  });

  constructor() {
    this.passed.catch(() => undefined); // nobody may be waiting; that is no unhandled rejection
  }

  open(): void {
    this.openGate();
  }

  shut(): void {
    this.shutGate(new EarlierBatchNotWritten());
  }
}

type Outcome = { counts: Tally } | { error: unknown };

interface InFlight<T> {
  batch: T[];
  fresh: boolean;
  session: Session;
  gate: CommitGate;
  /** Never rejects: a batch that fails while an earlier one is awaited must not be an unhandled rejection. */
  outcome: Promise<Outcome>;
}

/** Writes batches fresh while that works; the first constraint clash switches it to upserting for good. */
export class BatchWriter {
  private readonly idle: Session[] = [];
  private readonly opened: Session[] = [];
  /** Batches that rolled back to let the one before them commit, then ran again (for tests and logs). */
  gaveWay = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private fresh: boolean,
    private readonly inFlight = DEFAULT_TRANSACTIONS_IN_FLIGHT,
    private readonly yieldAfterMs = DEFAULT_YIELD_AFTER_MS,
  ) {
    if (!Number.isSafeInteger(inFlight) || inFlight < 1)
      throw new RangeError(`loadGraph: transactionsInFlight ${inFlight} must be a positive integer`);
  }

  /**
   * Write `batches` in order and add up their counts. Returns once every batch has committed. On a failure,
   * waits until the later batches in flight have rolled back, then throws the failed batch's error: the
   * batches before it are written whole, it and those after it not at all.
   * `signal`: once aborted, no further batch is launched; those in flight still commit, and it returns.
   * `onWritten`: after each batch commits, in order.
   */
  async writeAll<T>(
    batches: Iterable<T[]>,
    create: BatchWork<T>,
    upsert: BatchWork<T>,
    { signal, onWritten }: { signal?: AbortSignal; onWritten?: () => void } = {},
  ): Promise<Tally> {
    const total = tally();
    const queue: InFlight<T>[] = [];
    const settleOldest = async () => {
      add(total, await this.settle(queue.shift()!, upsert));
      onWritten?.();
    };
    try {
      for (const batch of batches) {
        while (queue.length >= (this.fresh ? this.inFlight : 1)) await settleOldest();
        if (signal?.aborted) break;
        // An empty queue means every earlier batch has committed: nothing to wait for.
        queue.push(this.launch(batch, create, upsert, queue.at(-1)?.gate));
      }
      while (queue.length > 0) await settleOldest();
      return total;
    } catch (error) {
      // Each waiting batch sees the one before it shut and rolls back; wait for that before the caller hears.
      for (const waiting of queue) {
        await waiting.outcome;
        waiting.gate.shut();
        this.idle.push(waiting.session);
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.opened.map((s) => s.close()));
  }

  private launch<T>(
    batch: T[],
    create: BatchWork<T>,
    upsert: BatchWork<T>,
    before: CommitGate | undefined,
  ): InFlight<T> {
    const fresh = this.fresh;
    const session = this.idle.pop() ?? this.openSession();
    const gate = new CommitGate();
    const run = (waitFor: CommitGate | undefined) =>
      session.executeWrite(async (tx) => {
        const counts = await (fresh ? create : upsert)(tx, batch);
        // Commit only after the batch before: rejects (roll back) when it will not, or to give way to it.
        if (waitFor) await passedWithin(waitFor, this.yieldAfterMs);
        return counts;
      });
    const outcome = run(before)
      .catch(async (error: unknown) => {
        if (!(error instanceof GiveWay)) throw error;
        this.gaveWay++;
        await before!.passed; // rolled back: wait outside any transaction (rejects if it will not commit)
        return run(undefined);
      })
      .then(
        (counts): Outcome => ({ counts }),
        (error: unknown): Outcome => ({ error }),
      );
    return { batch, fresh, session, gate, outcome };
  }

  /** The counts of the oldest batch in flight, redone by upsert when it clashed or an earlier one did. */
  private async settle<T>(item: InFlight<T>, upsert: BatchWork<T>): Promise<Tally> {
    try {
      const outcome = await item.outcome;
      if ("counts" in outcome) {
        item.gate.open();
        return outcome.counts;
      }
      const clash = item.fresh && isConstraintClash(outcome.error);
      // Settled in order, so an earlier batch "not written" here was one redone after a clash, not a failure.
      if (!clash && !(outcome.error instanceof EarlierBatchNotWritten)) throw outcome.error;
      if (clash) this.fresh = false; // the transaction rolled back: redo it, and every later one, classifying
      item.gate.shut(); // the later ones in flight were launched fresh: they roll back and are redone too
      return await item.session.executeWrite((tx) => upsert(tx, item.batch));
    } catch (error) {
      item.gate.shut();
      throw error;
    } finally {
      this.idle.push(item.session);
    }
  }

  private openSession(): Session {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    this.opened.push(session);
    return session;
  }
}

function isConstraintClash(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === "Neo.ClientError.Schema.ConstraintValidationFailed";
}
