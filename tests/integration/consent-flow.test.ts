import { beforeEach, describe, expect, it } from "vitest";
import { completeAuthorization, startAuthorization } from "@/lib/consent/flow";
import { createConnectLink, revokeConnectLink } from "@/lib/connect-links/service";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { control, resetEmulator } from "./support/emulator";
import { ACME, GLOBEX, connect, consentVia } from "./support/consent";

let db: Db;
const staff = { type: "staff", id: "s1", label: "ops@partner.example" } as const;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
});

const rowCounts = async () => ({
  connections: await db.connection.count(),
  links_used: await db.connectLink.count({ where: { usedAt: { not: null } } }),
});

describe("authorization code consent", () => {
  it("builds Remote's authorize URL with state, PKCE S256, scope and the fixed callback", async () => {
    const url = new URL(await startAuthorization({ browserNonce: "b" }));
    expect(url.pathname).toBe("/auth/oauth2/authorize");
    const q = url.searchParams;
    expect(q.get("client_id")).toBe("rcemulatordemoclient01");
    expect(q.get("redirect_uri")).toBe("http://localhost:3999/connect/callback");
    expect(q.get("response_type")).toBe("code");
    expect(q.get("scope")).toBe("https://gateway.remote.com/company.manage");
    expect(q.get("code_challenge_method")).toBe("S256");
    expect(Buffer.from(q.get("state")!, "base64url").length).toBeGreaterThanOrEqual(16);
    const pending = await db.pendingAuthorization.findFirstOrThrow();
    expect(pending.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000);
    expect(pending.codeVerifierEnc).not.toContain(q.get("state"));
  });

  it("stores an encrypted connection named after the company, and a reconnect keeps one row", async () => {
    const first = await connect(ACME.id);
    expect(first).toMatchObject({ ok: true, companyName: ACME.name, reconnected: false });
    const row = await db.connection.findUniqueOrThrow({ where: { id: first.connectionId } });
    expect(row).toMatchObject({ remoteCompanyId: ACME.id, status: "connected", source: "consent", remoteUserId: ACME.jane });
    expect(row.connectedBy).toBe("Jane Doe <jane@acme.example>");
    expect(row.refreshTokenEnc).toMatch(/^v1\.t1\./);
    const issued = await control<{ refresh_token?: string; access_token: string }[]>("GET", "/tokens");
    expect(issued.length).toBeGreaterThan(0);
    const raw = JSON.stringify(await db.connection.findMany());
    for (const t of issued) {
      expect(raw).not.toContain(t.access_token);
      if (t.refresh_token) expect(raw).not.toContain(t.refresh_token);
    }

    await db.connection.update({ where: { id: first.connectionId }, data: { status: "needs_reconnect" } });
    const again = await connect(ACME.id);
    expect(again).toMatchObject({ connectionId: first.connectionId, reconnected: true });
    expect(await db.connection.count()).toBe(1);
    expect((await db.connection.findUniqueOrThrow({ where: { id: first.connectionId } })).status).toBe("connected");
    const types = (await db.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["connection.connected", "connection.reconnected"]);
  });

  it("ties a connection made through a connect link to its external id and uses the link up", async () => {
    const link = await createConnectLink({ externalId: "cust-42", actor: staff });
    const result = await connect(GLOBEX.id, link.id);
    const row = await db.connection.findUniqueOrThrow({ where: { id: result.connectionId } });
    expect(row.externalId).toBe("cust-42");
    expect((await db.connectLink.findUniqueOrThrow({ where: { id: link.id } })).usedAt).not.toBeNull();
    // A second consent through the same (now used) link stores nothing.
    const { callback, browser } = await consentVia({ companyId: ACME.id, connectLinkId: link.id });
    expect(await completeAuthorization(callback, browser)).toEqual({ ok: false, reason: "link_used" });
    expect(await db.connection.count()).toBe(1);
  });

  it("a reconnect link used by another company's admin stores nothing and moves no external id", async () => {
    const acme = await connect(ACME.id, (await createConnectLink({ externalId: "cust-A", actor: staff })).id);
    await connect(GLOBEX.id, (await createConnectLink({ externalId: "cust-G", actor: staff })).id);
    const reconnect = await createConnectLink({ externalId: "cust-A", connectionId: acme.connectionId, actor: staff });
    const { callback, browser } = await consentVia({ companyId: GLOBEX.id, connectLinkId: reconnect.id });
    expect(await completeAuthorization(callback, browser)).toEqual({ ok: false, reason: "link_other_company" });
    const rows = await db.connection.findMany({ orderBy: { companyName: "asc" } });
    expect(rows.map((r) => [r.companyName, r.externalId])).toEqual([
      [ACME.name, "cust-A"],
      [GLOBEX.name, "cust-G"],
    ]);
    expect((await db.connectLink.findUniqueOrThrow({ where: { id: reconnect.id } })).usedAt).toBeNull();
    // A plain link carrying a different external id cannot re-label an already known company either.
    const other = await createConnectLink({ externalId: "cust-X", actor: staff });
    const second = await consentVia({ companyId: GLOBEX.id, connectLinkId: other.id });
    expect(await completeAuthorization(second.callback, second.browser)).toEqual({ ok: false, reason: "link_other_company" });
    // The right company can use its reconnect link.
    expect((await connect(ACME.id, reconnect.id)).reconnected).toBe(true);
  });

  it("a link revoked while the admin is on Remote stores nothing", async () => {
    const link = await createConnectLink({ externalId: "cust-9", actor: staff });
    const { callback, browser } = await consentVia({ connectLinkId: link.id });
    await revokeConnectLink(link.id, staff);
    expect(await completeAuthorization(callback, browser)).toEqual({ ok: false, reason: "link_used" });
    expect(await rowCounts()).toEqual({ connections: 0, links_used: 0 });
  });

  it("denied consent ends as 'denied' and stores nothing", async () => {
    const { callback, browser } = await consentVia({ decision: "deny" });
    expect(callback.get("error")).toBe("access_denied");
    expect(await completeAuthorization(callback, browser)).toEqual({ ok: false, reason: "denied" });
    expect(await rowCounts()).toEqual({ connections: 0, links_used: 0 });
  });

  it("a replayed callback shows the earlier result in the same browser only; another browser fails", async () => {
    const { callback, browser } = await consentVia({});
    expect(await completeAuthorization(callback, "someone-else")).toEqual({ ok: false, reason: "foreign_browser" });
    expect(await completeAuthorization(callback, undefined)).toEqual({ ok: false, reason: "foreign_browser" });
    const first = await completeAuthorization(callback, browser);
    expect(first).toMatchObject({ ok: true, companyName: ACME.name });
    if (!first.ok) return;
    expect((await db.pendingAuthorization.findFirstOrThrow()).resultConnectionId).toBe(first.connectionId);
    // The code is spent at Remote; the replay makes no call there and writes nothing.
    const audits = await db.auditEvent.count();
    expect(await completeAuthorization(callback, browser)).toEqual({ ok: true, replayed: true, connectionId: first.connectionId, companyName: ACME.name, reconnected: false });
    expect(await completeAuthorization(callback, "someone-else")).toEqual({ ok: false, reason: "reused_state" });
    expect(await completeAuthorization(callback, undefined)).toEqual({ ok: false, reason: "reused_state" });
    expect(await db.connection.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(audits); // replays are counted into the minute's summary, no row each
    // Once the pending authorization has expired, a replay is an error again.
    await db.pendingAuthorization.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await completeAuthorization(callback, browser)).toEqual({ ok: false, reason: "expired_state" });
  });

  it("a failed consent (it used up its state) is audited; a state that failed without a result is not replayable", async () => {
    const { callback, browser } = await consentVia({});
    callback.set("code", "not-a-real-code");
    expect(await completeAuthorization(callback, browser)).toEqual({ ok: false, reason: "code_rejected" });
    expect(await completeAuthorization(callback, browser)).toEqual({ ok: false, reason: "reused_state" });
    const failed = await db.auditEvent.findMany({ where: { type: "connection.consent_failed" }, orderBy: { createdAt: "asc" } });
    expect(failed.map((e) => JSON.parse(e.metadata!))).toEqual([{ reason: "code_rejected" }, expect.objectContaining({ summary: true, count: 1, reused_state: 1 })]);
  });

  it("missing, unknown and expired states are refused before any call to Remote", async () => {
    expect(await completeAuthorization(new URLSearchParams({ code: "x" }), "b")).toEqual({ ok: false, reason: "missing_state" });
    expect(await completeAuthorization(new URLSearchParams({ code: "x", state: "forged" }), "b")).toEqual({ ok: false, reason: "unknown_state" });
    const { callback, browser } = await consentVia({});
    await db.pendingAuthorization.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await completeAuthorization(callback, browser)).toEqual({ ok: false, reason: "expired_state" });
    expect(await db.connection.count()).toBe(0);
  });

  it("junk callbacks are counted, not audited one by one: at most one summary a minute, concurrent ones each counted once", async () => {
    const junk = (i: number) => completeAuthorization(new URLSearchParams({ code: "x", state: `forged-${i}` }), "b");
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? completeAuthorization(new URLSearchParams({ code: "x" }), "b") : junk(i))));
    const summaries = () => db.auditEvent.findMany({ where: { type: "connection.consent_failed" }, orderBy: { createdAt: "asc" } });
    // Whoever opened the minute wrote what was counted by then; everything after waits for the next summary.
    const [first, ...none] = await summaries();
    expect(none).toHaveLength(0);
    expect(first.message).toMatch(/^\d+ unrecognised consent callbacks? in the last minute$/);
    for (let i = 0; i < 10; i++) await junk(100 + i);
    expect(await summaries()).toHaveLength(1);
    // A minute later, the next junk callback writes the summary of all that was counted since.
    await db.rateLimitBucket.updateMany({ where: { key: "summary:consent-callback:gate" }, data: { resetAt: new Date(Date.now() - 1) } });
    await junk(999);
    const all = await summaries();
    expect(all).toHaveLength(2);
    const [a, b] = all.map((e) => JSON.parse(e.metadata!));
    expect(b).toMatchObject({ summary: true });
    expect(b.since).toBeTruthy();
    // Every junk callback is counted exactly once across the two summaries.
    expect(a.count + b.count).toBe(51);
    expect((a.missing_state ?? 0) + (b.missing_state ?? 0)).toBe(10);
    expect((a.unknown_state ?? 0) + (b.unknown_state ?? 0)).toBe(41);
    expect(await db.auditEvent.count()).toBe(2);
  });

  it("a code Remote rejects ends as code_rejected and stores nothing", async () => {
    const { callback, browser } = await consentVia({});
    callback.set("code", "not-a-real-code");
    expect(await completeAuthorization(callback, browser)).toEqual({ ok: false, reason: "code_rejected" });
    expect(await db.connection.count()).toBe(0);
  });

  it.each([
    [{ mode: "error", status: 503 }, "gateway_unavailable"],
    [{ mode: "timeout" }, "gateway_unavailable"],
    [{ mode: "malformed" }, "gateway_unavailable"],
    [{ mode: "rate_limit", reset_ms: 100 }, "rate_limited"],
  ])("Remote down at the code exchange (%j) stores nothing", async (fault, reason) => {
    const { callback, browser } = await consentVia({});
    await control("POST", "/faults", { target: "token", grant: "authorization_code", ...fault });
    expect(await completeAuthorization(callback, browser)).toEqual({ ok: false, reason });
    expect(await db.connection.count()).toBe(0);
    await control("DELETE", "/faults");
  });
});

describe("two consents for one company at the same moment", () => {
  it("keeps the connect link's external id and stores one row, whichever commits first", async () => {
    for (let trial = 0; trial < 8; trial++) {
      await freshDatabase();
      const link = await createConnectLink({ externalId: `race-${trial}`, actor: staff });
      const viaLink = await consentVia({ companyId: ACME.id, connectLinkId: link.id });
      const plain = await consentVia({ companyId: ACME.id });
      const results = await Promise.all([completeAuthorization(viaLink.callback, viaLink.browser), completeAuthorization(plain.callback, plain.browser)]);
      expect(results.map((r) => r.ok)).toEqual([true, true]);
      const rows = await db.connection.findMany({ select: { externalId: true } });
      expect(rows).toEqual([{ externalId: `race-${trial}` }]);
    }
  });
});

