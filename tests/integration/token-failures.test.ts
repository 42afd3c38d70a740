// How refresh failures are classified and remembered (reason, growing cool-down, token lifetime).
import { beforeEach, describe, expect, it } from "vitest";
import { getAccessToken, refreshConnectionNow } from "@/lib/connections/access-token";
import { TokenServiceError } from "@/lib/connections/errors";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { control, resetEmulator, tokenCalls } from "./support/emulator";
import { ACME, connect } from "./support/consent";

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
describe("failure classification", () => {
  const leaked = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb21wYW55In0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWc";

  it.each(["invalid_request", "invalid_scope"])("%s on refresh is not transient: refresh_failing with that reason, never needs_reconnect", async (code) => {
    await control("POST", "/faults", {
      target: "token", grant: "refresh_token", mode: "error", status: 400,
      body: { error: code, error_description: `Rejected ${leaked}\r\n${"padding ".repeat(60)}` },
    });
    await expire();
    const e = await getAccessToken(connectionId).catch((x: TokenServiceError) => x);
    expect(e).toMatchObject({ code: "misconfigured" });
    // Not retried like an outage: one request, no withRetry attempts.
    expect(await tokenCalls("refresh_token")).toHaveLength(1);
    const r = await row();
    expect(r).toMatchObject({ status: "refresh_failing", statusReason: code, lastErrorCode: "misconfigured", consecutiveFailures: 1, leaseOwner: null });
    // Remote's description only as a bounded, masked excerpt: in the row, the error and the audit trail.
    expect(r.lastErrorMessage).toContain(code);
    for (const text of [r.lastErrorMessage!, (e as Error).message, JSON.stringify(await db.auditEvent.findMany())]) {
      expect(text).not.toContain(leaked);
      expect(text).not.toContain("eyJhbGciOiJIUzI1NiJ9");
      expect(text).not.toMatch(/[\r\n]/);
    }
    expect(r.lastErrorMessage!.length).toBeLessThan(400);
    expect(await audit()).toEqual(expect.arrayContaining(["connection.refresh_failed"]));
    expect(await audit()).not.toContain("connection.needs_reconnect");
  });

  it("an outage is told apart from a refusal by its reason", async () => {
    await control("POST", "/faults", { target: "token", grant: "refresh_token", mode: "error", status: 503 });
    await expire();
    expect(await error(getAccessToken(connectionId))).toBe("temporarily_unavailable");
    expect(await row()).toMatchObject({ status: "refresh_failing", statusReason: "temporarily_unavailable" });
  });

  it("Remote's {message} error shape is read: a dead refresh token marks needs_reconnect", async () => {
    await control("POST", "/faults", { target: "token", grant: "refresh_token", mode: "error", status: 400, body: { message: "invalid_refresh_token" } });
    await expire();
    expect(await error(getAccessToken(connectionId))).toBe("needs_reconnect");
    expect(await row()).toMatchObject({ status: "needs_reconnect", statusReason: "invalid_refresh_token" });
  });

  it("the cool-down doubles with each failure in a row (2 s, 4 s …) and resets on success", async () => {
    await control("POST", "/faults", { target: "token", grant: "refresh_token", mode: "error", status: 503 });
    await expire();
    const coolDown = async () => {
      const r = await row();
      return r.retryNotBefore!.getTime() - r.lastErrorAt!.getTime();
    };
    expect(await error(getAccessToken(connectionId))).toBe("temporarily_unavailable");
    expect(await coolDown()).toBe(2_000);
    const until = (await row()).retryNotBefore!.getTime();
    await new Promise((r) => setTimeout(r, Math.max(0, until - Date.now()) + 20));
    expect(await error(getAccessToken(connectionId))).toBe("temporarily_unavailable");
    expect(await coolDown()).toBe(4_000);
    expect((await row()).consecutiveFailures).toBe(2);
    // A caller during the cool-down is told how long to wait, and Remote is left alone.
    const calls = (await tokenCalls("refresh_token")).length;
    const waiting = await getAccessToken(connectionId).catch((x: TokenServiceError) => x);
    expect((waiting as TokenServiceError).retryAfterMs).toBeGreaterThan(3_000);
    expect(await tokenCalls("refresh_token")).toHaveLength(calls);
    await control("DELETE", "/faults");
    await db.connection.update({ where: { id: connectionId }, data: { retryNotBefore: new Date() } });
    await expect(getAccessToken(connectionId)).resolves.toBeTruthy();
    expect(await row()).toMatchObject({ consecutiveFailures: 0, statusReason: null, retryNotBefore: null });
  }, 30_000);

  it("Remote's rate-limit reset wins when it is longer than the back-off", async () => {
    await control("POST", "/faults", { target: "token", grant: "refresh_token", mode: "rate_limit", reset_ms: 9_000 });
    await expire();
    expect(await error(getAccessToken(connectionId))).toBe("rate_limited");
    const r = await row();
    expect(r.retryNotBefore!.getTime() - r.lastErrorAt!.getTime()).toBe(9_000);
  });
});

describe("token lifetime", () => {
  it("records the lifetime Remote gave and warns when ACCESS_TOKEN_MIN_TTL_SECONDS is not well below it", async () => {
    const { tokenLifetimeWarning } = await import("@/lib/connections/token-lifetime");
    expect((await row()).tokenLifetimeSeconds).toBe(3600);
    expect(await tokenLifetimeWarning()).toBeNull();
    // Remote starts handing out 10-minute tokens: the default 300 s margin is half their life.
    await control("POST", "/config", { access_token_ttl_seconds: 600 });
    await refreshConnectionNow(connectionId, { type: "system" });
    expect((await row()).tokenLifetimeSeconds).toBe(600);
    expect(await tokenLifetimeWarning()).toMatchObject({ lifetimeSeconds: 600, minTtlSeconds: 300, message: expect.stringContaining("ACCESS_TOKEN_MIN_TTL_SECONDS") });
  });
});
