import type { Company, User } from "../types";

// Literal ids so the app's fixtures and docs can reference them; never regenerate.
export const SEED_IDS = {
  acme: "3b6f2c1e-5a4d-4c8e-9f21-0a7d6e5b4c31",
  northwind: "8d0e4f7a-2b1c-4e9d-a6f3-5c2b1a0d9e84",
  globex: "c5a1d9e2-7f3b-4a6c-8e0d-1b9f2a7c3d56",
  users: {
    jane: "1f2e3d4c-5b6a-4978-8a1b-2c3d4e5f6a71",
    max: "2a3b4c5d-6e7f-4081-92a3-b4c5d6e7f802",
    oliver: "4c5d6e7f-8091-4a2b-b3c4-d5e6f7a8b913",
    hank: "5d6e7f80-91a2-4b3c-84d5-e6f7a8b9ca24",
    lisa: "6e7f8091-a2b3-4c4d-95e6-f7a8b9cadb35",
  },
} as const;

/** Numbers that make POST /v1/companies answer 409 (see README). */
export const EXISTING_TAX_NUMBER = "12-3456789";
export const NOT_ELIGIBLE_TAX_NUMBER = "98-7654321";
export const NOT_ELIGIBLE_RESOURCE_ID = "9e8d7c6b-5a49-4382-b1f0-e9d8c7b6a5f4";
/** An owner email that already has a Remote account. */
export const EXISTING_OWNER_EMAIL = "jane@acme.example";

const SEEDED_AT = "2025-03-14T09:26:53Z";

function company(fields: Omit<Company, "created_at" | "updated_at" | "terms_of_service_accepted_at" |
  "bank_account_details" | "status" | "default_legal_entity_credit_risk_status">): Company {
  return {
    ...fields,
    bank_account_details: null,
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
    terms_of_service_accepted_at: SEEDED_AT,
    status: "active",
    default_legal_entity_credit_risk_status: "no_deposit_required",
  };
}

export function seedCompanies(): Company[] {
  return [
    company({
      id: SEED_IDS.acme, name: "Acme Robotics GmbH", country_code: "DEU", desired_currency: "EUR",
      address_details: { address: "Friedrichstraße 123", postal_code: "10117", city: "Berlin" },
      company_owner_email: "jane@acme.example", company_owner_name: "Jane Doe", company_owner_user_id: SEED_IDS.users.jane,
      external_id: "acme-001", phone_number: "+4930901820", registration_number: "HRB 201234 B", tax_number: null,
    }),
    company({
      id: SEED_IDS.northwind, name: "Northwind Traders Ltd", country_code: "GBR", desired_currency: "GBP",
      address_details: { address: "221 Baker Street", city: "London", postal_code: "NW1 6XE" },
      company_owner_email: "oliver@northwind.example", company_owner_name: "Oliver Bennett",
      company_owner_user_id: SEED_IDS.users.oliver, external_id: null, phone_number: "+442079460958",
      registration_number: null, tax_number: "GB123456789",
    }),
    company({
      id: SEED_IDS.globex, name: "Globex Corporation", country_code: "USA", desired_currency: "USD",
      address_details: { address: "1709 Broderick St", city: "San Francisco", state: "CA", postal_code: "94115" },
      company_owner_email: "hank@globex.example", company_owner_name: "Hank Scorpio", company_owner_user_id: SEED_IDS.users.hank,
      external_id: "globex-7", phone_number: "+14155550134", registration_number: null, tax_number: EXISTING_TAX_NUMBER,
    }),
  ];
}

export function seedUsers(): User[] {
  const u = SEED_IDS.users;
  return [
    { id: u.jane, companyId: SEED_IDS.acme, name: "Jane Doe", email: "jane@acme.example", status: "active", role: "owner" },
    { id: u.max, companyId: SEED_IDS.acme, name: "Max Mustermann", email: "max@acme.example", status: "active", role: "admin" },
    { id: u.oliver, companyId: SEED_IDS.northwind, name: "Oliver Bennett", email: "oliver@northwind.example", status: "active", role: "owner" },
    { id: u.hank, companyId: SEED_IDS.globex, name: "Hank Scorpio", email: "hank@globex.example", status: "active", role: "owner" },
    { id: u.lisa, companyId: SEED_IDS.globex, name: "Lisa Park", email: "lisa@globex.example", status: "active", role: "admin" },
  ];
}
