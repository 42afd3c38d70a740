import { describe, expect, it } from "vitest";
import { DEMO_CLIENT_ID, SEED_IDS, json, partnerToken, tokenRequest, useEmulator } from "./helpers";

const h = useEmulator();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let seq = 0;
function validBody(extra: Record<string, unknown> = {}) {
  seq++;
  return {
    company_owner_email: `owner${seq}@newco.example`,
    company_owner_name: "Joe Smith",
    country_code: "USA",
    desired_currency: "USD",
    name: `Tech Vision ${seq}`,
    terms_of_service_accepted_at: new Date(h.emulator.clock.now() - 60_000).toISOString(),
    ...extra,
  };
}
const US_ADDRESS = { address: "1709 Broderick St", address_line_2: "Flat 123", city: "San Francisco", state: "CA", postal_code: "94115" };

async function create(body: unknown, query = "", bearer?: string) {
  return h.call(`/v1/companies${query}`, { method: "POST", json: body, bearer: bearer ?? (await partnerToken(h)) });
}

describe("POST /v1/companies: success", () => {
  it("creates a pending company and initiated owner from required fields only", async () => {
    const res = await create(validBody({ tax_number: "11-1111111" }));
    expect(res.status).toBe(201);
    const { data } = await json(res);
    expect(data.tokens).toBeUndefined();
    expect(data.company).toMatchObject({ id: expect.stringMatching(UUID), status: "pending", tax_number: "11-1111111",
      registration_number: null, company_owner_user_id: expect.stringMatching(UUID), address_details: {} });
    const state = await json(await h.control("GET", "/state"));
    expect(state.users.find((u: { id: string }) => u.id === data.company.company_owner_user_id).status).toBe("initiated");
  });

  it.each(["action", "actions"])("with address_details and ?%s=get_oauth_access_tokens returns active company and tokens", async (param) => {
    const res = await create(validBody({ address_details: US_ADDRESS, phone_number: "+11123123456", external_id: "ext-1" }),
      `?${param}=get_oauth_access_tokens`);
    expect(res.status).toBe(201);
    const { data } = await json(res);
    expect(data.company).toMatchObject({ status: "active", address_details: US_ADDRESS, external_id: "ext-1" });
    expect(data.tokens).toEqual({
      access_token: expect.stringMatching(/^eyJ/), company_id: data.company.id, expires_in: 3600,
      refresh_token: expect.stringMatching(UUID), token_type: "Bearer", user_id: data.company.company_owner_user_id,
    });
    // The company now counts as having authorized the client; the tokens are company-scoped.
    const me = await json(await h.call("/v1/identity/current", { bearer: data.tokens.access_token }));
    expect(me.data.company.id).toBe(data.company.id);
    const refreshed = await tokenRequest(h, { grant_type: "refresh_token", refresh_token: data.tokens.refresh_token });
    expect(refreshed.status).toBe(200);
    const list = await json(await h.call("/v1/companies", { bearer: await partnerToken(h) }));
    expect(list.data.companies.map((c: { id: string }) => c.id)).toContain(data.company.id);
  });

  it("records the create-password email for send_create_password_email", async () => {
    const body = validBody();
    const res = await create(body, "?action=get_oauth_access_tokens,send_create_password_email");
    expect(res.status).toBe(201);
    const { emails } = await json(await h.control("GET", "/state"));
    expect(emails).toEqual([expect.objectContaining({ template: "create_password", to: body.company_owner_email })]);
    const tokens = await json(await h.control("GET", "/tokens"));
    expect(tokens.at(-1)).toMatchObject({ grant: "company_creation", kind: "company" });
  });

  it("accepts Remote's documented timestamp format with a space and offset", async () => {
    const ts = new Date(h.emulator.clock.now() - 30_000).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
    expect((await create(validBody({ terms_of_service_accepted_at: ts }))).status).toBe(201);
    const offset = new Date(h.emulator.clock.now() - 30_000 + 2 * 3_600_000).toISOString().replace(/\.\d+Z$/, "+02:00");
    expect((await create(validBody({ terms_of_service_accepted_at: offset }))).status).toBe(201);
  });
});

