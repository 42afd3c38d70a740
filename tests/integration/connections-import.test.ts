// Importing refresh tokens a partner already holds (issue 14), against the real database and the
// emulator over HTTP: verified by one refresh + identity/current, stored sealed like a consent,
// idempotent (a second run calls Remote for nothing), dead tokens reported and never stored, live
// connections left alone, concurrent runs of the same batch making one connection per company.
import { beforeEach, describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/v1/connections/import/route";
import { createApiKey } from "@/lib/api-keys/service";
import { SYSTEM } from "@/lib/audit/record";
import { importTokens, type ImportInput } from "@/lib/connections/import";
import { sha256 } from "@/lib/crypto/hash";
import { decryptSecret } from "@/lib/crypto/vault";
import type { Db } from "@/lib/db";
import { ACME, connect } from "./support/consent";
import { freshDatabase } from "./support/db";
import { control, resetEmulator } from "./support/emulator";
import { heldTokenFor, mintHeldTokens, remoteCallCounts, type HeldToken } from "./support/import-tokens";

let db: Db;
const actor = { type: "system", label: "import test" } as const;
const items = (held: HeldToken[]): ImportInput[] => held.map((h) => ({ refresh_token: h.refreshToken }));
const DEAD = "0b5c7a52-7d1e-4c33-9a4e-2f7f1d0c9e11";

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
});

const storedRefreshToken = async (id: string) => {
  const row = await db.connection.findUniqueOrThrow({ where: { id }, select: { refreshTokenEnc: true } });
  return decryptSecret({ table: "Connection", id, field: "refreshToken" }, row.refreshTokenEnc!);
};

