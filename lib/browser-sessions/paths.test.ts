import { describe, expect, it } from "vitest";
import { isBrowserSessionPath } from "./paths";

describe("isBrowserSessionPath", () => {
  it.each([
    "v1/employments/3f2c-aa_1",
    "/v1/employments/abc/benefit-offers",
    "eor/v1/employments/abc/benefit-offers/schema",
    "api/eor/v1/onboarding/employments/abc/pre-onboarding-requirements",
    "v1/companies/abc",
    "v1/companies/abc/employments/def/onboarding-reserves-status",
    "v1/countries",
    "v1/countries/PRT/contract_details",
  ])("allows %s", (p) => expect(isBrowserSessionPath(p)).toBe(true));

  it.each([
    "v1/employments",
    "v1/employments/abc/offboarding",
    "v1/identity/current",
    "v1/companies",
    "v1/webhook-callbacks",
    "v1/magic-link",
    "v1/employments/a%2Fb",
    "v1/countries/PRT/contract_details/x",
    "v2/employments/abc/basic-information",
    "x/v1/employments/abc",
  ])("refuses %s", (p) => expect(isBrowserSessionPath(p)).toBe(false));
});