describe("POST /v1/companies: validation", () => {
  it("lists every missing required field (errors shape)", async () => {
    const res = await create({});
    expect(res.status).toBe(422);
    const { errors } = await json(res);
    expect(Object.keys(errors).sort()).toEqual(["company_owner_email", "company_owner_name", "country_code",
      "desired_currency", "name", "terms_of_service_accepted_at"]);
    expect(errors.name).toEqual(["can't be blank"]);
  });

  it.each([
    ["desired_currency", { desired_currency: "BTC" }],
    ["country_code", { country_code: "ATA" }],
    ["country_code", { country_code: "US" }],
    ["company_owner_email", { company_owner_email: "not-an-email" }],
    ["phone_number", { phone_number: "555-CALL-NOW" }],
    ["email_domain", { email_domain: "not a domain" }],
    ["terms_of_service_accepted_at", { terms_of_service_accepted_at: "2024-01-01" }],
    ["terms_of_service_accepted_at", { terms_of_service_accepted_at: "2024-01-01T10:00:00" }],
    ["tax_number", { tax_number: "1", registration_number: "2" }],
  ])("rejects a bad %s", async (field, extra) => {
    const res = await create(validBody(extra));
    expect(res.status).toBe(422);
    expect(Object.keys((await json(res)).errors)).toContain(field);
  });

  it("enforces the 15-minute ToS window and at most 1 minute of future skew", async () => {
    const now = h.emulator.clock.now();
    const at = (ms: number) => new Date(now + ms).toISOString();
    expect((await create(validBody({ terms_of_service_accepted_at: at(-14 * 60_000) }))).status).toBe(201);
    expect((await create(validBody({ terms_of_service_accepted_at: at(30_000) }))).status).toBe(201);
    const old = await json(await create(validBody({ terms_of_service_accepted_at: at(-16 * 60_000) })));
    expect(old.errors.terms_of_service_accepted_at).toEqual(["must be within the last 15 minutes"]);
    const future = await create(validBody({ terms_of_service_accepted_at: at(5 * 60_000) }));
    expect(future.status).toBe(422);
  });

  it("validates address_details against the country schema with dotted field names", async () => {
    const res = await create(validBody({ address_details: { address: "1 Main St", city: "Austin", state: "XX", postal_code: "123" } }));
    expect(res.status).toBe(422);
    const { errors } = await json(res);
    expect(errors).toEqual({ "address_details.state": ["is invalid"], "address_details.postal_code": ["has invalid format"] });
    const gbr = await create(validBody({ country_code: "GBR", desired_currency: "GBP",
      address_details: { address: "10 Downing St", city: "London", postal_code: "SW1A 2AA", state: "CA" } }));
    expect((await json(gbr)).errors).toEqual({ "address_details.state": ["is not a permitted field"] });
  });

  it("returns the message shape when configured", async () => {
    await h.control("POST", "/config", { validation_error_shape: "message" });
    const res = await create(validBody({ desired_currency: "BTC", address_details: { ...US_ADDRESS, postal_code: "x" } }));
    expect(res.status).toBe(422);
    const { message } = await json(res);
    expect(message).toEqual(expect.arrayContaining([
      { code: "invalid_param", message: expect.stringContaining("is invalid"), param: "desired_currency" },
      { code: "invalid_param", message: expect.any(String), param: "address_details.postal_code" },
    ]));
  });

  it("answers 422 has already been taken for an owner email already on Remote", async () => {
    const res = await create(validBody({ company_owner_email: "Jane@Acme.example" }));
    expect(res.status).toBe(422);
    expect(await json(res)).toEqual({ errors: { company_owner_email: ["has already been taken"] } });
  });

  it("rejects a non-JSON body with 400", async () => {
    const res = await h.call("/v1/companies", {
      method: "POST", bearer: await partnerToken(h), headers: { "content-type": "application/json" }, body: "[1,2",
    });
    expect(res.status).toBe(400);
    expect((await json(res)).message).toBeTruthy();
  });
});

