import { describe, expect, it } from "vitest";
import { EMPTY_VALUES, type CompanyFormValues } from "./fields";
import { remoteFields, validateCompanyValues } from "./input";

const valid: CompanyFormValues = {
  ...EMPTY_VALUES,
  name: " Tech Vision ",
  company_owner_name: "Joe Smith",
  company_owner_email: "ceo@techvision.example",
  country_code: "USA",
  desired_currency: "USD",
  id_type: "tax_number",
  id_number: "123456789",
  phone_number: "+1 (112) 312-3456",
  email_domain: "TechVision.example",
};

describe("company form values", () => {
  it("accepts a complete form and normalises phone, domain and whitespace", () => {
    const r = validateCompanyValues(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({ name: "Tech Vision", phone_number: "+11123123456", email_domain: "techvision.example" });
  });

  it("says what to do for each empty required field", () => {
    const r = validateCompanyValues(EMPTY_VALUES);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(
      ["company_owner_email", "company_owner_name", "country_code", "desired_currency", "id_number", "name", "phone_number"].sort(),
    );
    expect(r.errors.name).toBe("Enter the company's legal name");
  });

  it.each([
    ["company_owner_email", "not-an-email"],
    ["desired_currency", "BTC"],
    ["phone_number", "0207 946 0958"],
    ["email_domain", "https://example.com"],
    ["country_code", "us"],
  ] as const)("refuses %s = %s", (field, value) => {
    const r = validateCompanyValues({ ...valid, [field]: value });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field]).toBeTruthy();
  });

  it("sends a tax number or a registration number, never both, and the external id only when given", () => {
    const tax = validateCompanyValues(valid);
    const reg = validateCompanyValues({ ...valid, id_type: "registration_number", id_number: "HRB 1" });
    if (!tax.ok || !reg.ok) throw new Error("expected valid");
    expect(remoteFields(tax.data, null)).toMatchObject({ tax_number: "123456789" });
    expect(remoteFields(tax.data, null)).not.toHaveProperty("registration_number");
    expect(remoteFields(tax.data, null)).not.toHaveProperty("external_id");
    expect(remoteFields(reg.data, "cust-1")).toMatchObject({ registration_number: "HRB 1", external_id: "cust-1" });
    expect(remoteFields(reg.data, "cust-1")).not.toHaveProperty("tax_number");
  });
});
