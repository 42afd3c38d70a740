import { describe, expect, it } from "vitest";
import { RemoteError } from "../remote/errors";
import { GET_TOKENS, SEND_PASSWORD_EMAIL, refusedActions } from "./remote-create";

const both = [GET_TOKENS, SEND_PASSWORD_EMAIL];

describe("not-entitled replies", () => {
  it("drops the actions a 422 ActionError names", () => {
    const e = new RemoteError("validation", "x", { status: 422, actionErrors: [{ action: SEND_PASSWORD_EMAIL, code: "not_allowed", message: "is not allowed" }] });
    expect(refusedActions(e, both)).toEqual([SEND_PASSWORD_EMAIL]);
  });

  it("reads a bare 400 invalid_params as the token action first, then the email action", () => {
    const e = new RemoteError("validation", "invalid_params", { status: 400, remoteCode: "invalid_params" });
    expect(refusedActions(e, both)).toEqual([GET_TOKENS]);
    expect(refusedActions(e, [SEND_PASSWORD_EMAIL])).toEqual([SEND_PASSWORD_EMAIL]);
    expect(refusedActions(e, [])).toBeNull();
  });

  it("leaves field errors, conflicts and outages alone", () => {
    expect(refusedActions(new RemoteError("validation", "x", { fieldErrors: { name: ["can't be blank"] } }), both)).toBeNull();
    expect(refusedActions(new RemoteError("conflict", "x"), both)).toBeNull();
    expect(refusedActions(new RemoteError("unavailable", "x"), both)).toBeNull();
  });
});
