/**
 * scripts/audit.js reads npm audit's answer: CI runs it as its own step (it needs the registry), so
 * `npm test` stays offline. These tests feed it what npm prints.
 */
import {
  AuditReport,
  refusal,
  severeVulnerabilities,
  verdict,
  whyNoReport,
} from "../../../scripts/audit";

const CLEAN: AuditReport = {
  vulnerabilities: { "other-lib": { severity: "low", via: [] } },
  metadata: { vulnerabilities: { low: 1, high: 0, critical: 0 } },
};

describe("scripts/audit.js", () => {
  it("fails on high and critical findings, names them, and passes lower ones", () => {
    const report: AuditReport = {
      vulnerabilities: {
        "some-lib": { severity: "high", via: [] },
        "other-lib": { severity: "moderate", via: [] },
        "worst-lib": { severity: "critical", via: [] },
      },
      metadata: { vulnerabilities: { low: 0, moderate: 1, high: 1, critical: 1, total: 3 } },
    };
    expect(severeVulnerabilities(report)).toEqual(["some-lib (high)", "worst-lib (critical)"]);
    expect(verdict(JSON.stringify(report), "")).toEqual({
      code: 1,
      message: "audit: high or critical vulnerabilities: some-lib (high), worst-lib (critical).",
    });
    expect(severeVulnerabilities(CLEAN)).toEqual([]);
    expect(verdict(JSON.stringify(CLEAN), "").code).toBe(0);
  });

  it("counts findings the list leaves out", () => {
    const report: AuditReport = { metadata: { vulnerabilities: { high: 2, critical: 0 } } };
    expect(severeVulnerabilities(report)).toEqual(["2 more in the counts"]);
  });

  it("an answer without a report is a failure that says why, never a pass", () => {
    expect(whyNoReport(CLEAN, "", "")).toBeNull();
    expect(whyNoReport({ message: "403 Forbidden", error: { summary: "" } }, "", "")).toMatch(
      /^npm audit could not get a report from the registry's audit endpoint: 403 Forbidden/
    );
    expect(whyNoReport(null, "", "npm error code ENOTFOUND")).toMatch(/ENOTFOUND/);
    expect(verdict("", "npm error code ENOTFOUND")).toEqual({
      code: 1,
      message: expect.stringMatching(/^audit: failed: .*ENOTFOUND/),
    });
    expect(verdict("not json", "").code).toBe(1);
  });

  it("a registry that refuses the endpoint (405) is said plainly, and nothing is claimed checked", () => {
    const said =
      "npm error code E405\nnpm error 405 Method Not Allowed - POST https://registry/-/npm/v1/security/advisories/bulk";
    expect(refusal(said)).toBe("the registry refuses the audit endpoint (405 Method Not Allowed)");
    expect(verdict("", said)).toEqual({
      code: 0,
      message:
        "audit: not run: the registry refuses the audit endpoint (405 Method Not Allowed). Nothing was checked.",
    });
    expect(refusal("npm error code E403")).toBeNull();
  });
});
