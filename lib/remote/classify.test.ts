import { describe, expect, it } from "vitest";
import { classifyResponse } from "./classify";

const h = (init: Record<string, string> = {}) => new Headers(init);

describe("classifyResponse", () => {
  it.each([
    [{ error: "invalid_grant" }],
    [{ error: "invalid_refresh_token", error_description: "stale" }],
    [{ message: "invalid_refresh_token" }],
    [{ message: { code: "invalid_refresh_token", message: "Refresh token is invalid" } }],
  ])("treats %j on the token endpoint as a dead grant", (body) => {
    expect(classifyResponse(400, h(), body, "token").kind).toBe("invalid_grant");
  });

  it("classifies 5xx, 429 and bad client", () => {
    expect(classifyResponse(503, h(), undefined, "token").kind).toBe("unavailable");
    const limited = classifyResponse(429, h({ "x-ratelimit-reset": "12043" }), { message: "Too many requests" }, "api");
    expect(limited).toMatchObject({ kind: "rate_limited", retryAfterMs: 12043 });
    expect(classifyResponse(429, h({ "retry-after": "3" }), {}, "api").retryAfterMs).toBe(3000);
    expect(classifyResponse(401, h(), { error: "invalid_client" }, "token").kind).toBe("invalid_client");
    expect(classifyResponse(401, h(), { message: "Unauthorized" }, "api").kind).toBe("unauthorized");
  });

  it("reads both 422 shapes as field errors", () => {
    const a = classifyResponse(422, h(), { errors: { tax_number: ["is invalid"], "address_details.postal_code": ["bad"] } }, "api");
    expect(a.fieldErrors).toEqual({ tax_number: ["is invalid"], "address_details.postal_code": ["bad"] });
    const b = classifyResponse(422, h(), { message: [{ code: "invalid_param", message: "Invalid parameter", param: "phone_number" }] }, "api");
    expect(b).toMatchObject({ kind: "validation", fieldErrors: { phone_number: ["Invalid parameter"] } });
  });

  it("reads action errors and invalid_params as validation, 409 as conflict", () => {
    const a = classifyResponse(422, h(), { message: [{ action: "get_oauth_access_tokens", code: "not_allowed", message: "is not allowed" }] }, "api");
    expect(a.actionErrors?.[0].action).toBe("get_oauth_access_tokens");
    expect(classifyResponse(400, h(), { message: "invalid_params" }, "api").kind).toBe("validation");
    const c = classifyResponse(409, h(), { message: { code: "resource_already_exists", message: "exists", resource_id: "u1", resource_type: "company_creation" } }, "api");
    expect(c).toMatchObject({ kind: "conflict", conflict: { code: "resource_already_exists", resourceId: "u1" } });
    const d = classifyResponse(409, h(), { data: { code: "resource_not_eligible", message: "no" } }, "api");
    expect(d.conflict?.code).toBe("resource_not_eligible");
  });

  it("keeps only a bounded, masked excerpt of Remote's text, never the verbatim description", () => {
    const leaked = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
    const e = classifyResponse(400, h(), { error: "invalid_request", error_description: `bad token ${leaked}\n${"x ".repeat(300)}` }, "token");
    expect(e.message).not.toContain(leaked);
    expect(e.message).not.toContain("\n");
    expect(e.message.length).toBeLessThanOrEqual(200);
    const c = classifyResponse(409, h(), { message: { code: "exists", message: `taken by ${leaked}` } }, "api");
    expect(c.conflict?.message).toBe("taken by [redacted]");
    expect(classifyResponse(400, h(), { error: "x".repeat(500) }, "token").remoteCode).toBeUndefined();
  });
});
