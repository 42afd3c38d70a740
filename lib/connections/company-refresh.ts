import "server-only";
import { recordAudit, SYSTEM } from "../audit/record";
import type { Actor } from "../audit/events";
import { decryptSecret, encryptSecret } from "../crypto/vault";
import { reconnectLinkUrl } from "../connect-links/service";
import { getDb } from "../db";
import { retryWhileUnavailable } from "../db/errors";
import type { Prisma } from "../db/client";
import { getEnv } from "../env";
import { emitConnectionEvent } from "../events/emit";
import { logger } from "../logger";
import { timeTokenRefresh } from "../metrics/tokens";
import { withBudget } from "../remote/budget";
import { RemoteError } from "../remote/errors";
import { refreshGrant, type TokenSet } from "../remote/oauth";
import { withRetry } from "../remote/retry";
import { closeClientCircuit, openClientCircuit, passClientCircuit, releaseClientProbe } from "./client-circuit";
import { TokenServiceError } from "./errors";
import { PROCESS_OWNER } from "./single-flight";
import { healthyStatus } from "./statuses";
import { noteTokenLifetime } from "./token-lifetime";
import { toTokenFailure, type TokenFailure } from "./token-failure";

// The lease holder's side of a company token refresh, one named step per outcome.

export type CompanyAccessToken = {
  accessToken: string;
  tokenType: "Bearer";
  expiresAt: Date;
  remoteCompanyId: string;
  /** The stored token version this token is; -1 when it was never stored. See invalidateAccessToken. */
  version: number;
};

type Held = {
  connectionId: string;
  version: number;
  leaseUntil: Date;
  leaseMs: number;
  actor: Actor;
  /** Remote calls this refresh may make (withRetry on outages); the health monitor makes one. */
  attempts?: number;
  /** The caller's clock for refusedSince, which the health monitor compares with the same clock. */
  at?: Date;
};

const holderSelect = {
  refreshTokenEnc: true,
  status: true,
  companyName: true,
  remoteCompanyId: true,
  consecutiveFailures: true,
  externalId: true,
  refusedSince: true,
} as const satisfies Prisma.ConnectionSelect;
type HolderRow = Prisma.ConnectionGetPayload<{ select: typeof holderSelect }>;

const NEEDS_RECONNECT = "Remote no longer accepts this company's consent; a company admin must reconnect.";
const slot = (id: string, field: "accessToken" | "refreshToken") => ({ table: "Connection", id, field }) as const;
/** Our lease, as a where-clause: a step that lost it writes nothing. */
const heldBy = (connectionId: string) => ({ id: connectionId, leaseOwner: PROCESS_OWNER });
const released = { leaseOwner: null, leaseExpiresAt: null };

export async function refreshAsHolder(h: Held): Promise<CompanyAccessToken> {
  const row = await getDb().connection.findUniqueOrThrow({ where: { id: h.connectionId }, select: holderSelect });
  if (!row.refreshTokenEnc) {
    return markNeedsReconnect(h, row, toTokenFailure(new RemoteError("invalid_grant", "No refresh token is stored"), "refresh_token", row.consecutiveFailures + 1));
  }
  const sealed = row.refreshTokenEnc;
  let probe = false;
  try {
    ({ probe } = await passClientCircuit(h.leaseMs));
  } catch (e) {
    if (e instanceof TokenServiceError) await markClientRefused(h, e.message);
    throw e;
  }
  let refreshToken = "";
  let tokens: TokenSet;
  try {
    refreshToken = decryptSecret(slot(h.connectionId, "refreshToken"), sealed);
    const rt = refreshToken;
    // Stop retrying early enough that the last attempt finishes inside our lease.
    const lastStart = h.leaseUntil.getTime() - getEnv().REMOTE_HTTP_TIMEOUT_MS;
    // A wait for the rate budget ends in time too, so a reply never arrives after the lease.
    tokens = await timeTokenRefresh("company", () =>
      withBudget({ deadline: lastStart }, () => withRetry(() => refreshGrant(rt), { attempts: h.attempts ?? 3, deadline: lastStart })),
    );
  } catch (e) {
    if (!(e instanceof RemoteError)) logger.error({ connectionId: h.connectionId, err: e instanceof Error ? e.message : String(e) }, "refresh failed unexpectedly");
    const failure = toTokenFailure(e, "refresh_token", row.consecutiveFailures + 1);
    if (failure.scope === "client") {
      const until = await openClientCircuit(failure, probe);
      await markClientRefused(h, failure.message);
      throw new TokenServiceError(failure.code, failure.message, Math.max(0, until.getTime() - Date.now()), "client");
    }
    // Only a verdict on the grant itself shows Remote accepted our credentials; else the next caller probes.
    if (probe) await (failure.scope === "dead_grant" ? closeClientCircuit() : releaseClientProbe());
    if (failure.scope === "dead_grant") return markNeedsReconnect(h, row, failure);
    return markRefreshFailing(h, row, failure);
  }
  if (probe) await closeClientCircuit();
  return saveRefreshedTokens(h, row, refreshToken, tokens);
}

