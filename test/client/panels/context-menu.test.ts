// "+N more" in the node context menu: distinct neighbours left to page through, parallel edges counted once.
import { describe, expect, it } from "vitest";
import type { Degree } from "../../../server/domain/model.js";
import { remainingLabel } from "../../../client/src/panels/context-menu.js";
import type { Expansion } from "../../../client/src/state/history-canvas.js";

// The fixture's japan: 8 relationships but 5 distinct neighbours (usa by three parallel edges, kioxia by two).
const japan: Degree = {
  total: 8,
  byType: { PLEDGES: 1, PART_OF: 1, PRESSURES: 2, PARTNERS_WITH: 1, FUNDS: 2, LOCATED_IN: 1 },
  neighbors: {
    both: 5,
    out: 4,
    in: 3,
    byType: {
      PRESSURES: { both: 1, out: 0, in: 1 },
      FUNDS: { both: 2, out: 2, in: 0 },
    },
  },
};

const expansion = (patch: Partial<Expansion>): Expansion => ({
  relType: null,
  direction: "both",
  limit: 2,
  nextOffset: 2,
  more: true,
  added: [],
  ...patch,
});

describe("remainingLabel", () => {
  it("counts distinct neighbours left, not relationships: 5 − 2 = 3, where edges would say 6", () => {
    expect(remainingLabel(expansion({}), japan)).toBe("+3 more");
  });

  it("follows the expansion's direction", () => {
    expect(remainingLabel(expansion({ direction: "out" }), japan)).toBe("+2 more");
    expect(remainingLabel(expansion({ direction: "in", nextOffset: 1 }), japan)).toBe("+2 more");
  });

  it("follows the expansion's relationship type, where two parallel PRESSURES edges are one neighbour", () => {
    expect(remainingLabel(expansion({ relType: "FUNDS", nextOffset: 1 }), japan)).toBe("+1 more");
    expect(remainingLabel(expansion({ relType: "PRESSURES", nextOffset: 1 }), japan)).toBe("More…");
  });

  it("says More… without counts (unknown degree, or a server without neighbour counts)", () => {
    expect(remainingLabel(expansion({}), null)).toBe("More…");
    expect(remainingLabel(expansion({}), { total: 8, byType: {} })).toBe("More…");
  });
});
