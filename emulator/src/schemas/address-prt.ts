import { addressSchema, line2Field, streetField, type Option } from "./address-builder";

export const PT_DISTRICTS: readonly Option[] = [
  ["01", "Aveiro"], ["02", "Beja"], ["03", "Braga"], ["04", "Bragança"], ["05", "Castelo Branco"],
  ["06", "Coimbra"], ["07", "Évora"], ["08", "Faro"], ["09", "Guarda"], ["10", "Leiria"], ["11", "Lisboa"],
  ["12", "Portalegre"], ["13", "Porto"], ["14", "Santarém"], ["15", "Setúbal"], ["16", "Viana do Castelo"],
  ["17", "Vila Real"], ["18", "Viseu"], ["20", "Região Autónoma dos Açores"], ["30", "Região Autónoma da Madeira"],
];

export const prtAddressSchema = addressSchema([
  ["address", { ...streetField, title: "Street address" }],
  ["address_line_2", line2Field],
  ["postal_code", {
    kind: "text", title: "Postal code", required: true, maxLength: 8,
    pattern: "^[0-9]{4}-[0-9]{3}$", patternMessage: "Enter a postal code like 1100-148",
  }],
  ["city", { kind: "text", title: "Locality", required: true, maxLength: 100 }],
  ["district", { kind: "select", title: "District", required: true, options: PT_DISTRICTS }],
]);
