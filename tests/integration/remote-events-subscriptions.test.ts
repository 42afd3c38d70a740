// Relaying Remote's webhooks (issue #13), subscriptions: made by the background job with the company's
// token against the real emulator, repaired on reconnect, retried when Remote is down, re-synced when
// the event set changes, deleted on disconnect.
import { describe, expect, it } from "vitest";
import { getAccessToken } from "@/lib/connections/access-token";
import { disconnectConnection } from "@/lib/connections/disconnect";
import { relaySyncProgress, setRelayedEvents } from "@/lib/remote-events/contract";
import { createWebhookCallback, deleteWebhookCallback } from "@/lib/remote/webhook-callbacks";
import { control } from "./support/emulator";
import { ACME, GLOBEX, connect } from "./support/consent";
import { emitAtRemote, RELAY_EVENTS, RELAY_STAFF, relaySuite, remoteCallbacks, signingKeyOf, subscriptionOf } from "./support/remote-relay";

const suite = relaySuite();
const { sync, audits, remoteEventRows, forwarded, webhookCalls, subscribed } = suite;

describe("subscribing", () => {
  it("a connect queues the subscription; the job creates it at Remote with the company's token, never the consent request", async () => {
    const { connectionId } = await connect(ACME.id);
    const queued = await subscriptionOf(connectionId);
    expect(queued).toMatchObject({ state: "pending", remoteCallbackId: null, signingKeyEnc: null });
    expect(queued.id).toMatch(/^rcb_[A-Za-z0-9_-]{32}$/);
    expect(await webhookCalls()).toEqual([]);

    expect(await sync()).toMatchObject({ claimed: 1, ok: 1 });
    const [cb, ...more] = await remoteCallbacks(ACME.id);
    expect(more).toEqual([]);
    expect(cb).toMatchObject({ url: `${suite.relay.base}/api/remote/webhooks/${queued.id}`, subscribe_to_all_events: false });
    expect([...cb.subscribed_events].sort()).toEqual(RELAY_EVENTS);
    const row = await subscriptionOf(connectionId);
    expect(row).toMatchObject({ state: "active", remoteCallbackId: cb.id, appliedEvents: RELAY_EVENTS.join(","), attempts: 0, lastError: null, nextAttemptAt: null });
    // Sealed by the vault: the key Remote showed once is not stored readable.
    const key = await signingKeyOf(connectionId);
    expect(row.signingKeyEnc).not.toContain(key);
    expect(await audits("remote_subscription.created")).toHaveLength(1);
  });

  it("a reconnect repairs the same callback in place; one deleted at Remote is created again; never two", async () => {
    const connectionId = await subscribed();
    const first = await subscriptionOf(connectionId);

    await connect(ACME.id);
    expect((await subscriptionOf(connectionId)).state).toBe("pending");
    await sync();
    const cbs = await remoteCallbacks(ACME.id);
    expect(cbs.map((c) => c.id)).toEqual([first.remoteCallbackId]);
    expect(await subscriptionOf(connectionId)).toMatchObject({ id: first.id, state: "active", remoteCallbackId: first.remoteCallbackId, signingKeyEnc: first.signingKeyEnc });
    expect(await audits("remote_subscription.resubscribed")).toHaveLength(1);

    // Someone deleted it at Remote: the next reconnect finds it gone and creates a new one.
    const { accessToken } = await getAccessToken(connectionId);
    expect(await deleteWebhookCallback(accessToken, first.remoteCallbackId!)).toBe(true);
    await connect(ACME.id);
    await sync();
    const [again, ...more] = await remoteCallbacks(ACME.id);
    expect(more).toEqual([]);
    expect(again.id).not.toBe(first.remoteCallbackId);
    expect(await subscriptionOf(connectionId)).toMatchObject({ id: first.id, state: "active", remoteCallbackId: again.id });
    // The new key is the one in force: a delivery made with it is accepted.
    expect((await emitAtRemote(ACME.id, "payslip.released", { payslip_id: "p-1" })).callbacks).toBe(1);
    expect(suite.relay.served.map((s) => s.status)).toEqual([200]);
  });

  it("a callback to our URL whose key we never saw (a create answer lost on the way) is replaced, not duplicated", async () => {
    const { connectionId } = await connect(ACME.id);
    const { id } = await subscriptionOf(connectionId);
    const { accessToken } = await getAccessToken(connectionId);
    const lost = await createWebhookCallback(accessToken, { url: `${suite.relay.base}/api/remote/webhooks/${id}`, events: ["payslip.released"] });
    await sync();
    const [cb, ...more] = await remoteCallbacks(ACME.id);
    expect(more).toEqual([]);
    expect(cb.id).not.toBe(lost.id);
    expect((await subscriptionOf(connectionId)).remoteCallbackId).toBe(cb.id);
  });

  it("Remote down during subscribe: failed with the reason, audited once per streak, retried later until it succeeds", async () => {
    await control("POST", "/faults", { target: "webhooks", mode: "error", status: 503 });
    const { connectionId } = await connect(ACME.id);
    const t0 = new Date();
    expect(await sync(t0)).toMatchObject({ claimed: 1, failed: 1 });
    const failed = await subscriptionOf(connectionId);
    expect(failed).toMatchObject({ state: "failed", attempts: 1, remoteCallbackId: null });
    expect(failed.lastError).toMatch(/503/);
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(t0.getTime() + 20_000);
    // Not due yet: nothing is tried.
    expect(await sync(new Date(t0.getTime() + 1000))).toMatchObject({ claimed: 0 });

    const t1 = new Date(failed.nextAttemptAt!.getTime() + 1);
    expect(await sync(t1)).toMatchObject({ claimed: 1, failed: 1 });
    const again = await subscriptionOf(connectionId);
    expect(again).toMatchObject({ state: "failed", attempts: 2 });
    expect(again.nextAttemptAt!.getTime() - t1.getTime()).toBeGreaterThan(failed.nextAttemptAt!.getTime() - t0.getTime());
    expect(await audits("remote_subscription.failed")).toHaveLength(1);

    await control("DELETE", "/faults");
    expect(await sync(new Date(again.nextAttemptAt!.getTime() + 1))).toMatchObject({ claimed: 1, ok: 1 });
    expect(await subscriptionOf(connectionId)).toMatchObject({ state: "active", attempts: 0, lastError: null });
    expect(await remoteCallbacks(ACME.id)).toHaveLength(1);
  });

  it("changing the event set updates every subscription at Remote; off deletes them there", async () => {
    const acme = await subscribed(ACME.id);
    await subscribed(GLOBEX.id);
    const ids = (await remoteCallbacks()).map((c) => c.id).sort();
    expect(await relaySyncProgress()).toEqual({ total: 2, inSync: 2, pending: 0, failed: 0 });

    await setRelayedEvents("all", RELAY_STAFF);
    expect(await relaySyncProgress()).toEqual({ total: 2, inSync: 0, pending: 2, failed: 0 });
    await sync();
    const all = await remoteCallbacks();
    expect(all.map((c) => c.id).sort()).toEqual(ids);
    expect(all.every((c) => c.subscribe_to_all_events)).toBe(true);
    expect(await relaySyncProgress()).toEqual({ total: 2, inSync: 2, pending: 0, failed: 0 });

    await setRelayedEvents([], RELAY_STAFF);
    await sync();
    expect(await remoteCallbacks()).toEqual([]);
    expect(await subscriptionOf(acme)).toMatchObject({ state: "off", remoteCallbackId: null, signingKeyEnc: null });
    expect(await audits("remote_subscription.deleted")).toHaveLength(2);

    await setRelayedEvents(["payslip.released"], RELAY_STAFF);
    await sync();
    expect((await remoteCallbacks()).map((c) => c.subscribed_events)).toEqual([["payslip.released"], ["payslip.released"]]);
  });
});

