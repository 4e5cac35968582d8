// Compares two screenshots: the share of a region's pixels whose colour differs clearly.
import type { PNG } from "pngjs";

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Share of pixels in `region` whose summed RGB difference between `a` and `b` exceeds `threshold` (0–765):
 * low thresholds count faint lines (edges), high ones only solid shapes (nodes, labels).
 */
export function changedShare(a: PNG, b: PNG, region: Region, threshold: number): number {
  let changed = 0;
  let total = 0;
  for (let y = Math.floor(region.y); y < region.y + region.height; y++) {
    for (let x = Math.floor(region.x); x < region.x + region.width; x++) {
      const i = (y * a.width + x) * 4;
      const d =
        Math.abs(a.data[i]! - b.data[i]!) +
        Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
        Math.abs(a.data[i + 2]! - b.data[i + 2]!);
      if (d > threshold) changed++;
      total++;
    }
  }
  return changed / Math.max(total, 1);
}
