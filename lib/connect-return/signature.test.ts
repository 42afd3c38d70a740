import { describe, expect, it } from "vitest";
import { appendSignedOutcome, canonicalOutcome, signOutcome, verifyOutcome } from "./signature";

const secret = "s".repeat(64);
const now = 1_800_000_000_000;

describe("signed return outcome", () => {
  it("appends the outcome, keeps the partner's own parameters and verifies", () => {
    const url = new URL(appendSignedOutcome("https://app.example.com/back?x=1", { status: "connected", connectionId: "c1", externalId: "acct 7" }, secret, now));
    expect(url.searchParams.get("x")).toBe("1");
    expect(url.searchParams.get("remote_connect_status")).toBe("connected");
    expect(url.searchParams.get("external_id")).toBe("acct 7");
    expect(url.searchParams.get("remote_connect_ts")).toBe(String(now / 1000));
    const expected = signOutcome(secret, canonicalOutcome({ status: "connected", connectionId: "c1", externalId: "acct 7", ts: String(now / 1000) }));
    expect(url.searchParams.get("remote_connect_signature")).toBe(expected);
    expect(verifyOutcome(url.searchParams, secret, 60_000, now)).toMatchObject({ ok: true, status: "connected", connectionId: "c1", externalId: "acct 7" });
  });

  it("fails when any parameter, the secret or the age is wrong", () => {
    const url = new URL(appendSignedOutcome("https://app.example.com/", { status: "denied", reason: "denied", externalId: "e" }, secret, now));
    for (const [k, v] of [["remote_connect_status", "connected"], ["external_id", "f"], ["reason", "x"], ["remote_connect_ts", String(now / 1000 + 1)], ["connection_id", "c"]]) {
      const p = new URLSearchParams(url.searchParams);
      p.set(k, v);
      expect(verifyOutcome(p, secret, 60_000, now)).toEqual({ ok: false, error: "bad_signature" });
    }
    expect(verifyOutcome(url.searchParams, "t".repeat(64), 60_000, now)).toEqual({ ok: false, error: "bad_signature" });
    expect(verifyOutcome(url.searchParams, secret, 60_000, now + 120_000)).toEqual({ ok: false, error: "stale" });
    expect(verifyOutcome(new URLSearchParams(), secret, 60_000, now)).toEqual({ ok: false, error: "missing" });
  });

  it("replaces outcome parameters already present on the URL", () => {
    const url = new URL(appendSignedOutcome("https://app.example.com/?remote_connect_status=connected&reason=x", { status: "failed", reason: "remote_error" }, secret, now));
    expect(url.searchParams.getAll("remote_connect_status")).toEqual(["failed"]);
    expect(url.searchParams.getAll("reason")).toEqual(["remote_error"]);
  });
});
