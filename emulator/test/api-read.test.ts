import { describe, expect, it } from "vitest";
import { SEED_IDS, companyTokens, consent, json, partnerToken, start, tokenRequest, useEmulator } from "./helpers";

const h = useEmulator();
const PREFIXES = ["/v1", "/eor/v1", "/api/eor/v1"];

describe("bearer authentication", () => {
  it.each(PREFIXES)("serves %s/countries with a token and 401s without one", async (prefix) => {
    const token = await partnerToken(h);
    const ok = await h.call(`${prefix}/countries`, { bearer: token });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-ratelimit-remaining")).toBeTruthy();
    const anon = await h.call(`${prefix}/countries`);
    expect(anon.status).toBe(401);
    expect(await json(anon)).toEqual({ message: "Unauthorized" });
  });

  it("rejects garbage, tampered and foreign tokens with 401", async () => {
    const token = await partnerToken(h);
    const [head, body] = token.split(".");
    const other = await start();
    try {
      const foreign = await partnerToken(other);
      for (const bad of ["nope", `${head}.${body}.AAAA`, foreign]) {
        const res = await h.call("/v1/countries", { bearer: bad });
        expect(res.status).toBe(401);
      }
    } finally {
      await other.close();
    }
  });

  it("forgets tokens issued before a reset", async () => {
    const token = await partnerToken(h);
    await h.control("POST", "/reset");
    expect((await h.call("/v1/countries", { bearer: token })).status).toBe(401);
  });

  it("answers 404 JSON for unknown API paths", async () => {
    const res = await h.call("/v1/nothing-here", { bearer: await partnerToken(h) });
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({ message: "Not Found" });
  });
});

describe("GET /v1/identity/current", () => {
  it("describes company, user and integration for a company token", async () => {
    const t = await companyTokens(h);
    const res = await h.call("/v1/identity/current", { bearer: t.access_token });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({
      data: {
        client_id: "rcemulatordemoclient01",
        company: { id: SEED_IDS.acme, name: "Acme Robotics GmbH" },
        integration: { contact_email: expect.any(String), display_name: "Remote Connect (demo)", name: "remote-connect-demo" },
        user: { email: "jane@acme.example", id: SEED_IDS.users.jane, name: "Jane Doe", status: "active" },
      },
    });
  });

  it("describes only client and integration for a partner token", async () => {
    const res = await h.call("/eor/v1/identity/current", { bearer: await partnerToken(h) });
    const body = await json(res);
    expect(Object.keys(body.data).sort()).toEqual(["client_id", "integration"]);
  });
});

describe("companies", () => {
  it("lists only companies that authorized the client, with total_count and external_id filter", async () => {
    const token = await partnerToken(h);
    expect((await json(await h.call("/v1/companies", { bearer: token }))).data).toEqual({ companies: [], total_count: 0 });
    await companyTokens(h, SEED_IDS.acme);
    await companyTokens(h, SEED_IDS.globex);
    const all = (await json(await h.call("/v1/companies", { bearer: token }))).data;
    expect(all.total_count).toBe(2);
    expect(all.companies.map((c: { id: string }) => c.id).sort()).toEqual([SEED_IDS.acme, SEED_IDS.globex].sort());
    const filtered = (await json(await h.call("/v1/companies?external_id=globex-7", { bearer: token }))).data;
    expect(filtered.companies.map((c: { name: string }) => c.name)).toEqual(["Globex Corporation"]);
    await h.control("POST", `/companies/${SEED_IDS.globex}/revoke`);
    expect((await json(await h.call("/v1/companies", { bearer: token }))).data.total_count).toBe(1);
  });

  it("forbids listing with a company token", async () => {
    const t = await companyTokens(h);
    const res = await h.call("/v1/companies", { bearer: t.access_token });
    expect(res.status).toBe(403);
    expect(await json(res)).toEqual({ message: "Forbidden" });
  });

  it("shows the token's own company with every Company field", async () => {
    const t = await companyTokens(h);
    const res = await h.call(`/v1/companies/${SEED_IDS.acme}`, { bearer: t.access_token });
    expect(res.status).toBe(200);
    const { company } = (await json(res)).data;
    for (const field of ["id", "name", "address_details", "company_owner_email", "company_owner_user_id", "country_code",
      "created_at", "updated_at", "desired_currency", "status", "terms_of_service_accepted_at",
      "default_legal_entity_credit_risk_status", "company_owner_name", "bank_account_details", "external_id",
      "phone_number", "registration_number", "tax_number"]) {
      expect(company).toHaveProperty(field);
    }
    expect(company).toMatchObject({ id: SEED_IDS.acme, country_code: "DEU", status: "active", company_owner_user_id: SEED_IDS.users.jane });
  });

  it("hides other companies from a company token and unauthorized ones from a partner token", async () => {
    const t = await companyTokens(h, SEED_IDS.acme);
    const other = await h.call(`/v1/companies/${SEED_IDS.globex}`, { bearer: t.access_token });
    expect(other.status).toBe(404);
    expect(await json(other)).toEqual({ message: "Company not found" });
    const partner = await partnerToken(h);
    expect((await h.call(`/v1/companies/${SEED_IDS.globex}`, { bearer: partner })).status).toBe(404);
    expect((await h.call(`/v1/companies/${SEED_IDS.acme}`, { bearer: partner })).status).toBe(200);
    expect((await h.call("/v1/companies/not-a-uuid", { bearer: partner })).status).toBe(404);
  });
});

