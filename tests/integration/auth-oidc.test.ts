import { beforeEach, describe, expect, it } from "vitest";
import { admitOidcUser, type OidcPolicy } from "@/lib/auth/oidc";
import { upsertStaffUser } from "@/lib/auth/staff";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";

let db: Db;

beforeEach(async () => {
  db = await freshDatabase();
  await upsertStaffUser(db, { email: "lead@partner.example", role: "admin", password: "long-enough-password" });
});

const ISSUER = "https://idp.partner.example";
const policy = (over: Partial<OidcPolicy> = {}): OidcPolicy => ({ issuer: ISSUER, allowedDomains: [], trustUnverifiedEmail: false, ...over });
const failures = async () => (await db.auditEvent.findMany({ where: { type: "staff.sign_in_failed" }, orderBy: { createdAt: "asc" } })).map((e) => JSON.parse(e.metadata!).reason);
const identities = () => db.staffIdentity.findMany({ select: { issuer: true, subject: true, staffUser: { select: { email: true } } } });

describe("single sign-on admission", () => {
  it("lets invited staff in with their own role, whatever the domain list says, and remembers (issuer, sub)", async () => {
    const r = await admitOidcUser(db, { email: "Lead@Partner.example", email_verified: true, sub: "abc" }, policy());
    expect(r).toMatchObject({ ok: true, staff: { email: "lead@partner.example", role: "admin" } });
    const [event] = await db.auditEvent.findMany({ where: { type: "staff.signed_in" } });
    expect(JSON.parse(event.metadata!)).toEqual({ method: "oidc", linked: true });
    expect(await identities()).toEqual([{ issuer: ISSUER, subject: "abc", staffUser: { email: "lead@partner.example" } }]);
  });

  it("refuses someone who is not invited when no domain is allowed", async () => {
    expect(await admitOidcUser(db, { email: "eve@partner.example", email_verified: true, sub: "eve" }, policy())).toEqual({ ok: false, reason: "not_invited" });
    expect(await db.staffUser.count()).toBe(1);
    expect(await db.staffIdentity.count()).toBe(0);
    expect(await failures()).toEqual(["not_invited"]);
  });

  it("creates a viewer for a new person from an allowed domain, once", async () => {
    const allowed = policy({ allowedDomains: ["partner.example"] });
    const first = await admitOidcUser(db, { email: "new@partner.example", email_verified: true, name: "New Person", sub: "n1" }, allowed);
    const again = await admitOidcUser(db, { email: "new@partner.example", email_verified: true, sub: "n1" }, allowed);
    expect(first).toMatchObject({ ok: true, staff: { role: "viewer", name: "New Person" } });
    expect(again.ok && first.ok && again.staff.id === first.staff.id).toBe(true);
    const row = await db.staffUser.findUniqueOrThrow({ where: { email: "new@partner.example" } });
    expect(row.passwordHash).toBeNull();
    expect(await admitOidcUser(db, { email: "x@partner.example.evil.test", email_verified: true, sub: "x" }, allowed)).toMatchObject({ ok: false, reason: "not_invited" });
  });

  it("links only a verified e-mail: a missing or false email_verified is refused, as are a missing e-mail or subject, and disabled staff", async () => {
    expect(await admitOidcUser(db, { email: "lead@partner.example", email_verified: false, sub: "s1" }, policy())).toMatchObject({ ok: false, reason: "email_not_verified" });
    expect(await admitOidcUser(db, { email: "lead@partner.example", sub: "s1" }, policy())).toMatchObject({ ok: false, reason: "email_not_verified" });
    expect(await admitOidcUser(db, { sub: "no-email", email_verified: true }, policy({ allowedDomains: ["partner.example"] }))).toMatchObject({ ok: false, reason: "no_email" });
    expect(await admitOidcUser(db, { email: "lead@partner.example", email_verified: true }, policy())).toMatchObject({ ok: false, reason: "no_subject" });
    await db.staffUser.update({ where: { email: "lead@partner.example" }, data: { disabledAt: new Date() } });
    expect(await admitOidcUser(db, { email: "lead@partner.example", email_verified: true, sub: "s1" }, policy())).toMatchObject({ ok: false, reason: "disabled" });
    expect(await failures()).toEqual(["email_not_verified", "email_not_verified", "no_email", "no_subject", "disabled"]);
    expect(await db.staffIdentity.count()).toBe(0);
  });

  it("ignores preferred_username unless the issuer is trusted without email_verified (Entra ID)", async () => {
    expect(await admitOidcUser(db, { preferred_username: "lead@partner.example", sub: "entra-1" }, policy())).toMatchObject({ ok: false, reason: "no_email" });
    expect(await admitOidcUser(db, { preferred_username: "lead@partner.example", sub: "entra-1" }, policy({ trustUnverifiedEmail: true }))).toMatchObject({
      ok: true,
      staff: { role: "admin" },
    });
  });

  it("matches a known (issuer, sub) first: an e-mail changed at the provider still finds the same staff user", async () => {
    const first = await admitOidcUser(db, { email: "lead@partner.example", email_verified: true, sub: "abc" }, policy());
    const renamed = await admitOidcUser(db, { email: "lead.renamed@partner.example", email_verified: false, sub: "abc" }, policy());
    expect(renamed).toMatchObject({ ok: true, staff: { email: "lead@partner.example", role: "admin" } });
    expect(first.ok && renamed.ok && renamed.staff.id === first.staff.id).toBe(true);
    expect((await db.staffIdentity.findFirstOrThrow()).email).toBe("lead.renamed@partner.example");
    expect(await db.staffUser.count()).toBe(1);
  });

  it("refuses and audits a different sub presenting a linked user's e-mail; the same sub at another issuer is another identity", async () => {
    await admitOidcUser(db, { email: "lead@partner.example", email_verified: true, sub: "abc" }, policy());
    const impostor = await admitOidcUser(db, { email: "lead@partner.example", email_verified: true, sub: "other" }, policy());
    expect(impostor).toEqual({ ok: false, reason: "identity_mismatch" });
    const [event] = await db.auditEvent.findMany({ where: { type: "staff.sign_in_failed" } });
    expect(JSON.parse(event.metadata!)).toEqual({ email: "lead@partner.example", reason: "identity_mismatch", method: "oidc" });
    expect(await identities()).toHaveLength(1);

    // The operator moved to another provider: its first verified sign-in links anew.
    const moved = await admitOidcUser(db, { email: "lead@partner.example", email_verified: true, sub: "abc" }, policy({ issuer: "https://new-idp.example" }));
    expect(moved).toMatchObject({ ok: true });
    expect(await identities()).toHaveLength(2);
  });

  it("two different subs racing to link one e-mail: exactly one is linked", async () => {
    const results = await Promise.all(["s-a", "s-b", "s-c"].map((sub) => admitOidcUser(db, { email: "lead@partner.example", email_verified: true, sub }, policy())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.staffIdentity.count()).toBe(1);
  });
});