async function saveRefreshedTokens(h: Held, row: HolderRow, refreshToken: string, tokens: TokenSet): Promise<CompanyAccessToken> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + tokens.expiresIn * 1000);
  const rotated = !!tokens.refreshToken && tokens.refreshToken !== refreshToken;
  noteTokenLifetime(tokens.expiresIn);
  const data = {
    accessTokenEnc: encryptSecret(slot(h.connectionId, "accessToken"), tokens.accessToken),
    accessTokenExpiresAt: expiresAt,
    tokenLifetimeSeconds: tokens.expiresIn,
    // Rotation: the new refresh token replaces the old one in the same write.
    ...(rotated ? { refreshTokenEnc: encryptSecret(slot(h.connectionId, "refreshToken"), tokens.refreshToken!) } : {}),
    tokenVersion: { increment: 1 },
    ...released,
    ...healthyStatus(now),
  };
  // Until our lease ends: a PostgreSQL restart must not throw away tokens Remote just issued.
  const saved = await retryWhileUnavailable(() => getDb().$transaction(async (tx) => {
    const { count } = await tx.connection.updateMany({ where: { id: h.connectionId, tokenVersion: h.version }, data });
    if (count !== 1) return count;
    await recordAudit({ type: "connection.refreshed", actor: h.actor, connectionId: h.connectionId, metadata: { rotated, expires_in: tokens.expiresIn } }, tx);
    if (row.status === "refresh_failing") {
      await recordAudit({ type: "connection.recovered", actor: h.actor, connectionId: h.connectionId, message: `${row.companyName}: token refresh works again` }, tx);
      await emitConnectionEvent(tx, "connection.recovered", h.connectionId);
    }
    return count;
  }), h.leaseUntil.getTime());
  if (saved !== 1) logger.warn({ connectionId: h.connectionId }, "refresh lease lost before the token was saved; another process stored a newer token");
  // A token that was not stored has no version a caller could invalidate.
  return { accessToken: tokens.accessToken, tokenType: "Bearer", expiresAt, remoteCompanyId: row.remoteCompanyId, version: saved === 1 ? h.version + 1 : -1 };
}

