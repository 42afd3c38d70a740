import "server-only";
import { getDb } from "../db";
import { getEnv } from "../env";
import { clientAddress } from "../http/client-address";
import { consume, pruneExpired, retryAfterSeconds } from "./bucket";

export type PublicLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MINUTE = 60_000;

/**
 * One unit of the public pages' budget (consent start, connect links, callback, create-company),
 * counted in the database so every app process shares it: per client address, then for everyone.
 *
 * The address bucket is spent first, so one noisy address that is refused does not eat the global
 * budget of everybody else. When the address is unknown (TRUSTED_PROXY_HOPS=0: X-Forwarded-For is
 * forgeable, so all clients look the same) there is no per-address bucket at all: a shared one would
 * only be a second, smaller global limit that one client could exhaust for everyone.
 */
export async function takePublicUnit(address: string | null, now = new Date()): Promise<PublicLimitResult> {
  const env = getEnv();
  const db = getDb();
  if (address) {
    const mine = await consume(db, `public:addr:${address}`, { limit: env.PUBLIC_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE }, now);
    if (!mine.allowed) return { allowed: false, retryAfterSeconds: retryAfterSeconds(mine, now.getTime()) };
  }
  const all = await consume(db, "public:all", { limit: env.PUBLIC_RATE_LIMIT_GLOBAL_PER_MINUTE, windowMs: MINUTE }, now);
  if (!all.allowed) return { allowed: false, retryAfterSeconds: retryAfterSeconds(all, now.getTime()) };
  // Per-address windows pile up; old ones are useless.
  if (Math.random() < 0.002) await pruneExpired(db, now);
  return { allowed: true };
}

/** The same, for a request: the address comes from X-Forwarded-For as far as TRUSTED_PROXY_HOPS vouches. */
export function takePublicUnitFor(headers: Headers | undefined): Promise<PublicLimitResult> {
  return takePublicUnit(clientAddress(headers, getEnv().TRUSTED_PROXY_HOPS));
}
