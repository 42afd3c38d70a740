// The transactional outbox (issue #10): every connection state change writes exactly one event in
// the same transaction, driven here through the real consent, refresh and disconnect paths.
import { beforeEach, describe, expect, it } from "vitest";
import { createConnectLink } from "@/lib/connect-links/service";
import { getAccessToken } from "@/lib/connections/access-token";
import { disconnectConnection } from "@/lib/connections/disconnect";
import type { TokenServiceError } from "@/lib/connections/errors";
import { createCompanyWithConsent } from "@/lib/companies/service";
import type { Db } from "@/lib/db";
import { emit, eventConnection, eventConnectionSelect, eventPayload } from "@/lib/events/emit";
import { freshDatabase } from "./support/db";
import { failInserts } from "./support/db-faults";
import { control, resetEmulator, tokenCalls } from "./support/emulator";
import { creationRequest } from "./support/companies";
import { ACME, connect } from "./support/consent";

let db: Db;
const staff = { type: "staff", id: "s1", label: "ops@partner.example" } as const;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
});

const events = () => db.event.findMany({ orderBy: { id: "asc" } });
const types = async () => (await events()).map((e) => e.type);
const payloads = async () => (await events()).map(eventPayload);
const expire = (id: string) => db.connection.update({ where: { id }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000) } });
/** Skips the cool-down, so the next caller refreshes again right away. */
const endCoolDown = (id: string) => db.connection.update({ where: { id }, data: { retryNotBefore: null } });
const error = (p: Promise<unknown>) => p.then(() => null, (e: TokenServiceError) => e.code);
const failRefresh = (status = 503) => control("POST", "/faults", { target: "token", grant: "refresh_token", mode: "error", status });

