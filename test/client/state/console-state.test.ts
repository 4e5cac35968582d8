// The console's pure state: parameters, error positions, table cells, summaries and history.
import { describe, expect, it } from "vitest";
import type { CypherResult } from "../../../server/domain/cypher.js";
import {
  HISTORY_KEY,
  loadHistory,
  pushHistory,
  saveHistory,
} from "../../../client/src/state/console-history.js";
import {
  cellText,
  defaultView,
  parseParams,
  positionToOffset,
  resultSummary,
  toConsoleProblem,
} from "../../../client/src/state/console-state.js";

const tsmc = { id: "tsmc", type: "Company", name: "TSMC", aliases: [], properties: {} };
const biren = { id: "biren", type: "Company", name: "Biren", aliases: [], properties: {} };
const halted = {
  id: "e1",
  type: "HALTED_SUPPLY_TO",
  source: "tsmc",
  target: "biren",
  properties: {},
  evidence: [],
};

describe("parseParams", () => {
  it("reads an object, and empty text as no parameters", () => {
    expect(parseParams('{"id": "japan"}')).toEqual({ ok: true, value: { id: "japan" } });
    expect(parseParams("  ")).toEqual({ ok: true, value: {} });
  });
  it("refuses bad JSON and non-objects with a message", () => {
    expect(parseParams("{id}")).toMatchObject({
      ok: false,
      message: expect.stringContaining("not valid JSON"),
    });
    expect(parseParams("[1]")).toMatchObject({ ok: false, message: expect.stringContaining("JSON object") });
  });
});

describe("error positions", () => {
  it("keep the line and column of a syntax error", () => {
    expect(
      toConsoleProblem({ code: "cypher_syntax", message: "m", details: { line: 2, column: 3 } }),
    ).toEqual({ code: "cypher_syntax", message: "m", line: 2, column: 3 });
    expect(toConsoleProblem({ code: "timeout", message: "m" })).toEqual({ code: "timeout", message: "m" });
  });
  it("turn into offsets in the editor's text, clamped inside it", () => {
    expect(positionToOffset("MATCH (n)\nRETURN n +", 2, 10)).toBe(19);
    expect(positionToOffset("RETURN 1", 1, 1)).toBe(0);
    expect(positionToOffset("RETURN 1", 9, 99)).toBe(8);
  });
});

describe("cellText", () => {
  it("shows scalars, nodes, edges and paths readably", () => {
    expect(cellText(42)).toBe("42");
    expect(cellText(null)).toBe("null");
    expect(cellText(tsmc)).toBe("(TSMC:Company)");
    expect(cellText(halted)).toBe("[:HALTED_SUPPLY_TO tsmc→biren]");
    expect(cellText({ nodes: [biren, tsmc], edges: [halted] })).toBe("(Biren)<-[:HALTED_SUPPLY_TO]-(TSMC)");
    expect(cellText([1, "a"])).toBe('[1,"a"]');
  });
});

describe("results", () => {
  const result = (nodes: unknown[], truncated = false): CypherResult =>
    ({
      columns: ["x"],
      rows: [{ x: 1 }],
      graph: { nodes, edges: [] },
      summary: { queryType: "r", counters: {}, resultAvailableAfterMs: 3, notifications: [] },
      truncated,
    }) as CypherResult;
  it("open on the graph when there is something to draw, else on the table", () => {
    expect(defaultView(result([tsmc]))).toBe("graph");
    expect(defaultView(result([]))).toBe("table");
  });
  it("summarise rows, graph size, time and truncation", () => {
    expect(resultSummary(result([tsmc], true))).toBe(
      "1+ row · 1 nodes, 0 relationships · 3 ms · truncated at the row limit",
    );
  });
});

describe("history", () => {
  it("puts the newest first without duplicates, bounded", () => {
    expect(pushHistory(["b", "a"], "a")).toEqual(["a", "b"]);
    expect(pushHistory(["a"], "  ")).toEqual(["a"]);
    expect(pushHistory(["c", "b"], "a", 2)).toEqual(["a", "c"]);
  });
  it("survives a round trip through storage and ignores garbage", () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    saveHistory(storage, ["MATCH (n) RETURN n"]);
    expect(loadHistory(storage)).toEqual(["MATCH (n) RETURN n"]);
    data.set(HISTORY_KEY, "{not json");
    expect(loadHistory(storage)).toEqual([]);
    expect(loadHistory(undefined)).toEqual([]);
  });
});