/** The refresh token is dead: only the company can fix it, by consenting again. */
async function markNeedsReconnect(h: Held, row: HolderRow, failure: TokenFailure): Promise<CompanyAccessToken> {
  const db = getDb();
  const marked = await db.$transaction(async (tx) => {
    const { count } = await tx.connection.updateMany({
      where: heldBy(h.connectionId),
      data: {
        status: "needs_reconnect",
        statusReason: failure.reason,
        accessTokenEnc: null,
        accessTokenExpiresAt: null,
        ...released,
        consecutiveFailures: { increment: 1 },
        lastErrorCode: failure.reason,
        lastErrorMessage: failure.message,
        lastErrorAt: new Date(),
      },
    });
    if (count !== 1) return count;
    await recordAudit(
      {
        type: "connection.needs_reconnect",
        actor: h.actor,
        connectionId: h.connectionId,
        message: `${row.companyName}: Remote rejected the refresh token; a company admin must reconnect`,
        metadata: { remote_code: failure.reason },
      },
      tx,
    );
    const reconnect_url = await reconnectLinkUrl(tx, { id: h.connectionId, externalId: row.externalId }, SYSTEM);
    await emitConnectionEvent(tx, "connection.needs_reconnect", h.connectionId, { reason: failure.reason, reconnect_url });
    return count;
  });
  if (marked === 0) {
    // We lost the lease: another process took over and may have rotated the refresh token we
    // just used. Its outcome decides, not ours.
    logger.warn({ connectionId: h.connectionId }, "refresh token refused after the lease was lost; deferring to the new holder");
    const now = await db.connection.findUnique({ where: { id: h.connectionId }, select: { status: true, accessTokenEnc: true, accessTokenExpiresAt: true, tokenVersion: true } });
    if (now && now.status !== "needs_reconnect" && now.accessTokenEnc && now.accessTokenExpiresAt && now.accessTokenExpiresAt.getTime() > Date.now()) {
      const accessToken = decryptSecret(slot(h.connectionId, "accessToken"), now.accessTokenEnc);
      return { accessToken, tokenType: "Bearer", expiresAt: now.accessTokenExpiresAt, remoteCompanyId: row.remoteCompanyId, version: now.tokenVersion };
    }
    throw new TokenServiceError("temporarily_unavailable", "Another process is refreshing this token; try again shortly.");
  }
  throw new TokenServiceError("needs_reconnect", NEEDS_RECONNECT, undefined, "dead_grant");
}

/** Temporary, or refused for a reason retrying cannot fix (statusReason tells which); nobody retries before the cool-down. */
async function markRefreshFailing(h: Held, row: HolderRow, failure: TokenFailure): Promise<never> {
  const now = new Date();
  const data = {
    status: "refresh_failing",
    statusReason: failure.reason,
    ...released,
    consecutiveFailures: { increment: 1 },
    lastErrorCode: failure.code,
    lastErrorMessage: failure.message,
    lastErrorAt: now,
    retryNotBefore: new Date(now.getTime() + failure.coolDownMs),
    // A refusal (4xx other than 429) starts or continues the run the health monitor escalates on.
    // Outages (5xx, timeouts, 429) leave it as it is: they say nothing about the grant, so they
    // neither start a run nor break one; only a successful refresh ends it (healthyStatus).
    ...(failure.scope === "refused" && !row.refusedSince ? { refusedSince: h.at ?? now } : {}),
  };
  await getDb().$transaction(async (tx) => {
    // Partners hear of the first failure of a streak only, not of every retry: the condition on
    // the streak is part of the update, so exactly one writer can start it.
    const first = await tx.connection.updateMany({ where: { ...heldBy(h.connectionId), consecutiveFailures: 0 }, data });
    if (first.count === 0) await tx.connection.updateMany({ where: heldBy(h.connectionId), data });
    // Audited even when the lease was lost: Remote did refuse this attempt.
    await recordAudit(
      {
        type: "connection.refresh_failed",
        actor: h.actor,
        connectionId: h.connectionId,
        message: failure.message,
        metadata: { reason: failure.reason, cool_down_ms: failure.coolDownMs },
      },
      tx,
    );
    if (first.count === 1) await emitConnectionEvent(tx, "connection.refresh_failed", h.connectionId, { reason: failure.reason });
  });
  throw new TokenServiceError(failure.code, failure.message, failure.coolDownMs, failure.scope);
}

/**
 * Our client credentials are refused (see client-circuit.ts): not this company's problem, so its
 * status stays and it gets no cool-down of its own (the circuit's gate stops later callers, and
 * lets them through the moment it closes). The failure is recorded only so that callers waiting
 * for this lease, in any process, report it instead of taking the lease next.
 */
async function markClientRefused(h: Held, message: string): Promise<void> {
  await getDb().connection.updateMany({
    where: heldBy(h.connectionId),
    data: { ...released, lastErrorCode: "misconfigured", lastErrorMessage: message, lastErrorAt: new Date() },
  });
}