describe("GET /v1/employments", () => {
  it("paginates with page_size 20 by default", async () => {
    const t = await companyTokens(h);
    const first = (await json(await h.call("/v1/employments", { bearer: t.access_token }))).data;
    expect(first).toMatchObject({ current_page: 1, total_count: 45, total_pages: 3 });
    expect(first.employments).toHaveLength(20);
    const e = first.employments[0];
    for (const field of ["id", "full_name", "job_title", "login_email", "personal_email", "work_email", "status", "type",
      "employment_model", "country", "department", "department_id", "external_id", "short_id",
      "employment_lifecycle_stage", "work_address_details"]) {
      expect(e).toHaveProperty(field);
    }
    const last = (await json(await h.call("/v1/employments?page=3", { bearer: t.access_token }))).data;
    expect(last.employments).toHaveLength(5);
    const beyond = (await json(await h.call("/v1/employments?page=9", { bearer: t.access_token }))).data;
    expect(beyond).toMatchObject({ current_page: 9, employments: [] });
    const big = (await json(await h.call("/v1/employments?page_size=100", { bearer: t.access_token }))).data;
    expect(big).toMatchObject({ total_pages: 1 });
    const ids = new Set(big.employments.map((x: { id: string }) => x.id));
    expect(ids.size).toBe(45);
  });

  it("filters by status and scopes to the token's company", async () => {
    const t = await companyTokens(h, SEED_IDS.northwind);
    const all = (await json(await h.call("/v1/employments", { bearer: t.access_token }))).data;
    expect(all.total_count).toBe(7);
    const active = (await json(await h.call("/v1/employments?status=active", { bearer: t.access_token }))).data;
    expect(active.employments.every((e: { status: string }) => e.status === "active")).toBe(true);
    expect(active.total_count).toBeLessThan(7);
    const foreign = await h.call(`/v1/employments?company_id=${SEED_IDS.acme}`, { bearer: t.access_token });
    expect(foreign.status).toBe(404);
  });

  it.each(["page=0", "page=abc", "page_size=101", "page_size=0", "status=bogus"])("answers 422 for %s", async (qs) => {
    const t = await companyTokens(h);
    const res = await h.call(`/v1/employments?${qs}`, { bearer: t.access_token });
    expect(res.status).toBe(422);
    expect((await json(res)).errors).toBeTruthy();
  });

  it("forbids partner tokens", async () => {
    const res = await h.call("/v1/employments", { bearer: await partnerToken(h) });
    expect(res.status).toBe(403);
  });
});

describe("countries and schemas", () => {
  it("lists ~12 countries with Remote's fields", async () => {
    const t = await companyTokens(h);
    const { data } = await json(await h.call("/v1/countries", { bearer: t.access_token }));
    expect(data.length).toBeGreaterThanOrEqual(12);
    const usa = data.find((c: { code: string }) => c.code === "USA");
    expect(usa).toMatchObject({ alpha_2_code: "US", name: "United States", region: "Americas", eor_onboarding: true });
    expect(usa.supported_json_schemas).toContain("address_details");
    for (const f of ["subregion", "country_subdivisions", "contractor_products_available", "employment_agreement_preview_available", "locked_benefits"]) {
      expect(usa).toHaveProperty(f);
    }
  });

  it("serves address schemas for partner and company tokens, different per country", async () => {
    const partner = await partnerToken(h);
    const usa = (await json(await h.call("/v1/companies/schema?country_code=USA&form=address_details", { bearer: partner }))).data;
    expect(Object.keys(usa.properties)).toEqual(["address", "address_line_2", "city", "state", "postal_code"]);
    const t = await companyTokens(h);
    const gbr = (await json(await h.call("/eor/v1/companies/schema?country_code=GBR&form=address_details", { bearer: t.access_token }))).data;
    expect(gbr.properties).not.toHaveProperty("state");
  });

  it("answers 404 for unknown countries and 422 for bad parameters", async () => {
    const token = await partnerToken(h);
    const unknown = await h.call("/v1/companies/schema?country_code=ATA&form=address_details", { bearer: token });
    expect(unknown.status).toBe(404);
    expect(await json(unknown)).toEqual({ message: "Country not found" });
    const badForm = await h.call("/v1/companies/schema?country_code=USA&form=contract_details", { bearer: token });
    expect(badForm.status).toBe(422);
    expect(await json(badForm)).toEqual({ errors: { form: ["is invalid"] } });
    const missing = await h.call("/v1/companies/schema", { bearer: token });
    expect(Object.keys((await json(missing)).errors).sort()).toEqual(["country_code", "form"]);
  });
});

describe("consent withdrawal", () => {
  it("makes the company's access tokens fail with 401 but leaves other companies alone", async () => {
    const acme = await companyTokens(h, SEED_IDS.acme);
    const globex = await companyTokens(h, SEED_IDS.globex);
    await h.control("POST", `/companies/${SEED_IDS.acme}/revoke`);
    expect((await h.call("/v1/employments", { bearer: acme.access_token })).status).toBe(401);
    expect((await h.call("/v1/employments", { bearer: globex.access_token })).status).toBe(200);
    // Consenting again works and yields fresh, working tokens.
    const again = await companyTokens(h, SEED_IDS.acme);
    expect((await h.call("/v1/employments", { bearer: again.access_token })).status).toBe(200);
  });

  it("returns 404 when revoking an unknown company", async () => {
    expect((await h.control("POST", "/companies/00000000-0000-0000-0000-000000000000/revoke")).status).toBe(404);
  });

  it("binds the code to the admin chosen in the consent", async () => {
    const url = await consent(h, { company_id: SEED_IDS.northwind, user_id: SEED_IDS.users.oliver });
    const res = await tokenRequest(h, { grant_type: "authorization_code", code: url.searchParams.get("code")! });
    expect((await json(res)).user_id).toBe(SEED_IDS.users.oliver);
  });
});
