import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as linkRoute } from "@/app/api/v1/create-company-links/route";
import { submitCompanyAction } from "@/app/(public)/create-company/actions";
import CreateCompanyLinkPage from "@/app/(public)/create-company/[token]/page";
import { createApiKey } from "@/lib/api-keys/service";
import { issueFormToken } from "@/lib/companies/form-token";
import { createCompanyWithConsent } from "@/lib/companies/service";
import { verifyOutcome, returnSignatureSecret } from "@/lib/connect-return";
import { createCreateCompanyLink, revokeCreateCompanyLink } from "@/lib/create-company-links/service";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { formLinkBinding } from "@/lib/public-entry/form-binding";
import { companyPosts, companyValues, creationRequest, emulatorState, USA_ADDRESS } from "./support/companies";
import { freshDatabase } from "./support/db";
import { control, resetEmulator } from "./support/emulator";

vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

let db: Db;
let key: string;
const partner = { type: "staff", id: "s1", label: "ops@partner.example" } as const;
const tokenOf = (url: string) => url.split("/create-company/")[1];
const post = (body: unknown) =>
  linkRoute(new Request("http://localhost:3999/api/v1/create-company-links", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) }), {
    params: Promise.resolve({}) as Promise<never>,
  });
type PageData = { kind: string; reason?: string; createLink?: { prefill: Record<string, string>; lockedEmail: boolean } | null };
const pageData = async (token: string) =>
  ((await CreateCompanyLinkPage({ params: Promise.resolve({ token }), searchParams: Promise.resolve({}) })) as { props: { data: PageData } }).props.data;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  process.env.CONNECT_RETURN_ORIGINS = "https://app.partner.example";
  process.env.PUBLIC_ENTRY = "none";
  resetEnvForTests();
  key = (await createApiKey({ name: "test", actor: partner })).key;
});
afterEach(() => {
  delete process.env.CONNECT_RETURN_ORIGINS;
  delete process.env.PUBLIC_ENTRY;
  resetEnvForTests();
});

