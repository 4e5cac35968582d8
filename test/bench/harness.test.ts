// Harness pieces: quantiles, ratio rows and their goals, the CSR BFS, and the generated report.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import { describe, expect, it } from "vitest";
import { baEdgeList } from "../../bench/data/ba-generator.js";
import { bfsScratch, buildCsr, csrBidirectionalPath, csrShortestPath } from "../../bench/lib/csr.js";
import { renderReport, writeMachine, writeResult } from "../../bench/lib/report.js";
import { compare, Recorder } from "../../bench/lib/result.js";
import { machineInfo } from "../../bench/lib/machine.js";
import { quantile, round } from "../../bench/lib/stats.js";

describe("bench harness", () => {
  describe("#quantile", () => {
    it("takes the nearest rank, whatever the input order", () => {
      expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
      expect(quantile([1, 2, 3, 4], 0.99)).toBe(4);
      expect(quantile([], 0.5)).toBeNaN();
    });
  });

  describe("#compare", () => {
    it("reports the ratio to the baseline and whether the goal is met", () => {
      const row = compare(
        { subject: "a", baseline: "b", metric: "p50", unit: "ms", value: 2, baselineValue: 8 },
        { text: "≤ 0.25×", check: (c) => c.ratio <= 0.25 },
      );
      expect(row.ratio).toBe(0.25);
      expect(row.met).toBe(true);
    });

    it("leaves `met` null for rows without a goal", () => {
      expect(
        compare({ subject: "a", baseline: "b", metric: "m", unit: "u", value: 1, baselineValue: 3 }).met,
      ).toBeNull();
      expect(round(1 / 3)).toBe(0.333);
    });
  });

  describe("#csrShortestPath", () => {
    it("finds paths as short as graphology's BFS on the same graph", () => {
      const list = baEdgeList({ edges: 2_000, seed: 4 });
      const csr = buildCsr(list.nodes, list.sources, list.targets);
      const scratch = bfsScratch(list.nodes);
      const g = new UndirectedGraph();
      for (let i = 0; i < list.nodes; i++) g.addNode(String(i));
      for (let e = 0; e < list.sources.length; e++)
        g.mergeEdge(String(list.sources[e]), String(list.targets[e]));
      for (const [a, b] of [
        [1, 300],
        [17, 399],
        [250, 5],
      ] as const) {
        const ours = csrShortestPath(csr, scratch, a, b)!;
        expect(ours[0]).toBe(a);
        expect(ours[ours.length - 1]).toBe(b);
        expect(ours.length).toBe(bidirectional(g, String(a), String(b))!.length);
        const both = csrBidirectionalPath(csr, scratch, a, b)!;
        expect([both[0], both[both.length - 1], both.length]).toEqual([a, b, ours.length]);
        for (let i = 1; i < both.length; i++)
          expect(g.hasEdge(String(both[i - 1]), String(both[i]))).toBe(true);
      }
    });
  });

  describe("#renderReport", () => {
    it("writes the machine, each benchmark's ratio, goal and verdict, then the findings", async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "bench-report-"));
      const rec = new Recorder("demo", "Demo benchmark");
      rec.add(
        compare(
          { subject: "x", baseline: "y", metric: "p50", unit: "ms", value: 3, baselineValue: 1 },
          { text: "≤ 2×", check: (c) => c.ratio <= 2 },
        ),
      );
      await writeResult(dir, rec.finish());
      await writeMachine(dir, machineInfo(), "--quick");
      writeFileSync(path.join(dir, "findings.md"), "## Findings\n\nSomething.");
      const md = renderReport(dir, path.join(dir, "findings.md"), ["demo"]);
      expect(md).toContain("## Machine");
      expect(md).toContain("| x | y | **3×** | 3 / 1 ms | ≤ 2× | **no** |");
      expect(md).toContain("load average");
      expect(md.trim().endsWith("Something.")).toBe(true);
    });
  });
});
