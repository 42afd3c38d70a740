import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createConnectLink } from "@/lib/connect-links/service";
import { getAccessToken } from "@/lib/connections/access-token";
import { createCompanyWithConsent } from "@/lib/companies/service";
import { TERMS_MAX_AGE_MS } from "@/lib/companies/fields";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { freshDatabase } from "./support/db";
import { resetEmulator } from "./support/emulator";
import { captureLogs, companyPosts, creationRequest, emulatorState, GBR_ADDRESS, issuedTokens, companyValues } from "./support/companies";

let db: Db;
const staff = { type: "staff", id: "s1", label: "ops@partner.example" } as const;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
});
afterEach(() => {
  delete process.env.REMOTE_SEND_CREATE_PASSWORD_EMAIL;
  resetEnvForTests();
});

const tokenFromUrl = (url: string) => url.split("/connect/")[1];

describe("create a company with consent", () => {
  it("creates the company, stores its tokens through the vault like a consent, and leaves no token in plain text", async () => {
    const logs = captureLogs();
    const req = creationRequest();
    const outcome = await createCompanyWithConsent(req);
    logs.stop();
    expect(outcome).toMatchObject({ kind: "connected", companyName: req.values.name, passwordEmailSent: false, repeated: false });
    if (outcome.kind !== "connected") return;

    const [post] = await companyPosts();
    expect(JSON.stringify(post.query)).toContain("get_oauth_access_tokens");
    expect(post.body).toMatchObject({ country_code: "USA", tax_number: req.values.id_number, address_details: { state: "CA", postal_code: "94115" } });
    expect(post.body).not.toHaveProperty("registration_number");
    expect((post.body as Record<string, string>).terms_of_service_accepted_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    const conn = await db.connection.findUniqueOrThrow({ where: { id: outcome.connectionId! } });
    expect(conn).toMatchObject({ remoteCompanyId: outcome.remoteCompanyId, source: "company_creation", status: "connected", companyName: req.values.name });
    expect(conn.refreshTokenEnc).toMatch(/^v1\./);
    const creation = await db.companyCreation.findUniqueOrThrow({ where: { idempotencyKey: req.idempotencyKey } });
    expect(creation).toMatchObject({ status: "succeeded", remoteCompanyId: outcome.remoteCompanyId, connectionId: conn.id });
    const audit = (await db.auditEvent.findMany()).map((e) => e.type).sort();
    expect(audit).toEqual(["company.created", "connection.connected"]);
    const created = await db.auditEvent.findFirstOrThrow({ where: { type: "company.created" } });
    expect(JSON.parse(created.metadata!)).toMatchObject({ tokens_stored: true, terms_accepted_at: expect.any(String) });

    // The partner can now get an access token for it (the same token Remote issued at creation).
    const token = await getAccessToken(conn.id);
    const canaries = await issuedTokens();
    expect(canaries).toContain(token.accessToken);

    const everything = JSON.stringify([outcome, await db.connection.findMany(), await db.auditEvent.findMany(), await db.companyCreation.findMany(), logs.lines]);
    for (const t of canaries) expect(everything).not.toContain(t);
    expect(logs.lines.some((l) => l.includes("audit"))).toBe(true);
  });

  it("asks Remote to email the owner when REMOTE_SEND_CREATE_PASSWORD_EMAIL is on", async () => {
    process.env.REMOTE_SEND_CREATE_PASSWORD_EMAIL = "true";
    resetEnvForTests();
    const outcome = await createCompanyWithConsent(creationRequest());
    expect(outcome).toMatchObject({ kind: "connected", passwordEmailSent: true });
    const [post] = await companyPosts();
    expect(JSON.stringify(post.query)).toMatch(/get_oauth_access_tokens.*send_create_password_email|send_create_password_email.*get_oauth_access_tokens/);
    expect((await emulatorState()).emails).toHaveLength(1);
  });

  it("from a connect link: the connection carries the link's external id and uses the link up", async () => {
    const link = await createConnectLink({ externalId: "cust-42", actor: staff });
    const outcome = await createCompanyWithConsent(creationRequest({ connectLinkToken: tokenFromUrl(link.url), address: { ...GBR_ADDRESS }, values: companyValues({ country_code: "GBR", desired_currency: "GBP" }) }));
    expect(outcome.kind).toBe("connected");
    const conn = await db.connection.findFirstOrThrow();
    expect(conn.externalId).toBe("cust-42");
    expect((await db.connectLink.findUniqueOrThrow({ where: { id: link.id } })).usedAt).not.toBeNull();
    const [company] = (await emulatorState()).companies.filter((c) => c.id === conn.remoteCompanyId);
    expect(company.external_id).toBe("cust-42");
    // A used link stops the next form before anything reaches Remote.
    const again = await createCompanyWithConsent(creationRequest({ connectLinkToken: tokenFromUrl(link.url) }));
    expect(again).toEqual({ kind: "link_invalid", reason: "link_used" });
    expect(await companyPosts()).toHaveLength(1);
  });

  it("only staff may set the external id from the form", async () => {
    await createCompanyWithConsent(creationRequest({ values: companyValues({ external_id: "spoofed" }) }));
    await createCompanyWithConsent(creationRequest({ values: companyValues({ external_id: "crm-7" }), actor: staff, staff: true }));
    const rows = await db.connection.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.externalId)).toEqual([null, "crm-7"]);
    expect(rows[1].connectedBy).toBe("ops@partner.example");
  });
});

