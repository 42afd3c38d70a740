import { describe, expect, it } from "vitest";
import { errorText, ident, jittered, renewEveryMs, validateJob } from "./schedule";

describe("job runner timing rules", () => {
  it("jitters a tick by at most ±20 %", () => {
    expect(jittered(1000, () => 0)).toBe(800);
    expect(jittered(1000, () => 0.5)).toBe(1000);
    expect(jittered(1000, () => 0.999999)).toBe(1200);
  });

  it("renews a lease three times per lease period", () => {
    expect(renewEveryMs(60_000)).toBe(20_000);
    expect(renewEveryMs(1500)).toBe(500);
  });

  it("accepts a well-formed job and names the problem otherwise", () => {
    expect(() => validateJob({ name: "webhooks.deliver", everyMs: 1000 })).not.toThrow();
    expect(() => validateJob({ name: "Bad Name", everyMs: 1000 })).toThrow(/Job name "Bad Name"/);
    expect(() => validateJob({ name: "x", everyMs: 0 })).toThrow(/everyMs must be a positive number/);
    expect(() => validateJob({ name: "x", everyMs: 10, leaseMs: 5 })).toThrow(/leaseMs must be at least 30 ms/);
  });

  it("keeps lastError to one bounded line", () => {
    expect(errorText(new TypeError("bad\n  thing"))).toBe("TypeError: bad thing");
    expect(errorText("x".repeat(5000))).toHaveLength(1000);
  });

  it("quotes plain SQL identifiers and refuses anything else", () => {
    expect(ident("WebhookDelivery")).toBe('"WebhookDelivery"');
    for (const bad of ['a"b', "a b", "1a", "", "x;drop"]) expect(() => ident(bad)).toThrow(/plain SQL identifier/);
  });
});
