// `npm run audit:deps`: fails when `npm audit --omit=dev` reports a high or critical advisory in a production dependency.
import { execFile } from "node:child_process";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface AuditReport {
  vulnerabilities?: Record<string, { name: string; severity: string; range?: string; via: unknown[] }>;
  metadata?: { vulnerabilities?: Record<string, number> };
}

/** `npm audit --omit=dev --json`; npm exits non-zero when it finds anything, so stdout is read either way. */
export async function audit(): Promise<{ report: AuditReport | undefined; raw: string }> {
  let stdout: string;
  try {
    ({ stdout } = await run("npm", ["audit", "--omit=dev", "--json"], { maxBuffer: 32 * 1024 * 1024 }));
  } catch (error) {
    stdout = (error as { stdout?: string }).stdout ?? "";
  }
  try {
    const report = JSON.parse(stdout) as AuditReport;
    return { report: report.metadata?.vulnerabilities ? report : undefined, raw: stdout };
  } catch {
    return { report: undefined, raw: stdout };
  }
}

/** "name range (severity): advisory titles" for each package at one of `severities`. */
export function describeFindings(report: AuditReport, severities: readonly string[]): string[] {
  return Object.values(report.vulnerabilities ?? {})
    .filter((v) => severities.includes(v.severity))
    .map((v) => {
      const titles = v.via
        .map((via) =>
          typeof via === "object" && via && "title" in via ? String(via.title) : `via ${String(via)}`,
        )
        .join("; ");
      return `${v.name}${v.range ? ` ${v.range}` : ""} (${v.severity}): ${titles}`;
    });
}

async function main(): Promise<void> {
  const { report, raw } = await audit();
  if (!report) {
    // Some registries (and proxies in front of them) refuse the advisory endpoint: say so loudly, never pretend.
    console.warn(
      [
        "",
        "⚠⚠ audit:deps: NOT CHECKED — the registry gave no audit report (advisory endpoint refused or unreachable).",
        `⚠⚠ npm said: ${raw.replace(/\s+/g, " ").slice(0, 300)}`,
        "⚠⚠ Run `npm audit --omit=dev` where the public registry's advisory API is reachable.",
        "",
      ].join("\n"),
    );
    return;
  }
  const findings = describeFindings(report, ["high", "critical"]);
  console.log(`audit:deps: npm audit --omit=dev: ${JSON.stringify(report.metadata?.vulnerabilities)}`);
  if (findings.length) {
    console.error(`audit:deps: high or critical advisories:\n  ${findings.join("\n  ")}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
