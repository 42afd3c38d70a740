import { beforeEach, describe, expect, it } from "vitest";
import { getAccessToken, refreshConnectionNow } from "@/lib/connections/access-token";
import { TokenServiceError } from "@/lib/connections/errors";
import { getPartnerAccessToken } from "@/lib/connections/partner-token";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { control, resetEmulator, tokenCalls } from "./support/emulator";
import { ACME, connect } from "./support/consent";
import { kill, settle, startTokenWorker } from "./support/processes";

let db: Db;
let connectionId: string;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  connectionId = (await connect(ACME.id)).connectionId;
  await control("DELETE", "/requests");
});

const expire = () => db.connection.update({ where: { id: connectionId }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000) } });
const row = () => db.connection.findUniqueOrThrow({ where: { id: connectionId } });
const audit = async () => (await db.auditEvent.findMany({ where: { connectionId }, orderBy: { createdAt: "asc" } })).map((e) => e.type);
const error = (p: Promise<unknown>) => p.then(() => null, (e: TokenServiceError) => e.code);

describe("getAccessToken", () => {
  it("returns the stored token while it has life left, without calling Remote", async () => {
    const a = await getAccessToken(connectionId);
    const b = await getAccessToken(connectionId);
    expect(a.accessToken).toBe(b.accessToken);
    expect(a.remoteCompanyId).toBe(ACME.id);
    expect(await tokenCalls()).toHaveLength(0);
  });

  it("refreshes an expired token once for many concurrent callers and keeps the refresh token", async () => {
    const before = await row();
    await expire();
    const results = await Promise.all(Array.from({ length: 50 }, () => getAccessToken(connectionId)));
    expect(new Set(results.map((r) => r.accessToken)).size).toBe(1);
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
    const after = await row();
    expect(after.refreshTokenEnc).toBe(before.refreshTokenEnc);
    expect(after.accessTokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 3000_000);
    expect(after.tokenVersion).toBe(before.tokenVersion + 1);
    expect(after.leaseOwner).toBeNull();
  });

  it("stores a rotated refresh token in the same write, and the rotated one keeps working", async () => {
    await control("POST", "/config", { rotate_refresh_tokens: true });
    const before = await row();
    await expire();
    await getAccessToken(connectionId);
    const after = await row();
    expect(after.refreshTokenEnc).not.toBe(before.refreshTokenEnc);
    await expire();
    await expect(getAccessToken(connectionId)).resolves.toBeTruthy();
    expect(await tokenCalls("refresh_token")).toHaveLength(2);
    expect((await row()).status).toBe("connected");
  });

  it.each(["invalid_grant", "invalid_refresh_token"])(
    "revoked consent (%s) marks needs_reconnect once and stops calling Remote",
    async (code) => {
      await control("POST", "/config", { dead_refresh_token_error: code });
      await control("POST", `/companies/${ACME.id}/revoke`);
      await expire();
      expect(await error(getAccessToken(connectionId))).toBe("needs_reconnect");
      expect(await error(getAccessToken(connectionId))).toBe("needs_reconnect");
      expect(await tokenCalls("refresh_token")).toHaveLength(1);
      const r = await row();
      expect(r).toMatchObject({ status: "needs_reconnect", accessTokenEnc: null, lastErrorCode: code });
      expect(await audit()).toContain("connection.needs_reconnect");
      // Reconnecting clears the state.
      await connect(ACME.id);
      expect((await row()).status).toBe("connected");
      await expect(getAccessToken(connectionId)).resolves.toBeTruthy();
    },
  );

  it("retries a passing 5xx and succeeds without any failure state", async () => {
    await control("POST", "/faults", { target: "token", grant: "refresh_token", mode: "error", status: 503, times: 1 });
    await expire();
    await expect(getAccessToken(connectionId)).resolves.toBeTruthy();
    expect(await tokenCalls("refresh_token")).toHaveLength(2);
    expect((await row()).status).toBe("connected");
  });

  it.each([
    [{ mode: "error", status: 502 }, "temporarily_unavailable"],
    [{ mode: "timeout" }, "temporarily_unavailable"],
    [{ mode: "rate_limit", reset_ms: 3000 }, "rate_limited"],
  ])("a lasting outage (%j) is temporary, never needs_reconnect, and recovers", async (fault, code) => {
    await control("POST", "/faults", { target: "token", grant: "refresh_token", ...fault });
    await expire();
    expect(await error(getAccessToken(connectionId))).toBe(code);
    const failed = await row();
    expect(failed).toMatchObject({ status: "refresh_failing", leaseOwner: null });
    await control("DELETE", "/faults");
    // Until the cool-down (Remote's reset hint, or 2 s) ends, callers are told to wait and Remote is left alone.
    // The cool-down must still be running for this check to mean anything: asserted, never skipped.
    const calls = (await tokenCalls("refresh_token")).length;
    expect(failed.retryNotBefore!.getTime() - Date.now()).toBeGreaterThan(500);
    expect(await error(getAccessToken(connectionId))).toBe(code);
    expect(await tokenCalls("refresh_token")).toHaveLength(calls);
    await new Promise((r) => setTimeout(r, Math.max(0, failed.retryNotBefore!.getTime() - Date.now()) + 20));
    await expect(getAccessToken(connectionId)).resolves.toBeTruthy();
    expect((await row())).toMatchObject({ status: "connected", consecutiveFailures: 0, lastErrorCode: null });
    const types = await audit();
    expect(types).toContain("connection.refresh_failed");
    expect(types).toContain("connection.recovered");
    expect(types).not.toContain("connection.needs_reconnect");
  });

  it("refuses disconnected and unknown connections without calling Remote", async () => {
    expect(await error(getAccessToken("nope"))).toBe("not_found");
    const { disconnectConnection } = await import("@/lib/connections/disconnect");
    await disconnectConnection(connectionId, { type: "system" });
    expect(await row()).toMatchObject({ status: "disconnected", refreshTokenEnc: null, accessTokenEnc: null });
    expect(await error(getAccessToken(connectionId))).toBe("disconnected");
    expect(await tokenCalls()).toHaveLength(0);
  });

  it("refreshConnectionNow forces a refresh even when the token is fresh", async () => {
    const a = await getAccessToken(connectionId);
    const b = await refreshConnectionNow(connectionId, { type: "system" });
    expect(b.accessToken).not.toBe(a.accessToken);
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
  });
});

