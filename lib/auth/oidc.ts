import "server-only";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { isStaffRole } from "./roles";
import type { AuthenticatedStaff } from "./credentials";

export type OidcProfile = { email?: unknown; email_verified?: unknown; preferred_username?: unknown; name?: unknown; sub?: unknown };
export type OidcAdmission = { ok: true; staff: AuthenticatedStaff } | { ok: false; reason: string };

/**
 * Who may enter through single sign-on: an existing, enabled staff user with that e-mail (invited
 * staff), or, when AUTH_OIDC_ALLOWED_DOMAINS lists the e-mail's domain, anyone from it (created as
 * a viewer on first sign-in; an admin can promote them with staff:create).
 */
export async function admitOidcUser(db: Db, profile: OidcProfile, allowedDomains: string[]): Promise<OidcAdmission> {
  // Entra ID often sends no `email` claim; its `preferred_username` is then the sign-in address.
  const claimed = typeof profile.email === "string" && profile.email ? profile.email : profile.preferred_username;
  const email = typeof claimed === "string" ? claimed.trim().toLowerCase() : "";
  const fail = async (reason: string): Promise<OidcAdmission> => {
    await recordAudit(
      { type: "staff.sign_in_failed", actor: { type: "system", label: "sign-in" }, message: "Single sign-on refused", metadata: { email: email || null, reason, method: "oidc" } },
      db,
    );
    return { ok: false, reason };
  };
  if (!email || !email.includes("@")) return fail("no_email");
  if (profile.email_verified === false || profile.email_verified === "false") return fail("email_not_verified");

  let user = await db.staffUser.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, disabledAt: true } });
  if (user?.disabledAt) return fail("disabled");
  if (!user) {
    const domain = email.split("@").pop()!;
    if (!allowedDomains.includes(domain)) return fail("not_invited");
    const name = typeof profile.name === "string" ? profile.name.slice(0, 200) : null;
    user = await db.staffUser.upsert({
      where: { email },
      create: { email, name, role: "viewer" },
      update: {},
      select: { id: true, email: true, name: true, role: true, disabledAt: true },
    });
  }
  if (!isStaffRole(user.role)) return fail("unknown_role");
  await db.staffUser.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit(
    { type: "staff.signed_in", actor: { type: "staff", id: user.id, label: user.email }, message: "Signed in with single sign-on", metadata: { method: "oidc" } },
    db,
  );
  return { ok: true, staff: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
