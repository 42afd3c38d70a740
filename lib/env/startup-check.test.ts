import { afterEach, describe, expect, it, vi } from "vitest";
import { checkSettingsOrExit } from "./startup-check";

const saved = process.env.REMOTE_WEBHOOK_EVENTS;
afterEach(() => {
  process.env.REMOTE_WEBHOOK_EVENTS = saved;
  vi.restoreAllMocks();
});

function run(events: string) {
  process.env.REMOTE_WEBHOOK_EVENTS = events;
  const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  checkSettingsOrExit();
  return { exited: exit.mock.calls.length > 0, message: err.mock.calls.map((c) => String(c[0])).join("") };
}

describe("checkSettingsOrExit: REMOTE_WEBHOOK_EVENTS", () => {
  it("starts with Remote's event types, all, or nothing", () => {
    expect(run("payslip.released, employment.onboarding.completed").exited).toBe(false);
    expect(run("all").exited).toBe(false);
    expect(run("").exited).toBe(false);
  });

  it("refuses to start with a type Remote does not have, naming it", () => {
    const r = run("payslip.released,payslip.relased");
    expect(r.exited).toBe(true);
    expect(r.message).toBe(
      "Invalid configuration: REMOTE_WEBHOOK_EVENTS names event types Remote does not have: payslip.relased (see remote-webhook-events in the README, or use all)\n",
    );
  });
});