describe("importing held refresh tokens", () => {
  it("verifies each token with one refresh and identity/current, stores it sealed like a consent, and audits it without the token", async () => {
    const held = await mintHeldTokens(3);
    const out = await importTokens(items(held), { actor });
    expect(out.map((o) => o.status)).toEqual(["imported", "imported", "imported"]);
    expect(await remoteCallCounts()).toMatchObject({ refresh: 3, identity: 3, status429: 0 });

    for (const [i, h] of held.entries()) {
      expect(out[i].remoteCompanyId).toBe(h.companyId);
      const c = await db.connection.findUniqueOrThrow({ where: { id: out[i].connectionId } });
      expect(c).toMatchObject({ remoteCompanyId: h.companyId, companyName: h.name, source: "import", status: "connected", environment: "emulator" });
      expect(c.refreshTokenEnc).not.toContain(h.refreshToken);
      expect(await storedRefreshToken(c.id)).toBe(h.refreshToken);
      expect(await db.importedToken.findUnique({ where: { tokenHash: sha256(h.refreshToken) } })).toMatchObject({ connectionId: c.id });
    }
    const audits = await db.auditEvent.findMany({ where: { type: "connection.imported" } });
    expect(audits).toHaveLength(3);
    expect(await db.event.count({ where: { type: "connection.created" } })).toBe(3);
    const everything = JSON.stringify([audits, await db.event.findMany(), await db.connection.findMany()]);
    for (const h of held) expect(everything).not.toContain(h.refreshToken);
  });

  it("is a no-op the second time: the same tokens make no Remote call and report already_present", async () => {
    const held = await mintHeldTokens(3);
    const first = await importTokens(items(held), { actor });
    await control("DELETE", "/requests");
    const again = await importTokens(items(held), { actor });
    expect(again.map((o) => o.status)).toEqual(["already_present", "already_present", "already_present"]);
    expect(again.map((o) => o.connectionId)).toEqual(first.map((o) => o.connectionId));
    expect(again[0].reason).toMatch(/imported before/);
    expect((await remoteCallCounts()).total).toBe(0);
    expect(await db.connection.count()).toBe(3);
    expect(await db.auditEvent.count({ where: { type: "connection.imported" } })).toBe(3);
  });

  it("reports a dead token and stores nothing for it; the same token twice in one batch is verified once", async () => {
    const [held] = await mintHeldTokens(1);
    const revoked = (await mintHeldTokens(1))[0];
    await control("POST", `/companies/${revoked.companyId}/revoke`);
    const out = await importTokens([{ refresh_token: DEAD }, { refresh_token: revoked.refreshToken }, { refresh_token: held.refreshToken }, { refresh_token: held.refreshToken }], { actor });
    expect(out.map((o) => o.status)).toEqual(["dead", "dead", "imported", "already_present"]);
    expect(out[0].reason).toMatch(/invalid_grant/);
    expect(out[3]).toMatchObject({ connectionId: out[2].connectionId, reason: expect.stringMatching(/earlier in this import/) });
    expect(await db.connection.count()).toBe(1);
    expect(await db.importedToken.count()).toBe(1);
    expect((await remoteCallCounts()).refresh).toBe(3);
  });

  it("leaves a live connection alone (already_present, its token kept) and revives a needs_reconnect one with the imported token", async () => {
    const { connectionId } = await connect(ACME.id);
    const ours = await storedRefreshToken(connectionId);
    const theirs = await heldTokenFor(ACME.id);
    const [live] = await importTokens([{ refresh_token: theirs }], { actor });
    expect(live).toMatchObject({ status: "already_present", connectionId, remoteCompanyId: ACME.id, reason: expect.stringMatching(/live connection/) });
    expect(await storedRefreshToken(connectionId)).toBe(ours);
    // Remembered: running the file again asks Remote nothing.
    await control("DELETE", "/requests");
    expect((await importTokens([{ refresh_token: theirs }], { actor }))[0].status).toBe("already_present");
    expect((await remoteCallCounts()).total).toBe(0);

    await db.connection.update({ where: { id: connectionId }, data: { status: "needs_reconnect", accessTokenEnc: null } });
    const another = await heldTokenFor(ACME.id);
    const [revived] = await importTokens([{ refresh_token: another, external_id: "acme-imported" }], { actor });
    expect(revived).toMatchObject({ status: "imported", connectionId, reason: expect.stringMatching(/needs_reconnect/) });
    const c = await db.connection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(c).toMatchObject({ status: "connected", source: "consent", externalId: "acme-imported" });
    expect(await storedRefreshToken(connectionId)).toBe(another);
    expect(await db.event.count({ where: { type: "connection.reconnected" } })).toBe(1);
  });

  it("stores the rotated token when Remote rotates on refresh, and knows the original next time without asking Remote", async () => {
    const [held] = await mintHeldTokens(1);
    await control("POST", "/config", { rotate_refresh_tokens: true });
    const [first] = await importTokens([{ refresh_token: held.refreshToken }], { actor });
    expect(first.status).toBe("imported");
    const stored = await storedRefreshToken(first.connectionId!);
    expect(stored).not.toBe(held.refreshToken);
    await control("DELETE", "/requests");
    // The original is spent at Remote now; trying it again would report a live company's token as dead.
    expect((await importTokens([{ refresh_token: held.refreshToken }], { actor }))[0]).toMatchObject({ status: "already_present", connectionId: first.connectionId });
    expect((await remoteCallCounts()).total).toBe(0);
  });

  it("fails (nothing stored, retried next run) when Remote is down, then imports on the next run", async () => {
    const held = await mintHeldTokens(2);
    await control("POST", "/faults", { target: "token", mode: "error", status: 503, grant: "refresh_token" });
    const out = await importTokens(items(held), { actor });
    expect(out.map((o) => o.status)).toEqual(["failed", "failed"]);
    expect(out[0].reason).toMatch(/temporarily unavailable.*Nothing was stored/);
    expect(await db.connection.count()).toBe(0);
    expect(await db.importedToken.count()).toBe(0);
    await control("DELETE", "/faults");
    expect((await importTokens(items(held), { actor })).map((o) => o.status)).toEqual(["imported", "imported"]);
  });

  it("two imports of the same batch at once make one connection per company", async () => {
    const held = await mintHeldTokens(6);
    const [a, b] = await Promise.all([importTokens(items(held), { actor }), importTokens(items(held), { actor })]);
    for (let i = 0; i < held.length; i++) {
      expect([a[i].status, b[i].status].sort()).toEqual(["already_present", "imported"]);
      expect(a[i].connectionId).toBe(b[i].connectionId);
    }
    expect(await db.connection.count()).toBe(6);
    expect(await db.importedToken.count()).toBe(6);
    expect(await db.auditEvent.count({ where: { type: "connection.imported" } })).toBe(6);
  });
});

