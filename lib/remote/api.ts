import "server-only";
import { apiUrl } from "./gateway";
import { fetchRemote } from "./http";
import type { CompanyCreationReply, CreateCompanyInput, RemoteCompany, RemoteCountry, RemoteEmploymentPage, RemoteIdentity } from "./types";

export type * from "./types";

function headers(accessToken: string, json = false): HeadersInit {
  return { authorization: `Bearer ${accessToken}`, accept: "application/json", ...(json ? { "content-type": "application/json" } : {}) };
}

function data<T>(body: unknown): T {
  return ((body as { data?: unknown })?.data ?? body) as T;
}

/** GET /v1/identity/current: who a token belongs to (Remote documents 201 as its success status; any 2xx is fine). */
export async function getIdentity(accessToken: string): Promise<RemoteIdentity> {
  const r = await fetchRemote(apiUrl("/identity/current"), { headers: headers(accessToken) });
  return data<RemoteIdentity>(r.body);
}

export async function getCompany(accessToken: string, companyId: string): Promise<RemoteCompany> {
  const r = await fetchRemote(apiUrl(`/companies/${encodeURIComponent(companyId)}`), { headers: headers(accessToken) });
  return data<{ company: RemoteCompany }>(r.body).company;
}

export async function listEmployments(accessToken: string, query: { page?: number; page_size?: number } = {}): Promise<RemoteEmploymentPage> {
  const r = await fetchRemote(apiUrl("/employments", query), { headers: headers(accessToken) });
  return data<RemoteEmploymentPage>(r.body);
}

export async function listCountries(accessToken: string): Promise<RemoteCountry[]> {
  const r = await fetchRemote(apiUrl("/countries"), { headers: headers(accessToken) });
  return data<RemoteCountry[]>(r.body);
}

export async function getAddressSchema(accessToken: string, countryCode: string): Promise<Record<string, unknown>> {
  const r = await fetchRemote(apiUrl("/companies/schema", { country_code: countryCode, form: "address_details" }), { headers: headers(accessToken) });
  return data<Record<string, unknown>>(r.body);
}

/** POST /v1/companies with a client-credentials token; `actions` go in Remote's documented `action` parameter. */
export async function createCompany(partnerToken: string, input: CreateCompanyInput, actions: string[]): Promise<CompanyCreationReply> {
  const url = apiUrl("/companies", actions.length ? { action: actions.join(",") } : {});
  const r = await fetchRemote(url, { method: "POST", headers: headers(partnerToken, true), body: JSON.stringify(input) });
  // The doc example is double-wrapped ({data:{data:{company}}}); unwrap until the company appears.
  let d = data<Record<string, unknown>>(r.body);
  if (d && !("company" in d) && "data" in d) d = data<Record<string, unknown>>(d);
  return d as unknown as CompanyCreationReply;
}
