// The dependency audit's reading of npm's report: high and critical advisories named, lower ones left out.
import { describe, expect, it } from "vitest";
import { describeFindings, type AuditReport } from "../../tools/ci/audit-deps.js";

describe("audit:deps", () => {
  it("names each high or critical package with its advisory titles, and leaves lower severities out", () => {
    // The shape `npm audit --json` prints (auditReportVersion 2), trimmed to what describeFindings reads.
    const report: AuditReport = {
      vulnerabilities: {
        lodash: {
          name: "lodash",
          severity: "critical",
          range: "<4.17.21",
          via: [{ title: "Prototype Pollution" }],
        },
        "dep-of-lodash": { name: "dep-of-lodash", severity: "high", via: ["lodash"] },
        minimist: { name: "minimist", severity: "moderate", via: [{ title: "Prototype Pollution" }] },
      },
      metadata: { vulnerabilities: { moderate: 1, high: 1, critical: 1 } },
    };
    expect(describeFindings(report, ["high", "critical"])).toEqual([
      "lodash <4.17.21 (critical): Prototype Pollution",
      "dep-of-lodash (high): via lodash",
    ]);
  });
});
