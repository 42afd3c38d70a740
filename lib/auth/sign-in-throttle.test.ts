import { describe, expect, it } from "vitest";
import { THROTTLE, throttleDelayMs } from "./sign-in-throttle";

describe("throttleDelayMs", () => {
  it("lets the first failures through, then doubles the wait from one second", () => {
    expect([0, 1, 4].map((f) => throttleDelayMs(f, true))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map((f) => throttleDelayMs(f, true))).toEqual([1000, 2000, 4000, 8000]);
  });

  it("caps the wait at 15 minutes, and at 30 seconds where the place is shared by everybody", () => {
    expect(throttleDelayMs(40, true)).toBe(THROTTLE.maxDelayMs);
    expect(throttleDelayMs(1000, true)).toBe(15 * 60_000);
    expect(throttleDelayMs(1000, false)).toBe(30_000);
  });
});
