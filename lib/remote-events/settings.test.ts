import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "../env";
import { envRelayedEvents, eventsFingerprint, normalizeRelayedEvents, RelayedEventsError, relayingOn } from "./settings";

afterEach(() => {
  delete process.env.REMOTE_WEBHOOK_EVENTS;
  resetEnvForTests();
});

describe("normalizeRelayedEvents", () => {
  it("keeps all, and lists Remote's types in Remote's order without duplicates", () => {
    expect(normalizeRelayedEvents("all")).toBe("all");
    expect(normalizeRelayedEvents(["all"])).toBe("all");
    expect(normalizeRelayedEvents([])).toEqual([]);
    expect(normalizeRelayedEvents(["payslip.released", " company.activated", "payslip.released"])).toEqual(["company.activated", "payslip.released"]);
  });

  it("refuses unknown types by name, all mixed with types, and non-lists", () => {
    expect(() => normalizeRelayedEvents(["payslip.released", "payslip.relased", "x"])).toThrow(new RelayedEventsError('Remote has no webhook event types "payslip.relased", "x".'));
    expect(() => normalizeRelayedEvents(["all", "payslip.released"])).toThrow(RelayedEventsError);
    expect(() => normalizeRelayedEvents("payslip.released")).toThrow(RelayedEventsError);
    expect(() => normalizeRelayedEvents([1])).toThrow(RelayedEventsError);
  });
});

describe("eventsFingerprint", () => {
  it("is all, a sorted list, or empty for off", () => {
    expect(eventsFingerprint("all")).toBe("all");
    expect(eventsFingerprint(["timeoff.requested", "company.activated"])).toBe("company.activated,timeoff.requested");
    expect(eventsFingerprint([])).toBe("");
    expect(relayingOn([])).toBe(false);
    expect(relayingOn("all")).toBe(true);
  });
});

describe("envRelayedEvents", () => {
  it("reads REMOTE_WEBHOOK_EVENTS: empty is off, all is all, types in Remote's order", () => {
    expect(envRelayedEvents()).toEqual([]);
    process.env.REMOTE_WEBHOOK_EVENTS = "all";
    resetEnvForTests();
    expect(envRelayedEvents()).toBe("all");
    process.env.REMOTE_WEBHOOK_EVENTS = "timeoff.requested,company.activated";
    resetEnvForTests();
    expect(envRelayedEvents()).toEqual(["company.activated", "timeoff.requested"]);
  });
});