describe("events from connection state changes", () => {
  it("consent through a connect link emits connection.created with the connection's public fields only", async () => {
    const link = await createConnectLink({ externalId: "cust-42", actor: staff });
    const { connectionId } = await connect(ACME.id, link.id);
    const [event] = await events();
    expect(await types()).toEqual(["connection.created"]);
    expect(event.id).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(event.connectionId).toBe(connectionId);
    expect(eventPayload(event)).toEqual({
      type: "connection.created",
      timestamp: event.createdAt.toISOString(),
      data: {
        connection: { id: connectionId, external_id: "cust-42", remote_company_id: ACME.id, company_name: ACME.name, status: "connected", environment: "emulator" },
      },
    });
    // Never a token: the stored event holds nothing of what the vault guards.
    const { accessToken } = await getAccessToken(connectionId);
    expect(event.data).not.toContain(accessToken);
    expect(event.data).not.toMatch(/token|secret/i);
  });

  it("a second consent for the same company emits connection.reconnected, with its own id", async () => {
    await connect(ACME.id);
    await connect(ACME.id);
    const all = await events();
    expect(all.map((e) => e.type)).toEqual(["connection.created", "connection.reconnected"]);
    expect(new Set(all.map((e) => e.id)).size).toBe(2);
  });

  it("company creation emits connection.created", async () => {
    const outcome = await createCompanyWithConsent(creationRequest());
    expect(outcome.kind).toBe("connected");
    const [p] = await payloads();
    expect(await types()).toEqual(["connection.created"]);
    expect(p.data).toMatchObject({ connection: { status: "connected", remote_company_id: (outcome as { remoteCompanyId: string }).remoteCompanyId } });
  });

  it("revoked consent emits one connection.needs_reconnect with the reason, however often it is asked", async () => {
    const { connectionId } = await connect(ACME.id);
    await control("POST", `/companies/${ACME.id}/revoke`);
    await expire(connectionId);
    expect(await error(getAccessToken(connectionId))).toBe("needs_reconnect");
    expect(await error(getAccessToken(connectionId))).toBe("needs_reconnect");
    expect(await types()).toEqual(["connection.created", "connection.needs_reconnect"]);
    expect((await payloads())[1].data).toEqual({
      connection: expect.objectContaining({ id: connectionId, status: "needs_reconnect" }),
      reason: "invalid_grant",
      // The link the company admin must open (see reconnect-url.test.ts); never a token of Remote's.
      reconnect_url: expect.stringMatching(/^http:\/\/[^/]+\/connect\/[A-Za-z0-9_-]{16,64}$/),
    });
  });

  it("a failure streak of 3 emits one connection.refresh_failed, and the recovery one connection.recovered", async () => {
    const { connectionId } = await connect(ACME.id);
    await failRefresh(400);
    await expire(connectionId);
    for (let i = 0; i < 3; i++) {
      await endCoolDown(connectionId);
      expect(await error(getAccessToken(connectionId))).not.toBeNull();
    }
    expect((await db.connection.findUniqueOrThrow({ where: { id: connectionId } })).consecutiveFailures).toBe(3);
    expect(await types()).toEqual(["connection.created", "connection.refresh_failed"]);
    expect((await payloads())[1].data).toEqual({
      connection: expect.objectContaining({ id: connectionId, status: "refresh_failing" }),
      reason: "bad_request",
    });

    await control("DELETE", "/faults");
    await endCoolDown(connectionId);
    await getAccessToken(connectionId);
    // A healthy refresh afterwards reports nothing.
    await expire(connectionId);
    await getAccessToken(connectionId);
    expect(await types()).toEqual(["connection.created", "connection.refresh_failed", "connection.recovered"]);
    expect((await payloads())[2].data).toEqual({ connection: expect.objectContaining({ id: connectionId, status: "connected" }) });
    expect(await tokenCalls("refresh_token")).toHaveLength(5);
  });

  it("a new streak after a recovery is reported again", async () => {
    const { connectionId } = await connect(ACME.id);
    for (let round = 0; round < 2; round++) {
      await failRefresh(400);
      await expire(connectionId);
      await endCoolDown(connectionId);
      expect(await error(getAccessToken(connectionId))).not.toBeNull();
      await control("DELETE", "/faults");
      await endCoolDown(connectionId);
      await getAccessToken(connectionId);
    }
    expect(await types()).toEqual(["connection.created", "connection.refresh_failed", "connection.recovered", "connection.refresh_failed", "connection.recovered"]);
  });

  it("50 concurrent callers on an expired token whose refresh fails: exactly one refresh_failed", async () => {
    const { connectionId } = await connect(ACME.id);
    await failRefresh(400);
    await expire(connectionId);
    const codes = await Promise.all(Array.from({ length: 50 }, () => error(getAccessToken(connectionId))));
    expect(codes.every((c) => c !== null)).toBe(true);
    expect((await types()).filter((t) => t === "connection.refresh_failed")).toHaveLength(1);
  });

  it("callers racing through several failed refreshes in a row (cool-downs skipped) still emit one refresh_failed", async () => {
    const { connectionId } = await connect(ACME.id);
    await failRefresh(400);
    await expire(connectionId);
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        for (let round = 0; round < 3; round++) {
          await endCoolDown(connectionId);
          expect(await error(getAccessToken(connectionId))).not.toBeNull();
        }
      }),
    );
    // Several holders failed in turn: the streak is longer than one, its event is still one.
    expect((await tokenCalls("refresh_token")).length).toBeGreaterThan(1);
    expect((await types()).filter((t) => t === "connection.refresh_failed")).toHaveLength(1);
  });

  it("disconnecting emits connection.disconnected once; disconnecting again emits nothing", async () => {
    const link = await createConnectLink({ externalId: "cust-7", actor: staff });
    const { connectionId } = await connect(ACME.id, link.id);
    await disconnectConnection(connectionId, staff);
    await disconnectConnection(connectionId, staff);
    expect(await types()).toEqual(["connection.created", "connection.disconnected"]);
    expect((await payloads())[1].data).toEqual({
      connection: { id: connectionId, external_id: "cust-7", remote_company_id: ACME.id, company_name: ACME.name, status: "disconnected", environment: "emulator" },
    });
  });
});

describe("a change that rolls back emits nothing", () => {
  it("consent whose transaction fails after the emit stores neither the connection nor its event", async () => {
    const link = await createConnectLink({ externalId: "cust-9", actor: staff });
    // The last write of the consent transaction (after the event) is refused by the database.
    const restore = await failInserts(db, "AuditEvent", "connect_link.used");
    try {
      await expect(connect(ACME.id, link.id)).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await db.connection.count()).toBe(0);
    expect(await events()).toEqual([]);
  });

  it("an emit inside a transaction that throws leaves no event and no state change", async () => {
    const { connectionId } = await connect(ACME.id);
    await expect(
      db.$transaction(async (tx) => {
        const row = await tx.connection.update({ where: { id: connectionId }, data: { status: "disconnected" }, select: eventConnectionSelect });
        await emit(tx, "connection.disconnected", { connection: eventConnection(row) });
        throw new Error("after the emit");
      }),
    ).rejects.toThrow("after the emit");
    expect(await types()).toEqual(["connection.created"]);
    expect((await db.connection.findUniqueOrThrow({ where: { id: connectionId } })).status).toBe("connected");
  });
});
