import "server-only";
import { recordAudit, SYSTEM } from "../audit/record";
import { TokenServiceError } from "../connections/errors";
import { withCompanyToken } from "../connections/with-token";
import { encryptSecret } from "../crypto/vault";
import { getDb } from "../db";
import { claimRows } from "../jobs";
import { logger } from "../logger";
import { withBudget } from "../remote/budget";
import { excerpt, RemoteError } from "../remote/errors";
import { createWebhookCallback, deleteWebhookCallback, listWebhookCallbacks, updateWebhookCallback, type CallbackEvents } from "../remote/webhook-callbacks";
import { forgetSigningKey } from "./signing-keys";
import { subscriptionRetryDelayMs } from "./retry";
import { eventsFingerprint, readRelayedEvents, relayingOn, type RelayedEvents } from "./settings";
import { callbackUrl } from "./subscriptions";

// The subscription job's work: brings each due RemoteSubscription in line with the event set in
// force by calling Remote with that company's token. Never runs inside a user's request.

type Row = {
  id: string;
  connectionId: string;
  state: string;
  remoteCallbackId: string | null;
  signingKeyEnc: string | null;
  appliedEvents: string | null;
  attempts: number;
  activatedAt: Date | null;
};

type Outcome =
  | { kind: "created"; remoteCallbackId: string; signingKey: string; replaced: boolean }
  | { kind: "updated" }
  | { kind: "deleted" }
  | { kind: "unchanged" };

const LEASE_MS = 60_000;
const keySlot = (id: string) => ({ table: "RemoteSubscription" as const, id, field: "signingKey" as const });

/** Claims due rows and works through them one by one (the budget paces the Remote calls). */
export async function processDueSubscriptions(opts: { owner: string; now?: Date; limit?: number; signal?: AbortSignal }): Promise<{ claimed: number; ok: number; failed: number }> {
  const rows = await claimRows<Row>({ table: "RemoteSubscription", dueColumn: "nextAttemptAt", owner: opts.owner, leaseMs: LEASE_MS, limit: opts.limit ?? 10, now: opts.now });
  const totals = { claimed: rows.length, ok: 0, failed: 0 };
  if (!rows.length) return totals;
  const events = await readRelayedEvents(getDb());
  for (const row of rows) {
    if (opts.signal?.aborted) break;
    const ok = await syncOne(row, events, opts.owner, opts.now ?? new Date());
    totals[ok ? "ok" : "failed"]++;
  }
  // Rows left by an abort go back at once instead of waiting for the lease to run out.
  await getDb().remoteSubscription.updateMany({ where: { id: { in: rows.map((r) => r.id) }, claimedBy: opts.owner }, data: { claimedBy: null, claimedUntil: null } });
  return totals;
}

async function syncOne(row: Row, events: RelayedEvents, owner: string, now: Date): Promise<boolean> {
  const db = getDb();
  const conn = await db.connection.findUnique({ where: { id: row.connectionId }, select: { status: true, companyName: true } });
  if (!conn || conn.status === "disconnected") {
    // Nothing can be done at Remote without the company's token; disconnect already tried to delete.
    await finish(row, owner, { state: row.remoteCallbackId ? "failed" : "deleted", nextAttemptAt: null });
    return true;
  }
  try {
    // Background priority: token refreshes and proxy calls go first. A wait for the budget ends well
    // inside the claim, so no other process takes the row while this one still means to call Remote.
    const outcome = await withBudget({ priority: "background", deadline: Date.now() + LEASE_MS / 2 }, () =>
      withCompanyToken(row.connectionId, (t) => act(t.accessToken, row, events)),
    );
    await record(row, owner, outcome, events, conn.companyName, now);
    return true;
  } catch (e) {
    await failed(row, owner, e, conn.companyName, now);
    return false;
  }
}

/** The one Remote call (or two) that makes Remote match; safe to repeat after a 401 (withCompanyToken). */
async function act(token: string, row: Row, events: RelayedEvents): Promise<Outcome> {
  if (!relayingOn(events)) {
    if (!row.remoteCallbackId) return { kind: "deleted" };
    await deleteWebhookCallback(token, row.remoteCallbackId);
    return { kind: "deleted" };
  }
  const wanted: CallbackEvents = events;
  const url = callbackUrl(row.id);
  const repair = row.state === "pending" || row.state === "failed";
  if (row.remoteCallbackId && row.signingKeyEnc) {
    if (!repair && row.appliedEvents === eventsFingerprint(events)) return { kind: "unchanged" };
    try {
      await updateWebhookCallback(token, row.remoteCallbackId, { url, events: wanted });
      return { kind: "updated" };
    } catch (e) {
      // Deleted at Remote (by hand, or by Remote): create it again below.
      if (!(e instanceof RemoteError && e.kind === "not_found")) throw e;
    }
  }
  // A create whose answer was lost (timeout) may have left a callback to our URL whose key we never
  // saw: remove those first, so the company never ends up with two.
  for (const cb of await listWebhookCallbacks(token)) {
    if (cb.url === url) await deleteWebhookCallback(token, cb.id);
  }
  const cb = await createWebhookCallback(token, { url, events: wanted });
  return { kind: "created", remoteCallbackId: cb.id, signingKey: cb.signingKey, replaced: !!row.remoteCallbackId };
}

