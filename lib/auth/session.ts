// Pure session-token rules, kept apart from the next-auth wiring so they can be tested directly.
import { isStaffRole, type StaffRole } from "./roles";

export type StaffToken = { sub?: string; email?: string | null; name?: string | null; role?: StaffRole; signedInAt?: number };

/** The JWT claims written at sign-in: who, their role at that moment (a UI hint) and when. */
export function tokenForSignIn(user: { id?: string; email?: string | null; name?: string | null; role?: unknown }, now: number): StaffToken {
  return { sub: user.id, email: user.email, name: user.name, role: isStaffRole(user.role) ? user.role : "viewer", signedInAt: now };
}

/**
 * Absolute lifetime: a session ends `maxAgeSeconds` after sign-in however active it is (next-auth's
 * own expiry slides with every request). Tokens without a sign-in time are treated as expired.
 */
export function sessionExpired(token: StaffToken, maxAgeSeconds: number, now: number): boolean {
  const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
  return now - signedInAt > maxAgeSeconds || signedInAt > now + 60;
}
