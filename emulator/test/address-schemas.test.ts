import { createHeadlessForm } from "@remoteoss/json-schema-form";
import { describe, expect, it } from "vitest";
import { addressSchemaFor } from "../src/schemas";
import { validateAgainstSchema } from "../src/schemas/validate";
import { buildCountries } from "../src/seed/countries";

type Case = {
  fields: string[];
  selects: Record<string, string>;
  good: Record<string, string>;
  bad: Record<string, string>;
  badFields: string[];
};

const CASES: Record<string, Case> = {
  USA: {
    fields: ["address", "address_line_2", "city", "state", "postal_code"],
    selects: { state: "CA" },
    good: { address: "1709 Broderick St", address_line_2: "Flat 123", city: "San Francisco", state: "CA", postal_code: "94115-1234" },
    bad: { address: "1709 Broderick St", city: "San Francisco", state: "ZZ", postal_code: "9411" },
    badFields: ["state", "postal_code"],
  },
  GBR: {
    fields: ["address", "address_line_2", "city", "county", "postal_code"],
    selects: {},
    good: { address: "10 Downing Street", city: "London", postal_code: "SW1A 2AA" },
    bad: { address: "10 Downing Street", postal_code: "12345" },
    badFields: ["city", "postal_code"],
  },
  DEU: {
    fields: ["address", "address_line_2", "postal_code", "city"],
    selects: {},
    good: { address: "Friedrichstraße 123", postal_code: "10117", city: "Berlin" },
    bad: { address: "Friedrichstraße 123", postal_code: "1011", city: "Berlin", state: "BE" },
    badFields: ["postal_code", "state"],
  },
  CAN: {
    fields: ["address", "address_line_2", "city", "province", "postal_code"],
    selects: { province: "ON" },
    good: { address: "80 Wellington St", city: "Ottawa", province: "ON", postal_code: "K1A 0A2" },
    bad: { address: "80 Wellington St", city: "Ottawa", province: "CA", postal_code: "90210" },
    badFields: ["province", "postal_code"],
  },
  PRT: {
    fields: ["address", "address_line_2", "postal_code", "city", "district"],
    selects: { district: "11" },
    good: { address: "Rua Augusta 100", postal_code: "1100-053", city: "Lisboa", district: "11" },
    bad: { address: "Rua Augusta 100", postal_code: "1100053", city: "Lisboa" },
    badFields: ["postal_code", "district"],
  },
};

describe("address_details schemas", () => {
  it("exist for every country advertising address_details", () => {
    for (const country of buildCountries()) {
      expect(country.supported_json_schemas.includes("address_details")).toBe(addressSchemaFor(country.code) !== null);
    }
  });

  describe.each(Object.entries(CASES))("%s", (code, c) => {
    const schema = addressSchemaFor(code)! as Parameters<typeof createHeadlessForm>[0];

    it("renders in @remoteoss/json-schema-form with typed fields and select options", () => {
      const form = createHeadlessForm(schema, { strictInputType: true });
      expect(form.isError).toBe(false);
      expect(form.fields.map((f) => f.name)).toEqual(c.fields);
      for (const field of form.fields) {
        expect(field.label).toBeTruthy();
        expect(["text", "select"]).toContain(field.inputType);
      }
      for (const [name, sample] of Object.entries(c.selects)) {
        const field = form.fields.find((f) => f.name === name)!;
        expect(field.inputType).toBe("select");
        expect(field.options).toContainEqual(expect.objectContaining({ value: sample }));
      }
      expect(form.fields.find((f) => f.name === "address")!.required).toBe(true);
      expect(form.fields.find((f) => f.name === "address_line_2")!.required).toBe(false);
    });

    it("accepts a good address and flags a bad one, agreeing with the server-side validator", () => {
      const form = createHeadlessForm(schema);
      expect(form.handleValidation(c.good).formErrors).toBeUndefined();
      expect(validateAgainstSchema(c.good, schema)).toEqual({});

      const libErrors = form.handleValidation(c.bad).formErrors ?? {};
      const serverErrors = validateAgainstSchema(c.bad, schema);
      expect(Object.keys(libErrors).sort()).toEqual([...c.badFields].sort());
      expect(Object.keys(serverErrors).sort()).toEqual([...c.badFields].sort());
    });
  });

  it("renders every other country's schema too", () => {
    for (const country of buildCountries()) {
      const schema = addressSchemaFor(country.code) as Parameters<typeof createHeadlessForm>[0];
      const form = createHeadlessForm(schema, { strictInputType: true });
      expect(form.fields.length).toBeGreaterThanOrEqual(3);
      expect(form.handleValidation({}).formErrors).toHaveProperty("address");
    }
  });

  it("returns independent copies", () => {
    const a = addressSchemaFor("USA")!;
    (a.properties as Record<string, unknown>).address = null;
    expect((addressSchemaFor("USA")!.properties as Record<string, unknown>).address).not.toBeNull();
  });
});
