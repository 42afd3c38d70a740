import { describe, expect, it } from "vitest";
import { FORM_TOKEN_TTL_MS, issueFormToken, verifyFormToken } from "./form-token";

describe("form token (the idempotency key of one rendered form)", () => {
  it("verifies its own tokens and yields a stable key", () => {
    const t = issueFormToken(null);
    const a = verifyFormToken(t, null);
    const b = verifyFormToken(t, null);
    expect(a.ok && b.ok && a.idempotencyKey === b.idempotencyKey).toBe(true);
    expect(issueFormToken(null)).not.toBe(t);
  });

  it("refuses forged, altered, foreign-link and expired tokens", () => {
    const t = issueFormToken("link-token-aaaaaaaaaaaa");
    expect(verifyFormToken(t, "link-token-aaaaaaaaaaaa").ok).toBe(true);
    expect(verifyFormToken(t, null)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyFormToken(t, "another-link-bbbbbbbbbb")).toEqual({ ok: false, reason: "invalid" });
    const [p, n, i, sig] = t.split(".");
    expect(verifyFormToken([p, n.replace(/^./, n[0] === "A" ? "B" : "A"), i, sig].join("."), "link-token-aaaaaaaaaaaa").ok).toBe(false);
    expect(verifyFormToken("cc1.whatever", null).ok).toBe(false);
    expect(verifyFormToken(42, null).ok).toBe(false);
    const old = issueFormToken(null, Date.now() - FORM_TOKEN_TTL_MS - 1000);
    expect(verifyFormToken(old, null)).toEqual({ ok: false, reason: "expired" });
  });
});
