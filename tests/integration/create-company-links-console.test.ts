import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { freshDatabase } from "./support/db";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { VIEWER_CANNOT_ACT } = await import("@/lib/auth/guards");
const actions = await import("@/app/console/create-company-links/actions");

let db: Db;
let adminId: string;
let viewerId: string;
const base = { externalId: "cust-1", expiresInSeconds: "86400", companyName: "Acme Ltd", countryCode: "gbr", ownerEmail: "ada@acme.example", lockOwnerEmail: true };

beforeEach(async () => {
  db = await freshDatabase();
  process.env.CONNECT_RETURN_ORIGINS = "https://app.partner.example";
  resetEnvForTests();
  adminId = (await db.staffUser.create({ data: { email: "admin@partner.example", role: "admin" } })).id;
  viewerId = (await db.staffUser.create({ data: { email: "viewer@partner.example", role: "viewer" } })).id;
  session.current = { user: { id: adminId } };
});
afterEach(() => {
  delete process.env.CONNECT_RETURN_ORIGINS;
  resetEnvForTests();
});

describe("console: create-company links", () => {
  it("an admin creates (prefill and lock stored, audited with their name), copies and revokes a link", async () => {
    const made = await actions.createCreateCompanyLinkAction(base);
    expect(made).toMatchObject({ ok: true, data: { url: expect.stringMatching(/\/create-company\/[A-Za-z0-9_-]{32}$/) } });
    const row = await db.createCompanyLink.findFirstOrThrow();
    expect(row).toMatchObject({ externalId: "cust-1", lockOwnerEmail: true, createdBy: "admin@partner.example" });
    expect(JSON.parse(row.prefill!)).toEqual({ company_name: "Acme Ltd", country_code: "GBR", owner_email: "ada@acme.example" });
    const copied = await actions.copyCreateCompanyLinkAction({ linkId: row.id });
    expect(copied).toMatchObject({ ok: true, data: { url: (made as { data: { url: string } }).data.url } });
    expect(await actions.revokeCreateCompanyLinkAction({ linkId: row.id })).toMatchObject({ ok: true });
    expect(await actions.copyCreateCompanyLinkAction({ linkId: row.id })).toMatchObject({ ok: false });
    expect((await db.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((e) => [e.type, e.actorId])).toEqual([
      ["create_company_link.created", adminId],
      ["create_company_link.revoked", adminId],
    ]);
  });

  it("refuses a viewer, a lock without an e-mail, more than 7 days and a foreign return URL, creating nothing", async () => {
    expect(await actions.createCreateCompanyLinkAction({ ...base, ownerEmail: "" })).toEqual({ ok: false, error: "To lock the owner's e-mail, enter it." });
    expect(await actions.createCreateCompanyLinkAction({ ...base, expiresInSeconds: String(30 * 86400) })).toMatchObject({ ok: false });
    expect(await actions.createCreateCompanyLinkAction({ ...base, returnUrl: "https://evil.example/x" })).toMatchObject({ ok: false });
    session.current = { user: { id: viewerId } };
    expect(await actions.createCreateCompanyLinkAction(base)).toEqual({ ok: false, error: VIEWER_CANNOT_ACT });
    expect(await db.createCompanyLink.count()).toBe(0);
  });
});
