import { describe, expect, it } from "vitest";
import { mapRemoteFieldErrors } from "./remote-errors";

describe("Remote 422 field errors → form fields", () => {
  it("maps the {errors:{field:[..]}} shape, including address_details.x and tax/registration numbers", () => {
    const out = mapRemoteFieldErrors(
      { company_owner_email: ["has already been taken"], "address_details.postal_code": ["has invalid format"], registration_number: ["is invalid"] },
      { postal_code: "ZIP code" },
    );
    expect(out).toEqual({
      company_owner_email: "Owner's work email has already been taken",
      "address.postal_code": "ZIP code has invalid format",
      id_number: "Number is invalid",
    });
  });

  it("strips the parameter name the {message:[ParameterError]} shape repeats", () => {
    // lib/remote/classify flattens ParameterErrors into the same map; the text starts with the param.
    const out = mapRemoteFieldErrors({ "address_details.state": ["address_details.state is invalid"], name: ["Invalid parameter"] }, { state: "State" });
    expect(out).toEqual({ "address.state": "State is invalid", name: "Invalid parameter" });
  });

  it("puts parameters the form does not show in the form-level message", () => {
    const out = mapRemoteFieldErrors({ bank_account_details: ["is invalid"], address_details: ["is invalid"] });
    expect(out._form).toContain('Remote\'s field "bank_account_details" is invalid');
    expect(out._form).toContain("The address is invalid");
  });
});
