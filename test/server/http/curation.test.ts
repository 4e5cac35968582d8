// The curation API (edit, merge, duplicates, audit) on the embedded store.
import { createMemoryStore } from "../../../server/store/memory/memory-store.js";
import { describeCurationApi } from "./curation-api.js";

describeCurationApi("memory", async () => createMemoryStore());
