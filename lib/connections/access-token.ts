import "server-only";
import { timingSafeEqual } from "node:crypto";
import { recordAudit, SYSTEM, type Actor } from "../audit/record";
import { decryptSecret, encryptSecret } from "../crypto/vault";
import { getDb } from "../db";
import { retryWhileUnavailable } from "../db/errors";
import { hotRead } from "../db/hot-read";
import type { Prisma } from "../db/client";
import { getEnv } from "../env";
import { logger } from "../logger";
import { RemoteError } from "../remote/errors";
import { refreshGrant } from "../remote/oauth";
import { withRetry } from "../remote/retry";
import { TokenServiceError } from "./errors";
import { leasedSelect, leaseIsFree, PROCESS_OWNER, singleFlight, UNAVAILABLE_COOL_DOWN_MS, type LeasedRow } from "./single-flight";

export { TokenServiceError } from "./errors";

export type CompanyAccessToken = {
  accessToken: string;
  tokenType: "Bearer";
  expiresAt: Date;
  remoteCompanyId: string;
  /** The stored token version this token is; -1 when it was never stored. See invalidateAccessToken. */
  version: number;
};

const rowSelect = {
  status: true,
  remoteCompanyId: true,
  accessTokenEnc: true,
  accessTokenExpiresAt: true,
  ...leasedSelect,
} as const satisfies Prisma.ConnectionSelect;


type Row = LeasedRow & { status: string; remoteCompanyId: string; accessTokenEnc: string | null; accessTokenExpiresAt: Date | null };

type FastRow = Pick<Row, "status" | "remoteCompanyId" | "accessTokenEnc" | "accessTokenExpiresAt" | "tokenVersion">;

/**
 * The hot path: a cache hit is this one indexed read (outside the ORM, see lib/db/hot-read.ts) plus
 * one decrypt. Scoped to the configured environment: a sandbox row must never be refreshed against
 * production.
 */
async function readFast(connectionId: string): Promise<FastRow | null> {
  const [row] = await hotRead<FastRow>(
    getDb(),
    'SELECT "status", "remoteCompanyId", "accessTokenEnc", "accessTokenExpiresAt", "tokenVersion" FROM "Connection" WHERE "id" = ? AND "environment" = ?',
    [connectionId, getEnv().REMOTE_ENVIRONMENT],
    { dates: ["accessTokenExpiresAt"] },
  );
  return row ?? null;
}

function assertUsable<R extends FastRow>(row: R | null): asserts row is R {
  if (!row) throw new TokenServiceError("not_found", "No such connection.");
  if (row.status === "disconnected") throw new TokenServiceError("disconnected", "This company has been disconnected.");
  if (row.status === "needs_reconnect") {
    throw new TokenServiceError("needs_reconnect", "Remote no longer accepts this company's consent; a company admin must reconnect.");
  }
}

function tokenFrom(connectionId: string, row: FastRow, minTtlMs: number): CompanyAccessToken | null {
  if (!row.accessTokenEnc || !row.accessTokenExpiresAt) return null;
  if (row.accessTokenExpiresAt.getTime() - Date.now() <= minTtlMs) return null;
  return {
    accessToken: decryptSecret({ table: "Connection", id: connectionId, field: "accessToken" }, row.accessTokenEnc),
    tokenType: "Bearer",
    expiresAt: row.accessTokenExpiresAt,
    remoteCompanyId: row.remoteCompanyId,
    version: row.tokenVersion,
  };
}

const inflight = new Map<string, Promise<CompanyAccessToken>>();

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The only way to get a company's access token: the stored one while it has more than
 * ACCESS_TOKEN_MIN_TTL_SECONDS left, otherwise one refresh shared by every caller in every process.
 */