describe("POST /api/v1/connections/import", () => {
  const call = (key: string | null, body: unknown) =>
    importRoute(
      new Request("http://localhost:3999/api/v1/connections/import", {
        method: "POST",
        headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({}) },
    );

  it("answers one result per token in order with totals, and never echoes a token", async () => {
    const { key } = await createApiKey({ name: "importer", actor: SYSTEM });
    const held = await mintHeldTokens(2);
    const tokens = [{ refresh_token: held[0].refreshToken, external_id: "ext-1" }, { refresh_token: DEAD }, { refresh_token: held[1].refreshToken, company_name: "Own name" }];
    const res = await call(key, { tokens });
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const t of [...held.map((h) => h.refreshToken), DEAD]) expect(text).not.toContain(t);
    const body = JSON.parse(text);
    expect(body.totals).toEqual({ imported: 2, already_present: 0, dead: 1, failed: 0 });
    expect(body.results).toEqual([
      { index: 0, status: "imported", connection_id: expect.any(String), remote_company_id: held[0].companyId },
      { index: 1, status: "dead", reason: expect.stringMatching(/invalid_grant/) },
      { index: 2, status: "imported", connection_id: expect.any(String), remote_company_id: held[1].companyId },
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "connection.imported", connectionId: body.results[0].connection_id } });
    expect(audit.actorType).toBe("api_key");
    expect((await db.connection.findUniqueOrThrow({ where: { id: body.results[0].connection_id } })).externalId).toBe("ext-1");

    const again = await (await call(key, { tokens })).json();
    expect(again.totals).toEqual({ imported: 0, already_present: 2, dead: 1, failed: 0 });
  });

  it("does not show a key limited to an external-id prefix the ids of a connection outside it", async () => {
    const { key } = await createApiKey({ name: "product-a", actor: SYSTEM, scopes: ["connections:write"], connectionExternalIdPrefix: "a-" });
    await connect(ACME.id);
    const res = await call(key, { tokens: [{ refresh_token: await heldTokenFor(ACME.id), external_id: "a-acme" }] });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.results).toEqual([{ index: 0, status: "already_present", reason: expect.stringMatching(/outside this API key's external-id prefix/) }]);
    expect((await db.connection.findFirstOrThrow({ where: { remoteCompanyId: ACME.id } })).externalId).not.toBe("a-acme");

    // One item outside the prefix refuses the whole request, before any Remote call.
    const [held] = await mintHeldTokens(1);
    const refused = await call(key, { tokens: [{ refresh_token: held.refreshToken, external_id: "a-1" }, { refresh_token: DEAD, external_id: "b-2" }] });
    expect(refused.status).toBe(403);
    const text = await refused.text();
    expect(JSON.parse(text).error).toMatchObject({ code: "insufficient_scope", message: expect.stringMatching(/^tokens\[1\]: /) });
    expect(text).not.toContain(DEAD);
    expect((await remoteCallCounts()).total).toBe(0);
    expect(await db.connection.count({ where: { source: "import" } })).toBe(0);
  });

  it("refuses a bad request as a whole (400, no token in the message) and a request without a key (401)", async () => {
    const { key } = await createApiKey({ name: "importer", actor: SYSTEM });
    const tooMany = await call(key, { tokens: Array.from({ length: 101 }, () => ({ refresh_token: DEAD })) });
    expect(tooMany.status).toBe(400);
    const unknownField = await call(key, { tokens: [{ refresh_token: DEAD, refreshToken: DEAD }] });
    expect(unknownField.status).toBe(400);
    const text = await unknownField.text();
    expect(text).toContain("invalid_request");
    expect(text).not.toContain(DEAD);
    expect((await call(null, { tokens: [{ refresh_token: DEAD }] })).status).toBe(401);
    expect((await remoteCallCounts()).total).toBe(0);
  });
});
