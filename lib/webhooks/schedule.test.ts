import { describe, expect, it } from "vitest";
import { MAX_RETRY_AFTER_MS, nextRetryDelayMs, parseRetryAfter, RETRY_DELAYS_MS } from "./schedule";

const S = 1000;
const H = 3600 * S;
const mid = () => 0.5; // no jitter

describe("nextRetryDelayMs", () => {
  it("follows 5 s, 5 min, 30 min, 2 h, 5 h, then 10 h steps", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => nextRetryDelayMs(n, { random: mid }));
    expect(delays).toEqual([5 * S, 300 * S, 1800 * S, 2 * H, 5 * H, 10 * H, 10 * H]);
  });

  it("gives up after about three days", () => {
    const last = RETRY_DELAYS_MS.length;
    expect(nextRetryDelayMs(last, { random: mid })).not.toBeNull();
    expect(nextRetryDelayMs(last + 1, { random: mid })).toBeNull();
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(2.5 * 24 * H);
    expect(total).toBeLessThan(3.5 * 24 * H);
  });

  it("adds at most ±20 % jitter", () => {
    expect(nextRetryDelayMs(4, { random: () => 0 })).toBe(0.8 * 2 * H);
    expect(nextRetryDelayMs(4, { random: () => 0.999999 })).toBeCloseTo(1.2 * 2 * H, -2);
    for (let i = 0; i < 200; i++) {
      const d = nextRetryDelayMs(2)!;
      expect(d).toBeGreaterThanOrEqual(240 * S);
      expect(d).toBeLessThanOrEqual(360 * S);
    }
  });

  it("honours a longer Retry-After, capped at a day, and ignores a shorter one", () => {
    expect(nextRetryDelayMs(1, { random: mid, retryAfterMs: 120 * S })).toBe(120 * S);
    expect(nextRetryDelayMs(3, { random: mid, retryAfterMs: 10 * S })).toBe(1800 * S);
    expect(nextRetryDelayMs(1, { random: mid, retryAfterMs: 30 * 24 * H })).toBe(MAX_RETRY_AFTER_MS);
  });

  it("rejects a non-positive attempt count", () => {
    expect(() => nextRetryDelayMs(0)).toThrow();
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates, and ignores garbage", () => {
    const now = Date.parse("2026-12-01T10:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120 * S);
    expect(parseRetryAfter("Tue, 01 Dec 2026 10:05:00 GMT", now)).toBe(300 * S);
    expect(parseRetryAfter("Tue, 01 Dec 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
