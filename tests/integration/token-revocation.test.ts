// Remote refusing a token we still hold as fresh (issue #8): the emulator restarted, or its clock
// passed the token's expiry while our cache did not. Only a refused refresh grant may end a connection.
import { beforeEach, describe, expect, it } from "vitest";
import { clearCatalogCache, getCountries, getCountryAddressSchema } from "@/lib/companies/catalog";
import { getAccessToken, refreshConnectionNow } from "@/lib/connections/access-token";
import { TokenServiceError } from "@/lib/connections/errors";
import { getPartnerAccessToken, invalidatePartnerToken } from "@/lib/connections/partner-token";
import { fetchCompanyLiveData } from "@/lib/connections/live-data";
import { withCompanyToken, withPartnerToken } from "@/lib/connections/with-token";
import type { Db } from "@/lib/db";
import { getIdentity } from "@/lib/remote/api";
import { freshDatabase } from "./support/db";
import { control, resetEmulator, tokenCalls } from "./support/emulator";
import { ACME, connect } from "./support/consent";
import { useSettingsForFile } from "./support/partner-calls";

let db: Db;
let connectionId: string;
// 20 parallel calls on a busy machine can outlast the suite's 1.5 s timeout; this file is
// about 401s, not timeouts.
useSettingsForFile({ REMOTE_HTTP_TIMEOUT_MS: "4000" });

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  clearCatalogCache();
  connectionId = (await connect(ACME.id)).connectionId;
  await getPartnerAccessToken();
  await control("DELETE", "/requests");
});

/** Remote's clock passes every token's expiry; our cache still counts them fresh for an hour. */
const remoteForgetsByClock = () => control("POST", "/clock", { advance_seconds: 3700 });
const refused = async () => (await control<{ status: number }[]>("GET", "/requests?path=/v1/")).filter((r) => r.status === 401).length;
const row = () => db.connection.findUniqueOrThrow({ where: { id: connectionId } });
const audit = async () => (await db.auditEvent.findMany({ where: { connectionId } })).map((e) => e.type);
const error = (p: Promise<unknown>) => p.then(() => null, (e: TokenServiceError) => e.code);

/**
 * `n` callers that all hold the same token before any of them calls Remote; their calls then
 * straggle over ~200 ms, so some see the 401 only after the first renewal is done.
 */
async function together<K extends { accessToken: string }, T>(n: number, run: (fn: (t: K) => Promise<T>) => Promise<T>, call: (t: K) => Promise<T>) {
  const first: string[] = [];
  let release!: () => void;
  const all = new Promise<void>((r) => (release = r));
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) => {
      let attempt = 0;
      return run(async (t) => {
        if (attempt++ === 0) {
          if (first.push(t.accessToken) === n) release();
          await all.then(() => new Promise((r) => setTimeout(r, i * 10)));
        }
        return call(t);
      });
    }),
  );
  return { results, first: new Set(first) };
}

describe("partner token Remote forgot", () => {
  it("the create-company catalog still loads, with exactly one new client_credentials request", async () => {
    // A restarted emulator forgets every token; its seed client stays registered.
    await resetEmulator();
    expect(await getCountries()).toEqual(expect.arrayContaining([expect.objectContaining({ code: "USA" })]));
    expect(await getCountryAddressSchema("USA")).toMatchObject({ type: "object" });
    expect(await refused()).toBe(1);
    expect(await tokenCalls("client_credentials")).toHaveLength(1);
  });

  it("20 callers refused with the same stale token cause 1 token request", async () => {
    await resetEmulator();
    const { results, first } = await together(20, withPartnerToken, async (t) => ((await getIdentity(t.accessToken)).client_id ? t.accessToken : ""));
    expect(first.size).toBe(1);
    expect(await refused()).toBe(20);
    expect(new Set(results).size).toBe(1);
    expect(results[0]).not.toBe([...first][0]);
    expect(await tokenCalls("client_credentials")).toHaveLength(1);
  });

  it("a caller whose stale token was already replaced keeps the new one", async () => {
    await resetEmulator();
    let attempt = 0;
    await withPartnerToken(async (t) => {
      // Another caller saw the refusal first and stored a new token.
      if (attempt++ === 0) await invalidatePartnerToken(t.version).then(() => getPartnerAccessToken());
      return getIdentity(t.accessToken);
    });
    expect(await tokenCalls("client_credentials")).toHaveLength(1);
  });
});

describe("company token Remote no longer accepts", () => {
  it("is refreshed once and the data call succeeds; the connection stays connected", async () => {
    await remoteForgetsByClock();
    const live = await fetchCompanyLiveData(connectionId);
    expect(live.company.id).toBe(ACME.id);
    expect(await refused()).toBeGreaterThanOrEqual(1);
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
    expect(await row()).toMatchObject({ status: "connected", lastErrorCode: null, consecutiveFailures: 0 });
  });

  it("20 callers refused with the same stale token cause 1 refresh", async () => {
    await remoteForgetsByClock();
    const { results, first } = await together(20, (fn) => withCompanyToken(connectionId, fn), async (t) => ((await getIdentity(t.accessToken)).company?.id === ACME.id ? t.accessToken : ""));
    expect(first.size).toBe(1);
    expect(await refused()).toBe(20);
    expect(new Set(results).size).toBe(1);
    expect(results[0]).toBe((await getAccessToken(connectionId)).accessToken);
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
  });

  it("a caller whose stale token was already replaced does not invalidate the new one", async () => {
    await remoteForgetsByClock();
    let attempt = 0;
    let replaced = "";
    await withCompanyToken(connectionId, async (t) => {
      if (attempt++ === 0) replaced = (await refreshConnectionNow(connectionId, { type: "system" })).accessToken;
      return getIdentity(t.accessToken);
    });
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
    expect((await getAccessToken(connectionId)).accessToken).toBe(replaced);
  });

  it("revoked consent: the 401, then the refused refresh, mark needs_reconnect once", async () => {
    await control("POST", `/companies/${ACME.id}/revoke`);
    expect(await error(fetchCompanyLiveData(connectionId))).toBe("needs_reconnect");
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
    expect((await row()).status).toBe("needs_reconnect");
    expect((await audit()).filter((t) => t === "connection.needs_reconnect")).toHaveLength(1);
  });

  it("a second 401 is an error and never marks needs_reconnect by itself", async () => {
    await control("POST", "/faults", { target: "identity", mode: "error", status: 401, body: { message: "Unauthorized" } });
    await control("POST", "/faults", { target: "countries", mode: "error", status: 401, body: { message: "Unauthorized" } });
    await expect(fetchCompanyLiveData(connectionId)).rejects.toMatchObject({ name: "RemoteError", kind: "unauthorized" });
    await expect(getCountries()).rejects.toMatchObject({ name: "RemoteError", kind: "unauthorized" });
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
    expect(await tokenCalls("client_credentials")).toHaveLength(1);
    expect(await row()).toMatchObject({ status: "connected", lastErrorCode: null });
    expect(await audit()).not.toContain("connection.needs_reconnect");
  });
});
