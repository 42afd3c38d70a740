import { describe, expect, it } from "vitest";
import { SEED_IDS, companyTokens, json, partnerToken, useEmulator } from "./helpers";

const h = useEmulator();

async function acmeEmployment(token: string): Promise<{ id: string; country: { code: string } }> {
  const list = await json(await h.call("/v1/employments?page_size=1", { bearer: token }));
  return list.data.employments[0];
}

const magic = (token: string, body: unknown) => h.call("/v1/magic-link", { method: "POST", bearer: token, json: body });

describe("POST /v1/magic-link", () => {
  it("answers {data:{url}} for an admin of the token's company and for one of its employments", async () => {
    const { access_token } = await companyTokens(h);
    const admin = await magic(access_token, { user_id: SEED_IDS.users.jane, path: "/dashboard/people?tab=all" });
    expect(admin.status).toBe(200);
    const url = new URL((await json(admin)).data.url);
    expect(url.searchParams.get("redirect_to")).toBe("/dashboard/people?tab=all");
    const e = await acmeEmployment(access_token);
    const employee = await magic(access_token, { employment_id: e.id });
    expect(employee.status).toBe(200);
    expect(new URL((await json(employee)).data.url).searchParams.get("redirect_to")).toBe("/dashboard");
  });

  it.each([
    ["no id", {}],
    ["both ids", { user_id: SEED_IDS.users.jane, employment_id: "x" }],
    ["relative path", { user_id: SEED_IDS.users.jane, path: "dashboard" }],
    ["trailing slash", { user_id: SEED_IDS.users.jane, path: "/dashboard/" }],
    ["bare slash", { user_id: SEED_IDS.users.jane, path: "/" }],
    ["bad segment", { user_id: SEED_IDS.users.jane, path: "/a.b" }],
    ["too long", { user_id: SEED_IDS.users.jane, path: `/${"a".repeat(2000)}` }],
  ])("refuses %s with 422", async (_name, body) => {
    const { access_token } = await companyTokens(h);
    expect((await magic(access_token, body)).status).toBe(422);
  });

  it("does not sign in people of another company, nor take a partner token", async () => {
    const { access_token } = await companyTokens(h);
    expect((await magic(access_token, { user_id: SEED_IDS.users.hank })).status).toBe(404);
    expect((await magic(await partnerToken(h), { user_id: SEED_IDS.users.jane })).status).toBe(403);
  });

  it("answers 422 when magic links are not enabled for the client", async () => {
    const { access_token } = await companyTokens(h);
    await h.control("POST", "/config", { magic_links_entitled: false });
    const res = await magic(access_token, { user_id: SEED_IDS.users.jane });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await json(res))).toMatch(/not enabled/);
  });
});

describe("employment reads used by remote-flows", () => {
  it("serves the employment, its benefit offers and schema, the country form and onboarding status", async () => {
    const { access_token } = await companyTokens(h);
    const e = await acmeEmployment(access_token);
    const get = async (path: string) => {
      const res = await h.call(path, { bearer: access_token });
      expect(res.status, path).toBe(200);
      return (await json(res)).data;
    };
    expect((await get(`/v1/employments/${e.id}`)).employment).toMatchObject({ id: e.id, basic_information: expect.any(Object) });
    expect((await get(`/v1/employments/${e.id}/benefit-offers`))[0].benefit_group.slug).toBeTruthy();
    expect((await get(`/v1/employments/${e.id}/benefit-offers/schema`)).schema.type).toBe("object");
    expect((await get(`/v1/countries/${e.country.code}/contract_details`)).properties).toHaveProperty("annual_gross_salary");
    expect((await get(`/v1/onboarding/employments/${e.id}/pre-onboarding-requirements`)).requirements).toHaveLength(1);
    expect((await get(`/v1/companies/${SEED_IDS.acme}/employments/${e.id}/onboarding-reserves-status`)).status).toBeTruthy();
  });

  it("hides another company's employment (404) and refuses partner tokens (403)", async () => {
    const acme = await companyTokens(h);
    const e = await acmeEmployment(acme.access_token);
    const globex = await companyTokens(h, SEED_IDS.globex);
    expect((await h.call(`/v1/employments/${e.id}`, { bearer: globex.access_token })).status).toBe(404);
    expect((await h.call(`/v1/employments/${e.id}/benefit-offers`, { bearer: globex.access_token })).status).toBe(404);
    expect((await h.call(`/v1/employments/${e.id}`, { bearer: await partnerToken(h) })).status).toBe(403);
  });
});