export async function getAccessToken(
  connectionId: string,
  opts: { forceRefresh?: boolean; actor?: Actor; /** A token Remote answered 401 to: replaced if it is still the stored one. */ rejectedToken?: string } = {},
): Promise<CompanyAccessToken> {
  const minTtlMs = getEnv().ACCESS_TOKEN_MIN_TTL_SECONDS * 1000;
  if (!opts.forceRefresh) {
    const row = await readFast(connectionId);
    assertUsable(row);
    const token = tokenFrom(connectionId, row, minTtlMs);
    if (token && !(opts.rejectedToken && sameSecret(token.accessToken, opts.rejectedToken))) return token;
    // The caller's token was refused and is still the stored one: forget exactly that version (a
    // newer one stored meanwhile is kept), then take the shared refresh below.
    if (token) await invalidateAccessToken(connectionId, token.version);
  }
  const running = inflight.get(connectionId);
  if (running) return running;
  const p = refreshShared(connectionId, !!opts.forceRefresh, opts.actor ?? SYSTEM, minTtlMs).finally(() => inflight.delete(connectionId));
  inflight.set(connectionId, p);
  return p;
}

/**
 * Forgets the stored access token after Remote refused it (401), so the next getAccessToken
 * refreshes. Only while the row still holds that very token version: when another caller already
 * stored a newer token, that one is left alone. The version is not bumped, so a refresh already
 * running for this version still saves its result.
 */
export async function invalidateAccessToken(connectionId: string, version: number): Promise<boolean> {
  const r = await getDb().connection.updateMany({
    where: { id: connectionId, tokenVersion: version, accessTokenEnc: { not: null } },
    data: { accessTokenEnc: null, accessTokenExpiresAt: null },
  });
  return r.count === 1;
}

/** Forces a refresh now (staff "Refresh now"); still single-flight. */
export function refreshConnectionNow(connectionId: string, actor: Actor): Promise<CompanyAccessToken> {
  return getAccessToken(connectionId, { forceRefresh: true, actor });
}

function refreshShared(connectionId: string, force: boolean, actor: Actor, minTtlMs: number) {
  const db = getDb();
  return singleFlight<Row, CompanyAccessToken>(
    {
      read: () => db.connection.findUnique({ where: { id: connectionId, environment: getEnv().REMOTE_ENVIRONMENT }, select: rowSelect }),
      async tryAcquire(version, owner, until, startedAt) {
        const now = new Date();
        const r = await db.connection.updateMany({
          where: {
            id: connectionId,
            tokenVersion: version,
            status: { in: ["connected", "refresh_failing"] },
            AND: leaseIsFree(now, startedAt),
          },
          data: { leaseOwner: owner, leaseExpiresAt: until },
        });
        return r.count === 1;
      },
      assertUsable,
      fresh: (row) => tokenFrom(connectionId, row, minTtlMs),
    },
    { force, leaseMs: getEnv().TOKEN_REFRESH_LEASE_SECONDS * 1000, refresh: (version, until) => refreshAsHolder(connectionId, version, until, actor) },
  );
}

