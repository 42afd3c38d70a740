// Helpers for the create-company integration tests (tests/integration/create-company*.test.ts).
import pino from "pino";
import { logger } from "@/lib/logger";
import { EMPTY_VALUES, type CompanyFormValues } from "@/lib/companies/fields";
import type { CreateCompanyRequest } from "@/lib/companies/service";
import { control } from "./emulator";

export const USA_ADDRESS = { address: "1709 Broderick St", address_line_2: "", city: "San Francisco", state: "CA", postal_code: "94115" };
export const GBR_ADDRESS = { address: "221 Baker Street", city: "London", county: "", postal_code: "NW1 6XE" };

let n = 0;
export function companyValues(over: Partial<CompanyFormValues> = {}): CompanyFormValues {
  n++;
  return {
    ...EMPTY_VALUES,
    name: `Tech Vision ${n}`,
    company_owner_name: "Joe Smith",
    company_owner_email: `owner${n}-${Date.now()}@techvision.example`,
    country_code: "USA",
    desired_currency: "USD",
    id_type: "tax_number",
    id_number: `55-${String(Date.now() % 10_000_000).padStart(7, "0")}${n}`,
    phone_number: "+1 415 555 0134",
    ...over,
  };
}

export function creationRequest(over: Partial<CreateCompanyRequest> = {}): CreateCompanyRequest {
  return {
    idempotencyKey: `cc1.test-${Math.random().toString(36).slice(2)}`,
    values: companyValues(),
    address: { ...USA_ADDRESS },
    termsAcceptedAt: Date.now() - 5_000,
    actor: { type: "company_admin", label: "Create-company form" },
    ...over,
  };
}

type Logged = { method: string; path: string; status: number; query?: unknown; body?: unknown };

/** POST /v1/companies calls the emulator received (any prefix). */
export async function companyPosts(): Promise<Logged[]> {
  const r = await control<Logged[] | { requests: Logged[] }>("GET", "/requests");
  const list = Array.isArray(r) ? r : r.requests;
  return list.filter((x) => x.method === "POST" && /\/v1\/companies$/.test(x.path));
}

export type EmulatorCompany = { id: string; name: string; external_id: string | null; status: string };
export async function emulatorState() {
  return control<{ companies: EmulatorCompany[]; emails: { company_id: string }[]; authorizations: { company_id: string; origin: string }[] }>("GET", "/state");
}

/** Every token the emulator issued (the canaries to search for). */
export async function issuedTokens(): Promise<string[]> {
  const r = await control<unknown>("GET", "/tokens");
  const list = (Array.isArray(r) ? r : ((r as { tokens?: unknown[] }).tokens ?? [])) as { access_token: string; refresh_token?: string }[];
  return list.flatMap((t) => [t.access_token, t.refresh_token]).filter((t): t is string => !!t);
}

/** Captures everything the app logs (at debug level) until `stop()`. */
export function captureLogs() {
  const lines: string[] = [];
  const l = logger as unknown as Record<symbol, unknown> & { level: string };
  const previous = { stream: l[pino.symbols.streamSym], level: l.level };
  l[pino.symbols.streamSym] = { write: (s: string) => lines.push(s) };
  l.level = "debug";
  return {
    lines,
    stop() {
      l[pino.symbols.streamSym] = previous.stream;
      l.level = previous.level;
    },
  };
}
