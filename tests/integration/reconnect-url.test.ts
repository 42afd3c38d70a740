// connection.needs_reconnect carries reconnect_url (issue #10): a connect link for the same company
// and external id, minted in the transaction that marks the connection, and reused while open.
import { beforeEach, describe, expect, it } from "vitest";
import { createConnectLink, resolveConnectLink } from "@/lib/connect-links/service";
import { getAccessToken } from "@/lib/connections/access-token";
import { escalateIfGivenUp } from "@/lib/connections/health-monitor";
import { completeAuthorization } from "@/lib/consent/flow";
import type { Db } from "@/lib/db";
import { eventPayload } from "@/lib/events/emit";
import type { ConnectionEventData } from "@/lib/events/catalogue";
import { freshDatabase } from "./support/db";
import { control, resetEmulator } from "./support/emulator";
import { ACME, GLOBEX, connect, consentVia } from "./support/consent";

let db: Db;
const staff = { type: "staff", id: "s1", label: "ops@partner.example" } as const;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
});

const expire = (id: string) => db.connection.update({ where: { id }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000) } });

/** Revokes ACME's consent at Remote and lets the next token request find out. */
async function revokeAndNotice(connectionId: string): Promise<void> {
  await control("POST", `/companies/${ACME.id}/revoke`);
  await expire(connectionId);
  await expect(getAccessToken(connectionId)).rejects.toMatchObject({ code: "needs_reconnect" });
}

async function reconnectUrls(): Promise<string[]> {
  const events = await db.event.findMany({ where: { type: "connection.needs_reconnect" }, orderBy: { id: "asc" } });
  return events.map((e) => (eventPayload(e).data as ConnectionEventData).reconnect_url!);
}

const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!;

describe("reconnect_url", () => {
  it("opens the connect flow for the same company and external id, valid for 7 days", async () => {
    const first = await createConnectLink({ externalId: "cust-42", actor: staff });
    const { connectionId } = await connect(ACME.id, first.id);
    await revokeAndNotice(connectionId);

    const [url] = await reconnectUrls();
    expect(url.startsWith(`${process.env.APP_URL}/connect/`)).toBe(true);
    const link = await resolveConnectLink(tokenOf(url));
    expect(link).toMatchObject({ ok: true, externalId: "cust-42" });
    if (!link.ok) throw new Error("unreachable");
    const row = await db.connectLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row).toMatchObject({ forConnectionId: connectionId, connectionId, usedAt: null });
    expect(Math.abs(row.expiresAt.getTime() - (row.createdAt.getTime() + 7 * 24 * 3600_000))).toBeLessThan(1000);
    // Minted in the same transaction, by the system, and audited.
    expect(await db.auditEvent.count({ where: { type: "connect_link.created", actorType: "system", connectionId } })).toBe(1);

    // The company admin follows it: consent again, the same connection is reconnected, the link used.
    const { callback, browser } = await consentVia({ companyId: ACME.id, connectLinkId: link.id });
    const result = await completeAuthorization(callback, browser);
    expect(result).toMatchObject({ ok: true, connectionId });
    expect(await db.connection.findUniqueOrThrow({ where: { id: connectionId } })).toMatchObject({ status: "connected", externalId: "cust-42" });
    expect((await db.connectLink.findUniqueOrThrow({ where: { id: link.id } })).usedAt).not.toBeNull();
  });

  it("is refused for another company: it only reconnects this one", async () => {
    const { connectionId } = await connect(ACME.id);
    await revokeAndNotice(connectionId);
    const link = await resolveConnectLink(tokenOf((await reconnectUrls())[0]));
    if (!link.ok) throw new Error("link should be open");
    const { callback, browser } = await consentVia({ companyId: GLOBEX.id, connectLinkId: link.id });
    expect(await completeAuthorization(callback, browser)).toMatchObject({ ok: false });
    expect(await db.connection.count({ where: { remoteCompanyId: GLOBEX.id } })).toBe(0);
  });

  it("a second needs_reconnect, after a reconnect elsewhere and a new revocation, reuses the open link", async () => {
    const { connectionId } = await connect(ACME.id);
    await revokeAndNotice(connectionId);
    // Reconnected through a plain consent, not the link: the link stays open.
    await connect(ACME.id);
    await revokeAndNotice(connectionId);
    const urls = await reconnectUrls();
    expect(urls).toHaveLength(2);
    expect(urls[1]).toBe(urls[0]);
    expect(await db.connectLink.count({ where: { forConnectionId: connectionId } })).toBe(1);
  });

  it("a used, revoked or nearly expired link is not reused: a fresh one is minted", async () => {
    const { connectionId } = await connect(ACME.id);
    await revokeAndNotice(connectionId);
    const open = () => db.connectLink.findFirstOrThrow({ where: { forConnectionId: connectionId }, orderBy: { createdAt: "desc" } });
    for (const close of [{ revokedAt: new Date() }, { expiresAt: new Date(Date.now() + 23 * 3600_000) }]) {
      await db.connectLink.update({ where: { id: (await open()).id }, data: close });
      await connect(ACME.id);
      await revokeAndNotice(connectionId);
    }
    const urls = await reconnectUrls();
    expect(new Set(urls).size).toBe(3);
    expect(await db.connectLink.count({ where: { forConnectionId: connectionId } })).toBe(3);
  });

  it("the health monitor's escalation carries the open link too", async () => {
    const { connectionId } = await connect(ACME.id);
    await revokeAndNotice(connectionId);
    await connect(ACME.id);
    // Remote has refused this connection's refreshes (4xx) for four days.
    await db.connection.update({ where: { id: connectionId }, data: { status: "refresh_failing", statusReason: "invalid_request", refusedSince: new Date(Date.now() - 4 * 24 * 3600_000) } });
    expect(await escalateIfGivenUp(connectionId, new Date(), { intervalHours: 24, maxPerMinute: 60, giveUpDays: 3 })).toBe(true);
    const urls = await reconnectUrls();
    expect(urls).toHaveLength(2);
    expect(urls[1]).toBe(urls[0]);
  });
});
