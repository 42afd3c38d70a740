import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../audit/events";
import { findConnection } from "../connections/queries";
import { randomToken, sha256 } from "../crypto/hash";
import { getDb } from "../db";
import { getEnv } from "../env";
import { ApiProblem } from "../partner-api/respond";

export const BROWSER_SESSION_PREFIX = "rcs_";
/** Long enough for one onboarding screen; the partner's backend mints a new one for the next. */
export const BROWSER_SESSION_TTL_MS = 15 * 60_000;

export type MintedBrowserSession = { token: string; expires_at: string; proxy_url: string };

/** An exact origin (scheme://host[:port]); https unless the service runs against the emulator. */
export function checkAllowedOrigin(origin: string): string {
  let u: URL | null = null;
  try {
    u = new URL(origin);
  } catch {}
  if (!u || u.origin !== origin || !["https:", "http:"].includes(u.protocol)) {
    throw new ApiProblem("invalid_request", "allowed_origin must be an exact origin like https://app.example.com (no path, no trailing slash, lower-case host).");
  }
  if (u.protocol === "http:" && getEnv().REMOTE_ENVIRONMENT !== "emulator") {
    throw new ApiProblem("invalid_request", "allowed_origin must use https (plain http only in emulator mode).");
  }
  return origin;
}

/**
 * A short-lived token for remote-flows in the partner's page: GET-only, this connection's proxy only,
 * from `allowedOrigin` only. Returned once; only its SHA-256 is stored (like API keys).
 */
export async function mintBrowserSession(input: { connectionId: string; allowedOrigin: string; actor: Actor; apiKeyId?: string }): Promise<MintedBrowserSession> {
  const allowedOrigin = checkAllowedOrigin(input.allowedOrigin);
  const connection = await findConnection(input.connectionId);
  if (!connection) throw new ApiProblem("not_found", "No connection with this id.");
  if (connection.status === "disconnected") throw new ApiProblem("disconnected", "This company has been disconnected.");
  if (connection.status === "needs_reconnect") throw new ApiProblem("needs_reconnect", "Remote no longer accepts this company's consent; a company admin must reconnect.");

  const db = getDb();
  const now = Date.now();
  // Pruning here keeps the table to roughly the sessions of the last 15 minutes, with no job.
  await db.browserSession.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  const token = `${BROWSER_SESSION_PREFIX}${randomToken(32)}`;
  const expiresAt = new Date(now + BROWSER_SESSION_TTL_MS);
  const row = await db.browserSession.create({
    data: { tokenHash: sha256(token), connectionId: connection.id, allowedOrigin, apiKeyId: input.apiKeyId ?? null, expiresAt },
    select: { id: true },
  });
  await recordAudit({
    type: "browser_session.created",
    actor: input.actor,
    connectionId: connection.id,
    metadata: { browser_session_id: row.id, allowed_origin: allowedOrigin, expires_at: expiresAt.toISOString() },
  });
  return {
    token,
    expires_at: expiresAt.toISOString(),
    proxy_url: `${getEnv().APP_URL}/api/v1/connections/${encodeURIComponent(connection.id)}/remote`,
  };
}