async function refreshAsHolder(connectionId: string, version: number, leaseUntil: Date, actor: Actor): Promise<CompanyAccessToken> {
  const db = getDb();
  const env = getEnv();
  const row = await db.connection.findUniqueOrThrow({
    where: { id: connectionId },
    select: { refreshTokenEnc: true, status: true, companyName: true, remoteCompanyId: true },
  });
  const held = { id: connectionId, leaseOwner: PROCESS_OWNER };
  try {
    if (!row.refreshTokenEnc) throw new RemoteError("invalid_grant", "No refresh token is stored for this company");
    const refreshToken = decryptSecret({ table: "Connection", id: connectionId, field: "refreshToken" }, row.refreshTokenEnc);
    // Stop retrying early enough that the last attempt finishes inside our lease.
    const tokens = await withRetry(() => refreshGrant(refreshToken), { attempts: 3, deadline: leaseUntil.getTime() - env.REMOTE_HTTP_TIMEOUT_MS });
    const now = new Date();
    const expiresAt = new Date(now.getTime() + tokens.expiresIn * 1000);
    const rotated = tokens.refreshToken && tokens.refreshToken !== refreshToken;
    // Until our lease ends: a PostgreSQL restart must not throw away tokens Remote just issued.
    const saved = await retryWhileUnavailable(() => db.connection.updateMany({
      where: { id: connectionId, tokenVersion: version },
      data: {
        accessTokenEnc: encryptSecret({ table: "Connection", id: connectionId, field: "accessToken" }, tokens.accessToken),
        accessTokenExpiresAt: expiresAt,
        // Rotation: the new refresh token replaces the old one in the same write.
        ...(rotated ? { refreshTokenEnc: encryptSecret({ table: "Connection", id: connectionId, field: "refreshToken" }, tokens.refreshToken!) } : {}),
        tokenVersion: { increment: 1 },
        leaseOwner: null,
        leaseExpiresAt: null,
        status: "connected",
        consecutiveFailures: 0,
        lastRefreshAt: now,
        lastErrorCode: null,
        lastErrorMessage: null,
        lastErrorAt: null,
        retryNotBefore: null,
      },
    }), leaseUntil.getTime());
    if (saved.count === 1) {
      await recordAudit({ type: "connection.refreshed", actor, connectionId, metadata: { rotated: !!rotated, expires_in: tokens.expiresIn } });
      if (row.status === "refresh_failing") {
        await recordAudit({ type: "connection.recovered", actor, connectionId, message: `${row.companyName}: token refresh works again` });
      }
    } else {
      logger.warn({ connectionId }, "refresh lease lost before the token was saved; another process stored a newer token");
    }
    // A token that was not stored has no version a caller could invalidate.
    const stored = saved.count === 1 ? version + 1 : -1;
    return { accessToken: tokens.accessToken, tokenType: "Bearer", expiresAt, remoteCompanyId: row.remoteCompanyId, version: stored };
  } catch (e) {
    const err = e instanceof RemoteError ? e : new RemoteError("unavailable", "Unexpected error while refreshing");
    if (!(e instanceof RemoteError)) logger.error({ connectionId, err: e instanceof Error ? e.message : String(e) }, "refresh failed unexpectedly");
    const now = new Date();
    if (err.kind === "invalid_grant") {
      const marked = await db.connection.updateMany({
        where: held,
        data: {
          status: "needs_reconnect",
          accessTokenEnc: null,
          accessTokenExpiresAt: null,
          leaseOwner: null,
          leaseExpiresAt: null,
          consecutiveFailures: { increment: 1 },
          lastErrorCode: err.remoteCode ?? "invalid_grant",
          lastErrorMessage: "Remote rejected the refresh token (consent revoked or expired).",
          lastErrorAt: now,
        },
      });
      if (marked.count === 0) {
        // We lost the lease: another process took over and may have rotated the refresh token we
        // just used. Its outcome decides, not ours.
        logger.warn({ connectionId }, "refresh token refused after the lease was lost; deferring to the new holder");
        const now2 = await readFast(connectionId);
        const fresh = now2 && now2.status !== "needs_reconnect" ? tokenFrom(connectionId, now2, 0) : null;
        if (fresh) return fresh;
        throw new TokenServiceError("temporarily_unavailable", "Another process is refreshing this token; try again shortly.");
      }
      await recordAudit({
        type: "connection.needs_reconnect",
        actor,
        connectionId,
        message: `${row.companyName}: Remote rejected the refresh token; a company admin must reconnect`,
        metadata: { remote_code: err.remoteCode ?? null },
      });
      throw new TokenServiceError("needs_reconnect", "Remote no longer accepts this company's consent; a company admin must reconnect.");
    }
    const code = err.kind === "rate_limited" ? "rate_limited" : err.kind === "invalid_client" ? "misconfigured" : "temporarily_unavailable";
    const message =
      code === "rate_limited"
        ? "Remote is rate-limiting requests; try again shortly."
        : code === "misconfigured"
          ? "Remote refused this app's client credentials; check REMOTE_CLIENT_ID and REMOTE_CLIENT_SECRET."
          : `Remote is temporarily unavailable (${err.message}); try again shortly.`;
    const coolDownMs = err.kind === "rate_limited" ? (err.retryAfterMs ?? 5_000) : UNAVAILABLE_COOL_DOWN_MS;
    await db.connection.updateMany({
      where: held,
      data: {
        status: "refresh_failing",
        leaseOwner: null,
        leaseExpiresAt: null,
        consecutiveFailures: { increment: 1 },
        lastErrorCode: code,
        lastErrorMessage: message,
        lastErrorAt: now,
        retryNotBefore: new Date(now.getTime() + coolDownMs),
      },
    });
    await recordAudit({ type: "connection.refresh_failed", actor, connectionId, message, metadata: { kind: err.kind, status: err.status ?? null } });
    throw new TokenServiceError(code, message, coolDownMs);
  }
}
