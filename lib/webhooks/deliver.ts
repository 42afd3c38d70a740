import "server-only";
import type { Prisma } from "../db/client";
import { recordAudit, SYSTEM } from "../audit/record";
import { getDb } from "../db";
import { getEnv } from "../env";
import { eventPayload } from "../events/emit";
import { claimRows, processOwner, renewClaims } from "../jobs";
import { logger } from "../logger";
import { attemptDelivery, type AttemptResult } from "./attempt";
import { signingSecrets } from "./endpoint-secrets";
import { nextRetryDelayMs } from "./schedule";
import { signHeaders } from "./sign";
import type { GuardOptions } from "./url-guard";

/** Attempts in flight per call (and per job lane). */
export const DELIVERY_CONCURRENCY = 8;
/** An endpoint whose deliveries have failed without a success for this long is disabled. */
export const DISABLE_AFTER_MS = 5 * 24 * 3600 * 1000;
/** A disabled endpoint's pending deliveries wait; they are looked at again this often (or at once on enable). */
export const DISABLED_RECHECK_MS = 5 * 60 * 1000;

export type DeliverOptions = {
  owner?: string;
  /** Drives due times, the retry schedule, the 5-day rule and the secret overlap. The signature's
   * `webhook-timestamp` is always the wall clock: receivers compare it with theirs. */
  now?: Date;
  limit?: number;
  timeoutMs?: number;
  /** URL-guard overrides (tests: private addresses, a resolver). Default: the settings. */
  guard?: GuardOptions;
};
export type DeliverCounts = { claimed: number; delivered: number; retrying: number; failed: number; deferred: number };

type Outcome = Pick<AttemptResult, "outcome" | "statusCode" | "latencyMs" | "error" | "responseExcerpt" | "retryAfterMs">;

/** How long a claim on a delivery lasts: the attempt's timeout plus room for the database writes. */
export const claimMsFor = (timeoutMs: number) => timeoutMs + 10_000;

/**
 * The delivery row's new state after one attempt. `attempts` is the count including this one.
 * Exported for unit tests; pure.
 */
export function attemptUpdate(r: Outcome, attempts: number, startedAt: Date, random?: () => number): Prisma.WebhookDeliveryUpdateManyMutationInput {
  const base = {
    attempts,
    lastAttemptAt: startedAt,
    lastStatusCode: r.statusCode ?? null,
    lastLatencyMs: r.latencyMs,
    lastError: r.outcome === "delivered" ? null : (r.error ?? null),
    responseExcerpt: r.responseExcerpt || null,
    claimedBy: null,
    claimedUntil: null,
  };
  if (r.outcome === "delivered") return { ...base, status: "succeeded", deliveredAt: startedAt };
  const delay = r.outcome === "retry" ? nextRetryDelayMs(attempts, { retryAfterMs: r.retryAfterMs, random }) : null;
  if (delay === null) return { ...base, status: "failed" };
  return { ...base, status: "pending", nextAttemptAt: new Date(startedAt.getTime() + delay) };
}

type Claimed = { id: string; attempts: number };

async function loadForAttempt(ids: string[]) {
  return getDb().webhookDelivery.findMany({ where: { id: { in: ids } }, include: { endpoint: true, event: true } });
}
type Loaded = Awaited<ReturnType<typeof loadForAttempt>>[number];

type Recorded = { endpoint: Loaded["endpoint"]; ok: boolean; at: Date; error?: string };

/**
 * The endpoint's health after a batch: any success clears the failure streak; otherwise the streak
 * starts (if it had not) and an endpoint failing for more than 5 days is disabled, audited once.
 * Once per endpoint and batch rather than per attempt: one write instead of one per delivery.
 */
async function updateEndpointHealth(results: Recorded[], now: Date): Promise<void> {
  const db = getDb();
  for (const endpointId of new Set(results.map((r) => r.endpoint.id))) {
    const mine = results.filter((r) => r.endpoint.id === endpointId);
    const { endpoint } = mine[0];
    const ok = mine.filter((r) => r.ok);
    if (ok.length) {
      const at = new Date(Math.max(...ok.map((r) => r.at.getTime())));
      await db.webhookEndpoint.updateMany({ where: { id: endpointId }, data: { lastSuccessAt: at, failingSince: null } });
      continue;
    }
    const first = new Date(Math.min(...mine.map((r) => r.at.getTime())));
    await db.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: null }, data: { failingSince: first } });
    // A streak that only starts now cannot be 5 days old: the disabling check needs an older one.
    if (!endpoint.failingSince || endpoint.failingSince.getTime() > now.getTime() - DISABLE_AFTER_MS) continue;
    const reason = `Deliveries failed for more than 5 days (last: ${mine[mine.length - 1].error ?? "failure"})`.slice(0, 500);
    await db.$transaction(async (tx) => {
      const disabled = await tx.webhookEndpoint.updateMany({
        where: { id: endpointId, disabledAt: null, failingSince: { lte: new Date(now.getTime() - DISABLE_AFTER_MS) } },
        data: { disabledAt: now, disabledReason: reason },
      });
      if (disabled.count === 0) return; // a success came in meanwhile, or another process disabled it
      await recordAudit({ type: "webhook_endpoint.disabled", actor: SYSTEM, message: `Webhook endpoint ${endpoint.url} disabled: ${reason}`, metadata: { webhook_endpoint_id: endpointId, reason: "failing_5_days" } }, tx);
      logger.warn({ endpointId }, "webhook endpoint disabled after failing for 5 days");
    });
  }
}

