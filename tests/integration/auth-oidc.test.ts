import { beforeEach, describe, expect, it } from "vitest";
import { admitOidcUser } from "@/lib/auth/oidc";
import { upsertStaffUser } from "@/lib/auth/staff";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";

let db: Db;

beforeEach(async () => {
  db = await freshDatabase();
  await upsertStaffUser(db, { email: "lead@partner.example", role: "admin", password: "long-enough-password" });
});

const failures = async () => (await db.auditEvent.findMany({ where: { type: "staff.sign_in_failed" } })).map((e) => JSON.parse(e.metadata!).reason);

describe("single sign-on admission", () => {
  it("lets invited staff in with their own role, whatever the domain list says", async () => {
    const r = await admitOidcUser(db, { email: "Lead@Partner.example", email_verified: true, sub: "abc" }, []);
    expect(r).toMatchObject({ ok: true, staff: { email: "lead@partner.example", role: "admin" } });
    const [event] = await db.auditEvent.findMany({ where: { type: "staff.signed_in" } });
    expect(JSON.parse(event.metadata!)).toEqual({ method: "oidc" });
  });

  it("refuses someone who is not invited when no domain is allowed", async () => {
    expect(await admitOidcUser(db, { email: "eve@partner.example", email_verified: true }, [])).toEqual({ ok: false, reason: "not_invited" });
    expect(await db.staffUser.count()).toBe(1);
    expect(await failures()).toEqual(["not_invited"]);
  });

  it("creates a viewer for a new person from an allowed domain, once", async () => {
    const first = await admitOidcUser(db, { email: "new@partner.example", name: "New Person" }, ["partner.example"]);
    const again = await admitOidcUser(db, { email: "new@partner.example" }, ["partner.example"]);
    expect(first).toMatchObject({ ok: true, staff: { role: "viewer", name: "New Person" } });
    expect(again.ok && first.ok && again.staff.id === first.staff.id).toBe(true);
    const row = await db.staffUser.findUniqueOrThrow({ where: { email: "new@partner.example" } });
    expect(row.passwordHash).toBeNull();
    expect(await admitOidcUser(db, { email: "x@partner.example.evil.test" }, ["partner.example"])).toMatchObject({ ok: false, reason: "not_invited" });
  });

  it("refuses unverified or missing e-mails and disabled staff", async () => {
    expect(await admitOidcUser(db, { email: "lead@partner.example", email_verified: false }, [])).toMatchObject({ ok: false, reason: "email_not_verified" });
    expect(await admitOidcUser(db, { sub: "no-email" }, ["partner.example"])).toMatchObject({ ok: false, reason: "no_email" });
    await db.staffUser.update({ where: { email: "lead@partner.example" }, data: { disabledAt: new Date() } });
    expect(await admitOidcUser(db, { email: "lead@partner.example" }, ["partner.example"])).toMatchObject({ ok: false, reason: "disabled" });
    expect(await failures()).toEqual(["email_not_verified", "no_email", "disabled"]);
  });

  it("uses preferred_username when the provider sends no email claim (Entra ID)", async () => {
    expect(await admitOidcUser(db, { preferred_username: "lead@partner.example" }, [])).toMatchObject({ ok: true, staff: { role: "admin" } });
  });
});
