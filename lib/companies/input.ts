// Validation of the form values (not the address: see address.ts), run in the browser as the user
// types and on the server before anything is sent. Messages say what to do, not what is wrong.
import { z } from "zod";
import { CURRENCIES, ID_TYPES, type CompanyFormValues, type FieldErrorMap } from "./fields";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const E164 = /^\+[1-9][0-9]{6,14}$/;

/** "+44 (20) 7946-0958" → "+442079460958": Remote wants E.164. */
function normalizePhone(v: string): string {
  return v.replace(/[\s().-]/g, "");
}

const text = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `Use at most ${max} characters`);

const companyValuesSchema = z.object({
  name: text(255, "Enter the company's legal name"),
  company_owner_name: text(255, "Enter the owner's full name"),
  company_owner_email: text(255, "Enter the owner's email address").refine((v) => EMAIL.test(v), "Enter an email address like name@company.com"),
  country_code: z.string().regex(/^[A-Z]{3}$/, "Choose the country where the company is registered"),
  desired_currency: z.enum(CURRENCIES, { error: "Choose the currency Remote should bill you in" }),
  id_type: z.enum(ID_TYPES, { error: "Choose tax number or registration number" }),
  id_number: text(100, "Enter the company's tax or registration number"),
  phone_number: text(40, "Enter a phone number")
    .transform(normalizePhone)
    .refine((v) => E164.test(v), "Enter the number with its country code, e.g. +44 20 7946 0958"),
  email_domain: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === "" || DOMAIN.test(v), "Enter a domain like example.com (no @, no https://)"),
  external_id: z.string().trim().max(255, "Use at most 255 characters"),
});

export type CompanyValues = z.output<typeof companyValuesSchema>;

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrorMap };

/** First message per field, keyed by field name. */
export function validateCompanyValues(values: CompanyFormValues): Checked<CompanyValues> {
  const r = companyValuesSchema.safeParse(values);
  if (r.success) return { ok: true, data: r.data };
  const errors: FieldErrorMap = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? "_form");
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Remote's CreateCompanyParams (without the terms time and address, added by the caller). */
export function remoteFields(v: CompanyValues, externalId: string | null) {
  return {
    name: v.name,
    company_owner_name: v.company_owner_name,
    company_owner_email: v.company_owner_email,
    country_code: v.country_code,
    desired_currency: v.desired_currency,
    phone_number: v.phone_number,
    // Remote takes one or the other, never both.
    ...(v.id_type === "tax_number" ? { tax_number: v.id_number } : { registration_number: v.id_number }),
    ...(v.email_domain ? { email_domain: v.email_domain } : {}),
    ...(externalId ? { external_id: externalId } : {}),
  };
}
