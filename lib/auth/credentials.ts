import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { getEnv } from "../env";
import { clientAddress } from "../http/client-address";
import { logger } from "../logger";
import { verifyPassword } from "./password";
import { consume, pruneExpired, refund, type RateLimitRule } from "./rate-limit";
import { isStaffRole, type StaffRole } from "./roles";

/** Failed attempts allowed per window: per e-mail address (guessing one account) and per client IP. */
export const SIGN_IN_LIMITS: { email: RateLimitRule; ip: RateLimitRule } = {
  email: { limit: 5, windowMs: 15 * 60_000 },
  ip: { limit: 30, windowMs: 15 * 60_000 },
};

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export type AuthenticatedStaff = { id: string; email: string; name: string | null; role: StaffRole };
export type CredentialsOutcome =
  | { ok: true; staff: AuthenticatedStaff }
  | { ok: false; reason: "invalid" | "rate_limited" };

const SIGN_IN = { type: "system", label: "sign-in" } as const;

/**
 * Checks an e-mail and password. Every attempt consumes one unit of the e-mail's and the IP's
 * buckets; a success gives them back, so only failures count towards the limit.
 */
export async function verifyCredentials(db: Db, raw: unknown, ip: string): Promise<CredentialsOutcome> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  // Without a trusted proxy the address is unknown: a shared bucket would let anyone lock everyone
  // out, so only the per-e-mail limit applies then.
  const keys = ip === "unknown" ? [`signin:email:${email}`] : [`signin:email:${email}`, `signin:ip:${ip}`];
  if (Math.random() < 0.01) await pruneExpired(db); // old windows are useless; keep the table small

  const [byEmail, byIp] = await Promise.all([
    consume(db, keys[0], SIGN_IN_LIMITS.email),
    keys[1] ? consume(db, keys[1], SIGN_IN_LIMITS.ip) : Promise.resolve({ allowed: true, count: 0 }),
  ]);
  if (!byEmail.allowed || !byIp.allowed) {
    // One audit row per window and key (the first refusal), so a flood cannot flood the log.
    const first = (!byEmail.allowed && byEmail.count === SIGN_IN_LIMITS.email.limit + 1) ||
      (!byIp.allowed && byIp.count === SIGN_IN_LIMITS.ip.limit + 1);
    if (first) {
      await recordAudit(
        { type: "staff.sign_in_failed", actor: SIGN_IN, message: "Too many failed sign-in attempts; sign-in paused", metadata: { email, reason: "rate_limited", method: "password", ip } },
        db,
      );
    }
    logger.warn({ event: "staff.sign_in_rate_limited" }, "sign-in rate limited");
    return { ok: false, reason: "rate_limited" };
  }

  const user = await db.staffUser.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.disabledAt || !isStaffRole(user.role)) {
    const reason = !user ? "unknown_email" : !passwordOk ? "wrong_password" : "disabled";
    await recordAudit(
      {
        type: "staff.sign_in_failed",
        actor: user ? { type: "staff", id: user.id, label: user.email } : SIGN_IN,
        message: "Sign-in with e-mail and password failed",
        metadata: { email, reason, method: "password", ip },
      },
      db,
    );
    return { ok: false, reason: "invalid" };
  }

  await Promise.all(keys.map((k) => refund(db, k)));
  await db.staffUser.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit(
    { type: "staff.signed_in", actor: { type: "staff", id: user.id, label: user.email }, message: "Signed in with e-mail and password", metadata: { method: "password", ip } },
    db,
  );
  return { ok: true, staff: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/** The client address when a trusted proxy vouches for it (see TRUSTED_PROXY_HOPS), else "unknown". */
export function clientIp(headers: Headers | undefined): string {
  return clientAddress(headers, getEnv().TRUSTED_PROXY_HOPS) ?? "unknown";
}
