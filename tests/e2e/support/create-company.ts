// Helpers for tests/e2e/create-company.spec.ts.
import type { Page } from "@playwright/test";
import { emulator } from "./app";
import { E2E } from "./ports";

export type TestCompany = {
  name: string;
  owner: string;
  email: string;
  tax: string;
  country: "USA" | "GBR";
};

let n = 0;
export function uniqueCompany(country: "USA" | "GBR", over: Partial<TestCompany> = {}): TestCompany {
  const id = `${Date.now().toString(36)}${++n}`;
  return {
    name: `E2E ${country} Co ${id}`,
    owner: `Owner ${id}`,
    email: `owner-${id}@e2e.example`,
    tax: `E2E-${id}`.toUpperCase(),
    country,
    ...over,
  };
}

const COUNTRY_LABEL = { USA: "United States", GBR: "United Kingdom" };

/** Fills every field the way a person would (labels only), including the country's address schema. */
export async function fillCompanyForm(page: Page, c: TestCompany) {
  await page.getByLabel("Company legal name").fill(c.name);
  await page.getByLabel("Country of incorporation").selectOption({ label: COUNTRY_LABEL[c.country] });
  await page.locator("#cc-id_number").fill(c.tax);
  if (c.country === "USA") {
    await page.getByLabel("Address", { exact: true }).fill("1709 Broderick St");
    await page.getByLabel("City").fill("San Francisco");
    await page.getByLabel("State").selectOption("CA");
    await page.getByLabel("ZIP code").fill("94115");
  } else {
    await page.getByLabel("Address", { exact: true }).fill("221 Baker Street");
    await page.getByLabel("Town or city").fill("London");
    await page.getByLabel("Postcode").fill("NW1 6XE");
  }
  await page.getByLabel("Owner's full name").fill(c.owner);
  await page.getByLabel("Owner's work email").fill(c.email);
  await page.getByLabel("Phone number").fill(c.country === "USA" ? "+1 415 555 0134" : "+44 20 7946 0958");
  await page.getByLabel(/I have read and accept/).check();
}

export async function partnerApi(method: string, p: string, key: string, body?: unknown) {
  const res = await fetch(`${E2E.appUrl}${p}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: await res.json() };
}

type Logged = { method: string; path: string; status: number; body?: unknown };

export async function companyPosts(): Promise<Logged[]> {
  const list = await emulator<Logged[]>("GET", "/requests");
  return list.filter((x) => x.method === "POST" && /\/v1\/companies$/.test(x.path));
}

export async function issuedTokens(): Promise<string[]> {
  const list = await emulator<{ access_token: string; refresh_token?: string }[]>("GET", "/tokens");
  return list.flatMap((t) => [t.access_token, t.refresh_token]).filter((t): t is string => !!t);
}
