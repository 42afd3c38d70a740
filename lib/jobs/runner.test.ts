import { afterEach, describe, expect, it, vi } from "vitest";

const getDb = vi.fn(() => {
  throw new Error("no database in this test");
});
vi.mock("../db", () => ({ getDb }));
vi.mock("../env", () => ({ getEnv: () => ({ DATABASE_URL: "file:./unused.db" }) }));
vi.mock("../logger", () => ({ logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() } }));

const { isJobRunnerStarted, startJobRunner, stopJobRunner } = await import("./runner");

afterEach(() => stopJobRunner());

describe("job runner with nothing registered", () => {
  it("ticks without touching the database, and stops at once", async () => {
    startJobRunner({ tickMs: 5 });
    expect(isJobRunnerStarted()).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    const t = Date.now();
    await stopJobRunner();
    expect(Date.now() - t).toBeLessThan(50);
    expect(isJobRunnerStarted()).toBe(false);
    expect(getDb).not.toHaveBeenCalled();
  });
});