describe("POST /v1/companies: conflicts", () => {
  it("answers 409 resource_already_exists for a registered tax number", async () => {
    const res = await create(validBody({ tax_number: "12-3456789" }));
    expect(res.status).toBe(409);
    expect(await json(res)).toEqual({ message: {
      code: "resource_already_exists", message: "The company with the provided EIN is already registered.",
      resource_id: SEED_IDS.globex, resource_type: "company_creation",
    } });
  });

  it("answers 409 resource_already_exists for a number created earlier in this run", async () => {
    expect((await create(validBody({ registration_number: "HRB 999" }))).status).toBe(201);
    expect((await create(validBody({ tax_number: "hrb-999" }))).status).toBe(409);
  });

  it("answers 409 resource_not_eligible for the seeded not-eligible number", async () => {
    const res = await create(validBody({ tax_number: "98-7654321" }));
    expect(res.status).toBe(409);
    const { message } = await json(res);
    expect(message).toEqual({ code: "resource_not_eligible",
      message: "The company already have employees in integration supported countries.",
      resource_id: expect.stringMatching(UUID), resource_type: "company_creation" });
  });
});

describe("POST /v1/companies: entitlements and access", () => {
  it("refuses actions the client is not entitled to and creates nothing", async () => {
    await h.control("POST", `/clients/${DEMO_CLIENT_ID}`, { entitlements: { get_oauth_access_tokens: false, send_create_password_email: false } });
    const body = validBody();
    const res = await create(body, "?action=get_oauth_access_tokens,send_create_password_email");
    expect(res.status).toBe(422);
    expect(await json(res)).toEqual({ message: [
      { action: "get_oauth_access_tokens", code: "not_allowed", message: "get_oauth_access_tokens is not allowed" },
      { action: "send_create_password_email", code: "not_allowed", message: "send_create_password_email is not allowed" },
    ] });
    const state = await json(await h.control("GET", "/state"));
    expect(state.companies.some((c: { name: string }) => c.name === body.name)).toBe(false);
    // Without actions the same client may still create the company.
    expect((await create(validBody())).status).toBe(201);
  });

  it("answers 400 invalid_params when that shape is configured", async () => {
    await h.control("POST", `/clients/${DEMO_CLIENT_ID}`, { entitlements: { get_oauth_access_tokens: false } });
    await h.control("POST", "/config", { not_entitled_shape: "invalid_params" });
    const res = await create(validBody(), "?actions=get_oauth_access_tokens");
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({ message: "invalid_params" });
  });

  it("rejects unknown actions", async () => {
    const res = await create(validBody(), "?action=make_coffee");
    expect(res.status).toBe(422);
    expect(Object.keys((await json(res)).errors)).toEqual(["action"]);
  });

  it("requires a partner token", async () => {
    const c = await json(await h.control("POST", "/authorize", {
      client_id: DEMO_CLIENT_ID, redirect_uri: "http://localhost:3000/connect/callback", company_id: SEED_IDS.acme, decision: "allow",
    }));
    const codeValue = new URL(c.redirect_to).searchParams.get("code")!;
    const t = await json(await tokenRequest(h, { grant_type: "authorization_code", code: codeValue }));
    const res = await create(validBody(), "", t.access_token);
    expect(res.status).toBe(403);
    expect((await h.call("/v1/companies", { method: "POST", json: validBody() })).status).toBe(401);
  });

  it("works under the /eor/v1 and /api/eor/v1 prefixes", async () => {
    const token = await partnerToken(h);
    for (const prefix of ["/eor/v1", "/api/eor/v1"]) {
      const res = await h.call(`${prefix}/companies`, { method: "POST", json: validBody(), bearer: token });
      expect(res.status).toBe(201);
    }
  });
});
