// What the Create-company form asks for, shared by the browser (validation as you type) and the
// server (the same checks again, since the action is public). Pure: no server-only imports.

/** Remote's `desired_currency` enum (CreateCompanyParams). */
export const CURRENCIES = ["AUD", "CAD", "CHF", "DKK", "EUR", "GBP", "JPY", "NOK", "NZD", "SEK", "SGD", "USD"] as const;
export type Currency = (typeof CURRENCIES)[number];

export const ID_TYPES = ["tax_number", "registration_number"] as const;
export type IdType = (typeof ID_TYPES)[number];

/** Remote rejects a terms acceptance older than 15 minutes when the request arrives. */
const TERMS_WINDOW_MS = 15 * 60_000;
/** We stop a minute early, so a slow request or a little clock drift never sends a stale time. */
export const TERMS_MAX_AGE_MS = TERMS_WINDOW_MS - 60_000;
/** A time further in the future than this is refused (it cannot come from this page). */
export const TERMS_FUTURE_SKEW_MS = 2 * 60_000;

export const TERMS_URL = "https://remote.com/terms-of-use";
export const PRIVACY_URL = "https://remote.com/privacy-policy";

/** A country Remote supports (GET /v1/countries), as the form lists it. */
export type Country = { code: string; name: string; hasAddressSchema: boolean };

/** The values typed into the form (everything except the address and the terms checkbox). */
export type CompanyFormValues = {
  name: string;
  company_owner_name: string;
  company_owner_email: string;
  country_code: string;
  desired_currency: string;
  id_type: IdType;
  id_number: string;
  phone_number: string;
  email_domain: string;
  external_id: string;
};

export const EMPTY_VALUES: CompanyFormValues = {
  name: "",
  company_owner_name: "",
  company_owner_email: "",
  country_code: "",
  desired_currency: "",
  id_type: "tax_number",
  id_number: "",
  phone_number: "",
  email_domain: "",
  external_id: "",
};

export const FIELD_LABELS: Record<keyof CompanyFormValues | "terms", string> = {
  name: "Company legal name",
  company_owner_name: "Owner's full name",
  company_owner_email: "Owner's work email",
  country_code: "Country of incorporation",
  desired_currency: "Billing currency",
  id_type: "Identification",
  id_number: "Number",
  phone_number: "Phone number",
  email_domain: "Company email domain",
  external_id: "External ID",
  terms: "Terms acceptance",
};

export const ID_LABELS: Record<IdType, string> = { tax_number: "Tax number", registration_number: "Company registration number" };

/** Error keys: a form field, `address.<field>`, `terms`, or `_form` for what belongs to no field. */
export type FieldErrorMap = Record<string, string>;

/** A sensible default currency when a country is chosen (only when the user has not picked one). */
export const COUNTRY_CURRENCY: Record<string, Currency> = {
  USA: "USD", CAN: "CAD", GBR: "GBP", AUS: "AUD", NZL: "NZD", SGP: "SGD", JPN: "JPY", CHE: "CHF",
  DNK: "DKK", NOR: "NOK", SWE: "SEK", IRL: "EUR", DEU: "EUR", FRA: "EUR", NLD: "EUR", ESP: "EUR", PRT: "EUR",
  ITA: "EUR", BEL: "EUR", AUT: "EUR", FIN: "EUR", GRC: "EUR", LUX: "EUR", EST: "EUR", LVA: "EUR", LTU: "EUR",
};
