// Makes a memory store durable: restores the newest snapshot from DATA_DIR, then snapshots after every change.
import { StoreUnavailableError } from "../../domain/errors.js";
import type { GraphExport } from "../../domain/model.js";
import type { Logger } from "../../logger.js";
import { createMemoryStore, type MemoryGraphStore } from "./memory-store.js";
import type { HydrationScheduler } from "./hydrate.js";
import { readSnapshot, writeSnapshot } from "./snapshot.js";

export interface PersistOptions {
  dataDir: string;
  /** Loaded only when the directory holds no snapshot (an empty store): never over kept data. */
  seed?: () => Promise<GraphExport>;
  logger?: Pick<Logger, "info" | "warn">;
  /** When the restored graph's fill runs (hydrate.ts); tests hold it back to read in the "columns" phase. */
  hydration?: HydrationScheduler;
}

/**
 * A memory store backed by `dataDir`. Each write resolves only once its snapshot is on disk, so an
 * acknowledged change survives a crash; writes are serialised so snapshots never interleave.
 * Resolves as soon as the snapshot is decoded: reads are answered from its columns while the graph fills
 * in the background (memory-store.ts's `restoreState`; `whenHydrated` says when it is done).
 * @throws SnapshotError when snapshots exist but all are corrupt (start-up must stop, not reseed).
 */
export async function createPersistentMemoryStore(options: PersistOptions): Promise<MemoryGraphStore> {
  const store = await createMemoryStore();
  const found = await readSnapshot(options.dataDir);
  if (found) {
    await store.restoreState(found.state, options.hydration);
    if (found.fellBack)
      options.logger?.warn("the newest snapshot was unreadable; loaded the previous one", {
        dataDir: options.dataDir,
      });
  }
  let queue: Promise<void> = Promise.resolve();
  const persist = () => {
    // Each run snapshots the state as it is then, so a later write's snapshot includes every earlier change.
    const run = queue.then(async () => writeSnapshot(options.dataDir, await store.exportState()));
    // A failed snapshot (disk full, permissions) answers 503; the change stays in memory and the next
    // successful snapshot writes it, so nothing is half-written on disk.
    const answered = run.catch((error: NodeJS.ErrnoException) => {
      throw new StoreUnavailableError(
        `memory store: could not write the snapshot in DATA_DIR (${error.code ?? "error"}); the change is not yet on disk`,
      );
    });
    queue = run.catch(() => undefined);
    return answered;
  };
  store.onChange(persist);
  // On shutdown, wait for the snapshots already queued, then write one more, so that DATA_DIR holds the
  // final state even if a change's snapshot had failed (disk full) and was left for the next one to write.
  const closeMemory = store.close.bind(store);
  store.close = async () => {
    await closeMemory(); // first: it stops a background fill that no write waits for
    await queue;
    await writeSnapshot(options.dataDir, await store.exportState());
  };
  if (!found && options.seed) {
    await store.load(await options.seed());
    options.logger?.info("empty data directory: loaded the seed", { dataDir: options.dataDir });
  } else if (!found) {
    await persist();
  }
  return store;
}
