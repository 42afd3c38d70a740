import "server-only";
import { decryptSecret, encryptSecret } from "../crypto/vault";
import { getDb } from "../db";
import type { Prisma } from "../db/client";
import { getEnv } from "../env";
import { RemoteError } from "../remote/errors";
import { clientCredentialsGrant } from "../remote/oauth";
import { withRetry } from "../remote/retry";
import { TokenServiceError } from "./errors";
import { singleFlight, type LeasedRow } from "./single-flight";

// The partner-level (client credentials) token, cached in the database like company tokens so all
// app processes share one token and one refresh. The row id binds it to environment and client.
type Row = LeasedRow & { accessTokenEnc: string | null; expiresAt: Date | null };

const select = { accessTokenEnc: true, expiresAt: true, tokenVersion: true, leaseOwner: true } as const satisfies Prisma.PartnerTokenSelect;

function rowId() {
  const env = getEnv();
  return `${env.REMOTE_ENVIRONMENT}:${env.REMOTE_CLIENT_ID}`;
}

export async function getPartnerAccessToken(opts: { forceRefresh?: boolean } = {}): Promise<{ accessToken: string; expiresAt: Date }> {
  const db = getDb();
  const id = rowId();
  const minTtlMs = getEnv().ACCESS_TOKEN_MIN_TTL_SECONDS * 1000;
  const slot = { table: "PartnerToken", id, field: "accessToken" } as const;
  const read = async (): Promise<Row | null> => {
    const r = await db.partnerToken.findUnique({ where: { id }, select });
    return r && { ...r, lastErrorAt: null, lastErrorCode: null, lastErrorMessage: null };
  };
  const fresh = (row: Row) =>
    row.accessTokenEnc && row.expiresAt && row.expiresAt.getTime() - Date.now() > minTtlMs
      ? { accessToken: decryptSecret(slot, row.accessTokenEnc), expiresAt: row.expiresAt }
      : null;

  if (!opts.forceRefresh) {
    const row = await read();
    const token = row && fresh(row);
    if (token) return token;
  }
  // Concurrent first callers may race to create the row; losing that race is fine.
  await db.partnerToken.create({ data: { id } }).catch((e: { code?: string }) => {
    if (e?.code !== "P2002") throw e;
  });

  return singleFlight<Row, { accessToken: string; expiresAt: Date }>(
    {
      read,
      async tryAcquire(version, owner, until) {
        const now = new Date();
        const r = await db.partnerToken.updateMany({
          where: { id, tokenVersion: version, OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lt: now } }] },
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
      force: !!opts.forceRefresh,
      leaseMs: getEnv().TOKEN_REFRESH_LEASE_SECONDS * 1000,
      async refresh(version, until) {
        try {
          const t = await withRetry(() => clientCredentialsGrant(), { attempts: 3, deadline: until.getTime() - getEnv().REMOTE_HTTP_TIMEOUT_MS });
          const expiresAt = new Date(Date.now() + t.expiresIn * 1000);
          await db.partnerToken.updateMany({
            where: { id, tokenVersion: version },
            data: { accessTokenEnc: encryptSecret(slot, t.accessToken), expiresAt, tokenVersion: { increment: 1 }, leaseOwner: null, leaseExpiresAt: null },
          });
          return { accessToken: t.accessToken, expiresAt };
        } catch (e) {
          await db.partnerToken.updateMany({ where: { id }, data: { leaseOwner: null, leaseExpiresAt: null } });
          if (e instanceof RemoteError && (e.kind === "invalid_client" || e.kind === "bad_request" || e.kind === "invalid_grant")) {
            throw new TokenServiceError("misconfigured", "Remote refused this app's client credentials; check REMOTE_CLIENT_ID, REMOTE_CLIENT_SECRET and that client credentials access is allowed for the integration.");
          }
          if (e instanceof RemoteError && e.kind === "rate_limited") {
            throw new TokenServiceError("rate_limited", "Remote is rate-limiting requests; try again shortly.", e.retryAfterMs);
          }
          throw new TokenServiceError("temporarily_unavailable", "Remote is temporarily unavailable; try again shortly.");
        }
      },
    },
  );
}
