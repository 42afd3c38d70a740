// The console's Remote events actions (issue #13): who may call them (checked inside each), what
// they refuse and why, and their effects through the real relay, database and emulator.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/auth/action-result";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { ACME, connect } from "./support/consent";
import { control, resetEmulator } from "./support/emulator";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { NOT_SIGNED_IN, VIEWER_CANNOT_ACT } = await import("@/lib/auth/guards");
const actions = await import("@/app/console/remote-events/actions");
const q = await import("@/lib/console/remote-events");
const { getRelayedEvents } = await import("@/lib/remote-events/contract");


let db: Db;
let acme: string;
let adminId: string;
let viewerId: string;

async function addConnection(name: string, opts: { subscribed?: boolean; status?: string } = {}) {
  const c = await db.connection.create({ data: { environment: "emulator", remoteCompanyId: `co-${name}`, companyName: name, status: opts.status ?? "connected" } });
  if (opts.subscribed !== false) {
    await db.remoteSubscription.create({ data: { id: `cb_${c.id}`, connectionId: c.id, state: "active", remoteCallbackId: `rc-${name}`, appliedEvents: "all" } });
  }
  return c.id;
}

beforeEach(async () => {
  db = await freshDatabase();
  acme = await addConnection("Acme Robotics GmbH");
  // A second subscribed company, so a change of the event set has more than one row to queue.
  await addConnection("Globex Corporation");
  adminId = (await db.staffUser.create({ data: { email: "admin@partner.example", role: "admin" } })).id;
  viewerId = (await db.staffUser.create({ data: { email: "viewer@partner.example", role: "viewer" } })).id;
  session.current = null;
});

