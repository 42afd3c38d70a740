import { describe, expect, it } from "vitest";
import { clientDisplayName } from "./config";

describe("the client name on the emulator's consent page", () => {
  it("is EMULATOR_CLIENT_NAME, else the app's BRAND_NAME, else the demo name", () => {
    expect(clientDisplayName({ EMULATOR_CLIENT_NAME: "Acme HR", BRAND_NAME: "Other" })).toBe("Acme HR");
    expect(clientDisplayName({ BRAND_NAME: " Globex Payroll " })).toBe("Globex Payroll");
    expect(clientDisplayName({ EMULATOR_CLIENT_NAME: "", BRAND_NAME: "" })).toBe("Remote Connect (demo)");
  });
});
