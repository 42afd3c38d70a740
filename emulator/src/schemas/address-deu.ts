import { addressSchema, cityField, line2Field } from "./address-builder";

// German addresses put the postcode before the city, so the form does too.
export const deuAddressSchema = addressSchema([
  ["address", { kind: "text", title: "Street and house number", required: true, description: "e.g. Friedrichstraße 123" }],
  ["address_line_2", { ...line2Field, title: "Additional address information" }],
  ["postal_code", {
    kind: "text", title: "Postcode (PLZ)", required: true, maxLength: 5,
    pattern: "^[0-9]{5}$", patternMessage: "Enter a 5-digit postcode, e.g. 10117",
  }],
  ["city", cityField],
]);