describe("disconnecting", () => {
  it("deletes the callback at Remote before the tokens go", async () => {
    const connectionId = await subscribed();
    await disconnectConnection(connectionId, RELAY_STAFF);
    expect(await remoteCallbacks(ACME.id)).toEqual([]);
    expect(await subscriptionOf(connectionId)).toMatchObject({ state: "deleted", remoteCallbackId: null, signingKeyEnc: null });
    expect(await audits("remote_subscription.deleted")).toHaveLength(1);
  });

  it("Remote failing the delete is recorded, not fatal; what Remote still sends is refused and nothing is stored", async () => {
    const connectionId = await subscribed();
    await control("POST", "/faults", { target: "webhooks", mode: "error", status: 503 });
    await disconnectConnection(connectionId, RELAY_STAFF);
    expect((await suite.db.connection.findUniqueOrThrow({ where: { id: connectionId } })).status).toBe("disconnected");
    const sub = await subscriptionOf(connectionId);
    expect(sub.state).toBe("failed");
    expect(sub.lastError).toMatch(/Could not delete the callback at Remote/);
    expect(await audits("remote_subscription.failed")).toHaveLength(1);

    await control("DELETE", "/faults");
    expect((await emitAtRemote(ACME.id, "payslip.released", { payslip_id: "p-9" })).callbacks).toBe(1);
    expect(suite.relay.served.map((s) => s.status)).toEqual([401]);
    expect(await remoteEventRows()).toEqual([]);
    expect(await forwarded()).toEqual([]);
  });
});
