import { describe, expect, it } from "vitest";
import { attemptUpdate } from "./deliver";

const at = new Date("2026-01-01T00:00:00Z");
const mid = () => 0.5; // no jitter

describe("attemptUpdate: the delivery row after one attempt", () => {
  it("delivered: succeeded, claim cleared, no error kept", () => {
    expect(attemptUpdate({ outcome: "delivered", statusCode: 204, latencyMs: 12, responseExcerpt: "" }, 1, at)).toEqual({
      attempts: 1,
      lastAttemptAt: at,
      lastStatusCode: 204,
      lastLatencyMs: 12,
      lastError: null,
      responseExcerpt: null,
      claimedBy: null,
      claimedUntil: null,
      status: "succeeded",
      deliveredAt: at,
    });
  });

  it("retry: pending again, due after the schedule's delay", () => {
    const u = attemptUpdate({ outcome: "retry", statusCode: 500, latencyMs: 5, error: "HTTP 500", responseExcerpt: "boom" }, 1, at, mid);
    expect(u).toMatchObject({ status: "pending", attempts: 1, lastError: "HTTP 500", responseExcerpt: "boom", nextAttemptAt: new Date(at.getTime() + 5000) });
    expect(attemptUpdate({ outcome: "retry", latencyMs: 5, error: "x", responseExcerpt: "" }, 2, at, mid).nextAttemptAt).toEqual(new Date(at.getTime() + 300_000));
  });

  it("retry honours a longer Retry-After", () => {
    const u = attemptUpdate({ outcome: "retry", statusCode: 429, latencyMs: 5, responseExcerpt: "", retryAfterMs: 120_000 }, 1, at, mid);
    expect(u.nextAttemptAt).toEqual(new Date(at.getTime() + 120_000));
  });

  it("retry after the last scheduled attempt, or a final outcome: failed", () => {
    expect(attemptUpdate({ outcome: "retry", statusCode: 503, latencyMs: 5, responseExcerpt: "" }, 13, at, mid)).toMatchObject({ status: "failed", attempts: 13 });
    const f = attemptUpdate({ outcome: "final", statusCode: 410, latencyMs: 5, error: "HTTP 410", responseExcerpt: "gone" }, 1, at, mid);
    expect(f).toMatchObject({ status: "failed", lastStatusCode: 410 });
    expect(f).not.toHaveProperty("nextAttemptAt");
  });
});
