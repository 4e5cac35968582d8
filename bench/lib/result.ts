// The shape every benchmark returns and how one comparison (subject vs baseline, with its goal) is recorded.
import os from "node:os";
import { round } from "./stats.js";

/** One measured comparison: the ratio is the result; the bare values are shown beside it. */
export interface Comparison {
  /** What was measured, e.g. "expand p50, memory, BA 1M". */
  subject: string;
  /** What it was compared with, measured in the same run. */
  baseline: string;
  metric: string;
  unit: string;
  value: number;
  baselineValue: number;
  /** value / baselineValue. */
  ratio: number;
  /** The goal in words ("≤ 1.3× raw driver"), or "" when the row is informative only. */
  goal: string;
  /** Whether the goal is met; null when there is no goal. */
  met: boolean | null;
}

export interface BenchResult {
  name: string;
  title: string;
  startedAt: string;
  durationS: number;
  /** The CPU it ran on (suites are re-run one at a time, so a report can mix hosts). */
  cpu?: string;
  loadavgStart: number[];
  loadavgEnd: number[];
  /** Data sets and sizes it ran on. */
  data: string[];
  rows: Comparison[];
  /** What did not run, and why; caveats. */
  notes: string[];
}

export type GoalCheck = {
  text: string;
  check: (c: { value: number; baselineValue: number; ratio: number }) => boolean;
};

/** A comparison row; `goal` decides `met` from the measured figures. */
export function compare(
  fields: Omit<Comparison, "ratio" | "met" | "goal" | "value" | "baselineValue"> & {
    value: number;
    baselineValue: number;
  },
  goal?: GoalCheck,
): Comparison {
  const ratio = fields.value / fields.baselineValue;
  const figures = { value: fields.value, baselineValue: fields.baselineValue, ratio };
  return {
    ...fields,
    value: round(fields.value),
    baselineValue: round(fields.baselineValue),
    ratio: round(ratio),
    goal: goal?.text ?? "",
    met: goal && Number.isFinite(ratio) ? goal.check(figures) : null,
  };
}

/** Collects a benchmark's rows and notes and stamps the load average at both ends. */
export class Recorder {
  readonly rows: Comparison[] = [];
  readonly notes: string[] = [];
  readonly data: string[] = [];
  private readonly started = Date.now();
  private readonly loadStart = os.loadavg();

  constructor(
    readonly name: string,
    readonly title: string,
  ) {}

  add(row: Comparison): void {
    this.rows.push(row);
    console.log(
      `  ${row.subject} vs ${row.baseline}: ${row.ratio}× (${row.value} vs ${row.baselineValue} ${row.unit})` +
        (row.goal ? ` goal ${row.goal}: ${row.met ? "met" : "MISSED"}` : ""),
    );
  }

  note(text: string): void {
    this.notes.push(text);
    console.log(`  note: ${text}`);
  }

  finish(): BenchResult {
    return {
      name: this.name,
      title: this.title,
      startedAt: new Date(this.started).toISOString(),
      durationS: Math.round((Date.now() - this.started) / 1000),
      cpu: `${os.cpus()[0]?.model ?? "unknown"} ×${os.cpus().length}`,
      loadavgStart: this.loadStart.map(round),
      loadavgEnd: os.loadavg().map(round),
      data: this.data,
      rows: this.rows,
      notes: this.notes,
    };
  }
}