describe("idempotency: one form, one company", () => {
  it("a double submit (concurrent, same key) calls Remote once and both get the same company", async () => {
    const req = creationRequest();
    const results = await Promise.all([createCompanyWithConsent(req), createCompanyWithConsent(req), createCompanyWithConsent(req)]);
    expect(await companyPosts()).toHaveLength(1);
    expect((await emulatorState()).companies.filter((c) => c.name === req.values.name)).toHaveLength(1);
    const ids = new Set(results.map((r) => ("remoteCompanyId" in r ? r.remoteCompanyId : r.kind)));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => "repeated" in r && r.repeated)).toHaveLength(2);
    expect(await db.connection.count()).toBe(1);
    expect(await db.companyCreation.count()).toBe(1);
  });

  it("a retried request or back-and-resubmit returns the first result without calling Remote, even with edits", async () => {
    const req = creationRequest();
    const first = await createCompanyWithConsent(req);
    const later = await createCompanyWithConsent({ ...req, values: { ...req.values, name: "Edited name" }, termsAcceptedAt: Date.now() - 20 * 60_000 });
    expect(later).toMatchObject({ kind: "connected", repeated: true, remoteCompanyId: "remoteCompanyId" in first ? first.remoteCompanyId : "?" });
    expect(await companyPosts()).toHaveLength(1);
  });
});

describe("terms acceptance", () => {
  it("older than Remote's window: asked again, nothing sent, nothing claimed", async () => {
    const outcome = await createCompanyWithConsent(creationRequest({ termsAcceptedAt: Date.now() - TERMS_MAX_AGE_MS - 1000 }));
    expect(outcome).toEqual({ kind: "terms_expired" });
    expect(await companyPosts()).toHaveLength(0);
    expect(await db.companyCreation.count()).toBe(0);
  });

  it("in the future or missing: refused before Remote", async () => {
    expect(await createCompanyWithConsent(creationRequest({ termsAcceptedAt: Date.now() + 10 * 60_000 }))).toEqual({ kind: "terms_expired" });
    const missing = await createCompanyWithConsent(creationRequest({ termsAcceptedAt: null }));
    expect(missing).toMatchObject({ kind: "invalid", fieldErrors: { terms: expect.stringContaining("Accept") } });
    expect(await companyPosts()).toHaveLength(0);
  });

  it("15 minutes measured by Remote: a time it refuses becomes 'asked again' too", async () => {
    // Just inside our window but outside Remote's: the emulator's clock runs 2 minutes ahead.
    await (await import("./support/emulator")).control("POST", "/clock", { advance_seconds: 120 });
    const outcome = await createCompanyWithConsent(creationRequest({ termsAcceptedAt: Date.now() - TERMS_MAX_AGE_MS + 30_000 }));
    expect(outcome).toEqual({ kind: "terms_expired" });
    expect(await db.connection.count()).toBe(0);
  });
});

describe("checks the server makes itself (the action is public)", () => {
  it("values and an address that the browser would refuse never reach Remote", async () => {
    const outcome = await createCompanyWithConsent(
      creationRequest({ values: companyValues({ company_owner_email: "nope", id_number: "" }), address: { address: "x", city: "y", state: "ZZ", postal_code: "1" } }),
    );
    expect(outcome.kind).toBe("invalid");
    if (outcome.kind !== "invalid") return;
    expect(Object.keys(outcome.fieldErrors).sort()).toEqual(["address.postal_code", "address.state", "company_owner_email", "id_number"]);
    expect(await companyPosts()).toHaveLength(0);
  });

  it("a country Remote does not list is refused", async () => {
    const outcome = await createCompanyWithConsent(creationRequest({ values: companyValues({ country_code: "XXX" }) }));
    expect(outcome).toMatchObject({ kind: "invalid", fieldErrors: { country_code: expect.any(String) } });
    expect(await companyPosts()).toHaveLength(0);
  });
});
