import { describe, expect, it } from "vitest";
import { DEMO_CLIENT_ID, DEMO_REDIRECT_URI, SEED_IDS, json, pkce, tokenRequest, useEmulator } from "./helpers";

const h = useEmulator();

const authorizeUrl = (params: Record<string, string>) =>
  `/auth/oauth2/authorize?${new URLSearchParams({ client_id: DEMO_CLIENT_ID, redirect_uri: DEMO_REDIRECT_URI, ...params })}`;

/** Opens the consent page and returns the hidden request id. */
async function openPage(params: Record<string, string> = {}): Promise<string> {
  const res = await h.call(authorizeUrl({ response_type: "code", state: "abc", ...params }));
  expect(res.status).toBe(200);
  return /name="request_id" value="([^"]+)"/.exec(await res.text())![1];
}

const decide = (form: Record<string, string>) => h.call("/auth/oauth2/authorize/decision", {
  method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form).toString(),
});

describe("GET /auth/oauth2/authorize", () => {
  it("renders a self-contained consent page with labelled admin accounts and Allow/Deny", async () => {
    const res = await h.call(authorizeUrl({ response_type: "code", state: "abc", scope: "https://gateway.remote.com/company.manage" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const page = await res.text();
    expect(page).toContain("Remote Connect (demo)");
    expect(page).toContain("https://gateway.remote.com/company.manage");
    expect(page).toMatch(/<input type="radio" id="account-0"[^>]*>\s*<label for="account-0">Jane Doe — Acme Robotics GmbH \(jane@acme\.example\)<\/label>/);
    expect(page).toContain("Hank Scorpio — Globex Corporation (hank@globex.example)");
    expect(page).toMatch(/<button[^>]*value="allow">Allow<\/button>/);
    expect(page).toMatch(/<button[^>]*value="deny" formnovalidate>Deny<\/button>/);
    expect(page).not.toMatch(/<script|https?:\/\/[^"]*\.(css|js)/);
  });

  it("accepts a missing response_type", async () => {
    const res = await h.call(authorizeUrl({}));
    expect(res.status).toBe(200);
  });

  it.each([
    ["unknown client", { client_id: "nope" }],
    ["missing client", { client_id: "" }],
    ["unregistered redirect_uri", { redirect_uri: "https://evil.example/cb" }],
    ["redirect_uri differing only by a trailing slash", { redirect_uri: `${DEMO_REDIRECT_URI}/` }],
  ])("shows an HTML error page and never redirects for %s", async (_name, params) => {
    const res = await h.call(authorizeUrl(params));
    expect(res.status).toBe(400);
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("couldn&#39;t connect this application");
  });

  it("redirects back with unsupported_response_type and the state", async () => {
    const res = await h.call(authorizeUrl({ response_type: "token", state: "s1" }));
    expect(res.status).toBe(302);
    const loc = new URL(res.headers.get("location")!);
    expect(`${loc.origin}${loc.pathname}`).toBe(DEMO_REDIRECT_URI);
    expect(loc.searchParams.get("error")).toBe("unsupported_response_type");
    expect(loc.searchParams.get("state")).toBe("s1");
  });

  it.each([
    ["plain method", { code_challenge_method: "plain" }],
    ["missing method (defaults to plain)", {}],
  ])("rejects PKCE with %s as invalid_request", async (_n, extra) => {
    const res = await h.call(authorizeUrl({ code_challenge: pkce().challenge, state: "s2", ...extra }));
    const loc = new URL(res.headers.get("location")!);
    expect(loc.searchParams.get("error")).toBe("invalid_request");
    expect(loc.searchParams.get("state")).toBe("s2");
  });

  it("rejects a malformed S256 challenge and a method without challenge", async () => {
    const cases: Array<Record<string, string>> = [{ code_challenge: "short", code_challenge_method: "S256" }, { code_challenge_method: "S256" }];
    for (const params of cases) {
      const loc = new URL((await h.call(authorizeUrl(params))).headers.get("location")!);
      expect(loc.searchParams.get("error")).toBe("invalid_request");
    }
  });
});

describe("POST /auth/oauth2/authorize/decision", () => {
  it("Allow redirects (303) with a code and the state, bound to the chosen admin", async () => {
    const id = await openPage();
    const res = await decide({ request_id: id, account: `${SEED_IDS.globex}:${SEED_IDS.users.lisa}`, decision: "allow" });
    expect(res.status).toBe(303);
    const loc = new URL(res.headers.get("location")!);
    expect(loc.searchParams.get("state")).toBe("abc");
    const code = loc.searchParams.get("code")!;
    expect(code).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const tokens = await json(await tokenRequest(h, { grant_type: "authorization_code", code }));
    expect(tokens).toMatchObject({ company_id: SEED_IDS.globex, user_id: SEED_IDS.users.lisa });
  });

  it("Deny redirects with access_denied, a description and the state", async () => {
    const id = await openPage({ state: "deny-state" });
    const res = await decide({ request_id: id, decision: "deny" });
    expect(res.status).toBe(303);
    const loc = new URL(res.headers.get("location")!);
    expect(loc.searchParams.get("error")).toBe("access_denied");
    expect(loc.searchParams.get("error_description")).toBeTruthy();
    expect(loc.searchParams.get("state")).toBe("deny-state");
    expect(loc.searchParams.get("code")).toBeNull();
  });

  it("re-renders the page when Allow is sent without an account, and the request stays usable", async () => {
    const id = await openPage();
    const res = await decide({ request_id: id, decision: "allow" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Choose the account");
    const retry = await decide({ request_id: id, account: `${SEED_IDS.acme}:${SEED_IDS.users.jane}`, decision: "allow" });
    expect(retry.status).toBe(303);
  });

  it("rejects an account that does not belong to the company", async () => {
    const id = await openPage();
    const res = await decide({ request_id: id, account: `${SEED_IDS.acme}:${SEED_IDS.users.hank}`, decision: "allow" });
    expect(res.status).toBe(422);
  });

  it("treats request ids as single-use and expiring", async () => {
    const id = await openPage();
    expect((await decide({ request_id: id, decision: "deny" })).status).toBe(303);
    const again = await decide({ request_id: id, decision: "deny" });
    expect(again.status).toBe(400);
    expect(again.headers.get("location")).toBeNull();

    const late = await openPage();
    h.emulator.clock.advance(16 * 60_000);
    expect((await decide({ request_id: late, decision: "deny" })).status).toBe(400);
    expect((await decide({ request_id: "forged", decision: "allow" })).status).toBe(400);
  });

  it("preserves an existing query string on the registered redirect URI", async () => {
    const uri = "http://localhost:3000/connect/callback?tenant=7";
    await h.control("POST", `/clients/${DEMO_CLIENT_ID}`, { redirect_uris: [DEMO_REDIRECT_URI, uri] });
    const res = await h.control("POST", "/authorize", {
      client_id: DEMO_CLIENT_ID, redirect_uri: uri, company_id: SEED_IDS.acme, decision: "allow", state: "q",
    });
    const loc = new URL((await json(res)).redirect_to);
    expect(loc.searchParams.get("tenant")).toBe("7");
    expect(loc.searchParams.get("code")).toBeTruthy();
  });
});

describe("POST /__emulator/authorize", () => {
  it("allows, denies and validates like the page", async () => {
    const allow = await json(await h.control("POST", "/authorize", {
      client_id: DEMO_CLIENT_ID, redirect_uri: DEMO_REDIRECT_URI, company_id: SEED_IDS.northwind, decision: "allow", state: "x",
    }));
    expect(new URL(allow.redirect_to).searchParams.get("code")).toBeTruthy();

    const deny = await json(await h.control("POST", "/authorize", {
      client_id: DEMO_CLIENT_ID, redirect_uri: DEMO_REDIRECT_URI, company_id: SEED_IDS.northwind, decision: "deny",
    }));
    expect(new URL(deny.redirect_to).searchParams.get("error")).toBe("access_denied");

    const badRedirect = await h.control("POST", "/authorize", {
      client_id: DEMO_CLIENT_ID, redirect_uri: "https://evil.example", company_id: SEED_IDS.acme, decision: "allow",
    });
    expect(badRedirect.status).toBe(400);
    expect((await json(badRedirect)).error).toBe("invalid_redirect_uri");

    const badCompany = await h.control("POST", "/authorize", {
      client_id: DEMO_CLIENT_ID, redirect_uri: DEMO_REDIRECT_URI, company_id: "00000000-0000-0000-0000-000000000000", decision: "allow",
    });
    expect(badCompany.status).toBe(422);

    const badBody = await h.control("POST", "/authorize", { client_id: DEMO_CLIENT_ID });
    expect(badBody.status).toBe(400);
  });
});
