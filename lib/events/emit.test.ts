import { describe, expect, it } from "vitest";
import { newEventId } from "./emit";

describe("newEventId", () => {
  it("is unique and sorts by creation time, so the outbox can be read in order by id", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => newEventId(1_780_000_000_000 + i));
    expect(new Set(ids).size).toBe(1000);
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toMatch(/^evt_[0-9a-f]{32}$/);
  });
});
