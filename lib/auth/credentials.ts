import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { getEnv } from "../env";
import { clientAddress } from "../http/client-address";
import { logger } from "../logger";
import { consume, pruneExpired, refund, retryAfterSeconds, type RateLimitRule } from "../rate-limit/bucket";
import { countForSummary } from "../rate-limit/summary";
import { verifyPassword } from "./password";
import { isStaffRole, type StaffRole } from "./roles";
import { deviceIdFor } from "./sign-in-device";
import { claimAttempt, clearStreak, releaseAttempt, throttleWaitMs } from "./sign-in-throttle";

/** Attempts per client address across all e-mails (only when the address is known). */
export const SIGN_IN_ADDRESS_LIMIT: RateLimitRule = { limit: 30, windowMs: 15 * 60_000 };
/** Failed sign-ins audited one by one per minute; beyond, they are counted into one summary a minute. */
export const SIGN_IN_AUDITS_PER_MINUTE = 20;
const MINUTE = 60_000;
const GLOBAL_KEY = "signin:all";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
  /** The device cookie (sign-in-device.ts), passed along by the sign-in action. */
  device: z.string().max(200).optional(),
});

export type AuthenticatedStaff = { id: string; email: string; name: string | null; role: StaffRole };
export type SignInPause = { kind: "throttled" | "address" | "busy"; retryAfterSeconds: number };
export type CredentialsOutcome =
  | { ok: true; staff: AuthenticatedStaff }
  | { ok: false; reason: "invalid" }
  | ({ ok: false; reason: "rate_limited" } & SignInPause);

const SIGN_IN = { type: "system", label: "sign-in" } as const;

/** The streak this attempt belongs to: the e-mail from this browser (device cookie) or this address. */
function place(email: string, ip: string, device: unknown) {
  const deviceId = deviceIdFor(email, device);
  if (deviceId) return { key: `signin:email:${email}|device:${deviceId}`, known: true };
  return { key: `signin:email:${email}|addr:${ip}`, known: ip !== "unknown" };
}

/**
 * Checks an e-mail and password. In order, each refusal cheaper than the next step:
 * 1. the client address's budget across e-mails (known addresses only),
 * 2. the progressive delay of this e-mail from this place (never from other places),
 * 3. the global budget of attempts a minute (bounds password hashing and audit rows when nothing
 *    tells clients apart), then the password itself.
 */
export async function verifyCredentials(db: Db, raw: unknown, ip: string, now = new Date()): Promise<CredentialsOutcome> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password, device } = parsed.data;
  const where = place(email, ip, device);
  const addressKey = ip === "unknown" ? null : `signin:ip:${ip}`;
  if (Math.random() < 0.01) await pruneExpired(db, now); // old windows are useless; keep the table small

  const refuse = async (pause: SignInPause): Promise<CredentialsOutcome> => {
    await auditFailure(db, { email, reason: `rate_limited_${pause.kind}`, ip }, now);
    logger.warn({ event: "staff.sign_in_rate_limited", kind: pause.kind }, "sign-in rate limited");
    return { ok: false, reason: "rate_limited", ...pause };
  };

  if (addressKey) {
    const byAddress = await consume(db, addressKey, SIGN_IN_ADDRESS_LIMIT, now);
    if (!byAddress.allowed) return refuse({ kind: "address", retryAfterSeconds: retryAfterSeconds(byAddress, now.getTime()) });
  }
  const claim = await claimAttempt(db, where.key, where.known, now);
  if (!claim.ok) return refuse({ kind: "throttled", retryAfterSeconds: Math.max(1, Math.ceil(claim.retryAfterMs / 1000)) });
  const all = await consume(db, GLOBAL_KEY, { limit: getEnv().SIGN_IN_ATTEMPTS_GLOBAL_PER_MINUTE, windowMs: MINUTE }, now);
  if (!all.allowed) {
    await releaseAttempt(db, where.key, claim.count); // not this place's failure
    return refuse({ kind: "busy", retryAfterSeconds: retryAfterSeconds(all, now.getTime()) });
  }

  const user = await db.staffUser.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.disabledAt || !isStaffRole(user.role)) {
    const reason = !user ? "unknown_email" : !passwordOk ? "wrong_password" : "disabled";
    await auditFailure(db, { email, reason, ip, user }, now);
    return { ok: false, reason: "invalid" };
  }

  await clearStreak(db, where.key);
  if (addressKey) await refund(db, addressKey);
  await db.staffUser.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await recordAudit(
    { type: "staff.signed_in", actor: { type: "staff", id: user.id, label: user.email }, message: "Signed in with e-mail and password", metadata: { method: "password", ip } },
    db,
  );
  return { ok: true, staff: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/** One audit row per failure up to a budget a minute; beyond it, one summary a minute at most. */
async function auditFailure(db: Db, f: { email: string; reason: string; ip: string; user?: { id: string; email: string } | null }, now: Date) {
  const budget = await consume(db, "signin:audits", { limit: SIGN_IN_AUDITS_PER_MINUTE, windowMs: MINUTE }, now);
  if (budget.allowed) {
    const paused = f.reason.startsWith("rate_limited");
    await recordAudit(
      {
        type: "staff.sign_in_failed",
        actor: f.user ? { type: "staff", id: f.user.id, label: f.user.email } : SIGN_IN,
        message: paused ? "Sign-in refused: too many attempts" : "Sign-in with e-mail and password failed",
        metadata: { email: f.email, reason: f.reason, method: "password", ip: f.ip },
      },
      db,
    );
    return;
  }
  await countForSummary(db, "sign-in", f.reason, MINUTE, ({ total, byReason, since }) =>
    recordAudit(
      {
        type: "staff.sign_in_failed",
        actor: SIGN_IN,
        message: `${total} more failed or refused sign-in${total === 1 ? "" : "s"} in the last minute (over the audit budget)`,
        metadata: { summary: true, count: total, since: since?.toISOString() ?? null, method: "password", ...byReason },
      },
      db,
    ), now);
}

/**
 * Why sign-in is paused for this e-mail from here (read only), for the sign-in page's message: the
 * action only learns "rate limited" from next-auth.
 */
export async function signInPause(db: Db, raw: { email: string; device?: string }, ip: string, now = new Date()): Promise<SignInPause | null> {
  const email = raw.email.trim().toLowerCase();
  const where = place(email, ip, raw.device);
  const wait = await throttleWaitMs(db, where.key, where.known, now);
  if (wait > 0) return { kind: "throttled", retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
  const buckets = await db.rateLimitBucket.findMany({ where: { key: { in: [GLOBAL_KEY, `signin:ip:${ip}`] }, resetAt: { gt: now } } });
  const all = buckets.find((b) => b.key === GLOBAL_KEY);
  if (all && all.count > getEnv().SIGN_IN_ATTEMPTS_GLOBAL_PER_MINUTE) return { kind: "busy", retryAfterSeconds: retryAfterSeconds(all, now.getTime()) };
  const mine = buckets.find((b) => b.key !== GLOBAL_KEY);
  if (mine && ip !== "unknown" && mine.count > SIGN_IN_ADDRESS_LIMIT.limit) return { kind: "address", retryAfterSeconds: retryAfterSeconds(mine, now.getTime()) };
  return null;
}

/** The client address when a trusted proxy vouches for it (see TRUSTED_PROXY_HOPS), else "unknown". */
export function clientIp(headers: Headers | undefined): string {
  return clientAddress(headers, getEnv().TRUSTED_PROXY_HOPS) ?? "unknown";
}
