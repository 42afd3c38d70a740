import { describe, expect, it } from "vitest";
import { gbrAddressSchema } from "../../emulator/src/schemas/address-gbr";
import { usaAddressSchema } from "../../emulator/src/schemas/address-usa";
import { addressFields, clean, validateAddress } from "./address";

describe("address schema through @remoteoss/json-schema-form", () => {
  it("lists each country's own fields in Remote's order", () => {
    expect(addressFields(usaAddressSchema).map((f) => f.name)).toEqual(["address", "address_line_2", "city", "state", "postal_code"]);
    expect(addressFields(gbrAddressSchema).map((f) => f.name)).toEqual(["address", "address_line_2", "city", "county", "postal_code"]);
    const state = addressFields(usaAddressSchema).find((f) => f.name === "state")!;
    expect(state).toMatchObject({ inputType: "select", required: true, label: "State" });
    expect(state.options).toContainEqual({ value: "CA", label: "California" });
  });

  it("validates with the schema's own messages, keyed address.<field>", () => {
    const r = validateAddress(usaAddressSchema, { address: "1 Main St", city: "SF", state: "", postal_code: "941" });
    expect(r).toEqual({
      ok: false,
      errors: { "address.state": "Choose the state", "address.postal_code": "Enter a 5-digit ZIP code, e.g. 94115 or 94115-1234" },
    });
    expect(validateAddress(usaAddressSchema, { address: "1 Main St", city: "SF", state: "CA" })).toEqual({ ok: false, errors: { "address.postal_code": "Enter the ZIP code" } });
  });

  it("drops empty optional answers and fields of another country", () => {
    const r = validateAddress(gbrAddressSchema, { address: "221 Baker Street", address_line_2: " ", city: "London", postal_code: "NW1 6XE", state: "CA" });
    expect(r).toEqual({ ok: true, data: { address: "221 Baker Street", city: "London", postal_code: "NW1 6XE" } });
    expect(clean(gbrAddressSchema, { county: "  Kent " })).toEqual({ county: "Kent" });
  });
});
