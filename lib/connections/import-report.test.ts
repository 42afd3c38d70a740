import { describe, expect, it } from "vitest";
import { ImportReport } from "./import-report";

describe("ImportReport", () => {
  it("counts outcomes, lists dead, failed and invalid lines by line number, and exits 1 only for failed or invalid lines", () => {
    const r = new ImportReport();
    r.add(3, { status: "imported" });
    r.add(9, { status: "dead", reason: "Remote rejected the refresh token (invalid_grant)" });
    r.add(2, { status: "already_present", reason: "This token was imported before." });
    r.add(5, { status: "dead", reason: "revoked" });
    expect(r.exitCode).toBe(0);
    r.add(7, { status: "failed", reason: "Remote was unavailable" });
    r.addInvalid(4, "not valid JSON");
    expect(r.exitCode).toBe(1);
    expect(r.done).toBe(6);
    expect(r.progressLine(8)).toBe("6/8 lines: 1 imported, 1 already present, 2 dead, 1 failed, 1 invalid");
    const text = r.lines(1.25, false).join("\n");
    expect(text).toContain("Import finished after 1.3 s: 6 line(s) handled.");
    expect(text).toMatch(/dead: +2\n/);
    expect(text).toMatch(/the company must connect again\):\n {2}line 5: revoked\n {2}line 9: Remote rejected/);
    expect(text).toMatch(/retry them\):\n {2}line 7: Remote was unavailable/);
    expect(text).toMatch(/Invalid lines[^\n]*\n {2}line 4: not valid JSON/);
    expect(text).not.toContain("Stopped");
    expect(r.lines(1, true).join("\n")).toContain("Import stopped");
  });

  it("exits 1 for invalid lines alone: they need fixing", () => {
    const r = new ImportReport();
    r.add(1, { status: "imported" });
    r.addInvalid(2, "missing refresh_token");
    expect(r.exitCode).toBe(1);
  });
});
