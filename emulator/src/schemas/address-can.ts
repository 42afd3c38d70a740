import { addressSchema, cityField, line2Field, streetField, type Option } from "./address-builder";

export const CA_PROVINCES: readonly Option[] = [
  ["AB", "Alberta"], ["BC", "British Columbia"], ["MB", "Manitoba"], ["NB", "New Brunswick"],
  ["NL", "Newfoundland and Labrador"], ["NS", "Nova Scotia"], ["NT", "Northwest Territories"],
  ["NU", "Nunavut"], ["ON", "Ontario"], ["PE", "Prince Edward Island"], ["QC", "Quebec"],
  ["SK", "Saskatchewan"], ["YT", "Yukon"],
];

export const canAddressSchema = addressSchema([
  ["address", streetField],
  ["address_line_2", line2Field],
  ["city", cityField],
  ["province", { kind: "select", title: "Province or territory", required: true, options: CA_PROVINCES }],
  ["postal_code", {
    kind: "text", title: "Postal code", required: true, maxLength: 7,
    pattern: "^[A-Za-z][0-9][A-Za-z] ?[0-9][A-Za-z][0-9]$", patternMessage: "Enter a postal code like K1A 0B1",
  }],
]);
