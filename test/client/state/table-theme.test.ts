// The table view's rows and keyboard movement, and the theme's starting choice.
import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/domain/model.js";
import { edgeRows, moveFocus, nodeRows } from "../../../client/src/state/table.js";
import { initialTheme, toggleTheme } from "../../../client/src/state/theme.js";

const node = (id: string, name: string): GraphNode => ({
  id,
  name,
  type: "Company",
  aliases: [],
  properties: {},
});

describe("table rows", () => {
  it("lists the most connected nodes first, then by name regardless of case", () => {
    const degree: Record<string, number> = { a: 1, b: 5, c: 1 };
    const rows = nodeRows([node("a", "beta"), node("b", "Zed"), node("c", "Alpha")], (id) => degree[id]!);
    expect(rows.map((r) => r.name)).toEqual(["Zed", "Alpha", "beta"]);
  });

  it("lists edges by type, then by the names at either end", () => {
    const edge = (id: string, type: GraphEdge["type"], source: string, target: string): GraphEdge => ({
      id,
      type,
      source,
      target,
      properties: {},
      evidence: [{ sourceId: "s", locator: "p1", note: "n" }],
    });
    const names: Record<string, string> = { x: "Xeno", y: "Yen", z: "Zeta" };
    const rows = edgeRows(
      [edge("1", "FUNDS", "z", "x"), edge("2", "FUNDS", "x", "y"), edge("3", "OPERATES", "y", "z")],
      (id) => names[id]!,
    );
    expect(rows.map((r) => r.id)).toEqual(["2", "1", "3"]);
    expect(rows[0]).toMatchObject({ sourceName: "Xeno", targetName: "Yen", evidence: 1 });
  });
});

describe("table keyboard focus", () => {
  it("moves one row with the arrows, ten with the page keys, and clamps at the ends", () => {
    expect(moveFocus(0, "ArrowDown", 3)).toBe(1);
    expect(moveFocus(2, "ArrowDown", 3)).toBe(2);
    expect(moveFocus(0, "ArrowUp", 3)).toBe(0);
    expect(moveFocus(1, "PageDown", 30)).toBe(11);
    expect(moveFocus(5, "PageUp", 30)).toBe(0);
    expect(moveFocus(5, "Home", 30)).toBe(0);
    expect(moveFocus(5, "End", 30)).toBe(29);
  });

  it("ignores other keys and empty tables", () => {
    expect(moveFocus(0, "a", 3)).toBeNull();
    expect(moveFocus(0, "ArrowDown", 0)).toBeNull();
  });
});

describe("theme", () => {
  it("prefers a stored choice, else follows the system", () => {
    expect(initialTheme("light", true)).toBe("light");
    expect(initialTheme(null, true)).toBe("dark");
    expect(initialTheme("purple", false)).toBe("light");
    expect(toggleTheme("dark")).toBe("light");
  });
});
