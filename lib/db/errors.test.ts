import { describe, expect, it } from "vitest";
import { DatabaseBusyError, isDatabaseUnavailable, retryWhileUnavailable } from "./errors";

describe("isDatabaseUnavailable", () => {
  it("recognises outages and busy files, not bugs", () => {
    const prismaClosed = Object.assign(new Error("Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`"), { code: "P2010" });
    const busyFromOtherLayer = Object.assign(new Error("locked"), { name: "DatabaseBusyError" });
    for (const e of [new DatabaseBusyError(), busyFromOtherLayer, prismaClosed, Object.assign(new Error("x"), { code: "57P01" }), Object.assign(new Error("x"), { code: "P1001" })]) {
      expect(isDatabaseUnavailable(e)).toBe(true);
    }
    for (const e of [new TypeError("undefined is not a function"), Object.assign(new Error("Unique constraint failed"), { code: "P2002" }), null, "text"]) {
      expect(isDatabaseUnavailable(e)).toBe(false);
    }
  });
});

describe("retryWhileUnavailable", () => {
  it("retries through an outage until it succeeds, and gives up on other errors at once", async () => {
    let calls = 0;
    const value = await retryWhileUnavailable(async () => {
      if (++calls < 3) throw new DatabaseBusyError();
      return "saved";
    }, Date.now() + 5000);
    expect([value, calls]).toEqual(["saved", 3]);
    let bugCalls = 0;
    await expect(retryWhileUnavailable(async () => (bugCalls++, Promise.reject(new TypeError("bug"))), Date.now() + 5000)).rejects.toThrow("bug");
    expect(bugCalls).toBe(1);
    const t0 = Date.now();
    await expect(retryWhileUnavailable(() => Promise.reject(new DatabaseBusyError()), Date.now() + 300)).rejects.toBeInstanceOf(DatabaseBusyError);
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
