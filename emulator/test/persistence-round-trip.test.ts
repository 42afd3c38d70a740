import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_CLIENT_ID, DEMO_REDIRECT_URI, SEED_IDS, companyTokens, json, partnerToken, start, tokenRequest } from "./helpers";

const dirs: string[] = [];
const stateDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), "emu-state-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
// Tokens carry the public URL as iss/aud; random test ports would make each run another "environment".
const quiet = { notice: () => {}, publicUrl: "http://emulator.test" };
const US_ADDRESS = { address: "1709 Broderick St", city: "San Francisco", state: "CA", postal_code: "94115" };

describe("state dir: save and reload", () => {
  it("a second emulator on the same state dir knows everything the first one issued", async () => {
    const dir = stateDir();
    const a = await start({ stateDir: dir, ...quiet });
    const acme = await companyTokens(a);
    const globex = await companyTokens(a, SEED_IDS.globex);
    await a.control("POST", `/companies/${SEED_IDS.globex}/revoke`);
    const partner = await partnerToken(a);
    const created = await json(await a.call("/v1/companies?action=get_oauth_access_tokens,send_create_password_email", {
      method: "POST", bearer: partner,
      json: { company_owner_email: "owner@newco.example", company_owner_name: "Joe Smith", country_code: "USA", desired_currency: "USD",
        name: "Tech Vision", terms_of_service_accepted_at: new Date(a.emulator.clock.now() - 60_000).toISOString(), address_details: US_ADDRESS },
    }));
    await a.control("POST", "/config", { access_token_ttl_seconds: 7200, dead_refresh_token_error: "invalid_refresh_token" });
    await a.control("POST", "/clients/secondclient000000001", { client_secret: "second-secret-123", redirect_uris: ["http://localhost:1/cb"] });
    // Start-up configuration (npm start's .env) wins over a saved change to the same client.
    await a.control("POST", `/clients/${DEMO_CLIENT_ID}`, { redirect_uris: ["http://elsewhere.example/cb"] });
    await a.control("POST", "/clock", { advance_seconds: 600 });
    const before = await json(await a.control("GET", "/state"));
    const issuedBefore = await json(await a.control("GET", "/tokens"));
    await a.close();

    const b = await start({ stateDir: dir, ...quiet });
    try {
      const after = await json(await b.control("GET", "/state"));
      for (const key of ["companies", "users", "authorizations", "emails"]) expect(after[key]).toEqual(before[key]);
      expect(after.companies).toHaveLength(4);
      expect(after.emails).toHaveLength(1);
      expect(after.clients.map((c: { client_id: string }) => c.client_id).sort()).toEqual([DEMO_CLIENT_ID, "secondclient000000001"]);
      expect(after.clients.find((c: { client_id: string }) => c.client_id === DEMO_CLIENT_ID).redirect_uris).toEqual([DEMO_REDIRECT_URI]);
      expect(Date.parse(after.now) - Date.now()).toBeGreaterThan(590_000);
      expect(await json(await b.control("GET", "/config"))).toMatchObject({ access_token_ttl_seconds: 7200, dead_refresh_token_error: "invalid_refresh_token" });
      expect(await json(await b.control("GET", "/tokens"))).toEqual(issuedBefore);
      expect(await json(await b.control("GET", "/requests"))).toEqual([]);

      // Tokens from the first run: access tokens still verify (same signing key), refresh tokens still refresh.
      expect((await b.call("/v1/identity/current", { bearer: acme.access_token })).status).toBe(200);
      expect((await b.call("/v1/identity/current", { bearer: created.data.tokens.access_token })).status).toBe(200);
      expect((await b.call("/v1/countries", { bearer: partner })).status).toBe(200);
      const refreshed = await tokenRequest(b, { grant_type: "refresh_token", refresh_token: acme.refresh_token });
      expect(refreshed.status).toBe(200);
      expect((await json(refreshed)).expires_in).toBe(7200);
      // ...and what was revoked stays revoked.
      const revoked = await tokenRequest(b, { grant_type: "refresh_token", refresh_token: globex.refresh_token });
      expect([revoked.status, (await json(revoked)).error]).toEqual([400, "invalid_refresh_token"]);
      expect((await b.call("/v1/identity/current", { bearer: globex.access_token })).status).toBe(401);
    } finally {
      await b.close();
    }
  });

  it("a restart without a state dir forgets every token (the clean slate tests rely on)", async () => {
    const a = await start(quiet);
    const acme = await companyTokens(a);
    await a.close();
    const b = await start(quiet);
    try {
      expect((await tokenRequest(b, { grant_type: "refresh_token", refresh_token: acme.refresh_token })).status).toBe(400);
      expect((await b.call("/v1/identity/current", { bearer: acme.access_token })).status).toBe(401);
    } finally {
      await b.close();
    }
  });
});
