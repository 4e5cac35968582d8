// Child process of snapshot-crash.fault.ts: a persistent memory store writing as fast as it can, acking each write.
import { createPersistentMemoryStore } from "../../server/store/memory/persist.js";
import { newAuditEntry } from "../../server/domain/audit.js";

const dataDir = process.argv[2]!;
const store = await createPersistentMemoryStore({
  dataDir,
  // A small graph, so a snapshot takes a fraction of a millisecond to build and the kill lands mid-write often.
  seed: async () => ({
    nodes: [{ id: "counter", type: "Company", name: "Counter", aliases: [], properties: { n: 0 } }],
    edges: [],
    sources: [],
  }),
});
let n = Number((await store.getNode("counter"))?.properties.n ?? 0);
process.stdout.write(`start ${n}\n`);
for (;;) {
  n++;
  const node = {
    id: "counter",
    type: "Company" as const,
    name: "Counter",
    aliases: [`v${n}`],
    properties: { n },
  };
  await store.applyChanges(
    { upsertNodes: [node] },
    newAuditEntry({
      actor: "fault",
      action: "update_node",
      entityIds: ["counter"],
      summary: `n=${n}`,
      before: null,
      after: n,
    }),
  );
  // Acknowledged only once the snapshot is on disk: this n must survive a kill from now on.
  process.stdout.write(`ack ${n}\n`);
}