async function deliverOne(row: Loaded, owner: string, opts: DeliverOptions, now: Date, timeoutMs: number, counts: DeliverCounts): Promise<Recorded | null> {
  const db = getDb();
  if (row.endpoint.disabledAt) {
    // Left pending, not attempted: enabling the endpoint brings it back (resumeEndpointDeliveries).
    await db.webhookDelivery.updateMany({ where: { id: row.id, claimedBy: owner }, data: { nextAttemptAt: new Date(now.getTime() + DISABLED_RECHECK_MS), claimedBy: null, claimedUntil: null } });
    counts.deferred++;
    return null;
  }
  const body = JSON.stringify(eventPayload(row.event));
  const startedAt = opts.now ?? new Date();
  let result: Outcome;
  try {
    const headers = signHeaders({ id: row.event.id, timestamp: new Date(), body, secrets: signingSecrets(row.endpoint, now) });
    result = await attemptDelivery({ url: row.endpoint.url, headers, body, timeoutMs, guard: opts.guard });
  } catch (e) {
    // A secret that no longer unseals (key removed) cannot sign: the receiver could not verify anyway.
    result = { outcome: "final", latencyMs: 0, error: `could not sign: ${(e as Error).message}`, responseExcerpt: "" };
  }
  const data = attemptUpdate(result, row.attempts + 1, startedAt);
  // Only while we still hold the claim: a redelivery (or an expired claim taken over) wins.
  const { count } = await db.webhookDelivery.updateMany({ where: { id: row.id, claimedBy: owner }, data });
  if (count === 0) return null;
  if (data.status === "succeeded") counts.delivered++;
  else if (data.status === "pending") counts.retrying++;
  else counts.failed++;
  if (data.status !== "succeeded") {
    // Ids, status and our own error text only: never the body or a header.
    const next = data.status === "pending" ? (data.nextAttemptAt as Date).toISOString() : null;
    logger.info({ deliveryId: row.id, endpointId: row.endpointId, eventId: row.eventId, attempt: data.attempts, status: result.statusCode, error: result.error, next }, "webhook attempt failed");
  }
  return { endpoint: row.endpoint, ok: result.outcome === "delivered", at: startedAt, error: result.error };
}

/**
 * Claims due pending deliveries (at most `limit`) and attempts them in parallel, each once. Callable
 * without the job runner (tests, scripts). Returns what happened.
 */
export async function deliverDueWebhooks(opts: DeliverOptions = {}): Promise<DeliverCounts> {
  const owner = opts.owner ?? processOwner();
  const now = opts.now ?? new Date();
  const timeoutMs = opts.timeoutMs ?? getEnv().WEBHOOK_TIMEOUT_MS;
  const claimMs = claimMsFor(timeoutMs);
  const counts: DeliverCounts = { claimed: 0, delivered: 0, retrying: 0, failed: 0, deferred: 0 };
  const claimed = await claimRows<Claimed>({ table: "WebhookDelivery", dueColumn: "nextAttemptAt", match: { status: "pending" }, owner, leaseMs: claimMs, limit: opts.limit ?? DELIVERY_CONCURRENCY, now });
  counts.claimed = claimed.length;
  if (!claimed.length) return counts;
  const ids = claimed.map((c) => c.id);
  // Attempts are bounded by the timeout, but database writes under load are not: keep the claims fresh.
  const renew = setInterval(() => void renewClaims("WebhookDelivery", owner, ids, claimMs).catch(() => undefined), Math.floor(claimMs / 3));
  renew.unref();
  try {
    const rows = await loadForAttempt(ids);
    const results = await Promise.all(
      rows.map((row) =>
        deliverOne(row, owner, opts, now, timeoutMs, counts).catch((e) => {
          // The claim expires and another attempt follows: at least once, never lost.
          logger.error({ deliveryId: row.id, err: (e as Error).message }, "webhook delivery could not be recorded");
          return null;
        }),
      ),
    );
    await updateEndpointHealth(results.filter((r): r is Recorded => r !== null), now);
  } finally {
    clearInterval(renew);
  }
  return counts;
}

/** Makes an endpoint's waiting deliveries due now (call when it is enabled again). */
export async function resumeEndpointDeliveries(endpointId: string, tx: Pick<ReturnType<typeof getDb>, "webhookDelivery"> = getDb(), now = new Date()): Promise<number> {
  const r = await tx.webhookDelivery.updateMany({ where: { endpointId, status: "pending", nextAttemptAt: { gt: now } }, data: { nextAttemptAt: now } });
  return r.count;
}
