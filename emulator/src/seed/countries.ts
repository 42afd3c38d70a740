import { hasAddressSchema } from "../schemas";

export interface CountrySubdivision {
  code: string;
  name: string;
  subdivision_type: string;
}

/** Remote's `Country` object (GET /v1/countries). */
export interface Country {
  alpha_2_code: string;
  code: string;
  name: string;
  region: string;
  subregion: string | null;
  eor_onboarding: boolean;
  supported_json_schemas: string[];
  country_subdivisions: CountrySubdivision[] | null;
  contractor_products_available: string[];
  employment_agreement_preview_available: boolean;
  locked_benefits: string;
}

type Seed = [alpha2: string, code: string, name: string, region: string, subregion: string | null, eor: boolean];

const SEEDS: Seed[] = [
  ["US", "USA", "United States", "Americas", "Northern America", true],
  ["CA", "CAN", "Canada", "Americas", "Northern America", true],
  ["GB", "GBR", "United Kingdom", "Europe", "Northern Europe", true],
  ["IE", "IRL", "Ireland", "Europe", "Northern Europe", true],
  ["DE", "DEU", "Germany", "Europe", "Western Europe", true],
  ["FR", "FRA", "France", "Europe", "Western Europe", true],
  ["NL", "NLD", "Netherlands", "Europe", "Western Europe", true],
  ["ES", "ESP", "Spain", "Europe", "Southern Europe", true],
  ["PT", "PRT", "Portugal", "Europe", "Southern Europe", true],
  ["SE", "SWE", "Sweden", "Europe", "Northern Europe", true],
  ["AU", "AUS", "Australia", "Oceania", "Australia and New Zealand", true],
  ["SG", "SGP", "Singapore", "Asia", "South-eastern Asia", false],
];

const SUBDIVISIONS: Record<string, Array<[string, string]>> = {
  USA: [["US-CA", "California"], ["US-NY", "New York"], ["US-TX", "Texas"], ["US-WA", "Washington"]],
  CAN: [["CA-ON", "Ontario"], ["CA-QC", "Quebec"], ["CA-BC", "British Columbia"], ["CA-AB", "Alberta"]],
  AUS: [["AU-NSW", "New South Wales"], ["AU-VIC", "Victoria"], ["AU-QLD", "Queensland"]],
};

const EMPLOYMENT_SCHEMAS = ["contract_details", "employment_basic_information", "personal_details", "bank_account_details"];

export function buildCountries(): Country[] {
  return SEEDS.map(([alpha2, code, name, region, subregion, eor]) => ({
    alpha_2_code: alpha2,
    code,
    name,
    region,
    subregion,
    eor_onboarding: eor,
    supported_json_schemas: [...(hasAddressSchema(code) ? ["address_details"] : []), ...(eor ? EMPLOYMENT_SCHEMAS : [])],
    country_subdivisions: SUBDIVISIONS[code]?.map(([c, n]) => ({
      code: c,
      name: n,
      subdivision_type: code === "CAN" ? "province" : "state",
    })) ?? null,
    contractor_products_available: ["standard", "plus"],
    employment_agreement_preview_available: eor,
    locked_benefits: code === "USA" ? "partial" : "none",
  }));
}
