import { beforeEach, describe, expect, it, vi } from "vitest";

const registered: { name: string; everyMs: number }[] = [];
let started = true;
vi.mock("../jobs", () => ({ registerJob: (j: { name: string; everyMs: number }) => registered.push(j), isJobRunnerStarted: () => started }));
vi.mock("../logger", () => ({ logger: { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } }));
const deliverDueWebhooks = vi.fn();
vi.mock("./deliver", () => ({ deliverDueWebhooks }));
vi.mock("./dispatch", () => ({ dispatchPendingEvents: vi.fn() }));

const { deliveryLoop, DELIVERY_LANES } = await import("./jobs");
const batch = (claimed: number, deferred = 0) => ({ claimed, deferred, delivered: claimed - deferred, retrying: 0, failed: 0 });
const ctx = (signal = new AbortController().signal) => ({ signal, owner: "me" });

beforeEach(() => {
  deliverDueWebhooks.mockReset();
  started = true;
});

describe("webhook jobs", () => {
  it("registers the dispatcher and the delivery lanes", () => {
    expect(registered.map((j) => j.name)).toEqual(["webhooks.dispatch", ...Array.from({ length: DELIVERY_LANES }, (_, i) => `webhooks.deliver.${i + 1}`)]);
  });

  it("a lane claims batch after batch until nothing is due, as its own owner", async () => {
    deliverDueWebhooks.mockResolvedValueOnce(batch(8)).mockResolvedValueOnce(batch(8, 2)).mockResolvedValueOnce(batch(0));
    expect(await deliveryLoop(ctx(), 10_000)).toBe(14);
    expect(deliverDueWebhooks).toHaveBeenCalledTimes(3);
    expect(deliverDueWebhooks).toHaveBeenCalledWith({ owner: "me" });
  });

  it("takes no new batch once the process stops or the lease is lost", async () => {
    deliverDueWebhooks.mockImplementation(async () => {
      started = false;
      return batch(8);
    });
    expect(await deliveryLoop(ctx(), 10_000)).toBe(8);
    started = true;
    const lost = new AbortController();
    deliverDueWebhooks.mockImplementation(async () => {
      lost.abort();
      return batch(8);
    });
    expect(await deliveryLoop(ctx(lost.signal), 10_000)).toBe(8);
    expect(deliverDueWebhooks).toHaveBeenCalledTimes(2);
  });

  it("gives the lane back when its time budget is spent", async () => {
    deliverDueWebhooks.mockImplementation(async () => {
      await new Promise((r) => setTimeout(r, 30));
      return batch(8);
    });
    await deliveryLoop(ctx(), 100);
    expect(deliverDueWebhooks.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(deliverDueWebhooks.mock.calls.length).toBeLessThanOrEqual(5);
  });
});
