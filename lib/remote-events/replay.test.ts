import { describe, expect, it } from "vitest";
import { checkReplayWindow } from "./replay";

const now = new Date("2026-12-01T12:00:00Z");
const at = (iso: string) => new Date(iso);
const code = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};

describe("checkReplayWindow", () => {
  it("accepts a past window of up to 30 days, with or without a known event type", () => {
    expect(code(() => checkReplayWindow({ after: at("2026-11-01T12:00:00Z"), before: at("2026-12-01T12:00:00Z") }, now))).toBeNull();
    expect(code(() => checkReplayWindow({ after: at("2026-11-30T00:00:00Z"), before: at("2026-12-02T00:00:00Z"), eventType: "payslip.released" }, now))).toBeNull();
  });

  it("refuses reversed, empty, too long, future and unknown-type windows with a plain sentence", () => {
    expect(code(() => checkReplayWindow({ after: at("2026-12-01T00:00:00Z"), before: at("2026-11-30T00:00:00Z") }, now))).toBe("after must be earlier than before.");
    expect(code(() => checkReplayWindow({ after: at("2026-12-01T00:00:00Z"), before: at("2026-12-01T00:00:00Z") }, now))).toBe("after must be earlier than before.");
    expect(code(() => checkReplayWindow({ after: at("2026-10-31T11:59:59Z"), before: at("2026-12-01T12:00:00Z") }, now))).toBe(
      "The window may span at most 30 days; ask for several windows.",
    );
    expect(code(() => checkReplayWindow({ after: at("2026-12-02T00:00:00Z"), before: at("2026-12-03T00:00:00Z") }, now))).toBe(
      "The window starts in the future; nothing can have happened there yet.",
    );
    expect(code(() => checkReplayWindow({ after: at("2026-11-30T00:00:00Z"), before: at("2026-12-01T00:00:00Z"), eventType: "payslip.relased" }, now))).toBe(
      'Remote has no webhook event type "payslip.relased".',
    );
    expect(code(() => checkReplayWindow({ after: new Date("nope"), before: now }, now))).toBe("after and before must be ISO 8601 times.");
  });
});
