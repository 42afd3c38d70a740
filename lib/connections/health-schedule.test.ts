import { describe, expect, it } from "vitest";
import { parseEnv } from "../env/schema";
import { callSpacingMs, giveUpCutoff, isIdle, jitterMs, nextCheckAfterFailure, nextCheckAfterRefresh, parseSummary, summaryLine } from "./health-schedule";

const S = { intervalHours: 24, maxPerMinute: 60, giveUpDays: 3 };
const H = 3600_000;
const t = new Date("2026-01-10T12:00:00Z");

describe("health monitor timing rules", () => {
  it("spaces calls so that N a minute is never exceeded", () => {
    expect(callSpacingMs(S)).toBe(1000);
    expect(callSpacingMs({ ...S, maxPerMinute: 7 })).toBe(8572);
    expect(callSpacingMs({ ...S, maxPerMinute: 250 })).toBe(240);
  });

  it("adds jitter up to a tenth of the interval, at most an hour, never before the interval", () => {
    expect(jitterMs(S, () => 0)).toBe(0);
    expect(jitterMs(S, () => 0.999999)).toBeLessThan(H);
    expect(jitterMs({ ...S, intervalHours: 2 }, () => 0.999999)).toBeLessThan(12 * 60_000);
    const next = nextCheckAfterRefresh(t, S, () => 0.5);
    expect(next.getTime() - t.getTime()).toBe(24 * H + 30 * 60_000);
  });

  it("calls a token idle once it was not refreshed for the whole interval", () => {
    expect(isIdle(new Date(t.getTime() - 24 * H), t, S)).toBe(true);
    expect(isIdle(new Date(t.getTime() - 24 * H + 1), t, S)).toBe(false);
  });

  it("looks at a failing connection again after a quarter of the interval", () => {
    expect(nextCheckAfterFailure(t, S, () => 0).getTime() - t.getTime()).toBe(6 * H);
  });

  it("gives up on refusals that started HEALTH_GIVE_UP_DAYS ago", () => {
    expect(giveUpCutoff(t, S).toISOString()).toBe("2026-01-07T12:00:00.000Z");
  });

  it("reads a stored summary back, and nothing else", () => {
    const s = { started: t.toISOString(), when: t.toISOString(), checked: 3, healthy: 2, failing: 1, needs_reconnect: 0, skipped: 4, remote_calls: 3 };
    expect(parseSummary(JSON.stringify(s))).toEqual(s);
    expect(parseSummary("{")).toBeNull();
    expect(parseSummary('{"a":1}')).toBeNull();
    expect(parseSummary(null)).toBeNull();
    expect(summaryLine(s)).toBe("checked 3, healthy 2, failing 1, needs-reconnect 0, skipped 4; 3 Remote calls");
  });
});

describe("health monitor settings", () => {
  it("defaults to a daily check, 60 calls a minute, giving up after 3 days", () => {
    expect(parseEnv({})).toMatchObject({ HEALTH_CHECK_INTERVAL_HOURS: 24, HEALTH_CHECK_MAX_PER_MINUTE: 60, HEALTH_GIVE_UP_DAYS: 3 });
    expect(parseEnv({ HEALTH_CHECK_INTERVAL_HOURS: "6", HEALTH_CHECK_MAX_PER_MINUTE: "10", HEALTH_GIVE_UP_DAYS: "7" })).toMatchObject({
      HEALTH_CHECK_INTERVAL_HOURS: 6,
      HEALTH_CHECK_MAX_PER_MINUTE: 10,
      HEALTH_GIVE_UP_DAYS: 7,
    });
  });

  it.each([
    ["HEALTH_CHECK_INTERVAL_HOURS", "0", "must be a whole number of hours from 1 to 168"],
    ["HEALTH_CHECK_INTERVAL_HOURS", "1.5", "must be a whole number of hours from 1 to 168"],
    ["HEALTH_CHECK_MAX_PER_MINUTE", "251", "must be a whole number of calls a minute from 1 to 250"],
    ["HEALTH_CHECK_MAX_PER_MINUTE", "lots", "must be a whole number of calls a minute from 1 to 250"],
    ["HEALTH_GIVE_UP_DAYS", "0", "must be a whole number of days from 1 to 90"],
  ])("refuses %s=%s with a message naming the range", (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(`Invalid configuration: ${name} is invalid: ${message}`);
  });
});
