import "server-only";
import { decryptSecret, encryptSecret } from "../crypto/vault";
import { getDb } from "../db";
import type { Prisma } from "../db/client";
import { getEnv } from "../env";
import { logger } from "../logger";
import { observeTokenFailure, observeTokenRequest, timeTokenRefresh } from "../metrics/tokens";
import { withBudget } from "../remote/budget";
import { RemoteError } from "../remote/errors";
import { clientCredentialsGrant } from "../remote/oauth";
import { withRetry } from "../remote/retry";
import { assertClientCircuitClosed, closeClientCircuit, openClientCircuit, passClientCircuit, releaseClientProbe } from "./client-circuit";
import { TokenServiceError } from "./errors";
import { leasedSelect, leaseIsFree, PROCESS_OWNER, singleFlight } from "./single-flight";
import { noteTokenLifetime } from "./token-lifetime";
import { toTokenFailure } from "./token-failure";

// The partner-level (client credentials) token, cached in the database like company tokens so all
// app processes share one token, one refresh, and one failure (with its cool-down).

/** `version` is the stored token version (-1 when never stored); see invalidatePartnerToken. */
export type PartnerToken = { accessToken: string; expiresAt: Date; version: number };

const select = {
  accessTokenEnc: true,
  expiresAt: true,
  consecutiveFailures: true,
  ...leasedSelect,
} as const satisfies Prisma.PartnerTokenSelect;
type Row = Prisma.PartnerTokenGetPayload<{ select: typeof select }>;

function rowId() {
  const env = getEnv();
  return `${env.REMOTE_ENVIRONMENT}:${env.REMOTE_CLIENT_ID}`;
}

export async function getPartnerAccessToken(): Promise<PartnerToken> {
  const answer = { refreshed: false };
  try {
    const r = await partnerToken(answer);
    observeTokenRequest("partner", r.cached ? "cache_hit" : answer.refreshed ? "refreshed" : "waited");
    return r.token;
  } catch (e) {
    observeTokenFailure("partner", e);
    throw e;
  }
}

async function partnerToken(answer: { refreshed: boolean }): Promise<{ token: PartnerToken; cached: boolean }> {
  const db = getDb();
  const id = rowId();
  const minTtlMs = getEnv().ACCESS_TOKEN_MIN_TTL_SECONDS * 1000;
  const slot = { table: "PartnerToken", id, field: "accessToken" } as const;
  const read = () => db.partnerToken.findUnique({ where: { id }, select });
  const fresh = (row: Row) =>
    row.accessTokenEnc && row.expiresAt && row.expiresAt.getTime() - Date.now() > minTtlMs
      ? { accessToken: decryptSecret(slot, row.accessTokenEnc), expiresAt: row.expiresAt, version: row.tokenVersion }
      : null;

  let row = await read();
  const token = row && fresh(row);
  if (token) return { token, cached: true };
  if (!row) {
    // Concurrent first callers may race to create the row; losing that race is fine.
    await db.partnerToken.create({ data: { id } }).catch((e: { code?: string }) => {
      if (e?.code !== "P2002") throw e;
    });
    row = await read();
  }
  const leaseMs = getEnv().TOKEN_REFRESH_LEASE_SECONDS * 1000;

  const flown = singleFlight<Row, PartnerToken>(
    `partner:${id}`,
    {
      read,
      async tryAcquire(version, owner, until, startedAt) {
        const r = await db.partnerToken.updateMany({
          where: { id, tokenVersion: version, AND: leaseIsFree(new Date(), startedAt) },
          data: { leaseOwner: owner, leaseExpiresAt: until },
        });
        return r.count === 1;
      },
      assertUsable(row): asserts row is Row {
        if (!row) throw new TokenServiceError("not_found", "Partner token row vanished.");
      },
      fresh,
      gate: assertClientCircuitClosed,
    },
    {
      force: false,
      leaseMs,
      row,
      async refresh(version, until) {
        answer.refreshed = true;
        const held = { id, leaseOwner: PROCESS_OWNER };
        const released = { leaseOwner: null, leaseExpiresAt: null };
        const fail = async (code: string, message: string, coolDownMs: number | null, failed: boolean) => {
          // Where waiting callers (in any process) see it; then free our lease only. One clock reading, so the
          // cool-down recorded is exactly the one decided.
          const at = new Date();
          const retryNotBefore = coolDownMs === null ? null : new Date(at.getTime() + coolDownMs);
          await db.partnerToken.updateMany({
            where: held,
            data: { ...released, lastErrorAt: at, lastErrorCode: code, lastErrorMessage: message, retryNotBefore, ...(failed ? { consecutiveFailures: { increment: 1 } } : {}) },
          });
        };
        let probe = false;
        try {
          ({ probe } = await passClientCircuit(leaseMs));
        } catch (e) {
          // The circuit's gate stops later callers; no cool-down of our own that could outlast it.
          if (e instanceof TokenServiceError) await fail(e.code, e.message, null, false);
          throw e;
        }
        try {
          const lastStart = until.getTime() - getEnv().REMOTE_HTTP_TIMEOUT_MS;
          // A wait for the rate budget ends in time too, so a reply never arrives after the lease.
          const t = await timeTokenRefresh("partner", () =>
            withBudget({ deadline: lastStart }, () => withRetry(() => clientCredentialsGrant(), { attempts: 3, deadline: lastStart })),
          );
          if (probe) await closeClientCircuit();
          noteTokenLifetime(t.expiresIn);
          const expiresAt = new Date(Date.now() + t.expiresIn * 1000);
          const saved = await db.partnerToken.updateMany({
            where: { id, tokenVersion: version },
            data: {
              accessTokenEnc: encryptSecret(slot, t.accessToken),
              expiresAt,
              tokenLifetimeSeconds: t.expiresIn,
              tokenVersion: { increment: 1 },
              ...released,
              consecutiveFailures: 0,
              lastErrorAt: null,
              lastErrorCode: null,
              lastErrorMessage: null,
              retryNotBefore: null,
            },
          });
          return { accessToken: t.accessToken, expiresAt, version: saved.count === 1 ? version + 1 : -1 };
        } catch (e) {
          if (!(e instanceof RemoteError)) logger.error({ err: e instanceof Error ? e.message : String(e) }, "partner token request failed unexpectedly");
          const failure = toTokenFailure(e, "client_credentials", (row?.consecutiveFailures ?? 0) + 1);
          if (failure.scope === "client") {
            const openUntil = await openClientCircuit(failure, probe);
            await fail(failure.code, failure.message, null, false);
            throw new TokenServiceError(failure.code, failure.message, Math.max(0, openUntil.getTime() - Date.now()));
          }
          if (probe) await releaseClientProbe();
          await fail(failure.code, failure.message, failure.coolDownMs, true);
          throw new TokenServiceError(failure.code, failure.message, failure.coolDownMs);
        }
      },
    },
  );
  return { token: await flown, cached: false };
}

/**
 * Forgets the stored partner token after Remote refused it (401), so the next caller fetches a new
 * one, but only while the row still holds that version: a newer token stored meanwhile stays.
 */
export async function invalidatePartnerToken(version: number): Promise<boolean> {
  const r = await getDb().partnerToken.updateMany({
    where: { id: rowId(), tokenVersion: version, accessTokenEnc: { not: null } },
    data: { accessTokenEnc: null, expiresAt: null },
  });
  return r.count === 1;
}
