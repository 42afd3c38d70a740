import { describe, expect, it } from "vitest";
import { MAX_DELAY_MS, subscriptionRetryDelayMs } from "./retry";

const mid = () => 0.5;

describe("subscriptionRetryDelayMs", () => {
  it("doubles from 30 s and stops at an hour", () => {
    expect([1, 2, 3, 4, 8, 50].map((n) => subscriptionRetryDelayMs(n, { random: mid }))).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
  });

  it("jitters by at most 20 %", () => {
    expect(subscriptionRetryDelayMs(1, { random: () => 0 })).toBe(24_000);
    expect(subscriptionRetryDelayMs(1, { random: () => 1 })).toBe(36_000);
  });

  it("waits at least as long as Remote asked, up to the cap", () => {
    expect(subscriptionRetryDelayMs(1, { random: mid, retryAfterMs: 90_000 })).toBe(90_000);
    expect(subscriptionRetryDelayMs(1, { random: mid, retryAfterMs: 10 * MAX_DELAY_MS })).toBe(MAX_DELAY_MS);
  });
});
