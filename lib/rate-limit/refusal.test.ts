import { describe, expect, it } from "vitest";
import { saneRetryAfter, tooManyRequestsPath, tooManyRequestsResponse } from "./refusal";

describe("the 429 answer", () => {
  it("is a page with Retry-After, not cached, saying how long to wait", async () => {
    const res = tooManyRequestsResponse(42);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("42");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.text()).toContain("Please try again in 42 seconds.");
    expect(await tooManyRequestsResponse(150).text()).toContain("Please try again in 3 minutes.");
  });

  it("bounds whatever Retry-After it is given", () => {
    expect([0, 0.2, -5, 7200, Number.NaN, "x", "12"].map(saneRetryAfter)).toEqual([1, 1, 1, 3600, 60, 60, 12]);
    expect(tooManyRequestsPath(9.5)).toBe("/too-many-requests?retry=10");
  });
});
