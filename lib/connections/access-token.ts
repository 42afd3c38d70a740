import "server-only";
import { timingSafeEqual } from "node:crypto";
import { SYSTEM } from "../audit/record";
import type { Actor } from "../audit/events";
import { decryptSecret } from "../crypto/vault";
import { getDb } from "../db";
import { hotRead } from "../db/hot-read";
import type { Prisma } from "../db/client";
import { getEnv } from "../env";
import { observeTokenFailure, observeTokenRequest } from "../metrics/tokens";
import { assertClientCircuitClosed } from "./client-circuit";
import { refreshAsHolder, type CompanyAccessToken } from "./company-refresh";
import { TokenServiceError } from "./errors";
import { leasedSelect, leaseIsFree, singleFlight } from "./single-flight";

export type { CompanyAccessToken } from "./company-refresh";

const rowSelect = {
  status: true,
  remoteCompanyId: true,
  accessTokenEnc: true,
  accessTokenExpiresAt: true,
  ...leasedSelect,
} as const satisfies Prisma.ConnectionSelect;

type Row = Prisma.ConnectionGetPayload<{ select: typeof rowSelect }>;

const READ_SQL = `SELECT ${Object.keys(rowSelect).map((c) => `"${c}"`).join(", ")} FROM "Connection" WHERE "id" = ? AND "environment" = ?`;
const DATES = ["accessTokenExpiresAt", "lastErrorAt", "retryNotBefore"] as const satisfies readonly (keyof Row)[];

/**
 * The hot path: a cache hit is this one indexed read (outside the ORM, see lib/db/hot-read.ts) plus
 * one decrypt; a miss hands the same row to the single flight. Scoped to the configured
 * environment: a sandbox row must never be refreshed against production.
 */
async function readRow(connectionId: string): Promise<Row | null> {
  const [row] = await hotRead<Row>(getDb(), READ_SQL, [connectionId, getEnv().REMOTE_ENVIRONMENT], { dates: DATES });
  return row ?? null;
}

function assertUsable(row: Row | null): asserts row is Row {
  if (!row) throw new TokenServiceError("not_found", "No such connection.");
  if (row.status === "disconnected") throw new TokenServiceError("disconnected", "This company has been disconnected.");
  if (row.status === "needs_reconnect") {
    throw new TokenServiceError("needs_reconnect", "Remote no longer accepts this company's consent; a company admin must reconnect.");
  }
}

function tokenFrom(connectionId: string, row: Pick<Row, "accessTokenEnc" | "accessTokenExpiresAt" | "remoteCompanyId" | "tokenVersion">, minTtlMs: number): CompanyAccessToken | null {
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
  let row: Row | undefined;
  try {
    if (!opts.forceRefresh) {
      const read = await readRow(connectionId);
      assertUsable(read);
      const token = tokenFrom(connectionId, read, minTtlMs);
      if (token && !(opts.rejectedToken && sameSecret(token.accessToken, opts.rejectedToken))) {
        observeTokenRequest("company", "cache_hit");
        return token;
      }
      // The caller's token was refused and is still the stored one: forget exactly that version (a
      // newer one stored meanwhile is kept), then take the shared refresh below on a fresh read.
      if (token) await invalidateAccessToken(connectionId, token.version);
      else row = read;
    }
    // Only the caller whose flight took the lease refreshed; the others got its (or another process's) token.
    let held = false;
    const token = await refreshShared(connectionId, { force: !!opts.forceRefresh, actor: opts.actor ?? SYSTEM, minTtlMs, row, onHold: () => (held = true) });
    observeTokenRequest("company", held ? "refreshed" : "waited");
    return token;
  } catch (e) {
    observeTokenFailure("company", e);
    throw e;
  }
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

/**
 * The health monitor's forced refresh: the same single flight, one Remote call at most (the
 * monitor comes back later instead of retrying). `calledRemote` is false when this caller did not
 * hold the lease (another caller's refresh answered, or a cool-down stopped it before Remote).
 */
export async function refreshForHealthCheck(connectionId: string, at?: Date): Promise<{ calledRemote: boolean; error?: unknown }> {
  let calledRemote = false;
  try {
    await refreshShared(connectionId, {
      force: true,
      actor: SYSTEM,
      minTtlMs: getEnv().ACCESS_TOKEN_MIN_TTL_SECONDS * 1000,
      attempts: 1,
      at,
      onHold: () => (calledRemote = true),
    });
    return { calledRemote };
  } catch (error) {
    return { calledRemote, error };
  }
}

type SharedOptions = { force: boolean; actor: Actor; minTtlMs: number; row?: Row; attempts?: number; at?: Date; onHold?: () => void };

function refreshShared(connectionId: string, opts: SharedOptions) {
  const db = getDb();
  const leaseMs = getEnv().TOKEN_REFRESH_LEASE_SECONDS * 1000;
  return singleFlight<Row, CompanyAccessToken>(
    `company:${connectionId}`,
    {
      read: () => readRow(connectionId),
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
      fresh: (row) => tokenFrom(connectionId, row, opts.minTtlMs),
      gate: assertClientCircuitClosed,
    },
    {
      force: opts.force,
      leaseMs,
      row: opts.row,
      refresh: (version, until) => {
        opts.onHold?.();
        return refreshAsHolder({ connectionId, version, leaseUntil: until, leaseMs, actor: opts.actor, attempts: opts.attempts, at: opts.at });
      },
    },
  );
}
