import { describe, expect, it } from "vitest";
import { parseImportLine } from "./import-line";

const SECRET = "84224550-dc8f-4153-a7cd-4f38c7ef90da";

describe("parseImportLine", () => {
  it("reads a token with its optional fields and ignores columns of its own", () => {
    expect(parseImportLine(`{"refresh_token":" ${SECRET} ","external_id":"acct_1","company_name":"Acme","exported_at":"2026-01-01"}`)).toEqual({
      kind: "item",
      item: { refresh_token: SECRET, external_id: "acct_1", company_name: "Acme" },
    });
    expect(parseImportLine(`\uFEFF{"refresh_token":"${SECRET}"}\r`)).toEqual({ kind: "item", item: { refresh_token: SECRET } });
  });

  it("skips blank lines", () => {
    expect(parseImportLine("   ")).toEqual({ kind: "blank" });
  });

  it.each([
    [`{"refresh_token":"${SECRET}"`, "not valid JSON"],
    [`["${SECRET}"]`, "not a JSON object"],
    [`"${SECRET}"`, "not a JSON object"],
    [`{"token":"${SECRET}"}`, "missing refresh_token"],
    [`{"refresh_token":null}`, "missing refresh_token"],
    [`{"refresh_token":"   "}`, "refresh_token:"],
    [`{"refresh_token":"${SECRET}","external_id":42}`, "external_id:"],
    [`{"refresh_token":"${"x".repeat(3000)}"}`, "refresh_token:"],
  ])("reports a bad line without its content: %#", (line, reason) => {
    const r = parseImportLine(line);
    expect(r.kind).toBe("invalid");
    const text = (r as { reason: string }).reason;
    expect(text).toContain(reason);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("xxxxxxxx");
  });
});