describe("create-company links", () => {
  it("the API mints a link (201) and refuses bad input with 400: no external id, a foreign return_url, a lock without an e-mail, > 7 days", async () => {
    const res = await post({ external_id: "cust-7", return_url: "https://app.partner.example/done", prefill: { company_name: "Acme Ltd", country_code: "USA" }, expires_in_seconds: 3600 });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ id: expect.any(String), external_id: "cust-7", url: expect.stringMatching(/\/create-company\/[A-Za-z0-9_-]{32}$/) });
    expect(new Date(body.expires_at).getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    const row = await db.createCompanyLink.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.returnUrl).toBe("https://app.partner.example/done");
    expect(JSON.stringify(row)).not.toContain(tokenOf(body.url));
    expect(await db.auditEvent.count({ where: { type: "create_company_link.created" } })).toBe(1);

    for (const bad of [
      {},
      { external_id: "x", return_url: "https://evil.example/done" },
      { external_id: "x", lock_owner_email: true },
      { external_id: "x", expires_in_seconds: 8 * 24 * 3600 },
      { external_id: "x", prefill: { country_code: "usa" } },
    ]) {
      expect((await post(bad)).status, JSON.stringify(bad)).toBe(400);
    }
    expect(await db.createCompanyLink.count()).toBe(1);
  });

  it("opens a prefilled form (even with PUBLIC_ENTRY=none), owner e-mail locked when asked", async () => {
    const link = await createCreateCompanyLink({
      externalId: "cust-8",
      prefill: { company_name: "Acme Ltd", country_code: "USA", owner_name: "Ada Admin", owner_email: "ada@acme.example" },
      lockOwnerEmail: true,
      actor: partner,
    });
    const data = await pageData(tokenOf(link.url));
    expect(data.kind).toBe("form");
    expect(data.createLink).toEqual({
      token: tokenOf(link.url),
      lockedEmail: true,
      prefill: { name: "Acme Ltd", country_code: "USA", desired_currency: "USD", company_owner_name: "Ada Admin", company_owner_email: "ada@acme.example" },
    });
  });

  it("the lock holds on the server, the connection carries the external id, and the link works once", async () => {
    const link = await createCreateCompanyLink({ externalId: "cust-9", prefill: { owner_email: "ada@acme.example" }, lockOwnerEmail: true, actor: partner });
    const token = tokenOf(link.url);
    const outcome = await createCompanyWithConsent(creationRequest({ createLinkToken: token, values: companyValues({ company_owner_email: "mallory@evil.example" }) }));
    expect(outcome.kind).toBe("connected");
    const [sent] = await companyPosts();
    expect(sent.body).toMatchObject({ company_owner_email: "ada@acme.example", external_id: "cust-9" });
    const conn = await db.connection.findFirstOrThrow();
    expect(conn.externalId).toBe("cust-9");
    const row = await db.createCompanyLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.usedAt).not.toBeNull();
    expect(row.connectionId).toBe(conn.id);
    expect((await db.companyCreation.findFirstOrThrow()).createCompanyLinkId).toBe(link.id);
    expect(await db.auditEvent.count({ where: { type: "create_company_link.used" } })).toBe(1);

    // Used: a second form from the same link stops before Remote, and the page says so.
    const again = await createCompanyWithConsent(creationRequest({ createLinkToken: token }));
    expect(again).toEqual({ kind: "link_invalid", reason: "link_used" });
    expect(await companyPosts()).toHaveLength(1);
    expect(await pageData(token)).toMatchObject({ kind: "link_invalid", reason: "link_used" });
  });

  it("two forms submitted at once from one link create one company", async () => {
    const link = await createCreateCompanyLink({ externalId: "cust-race", actor: partner });
    const token = tokenOf(link.url);
    const outcomes = await Promise.all([1, 2, 3].map(() => createCompanyWithConsent(creationRequest({ createLinkToken: token }))));
    expect(outcomes.filter((o) => o.kind === "connected")).toHaveLength(1);
    expect((await emulatorState()).companies.filter((c) => c.external_id === "cust-race")).toHaveLength(1);
  });

  it("when Remote refuses the company the link is given back, so the corrected form can still use it", async () => {
    const link = await createCreateCompanyLink({ externalId: "cust-retry", actor: partner });
    const token = tokenOf(link.url);
    await control("POST", "/faults", { target: "companies", mode: "error", status: 503, times: 1 });
    const failed = await createCompanyWithConsent(creationRequest({ createLinkToken: token }));
    expect(failed.kind).toBe("unavailable");
    expect((await db.createCompanyLink.findUniqueOrThrow({ where: { id: link.id } })).usedAt).toBeNull();
    expect((await createCompanyWithConsent(creationRequest({ createLinkToken: token }))).kind).toBe("connected");
    expect((await db.connection.findFirstOrThrow()).externalId).toBe("cust-retry");
  });

  it("expired, revoked and unknown links show a clear page and create nothing", async () => {
    const expired = await createCreateCompanyLink({ externalId: "e", expiresInSeconds: 60, actor: partner }, new Date(Date.now() - 120_000));
    const revoked = await createCreateCompanyLink({ externalId: "r", actor: partner });
    expect(await revokeCreateCompanyLink(revoked.id, partner)).toBe(true);
    expect(await pageData(tokenOf(expired.url))).toMatchObject({ kind: "link_invalid", reason: "link_expired" });
    expect(await pageData(tokenOf(revoked.url))).toMatchObject({ kind: "link_invalid", reason: "link_revoked" });
    expect(await pageData("nosuchlinknosuchlinknosuchlink00")).toMatchObject({ kind: "link_invalid", reason: "link_unknown" });
    expect(await createCompanyWithConsent(creationRequest({ createLinkToken: tokenOf(expired.url) }))).toEqual({ kind: "link_invalid", reason: "link_expired" });
    expect(await companyPosts()).toHaveLength(0);
  });

  it("from the public form: PUBLIC_ENTRY=none still lets the link through, and a return_url gets the signed outcome", async () => {
    const link = await createCreateCompanyLink({ externalId: "cust-ret", returnUrl: "https://app.partner.example/back", actor: partner });
    const token = tokenOf(link.url);
    const err = await submitCompanyAction(
      { outcome: null, token: null, seq: 0 },
      { token: issueFormToken(formLinkBinding(null, token)), link: null, createLink: token, values: companyValues(), address: { ...USA_ADDRESS }, termsAcceptedMsAgo: 1000 },
    ).then(
      (s) => s,
      (e: unknown) => e,
    );
    const digest = String((err as { digest?: string }).digest ?? JSON.stringify(err));
    expect(digest).toMatch(/^NEXT_REDIRECT/);
    const target = new URL(digest.split(";")[2]);
    expect(target.origin + target.pathname).toBe("https://app.partner.example/back");
    const verified = verifyOutcome(target.searchParams, returnSignatureSecret(), 60_000);
    expect(verified).toMatchObject({ ok: true });
    expect(target.toString()).toContain("cust-ret");
    expect(target.toString()).not.toContain(token);
  });
});
