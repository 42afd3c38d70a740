import "server-only";
import { decryptSecret, encryptSecret } from "../crypto/vault";
import { getDb } from "../db";
import type { Prisma } from "../db/client";
import { getEnv } from "../env";
import { RemoteError } from "../remote/errors";
import { clientCredentialsGrant } from "../remote/oauth";
import { withRetry } from "../remote/retry";
import { TokenServiceError } from "./errors";
import { leasedSelect, leaseIsFree, PROCESS_OWNER, singleFlight, UNAVAILABLE_COOL_DOWN_MS, type LeasedRow } from "./single-flight";

// The partner-level (client credentials) token, cached in the database like company tokens so all
// app processes share one token, one refresh, and one failure (with its cool-down).
type Row = LeasedRow & { accessTokenEnc: string | null; expiresAt: Date | null };
/** `version` is the stored token version (-1 when never stored); see invalidatePartnerToken. */
export type PartnerToken = { accessToken: string; expiresAt: Date; version: number };

const select = {
  accessTokenEnc: true,
  expiresAt: true,
  ...leasedSelect,
} as const satisfies Prisma.PartnerTokenSelect;

function rowId() {
  const env = getEnv();
  return `${env.REMOTE_ENVIRONMENT}:${env.REMOTE_CLIENT_ID}`;
}

export async function getPartnerAccessToken(): Promise<PartnerToken> {
  const db = getDb();
  const id = rowId();
  const minTtlMs = getEnv().ACCESS_TOKEN_MIN_TTL_SECONDS * 1000;
  const slot = { table: "PartnerToken", id, field: "accessToken" } as const;
  const read = () => db.partnerToken.findUnique({ where: { id }, select });
  const fresh = (row: Row) =>
    row.accessTokenEnc && row.expiresAt && row.expiresAt.getTime() - Date.now() > minTtlMs
      ? { accessToken: decryptSecret(slot, row.accessTokenEnc), expiresAt: row.expiresAt, version: row.tokenVersion }
      : null;

  const row = await read();
  const token = row && fresh(row);
  if (token) return token;
  // Concurrent first callers may race to create the row; losing that race is fine.
  await db.partnerToken.create({ data: { id } }).catch((e: { code?: string }) => {
    if (e?.code !== "P2002") throw e;
  });

  return singleFlight<Row, PartnerToken>(
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
    },
    {
      force: false,
      leaseMs: getEnv().TOKEN_REFRESH_LEASE_SECONDS * 1000,
      async refresh(version, until) {
        const held = { id, leaseOwner: PROCESS_OWNER };
        try {
          const t = await withRetry(() => clientCredentialsGrant(), { attempts: 3, deadline: until.getTime() - getEnv().REMOTE_HTTP_TIMEOUT_MS });
          const expiresAt = new Date(Date.now() + t.expiresIn * 1000);
          const saved = await db.partnerToken.updateMany({
            where: { id, tokenVersion: version },
            data: {
              accessTokenEnc: encryptSecret(slot, t.accessToken),
              expiresAt,
              tokenVersion: { increment: 1 },
              leaseOwner: null,
              leaseExpiresAt: null,
              lastErrorAt: null,
              lastErrorCode: null,
              lastErrorMessage: null,
              retryNotBefore: null,
            },
          });
          return { accessToken: t.accessToken, expiresAt, version: saved.count === 1 ? version + 1 : -1 };
        } catch (e) {
          const failure = classify(e);
          const now = new Date();
          // Record the failure where waiting callers (in any process) see it, then free our lease only.
          await db.partnerToken.updateMany({
            where: held,
            data: {
              leaseOwner: null,
              leaseExpiresAt: null,
              lastErrorAt: now,
              lastErrorCode: failure.code,
              lastErrorMessage: failure.message,
              retryNotBefore: failure.coolDownMs ? new Date(now.getTime() + failure.coolDownMs) : null,
            },
          });
          throw failure;
        }
      },
    },
  );
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

function classify(e: unknown): TokenServiceError & { coolDownMs?: number } {
  if (e instanceof RemoteError && (e.kind === "invalid_client" || e.kind === "bad_request" || e.kind === "invalid_grant")) {
    return new TokenServiceError(
      "misconfigured",
      "Remote refused this app's client credentials; check REMOTE_CLIENT_ID, REMOTE_CLIENT_SECRET and that client credentials access is allowed for the integration.",
    );
  }
  const limited = e instanceof RemoteError && e.kind === "rate_limited";
  const coolDownMs = limited ? ((e as RemoteError).retryAfterMs ?? 5_000) : UNAVAILABLE_COOL_DOWN_MS;
  const err = new TokenServiceError(
    limited ? "rate_limited" : "temporarily_unavailable",
    limited ? "Remote is rate-limiting requests; try again shortly." : "Remote is temporarily unavailable; try again shortly.",
    coolDownMs,
  );
  return Object.assign(err, { coolDownMs });
}
