import "server-only";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { isStaffRole } from "./roles";
import type { AuthenticatedStaff } from "./credentials";

export type OidcProfile = { email?: unknown; email_verified?: unknown; preferred_username?: unknown; name?: unknown; sub?: unknown };
export type OidcAdmission = { ok: true; staff: AuthenticatedStaff } | { ok: false; reason: string };
export type OidcPolicy = {
  /** The configured issuer: with the token's `sub`, the identity that is remembered. */
  issuer: string;
  allowedDomains: string[];
  /** AUTH_OIDC_TRUST_UNVERIFIED_EMAIL: for providers that vouch for addresses without the claim (Entra ID). */
  trustUnverifiedEmail: boolean;
};

const STAFF = { id: true, email: true, name: true, role: true, disabledAt: true } as const;

/** The e-mail a first sign-in may be linked by, or why there is none. */
function linkableEmail(profile: OidcProfile, trustUnverified: boolean): { email: string } | { reason: string } {
  // Cognito sends the claim as the string "true".
  const verified = profile.email_verified === true || profile.email_verified === "true";
  if (!verified && !trustUnverified) return { reason: hasEmail(profile.email) ? "email_not_verified" : "no_email" };
  // Entra ID often sends no `email` claim; its `preferred_username` is then the sign-in address.
  const claimed = hasEmail(profile.email) ? profile.email : trustUnverified ? profile.preferred_username : undefined;
  const email = typeof claimed === "string" ? claimed.trim().toLowerCase() : "";
  return hasEmail(email) ? { email } : { reason: "no_email" };
}

const hasEmail = (v: unknown): v is string => typeof v === "string" && v.includes("@");

/**
 * Who may enter through single sign-on. A known identity (issuer + subject) is its linked staff user,
 * whatever e-mail it now shows. A new one is linked by a verified e-mail to an existing, enabled staff
 * user (invited staff) or, when AUTH_OIDC_ALLOWED_DOMAINS lists the domain, to a new viewer; never to
 * a user who already has a different identity at this issuer.
 */
export async function admitOidcUser(db: Db, profile: OidcProfile, policy: OidcPolicy): Promise<OidcAdmission> {
  const subject = typeof profile.sub === "string" && profile.sub ? profile.sub : "";
  const shownEmail = typeof profile.email === "string" ? profile.email.trim().toLowerCase().slice(0, 320) : null;
  const fail = async (reason: string, email: string | null = shownEmail): Promise<OidcAdmission> => {
    await recordAudit(
      { type: "staff.sign_in_failed", actor: { type: "system", label: "sign-in" }, message: "Single sign-on refused", metadata: { email: email || null, reason, method: "oidc" } },
      db,
    );
    return { ok: false, reason };
  };
  if (!subject) return fail("no_subject");

  const known = await db.staffIdentity.findUnique({
    where: { issuer_subject: { issuer: policy.issuer, subject } },
    select: { id: true, staffUser: { select: STAFF } },
  });
  let user = known?.staffUser;
  if (!user) {
    const linkable = linkableEmail(profile, policy.trustUnverifiedEmail);
    if ("reason" in linkable) return fail(linkable.reason);
    const { email } = linkable;
    user = (await db.staffUser.findUnique({ where: { email }, select: STAFF })) ?? undefined;
    if (user?.disabledAt) return fail("disabled", email);
    if (!user) {
      if (!policy.allowedDomains.includes(email.split("@").pop()!)) return fail("not_invited", email);
      const name = typeof profile.name === "string" ? profile.name.slice(0, 200) : null;
      user = await db.staffUser.upsert({ where: { email }, create: { email, name, role: "viewer" }, update: {}, select: STAFF });
    }
    if (!(await link(db, user.id, policy.issuer, subject, email))) return fail("identity_mismatch", email);
  }
  if (user.disabledAt) return fail("disabled", user.email);
  if (!isStaffRole(user.role)) return fail("unknown_role", user.email);
  const now = new Date();
  await db.staffUser.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await db.staffIdentity.update({ where: { issuer_subject: { issuer: policy.issuer, subject } }, data: { lastSignInAt: now, email: shownEmail } });
  await recordAudit(
    { type: "staff.signed_in", actor: { type: "staff", id: user.id, label: user.email }, message: "Signed in with single sign-on", metadata: { method: "oidc", ...(known ? {} : { linked: true }) } },
    db,
  );
  return { ok: true, staff: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/**
 * Remembers (issuer, subject) for the user, unless the user already has another subject at this
 * issuer: someone else presenting that e-mail. Two first sign-ins racing each other both insert; the
 * earliest row wins and the other is removed again, so a user never ends up with two.
 */
async function link(db: Db, staffUserId: string, issuer: string, subject: string, email: string): Promise<boolean> {
  const other = await db.staffIdentity.findFirst({ where: { staffUserId, issuer, NOT: { subject } }, select: { id: true } });
  if (other) return false;
  try {
    await db.staffIdentity.create({ data: { staffUserId, issuer, subject, email } });
  } catch (e) {
    // The same identity's concurrent first sign-in linked it a moment ago.
    if ((e as { code?: string }).code !== "P2002") throw e;
    const row = await db.staffIdentity.findUnique({ where: { issuer_subject: { issuer, subject } }, select: { staffUserId: true } });
    return row?.staffUserId === staffUserId;
  }
  const rows = await db.staffIdentity.findMany({ where: { staffUserId, issuer }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { subject: true } });
  if (rows[0]?.subject === subject) return true;
  await db.staffIdentity.deleteMany({ where: { issuer, subject } });
  return false;
}