describe("single flight across processes", () => {
  it("200 callers in 2 processes on one expired token cause exactly 1 refresh", async () => {
    await expire();
    const workers = [startTokenWorker(connectionId, 100), startTokenWorker(connectionId, 100)];
    await settle();
    workers.forEach((w) => w.go());
    const results = (await Promise.all(workers.map((w) => w.done))).flatMap((w) => w.results);
    expect(results).toHaveLength(200);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.token)).size).toBe(1);
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
    expect((await getAccessToken(connectionId)).accessToken).toBe(results[0].token);
  }, 60_000);

  it("a lease left by a killed holder expires and the next caller refreshes", async () => {
    await control("POST", "/faults", { target: "token", grant: "refresh_token", mode: "latency", latency_ms: 20_000 });
    await expire();
    const holder = startTokenWorker(connectionId, 1);
    await settle();
    holder.go();
    for (let i = 0; i < 100 && !(await row()).leaseOwner; i++) await new Promise((r) => setTimeout(r, 50));
    const leased = await row();
    expect(leased.leaseOwner).toMatch(/:\d+:/);
    kill(holder.child);
    await control("DELETE", "/faults");
    const started = Date.now();
    const token = await getAccessToken(connectionId);
    expect(token.accessToken).toBeTruthy();
    // We had to wait for the dead holder's lease (TOKEN_REFRESH_LEASE_SECONDS=5) to run out.
    expect(Date.now()).toBeGreaterThanOrEqual(leased.leaseExpiresAt!.getTime() - 50);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await row())).toMatchObject({ status: "connected", leaseOwner: null });
  }, 60_000);
});

describe("partner (client credentials) token", () => {
  it("an outage is met by one holder for all callers, then a cool-down", async () => {
    await control("POST", "/faults", { target: "token", grant: "client_credentials", mode: "error", status: 503 });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => getPartnerAccessToken()));
    expect(results.every((r) => r.status === "rejected" && (r.reason as TokenServiceError).code === "temporarily_unavailable")).toBe(true);
    // One holder with its 3 attempts; the 7 others waited for it instead of calling Remote.
    expect(await tokenCalls("client_credentials")).toHaveLength(3);
    expect(await error(getPartnerAccessToken())).toBe("temporarily_unavailable");
    expect(await tokenCalls("client_credentials")).toHaveLength(3);
    await control("DELETE", "/faults");
    await new Promise((r) => setTimeout(r, 2100));
    await expect(getPartnerAccessToken()).resolves.toMatchObject({ accessToken: expect.any(String) });
  });

  it("is fetched once, cached encrypted, and shared", async () => {
    const [a, b] = await Promise.all([getPartnerAccessToken(), getPartnerAccessToken()]);
    expect(a.accessToken).toBe(b.accessToken);
    expect((await getPartnerAccessToken()).accessToken).toBe(a.accessToken);
    expect(await tokenCalls("client_credentials")).toHaveLength(1);
    const stored = await db.partnerToken.findFirstOrThrow();
    expect(stored.accessTokenEnc).not.toContain(a.accessToken);
  });

  it("sends client_id in the body as well as Basic auth, and records the token lifetime", async () => {
    await getPartnerAccessToken();
    const [call] = (await control<{ path: string; grant_type?: string; body?: Record<string, unknown>; authorization?: string }[]>("GET", "/requests?path=/auth/oauth2/token"))
      .filter((c) => c.grant_type === "client_credentials");
    expect(call.body).toMatchObject({ grant_type: "client_credentials", client_id: expect.any(String) });
    expect(call.authorization).toMatch(/^Basic /);
    expect((await db.partnerToken.findFirstOrThrow()).tokenLifetimeSeconds).toBeGreaterThan(0);
  });

  it("backs off further with each failure in a row", async () => {
    await control("POST", "/faults", { target: "token", grant: "client_credentials", mode: "error", status: 503 });
    expect(await error(getPartnerAccessToken())).toBe("temporarily_unavailable");
    let stored = await db.partnerToken.findFirstOrThrow();
    expect(stored.retryNotBefore!.getTime() - stored.lastErrorAt!.getTime()).toBe(2_000);
    await new Promise((r) => setTimeout(r, Math.max(0, stored.retryNotBefore!.getTime() - Date.now()) + 20));
    expect(await error(getPartnerAccessToken())).toBe("temporarily_unavailable");
    stored = await db.partnerToken.findFirstOrThrow();
    expect(stored).toMatchObject({ consecutiveFailures: 2 });
    expect(stored.retryNotBefore!.getTime() - stored.lastErrorAt!.getTime()).toBe(4_000);
  });
});
