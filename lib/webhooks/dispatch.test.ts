import { describe, expect, it } from "vitest";
import { subscribes } from "./dispatch";

const created = new Date("2026-01-01T00:00:00Z");
const ep = (events: string[] | null, createdAt = new Date(created.getTime() - 1)) => ({ id: "ep", events: events && JSON.stringify(events), createdAt });
const ev = (type: string) => ({ type, createdAt: created });

describe("subscribes", () => {
  it("null events = every connection event, never a ping", () => {
    expect(subscribes(ep(null), ev("connection.created"))).toBe(true);
    expect(subscribes(ep(null), ev("connection.disconnected"))).toBe(true);
    expect(subscribes(ep(null), ev("ping"))).toBe(false);
  });

  it("a list subscribes to the types it names only", () => {
    expect(subscribes(ep(["connection.needs_reconnect"]), ev("connection.needs_reconnect"))).toBe(true);
    expect(subscribes(ep(["connection.needs_reconnect"]), ev("connection.created"))).toBe(false);
    expect(subscribes(ep(["ping"]), ev("ping"))).toBe(false);
  });

  it("relayed Remote events: null and remote.* take every one, a list only the types it names", () => {
    expect(subscribes(ep(null), ev("remote.payslip.released"))).toBe(true);
    expect(subscribes(ep(["remote.*"]), ev("remote.payslip.released"))).toBe(true);
    expect(subscribes(ep(["remote.*"]), ev("connection.created"))).toBe(false);
    expect(subscribes(ep(["remote.payslip.released"]), ev("remote.payslip.released"))).toBe(true);
    expect(subscribes(ep(["remote.payslip.released"]), ev("remote.timeoff.requested"))).toBe(false);
    expect(subscribes(ep(["connection.created"]), ev("remote.payslip.released"))).toBe(false);
  });

  it("an endpoint registered after the event does not get it; one registered the same instant does", () => {
    expect(subscribes(ep(null, new Date(created.getTime() + 1)), ev("connection.created"))).toBe(false);
    expect(subscribes(ep(null, created), ev("connection.created"))).toBe(true);
  });

  it("an unreadable events column subscribes to nothing", () => {
    expect(subscribes({ id: "ep", events: "not json", createdAt: created }, ev("connection.created"))).toBe(false);
  });
});
