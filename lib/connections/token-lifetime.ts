import "server-only";
import { getDb } from "../db";
import { getEnv } from "../env";
import { logger } from "../logger";

// ACCESS_TOKEN_MIN_TTL_SECONDS must be well below the lifetime Remote actually gives tokens, or
// every cached token is already "about to expire" and each call refreshes. Remote documents 3600 s,
// but only what it sends (expires_in) counts.

let warned = false;

function tooClose(minTtlSeconds: number, lifetimeSeconds: number): boolean {
  return minTtlSeconds * 2 >= lifetimeSeconds;
}

function warningText(minTtlSeconds: number, lifetimeSeconds: number): string {
  return (
    `ACCESS_TOKEN_MIN_TTL_SECONDS (${minTtlSeconds}) is not well below the lifetime Remote gives access tokens (${lifetimeSeconds} s): ` +
    `tokens are refreshed after less than half their life. Lower it to at most ${Math.floor(lifetimeSeconds / 4)}.`
  );
}

/** Called when tokens are saved; logs the warning once per process. No database access. */
export function noteTokenLifetime(lifetimeSeconds: number): void {
  const minTtl = getEnv().ACCESS_TOKEN_MIN_TTL_SECONDS;
  if (warned || !tooClose(minTtl, lifetimeSeconds)) return;
  warned = true;
  logger.warn({ minTtlSeconds: minTtl, lifetimeSeconds }, warningText(minTtl, lifetimeSeconds));
}

/**
 * For the Settings page: the warning, or null when the setting fits every token lifetime Remote
 * has given (company and partner tokens of this environment) or none was recorded yet.
 */
export async function tokenLifetimeWarning(): Promise<{ message: string; lifetimeSeconds: number; minTtlSeconds: number } | null> {
  const env = getEnv();
  const db = getDb();
  const [companies, partner] = await Promise.all([
    db.connection.aggregate({ where: { environment: env.REMOTE_ENVIRONMENT, tokenLifetimeSeconds: { not: null } }, _min: { tokenLifetimeSeconds: true } }),
    db.partnerToken.findUnique({ where: { id: `${env.REMOTE_ENVIRONMENT}:${env.REMOTE_CLIENT_ID}` }, select: { tokenLifetimeSeconds: true } }),
  ]);
  const seen = [companies._min.tokenLifetimeSeconds, partner?.tokenLifetimeSeconds].filter((n): n is number => typeof n === "number");
  if (!seen.length) return null;
  const lifetime = Math.min(...seen);
  const minTtl = env.ACCESS_TOKEN_MIN_TTL_SECONDS;
  return tooClose(minTtl, lifetime) ? { message: warningText(minTtl, lifetime), lifetimeSeconds: lifetime, minTtlSeconds: minTtl } : null;
}
