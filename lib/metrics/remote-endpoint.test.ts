import { describe, expect, it } from "vitest";
import { REMOTE_ENDPOINTS, remoteEndpointOf, remoteEndpointOfUrl } from "./remote-endpoint";

describe("remoteEndpointOf", () => {
  it.each([
    ["/auth/oauth2/token", "/auth/oauth2/token"],
    ["/v1/identity/current", "/v1/identity/current"],
    ["/v1/companies", "/v1/companies"],
    ["/v1/companies?action=get_oauth_access_tokens", "/v1/companies"],
    ["/v1/companies/schema", "/v1/companies/schema"],
    ["/v1/companies/3f2c9a1e-0000-4000-8000-000000000001", "/v1/companies/{id}"],
    ["/v1/companies/abc/create-token", "/v1/companies/{id}/create-token"],
    ["/v1/employments/emp_123", "/v1/employments/{id}"],
    ["/v1/webhook-callbacks/cb_9", "/v1/webhook-callbacks/{id}"],
    ["/v1/webhook-events/replay", "/v1/webhook-events/replay"],
    // The proxy's form: no leading slash, any of Remote's prefixes, still percent-encoded.
    ["v1/employments/a%20b", "/v1/employments/{id}"],
    ["eor/v1/countries", "/v1/countries"],
    ["api/eor/v1/employments", "/v1/employments"],
  ])("%s → %s", (path, template) => {
    expect(remoteEndpointOf(path)).toBe(template);
  });

  it.each([
    "/v1/employments/emp_1/onboarding",
    "/v1/someone@example.com",
    "/v1/companies/abc/def/ghi",
    "v1/timeoff/123",
    "/v2/companies",
    "/",
    "",
    "/v1/%E0%A4%A",
    "/eor/v1",
  ])("%s → other (the proxy may forward anything; labels stay bounded)", (path) => {
    expect(remoteEndpointOf(path)).toBe("other");
  });

  it("never answers anything outside the fixed set", () => {
    const allowed = new Set<string>([...REMOTE_ENDPOINTS, "other"]);
    for (const p of ["/v1/companies/x", "/v1/a/b/c", "v1/identity/current", "/auth/oauth2/authorize"]) expect(allowed.has(remoteEndpointOf(p))).toBe(true);
  });
});

describe("remoteEndpointOfUrl", () => {
  it("strips the gateway's own path and the query", () => {
    expect(remoteEndpointOfUrl("https://gw.example/base/v1/companies/c1?x=1", "/base/")).toBe("/v1/companies/{id}");
    expect(remoteEndpointOfUrl("http://127.0.0.1:4010/auth/oauth2/token", "")).toBe("/auth/oauth2/token");
    expect(remoteEndpointOfUrl("https://gw.example/elsewhere/v1/companies", "/base")).toBe("other");
    expect(remoteEndpointOfUrl("not a url", "")).toBe("other");
  });
});
