import type { FieldErrors } from "./http/errors";
import { addressSchemaFor } from "./schemas";
import { validateAgainstSchema } from "./schemas/validate";
import type { Country } from "./seed/countries";

export const CURRENCIES = ["AUD", "CAD", "CHF", "DKK", "EUR", "GBP", "JPY", "NOK", "NZD", "SEK", "SGD", "USD"];
const REQUIRED = ["company_owner_email", "company_owner_name", "country_code", "desired_currency", "name",
  "terms_of_service_accepted_at"] as const;
const OPTIONAL_STRINGS = ["email_domain", "external_id", "phone_number", "tax_number", "registration_number"] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const E164 = /^\+[1-9][0-9]{6,14}$/;
// Remote's example is "2022-05-05 15:03:45Z": a space separator is as valid as "T"; the offset is mandatory.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?)(Z|[+-]\d{2}:?\d{2})$/i;

const TOS_MAX_AGE_MS = 15 * 60_000;
const TOS_FUTURE_SKEW_MS = 60_000;

export interface CompanyParams {
  company_owner_email: string;
  company_owner_name: string;
  country_code: string;
  desired_currency: string;
  name: string;
  terms_of_service_accepted_at: string;
  address_details?: Record<string, unknown>;
  bank_account_details?: Record<string, unknown>;
  email_domain?: string;
  external_id?: string;
  phone_number?: string;
  tax_number?: string;
  registration_number?: string;
}

export function parseOffsetDateTime(value: string): number | null {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return null;
  const offset = m[3].toUpperCase() === "Z" ? "Z" : m[3].replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2");
  const ms = Date.parse(`${m[1]}T${m[2]}${offset}`);
  // Date.parse rolls 2025-02-30 over to March; reject dates that do not round-trip.
  if (Number.isNaN(ms) || new Date(`${m[1]}T00:00:00Z`).toISOString().slice(0, 10) !== m[1]) return null;
  return ms;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function validateCompanyParams(body: Record<string, unknown>, now: number, countries: Country[]):
  { ok: true; params: CompanyParams } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  for (const field of REQUIRED) {
    const v = body[field];
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) add(field, "can't be blank");
    else if (typeof v !== "string") add(field, "is invalid");
  }
  for (const field of OPTIONAL_STRINGS) {
    const v = body[field];
    if (v !== undefined && v !== null && typeof v !== "string") add(field, "is invalid");
  }
  const s = (field: string) => (typeof body[field] === "string" ? (body[field] as string).trim() : "");

  if (s("company_owner_email") && !EMAIL.test(s("company_owner_email"))) add("company_owner_email", "has invalid format");
  if (s("name").length > 255) add("name", "should be at most 255 character(s)");
  const code = s("country_code");
  if (code && !countries.some((c) => c.code === code)) add("country_code", "is invalid");
  if (s("desired_currency") && !CURRENCIES.includes(s("desired_currency"))) add("desired_currency", "is invalid");

  const tos = s("terms_of_service_accepted_at");
  if (tos) {
    const at = parseOffsetDateTime(tos);
    if (at === null) add("terms_of_service_accepted_at", "is invalid");
    else if (at > now + TOS_FUTURE_SKEW_MS) add("terms_of_service_accepted_at", "can't be in the future");
    else if (at < now - TOS_MAX_AGE_MS) add("terms_of_service_accepted_at", "must be within the last 15 minutes");
  }

  if (s("tax_number") && s("registration_number")) {
    add("tax_number", "only one of tax_number or registration_number may be sent");
  }
  if (s("email_domain") && !DOMAIN.test(s("email_domain"))) add("email_domain", "has invalid format");
  if (s("external_id").length > 255) add("external_id", "should be at most 255 character(s)");
  if (s("phone_number") && !E164.test(s("phone_number").replace(/[\s().-]/g, ""))) {
    add("phone_number", "has invalid format");
  }
  if (body.bank_account_details !== undefined && body.bank_account_details !== null && !isObject(body.bank_account_details)) {
    add("bank_account_details", "is invalid");
  }

  const address = body.address_details;
  if (address !== undefined && address !== null) {
    const schema = code ? addressSchemaFor(code) : null;
    if (!isObject(address)) add("address_details", "is invalid");
    else if (schema) {
      for (const [field, msgs] of Object.entries(validateAgainstSchema(address, schema))) {
        for (const m of msgs) add(field ? `address_details.${field}` : "address_details", m);
      }
    }
  }

  if (Object.keys(errors).length) return { ok: false, errors };
  const opt = (field: string) => (s(field) ? s(field) : undefined);
  return {
    ok: true,
    params: {
      company_owner_email: s("company_owner_email"),
      company_owner_name: s("company_owner_name"),
      country_code: code,
      desired_currency: s("desired_currency"),
      name: s("name"),
      terms_of_service_accepted_at: tos,
      address_details: isObject(address) ? address : undefined,
      bank_account_details: isObject(body.bank_account_details) ? body.bank_account_details : undefined,
      email_domain: opt("email_domain"),
      external_id: opt("external_id"),
      phone_number: opt("phone_number"),
      tax_number: opt("tax_number"),
      registration_number: opt("registration_number"),
    },
  };
}
