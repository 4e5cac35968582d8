// Heap held by one value: the used heap after a settled full gc with the value alive, minus the same before it was built.
/**
 * The used heap, plus the memory held by ArrayBuffers, after full gcs with a turn of the event loop between
 * them (finalisers, weak maps settle). Before 2026-11-23 (eleventh pass) it was the used heap alone.
 */
export async function settledHeap(): Promise<number> {
  const gc = globalThis.gc;
  if (!gc) throw new Error("heap measurements need node --expose-gc (bench/run.ts restarts itself with it)");
  for (let round = 0; round < 4; round++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  // Typed arrays keep their bytes outside V8's heap (`arrayBuffers`): a store's integer indexes count too.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/**
 * The bytes `build`'s value holds: what it allocated and keeps, without the garbage it made on the way.
 * The value is handed to `use` (to read it, write it out) after the measurement and dropped when this
 * returns, so consecutive measurements never overlap. Whatever is alive before must stay alive until the
 * end (a value freed in between would count as negative bytes), and the value must not share strings or
 * objects with anything alive before (they would not count): so measure each side alone, from fresh data.
 */
export async function heapHeldBy<T>(
  build: () => Promise<T>,
  use?: (value: T) => Promise<void>,
): Promise<number> {
  const before = await settledHeap();
  const value = await build();
  const bytes = (await settledHeap()) - before;
  await use?.(value);
  return bytes;
}
