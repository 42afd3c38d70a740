import { addressSchema, cityField, line2Field, streetField, type JsonSchema, type TextField } from "./address-builder";

// Countries the demo data does not centre on: same shape, country-specific postcode rules.
const postal = (title: string, pattern: string, example: string, maxLength: number): TextField => ({
  kind: "text", title, required: true, maxLength, pattern, patternMessage: `Enter a valid ${title.toLowerCase()}, e.g. ${example}`,
});

const streetCityPostal = (code: TextField): JsonSchema =>
  addressSchema([["address", streetField], ["address_line_2", line2Field], ["postal_code", code], ["city", cityField]]);

export const otherAddressSchemas: Record<string, JsonSchema> = {
  FRA: streetCityPostal(postal("Code postal", "^[0-9]{5}$", "75008", 5)),
  ESP: addressSchema([
    ["address", streetField], ["address_line_2", line2Field],
    ["postal_code", postal("Código postal", "^[0-9]{5}$", "28013", 5)], ["city", cityField],
    ["province", { kind: "text", title: "Province", required: true, maxLength: 100 }],
  ]),
  NLD: streetCityPostal(postal("Postcode", "^[0-9]{4} ?[A-Za-z]{2}$", "1012 AB", 7)),
  SWE: streetCityPostal(postal("Postnummer", "^[0-9]{3} ?[0-9]{2}$", "111 22", 6)),
  IRL: addressSchema([
    ["address", streetField], ["address_line_2", line2Field], ["city", cityField],
    ["county", { kind: "text", title: "County", required: true, maxLength: 100 }],
    ["postal_code", postal("Eircode", "^[A-Za-z][0-9][0-9Ww] ?[A-Za-z0-9]{4}$", "D02 X285", 8)],
  ]),
  AUS: addressSchema([
    ["address", streetField], ["address_line_2", line2Field], ["city", { ...cityField, title: "Suburb" }],
    ["state", {
      kind: "select", title: "State or territory", required: true,
      options: [["ACT", "Australian Capital Territory"], ["NSW", "New South Wales"], ["NT", "Northern Territory"],
        ["QLD", "Queensland"], ["SA", "South Australia"], ["TAS", "Tasmania"], ["VIC", "Victoria"], ["WA", "Western Australia"]],
    }],
    ["postal_code", postal("Postcode", "^[0-9]{4}$", "2000", 4)],
  ]),
  // Singapore addresses have no city line: the island is the city.
  SGP: addressSchema([
    ["address", streetField], ["address_line_2", { ...line2Field, title: "Unit number" }],
    ["postal_code", postal("Postal code", "^[0-9]{6}$", "018956", 6)],
  ]),
};
