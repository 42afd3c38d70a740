import { describe, expect, it, vi } from "vitest";
import { RemoteError } from "./errors";
import { withRetry } from "./retry";

const sleep = vi.fn(async () => {});

describe("withRetry", () => {
  it("retries temporary failures and returns the first success", async () => {
    const fn = vi.fn().mockRejectedValueOnce(new RemoteError("unavailable", "503")).mockResolvedValueOnce("ok");
    await expect(withRetry(fn, { sleep })).resolves.toBe("ok");
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("waits for x-ratelimit-reset on 429", async () => {
    sleep.mockClear();
    const fn = vi.fn().mockRejectedValueOnce(new RemoteError("rate_limited", "429", { retryAfterMs: 1200 })).mockResolvedValueOnce(1);
    await withRetry(fn, { sleep });
    expect(sleep).toHaveBeenCalledWith(1250);
  });

  it("never retries a dead grant", async () => {
    const fn = vi.fn().mockRejectedValue(new RemoteError("invalid_grant", "dead"));
    await expect(withRetry(fn, { sleep })).rejects.toMatchObject({ kind: "invalid_grant" });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("gives up after the attempt budget or when the deadline would pass", async () => {
    const fn = vi.fn().mockRejectedValue(new RemoteError("unavailable", "down"));
    await expect(withRetry(fn, { sleep, attempts: 3 })).rejects.toMatchObject({ kind: "unavailable" });
    expect(fn).toHaveBeenCalledTimes(3);
    fn.mockClear();
    await expect(withRetry(fn, { sleep, deadline: Date.now() + 10 })).rejects.toThrow();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
