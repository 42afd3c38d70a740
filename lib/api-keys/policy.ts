import "server-only";
import { getDb } from "../db";
import { hotRead } from "../db/hot-read";
import { getEnv } from "../env";
import { ApiProblem } from "../partner-api/problem";
import { lease } from "../rate-limit/bucket";
import type { ApiScope } from "./scopes";
import type { ApiKeyPrincipal } from "./service";

const MINUTE = 60_000;

/**
 * The per-key limit is one shared fixed window per key (a RateLimitBucket row), but writing it on
 * every request would cost a cached access token more than the rest of the request. So each process
 * leases blocks of `leaseSize` units with one atomic UPDATE … RETURNING and serves them from memory,
 * leasing the next block in the background once half of the current one is served (so requests do
 * not queue behind the write).
 *
 * Bound: only units the row granted below the limit are ever served, so all processes together
 * never admit more than the limit in a window. The error is the other way: a process is refused once
 * the row is spent while each other process may still hold up to 1.5 × leaseSize unserved units, so
 * refusals can start up to 1.5 × leaseSize × (processes − 1) requests early (those units are still
 * served by their holders). With the default 600/min: leases of 15, at most 22 per other process;
 * with 100,000/min: leases of 1,000, at most 1,500 (1.5 %) per other process.
 */
export function leaseSize(limit: number): number {
  // 1/40 of the limit keeps the early-refusal slack under 4 % of the limit per other process. Small
  // limits (tests, strict partners) stay exact. Big limits get big blocks: on SQLite a write is an
  // fsync that holds the event loop for milliseconds, so one per 1,000 requests at most.
  return Math.max(1, Math.min(1000, Math.floor(limit / 40)));
}

type Window = { resetAt: number; count: number; left: number };
// Per key id. Module state is per process (and per server layer), i.e. one more "process" above.
const windows = new Map<string, Window>();
const refills = new Map<string, Promise<void>>();

async function refill(keyId: string, limit: number): Promise<void> {
  const now = Date.now();
  for (const [id, w] of windows) if (w.resetAt <= now) windows.delete(id);
  const r = await lease(getDb(), `apikey:${keyId}`, { limit, windowMs: MINUTE }, leaseSize(limit), new Date(now));
  const resetAt = r.resetAt.getTime();
  const w = windows.get(keyId);
  // Same window (same row end): add to what is left; a new window replaces the old one.
  if (w && w.resetAt === resetAt) {
    w.left += r.granted;
    w.count = Math.max(w.count, r.count);
  } else windows.set(keyId, { resetAt, count: r.count, left: r.granted });
}

/** One lease at a time per key in this process; concurrent callers share it. */
function startRefill(keyId: string, limit: number): Promise<void> {
  let p = refills.get(keyId);
  if (!p) {
    p = refill(keyId, limit).finally(() => refills.delete(keyId));
    refills.set(keyId, p);
  }
  return p;
}

type Unit = { ok: boolean; remaining: number; resetAt: number };

async function takeUnit(keyId: string, limit: number): Promise<Unit> {
  for (;;) {
    const w = windows.get(keyId);
    if (w && w.resetAt > Date.now()) {
      if (w.left > 0) {
        w.left--;
        // Half the block served: lease the next one now. A failure here is met again in the foreground.
        if (w.left <= Math.floor(leaseSize(limit) / 2) && w.left > 0 && w.count < limit) startRefill(keyId, limit).catch(() => undefined);
        // Remaining as this process knows it: the window's unleased units plus its own unserved ones.
        return { ok: true, remaining: Math.max(0, limit - w.count) + w.left, resetAt: w.resetAt };
      }
      // The row was spent at the last lease: refuse from memory until the window ends (no write per refusal).
      if (w.count >= limit) return { ok: false, remaining: 0, resetAt: w.resetAt };
    }
    await startRefill(keyId, limit);
  }
}

const NOT_FOUND = "No connection with this id.";

/** The connection is visible to a key limited to `prefix`: it exists and its external id starts with it (exact case). */
async function connectionInPrefix(connectionId: string, prefix: string): Promise<boolean> {
  // Read every time, no cache: an allowed answer must never outlive a change of the row.
  const [row] = await hotRead<{ externalId: string | null }>(getDb(), 'SELECT "externalId" FROM "Connection" WHERE "id" = ?', [connectionId]);
  return !!row?.externalId && row.externalId.startsWith(prefix);
}

/**
 * Runs before every partner API handler (withApiKey): the key's request budget first (every request
 * counts, refused ones too), then its scope, then, for routes about one connection, its external-id prefix.
 * Returns the RateLimit-* headers for the answer; an ApiProblem thrown here carries them too.
 */
export async function enforceKeyPolicy(key: ApiKeyPrincipal, rule: { scope: ApiScope; connectionId?: string }): Promise<Record<string, string>> {
  const limit = getEnv().API_KEY_RATE_LIMIT_PER_MINUTE;
  const unit = await takeUnit(key.id, limit);
  const resetMs = Math.max(0, unit.resetAt - Date.now());
  const headers = { "RateLimit-Limit": String(limit), "RateLimit-Remaining": String(unit.remaining), "RateLimit-Reset": String(Math.max(1, Math.ceil(resetMs / 1000))) };
  if (!unit.ok) {
    throw new ApiProblem("too_many_requests", `This API key made more than ${limit} requests this minute; retry after the Retry-After delay.`, Math.max(1000, resetMs), headers);
  }
  if (!key.scopes.includes(rule.scope)) {
    throw new ApiProblem("insufficient_scope", `This API key lacks the scope ${rule.scope}.`, undefined, headers);
  }
  const prefix = key.connectionExternalIdPrefix;
  if (prefix) {
    if (rule.connectionId !== undefined) {
      // Unknown and foreign connections get the very same answer, so a key learns nothing about others.
      if (!(await connectionInPrefix(rule.connectionId, prefix))) throw new ApiProblem("not_found", NOT_FOUND, undefined, headers);
    } else if (rule.scope === "proxy") {
      // /api/v1/remote/* acts for the whole partner (client-credentials token), beyond any one prefix.
      throw new ApiProblem("insufficient_scope", `This API key is limited to connections whose external_id starts with "${prefix}", so it cannot make partner-level Remote calls.`, undefined, headers);
    }
  }
  return headers;
}

/**
 * For routes that create something bound to an external id (connect links, create-company links, imports):
 * a key limited to a prefix must name an external id that starts with it.
 *
 * insufficient_scope (403) rather than invalid_request: the request is well formed and a key without a
 * prefix could make it; it is this key's rights that stop it, which is what the partner has to fix.
 */
export function requireExternalIdInKeyScope(key: ApiKeyPrincipal, externalId: string | null | undefined): void {
  const prefix = key.connectionExternalIdPrefix;
  if (!prefix || (externalId && externalId.startsWith(prefix))) return;
  throw new ApiProblem(
    "insufficient_scope",
    externalId
      ? `This API key is limited to connections whose external_id starts with "${prefix}"; "${externalId}" does not.`
      : `This API key is limited to connections whose external_id starts with "${prefix}"; send an external_id with that prefix.`,
  );
}

/** Tests only: forgets the leased units of this process. */
export function resetKeyPolicyForTests(): void {
  windows.clear();
}