type Update = Parameters<ReturnType<typeof getDb>["remoteSubscription"]["updateMany"]>[0]["data"];

/** Writes the row's new state if this run still holds it (a reconnect may have re-queued it meanwhile). */
async function finish(row: Row, owner: string, data: Update): Promise<boolean> {
  const r = await getDb().remoteSubscription.updateMany({ where: { id: row.id, claimedBy: owner }, data: { ...data, claimedBy: null, claimedUntil: null } });
  return r.count === 1;
}

async function record(row: Row, owner: string, outcome: Outcome, events: RelayedEvents, companyName: string, now: Date) {
  const db = getDb();
  const fp = eventsFingerprint(events);
  const clean = { attempts: 0, lastError: null, lastErrorAt: null, nextAttemptAt: null };
  if (outcome.kind === "deleted") {
    await finish(row, owner, { ...clean, state: "off", remoteCallbackId: null, signingKeyEnc: null, appliedEvents: null });
    forgetSigningKey(row.id);
    if (row.remoteCallbackId) {
      await recordAudit({ type: "remote_subscription.deleted", actor: SYSTEM, connectionId: row.connectionId, message: `${companyName}: Remote webhook callback deleted (relaying is off)`, metadata: { subscription_id: row.id, remote_callback_id: row.remoteCallbackId } });
    }
    return;
  }
  if (outcome.kind === "created") {
    const remote = { remoteCallbackId: outcome.remoteCallbackId, signingKeyEnc: encryptSecret(keySlot(row.id), outcome.signingKey), appliedEvents: fp, activatedAt: now };
    await db.$transaction(async (tx) => {
      const mine = await tx.remoteSubscription.updateMany({ where: { id: row.id, claimedBy: owner }, data: { ...clean, ...remote, state: "active", claimedBy: null, claimedUntil: null } });
      // Re-queued meanwhile: still keep what Remote now holds, so the next run repairs it instead of creating another.
      if (mine.count === 0) await tx.remoteSubscription.update({ where: { id: row.id }, data: remote });
      await recordAudit(
        {
          type: "remote_subscription.created",
          actor: SYSTEM,
          connectionId: row.connectionId,
          message: `${companyName}: subscribed to Remote's webhooks${outcome.replaced ? " (the previous callback was gone at Remote)" : ""}`,
          metadata: { subscription_id: row.id, remote_callback_id: outcome.remoteCallbackId, events: fp },
        },
        tx,
      );
    });
    forgetSigningKey(row.id);
    return;
  }
  await finish(row, owner, { ...clean, state: "active", appliedEvents: fp });
  if (outcome.kind === "updated" && row.state === "pending") {
    await recordAudit({ type: "remote_subscription.resubscribed", actor: SYSTEM, connectionId: row.connectionId, message: `${companyName}: Remote webhook callback repaired`, metadata: { subscription_id: row.id, remote_callback_id: row.remoteCallbackId, events: fp } });
  }
}

function describeFailure(e: unknown): { message: string; retry: boolean; retryAfterMs?: number } {
  if (e instanceof TokenServiceError) {
    if (e.code === "needs_reconnect") return { message: "Remote no longer accepts this company's consent; it is re-subscribed when the company reconnects.", retry: false };
    if (e.code === "disconnected" || e.code === "not_found") return { message: "The company was disconnected.", retry: false };
    return { message: excerpt(e.message), retry: true, retryAfterMs: e.retryAfterMs };
  }
  if (e instanceof RemoteError) {
    const status = e.status ? ` (HTTP ${e.status})` : "";
    return { message: excerpt(`Remote refused or failed: ${e.message}${status}`), retry: true, retryAfterMs: e.retryAfterMs };
  }
  logger.error({ err: e instanceof Error ? e.message : String(e) }, "remote subscription sync failed unexpectedly");
  return { message: "An unexpected error occurred; it was logged.", retry: true };
}

async function failed(row: Row, owner: string, e: unknown, companyName: string, now: Date) {
  // The shared budget had no room: not a failure, just later.
  if (e instanceof Error && e.name === "RateBudgetExhausted") {
    await finish(row, owner, { nextAttemptAt: new Date(now.getTime() + Math.max(1000, (e as { retryAfterMs?: number }).retryAfterMs ?? 5000)) });
    return;
  }
  const f = describeFailure(e);
  const attempts = row.attempts + 1;
  const next = f.retry ? new Date(now.getTime() + subscriptionRetryDelayMs(attempts, { retryAfterMs: f.retryAfterMs })) : null;
  const written = await finish(row, owner, { state: "failed", attempts, lastError: f.message, lastErrorAt: now, nextAttemptAt: next });
  // Once per streak: the first failure after a success (or a fresh request) is audited, not every retry.
  if (written && row.state !== "failed") {
    await recordAudit({
      type: "remote_subscription.failed",
      actor: SYSTEM,
      connectionId: row.connectionId,
      message: `${companyName}: subscribing to Remote's webhooks failed: ${f.message}`,
      metadata: { subscription_id: row.id, retry_at: next?.toISOString() ?? null },
    });
  }
}
