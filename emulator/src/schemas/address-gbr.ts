import { addressSchema, line2Field, streetField } from "./address-builder";

// UK addresses have no state; the county is optional since Royal Mail stopped requiring it.
export const gbrAddressSchema = addressSchema([
  ["address", streetField],
  ["address_line_2", line2Field],
  ["city", { kind: "text", title: "Town or city", required: true, maxLength: 100 }],
  ["county", { kind: "text", title: "County", maxLength: 100 }],
  ["postal_code", {
    kind: "text", title: "Postcode", required: true, maxLength: 8,
    pattern: "^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$", patternMessage: "Enter a UK postcode, e.g. SW1A 1AA",
  }],
]);