describe("Remote events actions", () => {
  const all = (): [string, () => Promise<ActionResult<unknown>>][] => [
    ["resubscribe", () => actions.resubscribeAction({ connectionId: acme })],
    ["replay", () => actions.replayAction({ connectionId: acme, after: "2026-11-01T00:00", before: "2026-11-02T00:00" })],
    ["save", () => actions.saveRelayedEventsAction({ mode: "all" })],
  ];

  async function snapshot() {
    return {
      subscriptions: await db.remoteSubscription.findMany({ orderBy: { id: "asc" } }),
      settings: await db.appSetting.findMany({ orderBy: { key: "asc" } }),
      events: await db.event.count(),
      audit: await db.auditEvent.count(),
    };
  }

  it("refuse a viewer and an ended session with a plain message, and change nothing", async () => {
    const before = await snapshot();
    for (const [who, user, message] of [["viewer", viewerId, VIEWER_CANNOT_ACT], ["nobody", null, NOT_SIGNED_IN]] as const) {
      session.current = user ? { user: { id: user } } : null;
      for (const [name, run] of all()) expect(await run(), `${who} ${name}`).toEqual({ ok: false, error: message });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuse unknown event types, bad windows and unknown connections with a clear message, and change nothing", async () => {
    session.current = { user: { id: adminId } };
    const before = await snapshot();
    const refused: [unknown, RegExp][] = [
      [actions.saveRelayedEventsAction({ mode: "list", events: ["payslip.released", "payslip.exploded"] }), /"payslip\.exploded" is not a Remote event type/],
      [actions.saveRelayedEventsAction({ mode: "list", events: [] }), /at least one event type/],
      [actions.saveRelayedEventsAction({ mode: "some" }), /off, all event types, or a list/],
      [actions.replayAction({ connectionId: acme, after: "2026-11-02T00:00", before: "2026-11-01T00:00" }), /must end after it starts/],
      [actions.replayAction({ connectionId: acme, after: "2026-10-01T00:00", before: "2026-11-15T00:00" }), /at most 30 days/],
      [actions.replayAction({ connectionId: acme, after: "3026-10-01T00:00", before: "3026-10-02T00:00" }), /starts in the future/],
      [actions.replayAction({ connectionId: acme, after: "yesterday", before: "2026-11-01T00:00" }), /not a date and time/],
      [actions.replayAction({ connectionId: acme, after: "2026-11-01T00:00", before: "2026-11-02T00:00", eventType: "payslip.exploded" }), /Choose the event type from the list/],
      [actions.replayAction({ connectionId: "no-such-connection", after: "2026-11-01T00:00", before: "2026-11-02T00:00" }), /no longer exists/],
      [actions.resubscribeAction({ connectionId: "no-such-connection" }), /no longer exists/],
      [actions.resubscribeAction({ connectionId: "../x" }), /^Unknown connection\.$/],
    ];
    for (const [p, message] of refused) expect(await p).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(await snapshot()).toEqual(before);
  });

  it("refuse re-subscribe and replay while relaying is off, and for a disconnected company", async () => {
    session.current = { user: { id: adminId } };
    const before = await snapshot();
    expect(await actions.resubscribeAction({ connectionId: acme })).toEqual({ ok: false, error: expect.stringMatching(/Relaying of Remote events is off/) });
    expect(await actions.replayAction({ connectionId: acme, after: "2026-11-01T00:00", before: "2026-11-02T00:00" })).toEqual({ ok: false, error: expect.stringMatching(/is off/) });
    const gone = await addConnection("Initech", { status: "disconnected" });
    expect(await actions.resubscribeAction({ connectionId: gone })).toEqual({ ok: false, error: expect.stringMatching(/^Initech is disconnected/) });
    expect((await snapshot()).audit).toBe(before.audit);
  });

  it("save the relayed set for an admin: in force, audited, its source shown, and every connected company queued", async () => {
    expect(await q.relayedEventsSettings()).toMatchObject({ value: [], source: "env", envValue: [], savedBy: null });
    session.current = { user: { id: adminId } };
    const r = await actions.saveRelayedEventsAction({ mode: "list", events: ["payslip.released", "employment.onboarding.completed", "payslip.released"] });
    expect(r).toEqual({ ok: true, message: expect.stringMatching(/^Saved: 2 Remote event types are relayed\./) });
    expect(await getRelayedEvents()).toEqual(expect.arrayContaining(["payslip.released", "employment.onboarding.completed"]));
    expect((await getRelayedEvents()).length).toBe(2);
    const settings = await q.relayedEventsSettings();
    expect(settings).toMatchObject({ source: "settings", envValue: [], savedBy: "admin@partner.example" });
    expect(settings.savedAt).toBeInstanceOf(Date);
    // Acme and Globex were subscribed with "all": both are now due for an update.
    expect(settings.progress).toMatchObject({ total: 2, inSync: 0 });
    expect(await db.auditEvent.findFirst({ where: { type: "settings.remote_webhook_events_updated" } })).toMatchObject({ actorLabel: "admin@partner.example" });

    expect(await actions.saveRelayedEventsAction({ mode: "all" })).toMatchObject({ ok: true, message: expect.stringContaining("every Remote event type") });
    expect(await getRelayedEvents()).toBe("all");
    expect(await actions.saveRelayedEventsAction({ mode: "off" })).toMatchObject({ ok: true, message: expect.stringContaining("relaying is off") });
    expect(await getRelayedEvents()).toEqual([]);
    expect(await q.relayedEventsSettings()).toMatchObject({ value: [], source: "settings" });
    expect(await db.auditEvent.count({ where: { type: "settings.remote_webhook_events_updated" } })).toBe(3);
  });

  it("re-subscribe queues the company's subscription again, audited under the admin's name", async () => {
    session.current = { user: { id: adminId } };
    await actions.saveRelayedEventsAction({ mode: "all" });
    await db.remoteSubscription.update({ where: { connectionId: acme }, data: { state: "failed", lastError: "Remote answered 503", nextAttemptAt: null } });
    const r = await actions.resubscribeAction({ connectionId: acme });
    expect(r).toEqual({ ok: true, message: expect.stringMatching(/^Re-subscription of Acme Robotics GmbH queued/) });
    const row = await db.remoteSubscription.findUniqueOrThrow({ where: { connectionId: acme } });
    expect(row.nextAttemptAt).not.toBeNull();
    expect(await db.auditEvent.findFirst({ where: { type: "remote_subscription.resubscribed", connectionId: acme } })).toMatchObject({ actorLabel: "admin@partner.example" });
  });

  it("replay asks Remote (the emulator) for the window with the company's token, audited; the relay's refusal comes back as its sentence", async () => {
    await resetEmulator();
    const connectionId = (await connect(ACME.id)).connectionId;
    session.current = { user: { id: adminId } };
    await actions.saveRelayedEventsAction({ mode: "all" });
    // Not subscribed at Remote yet: the relay refuses, in words.
    await db.remoteSubscription.upsert({ where: { connectionId }, create: { id: "cb_replay", connectionId, state: "pending" }, update: { state: "pending", remoteCallbackId: null } });
    const refused = await actions.replayAction({ connectionId, after: "2026-11-01T00:00", before: "2026-11-02T00:00" });
    expect(refused).toEqual({ ok: false, error: expect.stringContaining("not subscribed to Remote's webhooks") });

    await db.remoteSubscription.update({ where: { connectionId }, data: { state: "active", remoteCallbackId: "rc-replay" } });
    await control("DELETE", "/requests");
    // The form's times are UTC whatever the server's zone.
    const tz = process.env.TZ;
    process.env.TZ = "Asia/Kolkata";
    const r = await actions.replayAction({ connectionId, after: "2026-11-01T00:00", before: "2026-11-02T12:30", eventType: "payslip.released" }).finally(() => {
      process.env.TZ = tz;
    });
    expect(r).toEqual({ ok: true, message: expect.stringContaining("payslip.released events from 01 Nov 2026, 00:00 UTC to 02 Nov 2026, 12:30 UTC") });
    const calls = await control<{ method: string; path: string }[]>("GET", "/requests");
    expect(calls.filter((c) => c.method === "POST" && c.path === "/v1/webhook-events/replay")).toHaveLength(1);
    expect(await db.auditEvent.findFirst({ where: { type: "remote_events.replay_requested", connectionId } })).toMatchObject({
      actorLabel: "admin@partner.example",
      metadata: expect.stringMatching(/2026-11-01T00:00:00\.000Z.*2026-11-02T12:30:00\.000Z.*payslip\.released/),
    });
  });
});
