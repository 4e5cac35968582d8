// Crash safety of the embedded store: SIGKILL a writer at random moments, 60 times; every restart loads a valid snapshot.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../server/config.js";
import { readSnapshot } from "../../server/store/memory/snapshot.js";

const KILLS = 60;

/** Start the writer, let it write for `ms` after its first ack, SIGKILL it; the last n it acknowledged. */
async function runAndKill(dataDir: string, ms: number): Promise<{ start: number; acked: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/faults/snapshot-writer.ts", dataDir], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  let killTimer: NodeJS.Timeout | undefined;
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (!killTimer && out.includes("ack ")) killTimer = setTimeout(() => child.kill("SIGKILL"), ms);
  });
  await new Promise((resolve) => child.once("exit", resolve));
  const start = Number(/start (\d+)/.exec(out)?.[1] ?? NaN);
  const acks = [...out.matchAll(/ack (\d+)\n/g)].map((m) => Number(m[1]));
  return { start, acked: acks.at(-1) ?? start };
}

describe("snapshot crash safety", () => {
  it(`loads a valid old or new snapshot after each of ${KILLS} SIGKILLs during writes, losing no acknowledged write`, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "chipgraph-crash-"));
    const figures = { kills: 0, writes: 0, fellBack: 0, inFlightKept: 0 };
    try {
      let previousAck = 0;
      for (let i = 0; i < KILLS; i++) {
        const { start, acked } = await runAndKill(dir, 5 + Math.floor(Math.random() * 60));
        figures.kills++;
        // What the writer started from is what the previous run left: at least its last ack.
        expect(start).toBeGreaterThanOrEqual(previousAck);
        const found = await readSnapshot(dir);
        expect(found).not.toBeNull();
        if (found!.fellBack) figures.fellBack++;
        const n = Number(found!.state.graph.nodes.find((x) => x.id === "counter")?.properties.n);
        // Old or new: every acknowledged write is there; at most the one in flight beyond it.
        expect(n).toBeGreaterThanOrEqual(acked);
        expect(n).toBeLessThanOrEqual(acked + 1);
        if (n === acked + 1) figures.inFlightKept++;
        expect(found!.state.audit.at(-1)?.after).toBe(n);
        figures.writes += acked - start;
        previousAck = acked;
      }
      console.log(`snapshot crash safety: ${JSON.stringify(figures)}`);
      expect(figures.kills).toBe(KILLS);
      expect(figures.writes).toBeGreaterThan(KILLS);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
