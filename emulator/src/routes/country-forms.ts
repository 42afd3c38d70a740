import { Hono } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { notFound } from "../http/errors";

// GET /v1/countries/{country_code}/{form}: the JSON Schema of an employment form, which remote-flows
// renders with json-schema-form. Keyed on alpha-3 like Remote ("PRT"); a small but well-formed schema.

const str = (title: string, extra: Record<string, unknown> = {}) => ({ title, type: "string", ...extra });

const FORMS: Record<string, Record<string, unknown>> = {
  employment_basic_information: {
    name: str("Full name", { maxLength: 255 }),
    email: str("Personal email", { format: "email" }),
    job_title: str("Job title", { maxLength: 255 }),
    provisional_start_date: str("Provisional start date", { format: "date" }),
  },
  contract_details: {
    annual_gross_salary: { title: "Annual gross salary", type: "integer", minimum: 0, "x-jsf-presentation": { inputType: "money" } },
    work_hours_per_week: { title: "Hours per week", type: "integer", minimum: 1, maximum: 60 },
    contract_duration_type: str("Contract duration", { oneOf: [{ const: "indefinite", title: "Indefinite" }, { const: "fixed_term", title: "Fixed term" }] }),
  },
  personal_details: { birth_date: str("Date of birth", { format: "date" }), nationality: str("Nationality") },
  address_details: { address: str("Address"), city: str("City"), postal_code: str("Postal code") },
  emergency_contact_details: { name: str("Name"), phone_number: str("Phone number") },
  bank_account_details: { holder_name: str("Account holder"), iban: str("IBAN") },
  administrative_details: { tax_id: str("Tax identification number") },
};

export function countryFormRoutes(deps: Deps) {
  const r = new Hono<AppEnv>();
  r.get("/:code/:form", (c) => {
    const country = deps.state.countries.find((co) => co.code === c.req.param("code").toUpperCase());
    if (!country) return notFound(c, "Country not found");
    const properties = FORMS[c.req.param("form")];
    if (!properties) return notFound(c, "Form not found");
    return c.json({
      data: { type: "object", additionalProperties: false, properties, required: Object.keys(properties), "x-jsf-order": Object.keys(properties) },
    }, 200);
  });
  return r;
}
