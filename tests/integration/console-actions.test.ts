import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/auth/action-result";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";
import { control, resetEmulator } from "./support/emulator";
import { ACME, connect } from "./support/consent";

// Who is signed in is next-auth's business; the staff row and its role are still read from the database.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
// Outside Next there is no render cache to invalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { NOT_SIGNED_IN, VIEWER_CANNOT_ACT } = await import("@/lib/auth/guards");
const apiKeys = await import("@/app/console/api-keys/actions");
const links = await import("@/app/console/connect-links/actions");
const connection = await import("@/app/console/connections/[id]/actions");
const { createApiKey } = await import("@/lib/api-keys/service");
const { createConnectLink } = await import("@/lib/connect-links/service");

let db: Db;
let acmeId: string;
let keyId: string;
let linkId: string;
let viewerId: string;
let adminId: string;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  acmeId = (await connect(ACME.id)).connectionId;
  keyId = (await createApiKey({ name: "ci", actor: { type: "system" } })).id;
  linkId = (await createConnectLink({ note: "x", actor: { type: "system" } })).id;
  viewerId = (await db.staffUser.create({ data: { email: "viewer@partner.example", role: "viewer" } })).id;
  adminId = (await db.staffUser.create({ data: { email: "admin@partner.example", role: "admin" } })).id;
  await control("DELETE", "/requests");
  session.current = null;
});

/** Every admin action with a valid input for the rows made above. */
const adminActions = (): [string, () => Promise<ActionResult<unknown>>][] => [
  ["createApiKey", () => apiKeys.createApiKeyAction({ name: "sneaky" })],
  ["revokeApiKey", () => apiKeys.revokeApiKeyAction({ keyId })],
  ["createLink", () => links.createLinkAction({ expiresInSeconds: 3600 })],
  ["copyLink", () => links.copyLinkAction({ linkId })],
  ["revokeLink", () => links.revokeLinkAction({ linkId })],
  ["refreshNow", () => connection.refreshNowAction({ connectionId: acmeId })],
  ["testConnection", () => connection.testConnectionAction({ connectionId: acmeId })],
  ["reconnectLink", () => connection.reconnectLinkAction({ connectionId: acmeId })],
  ["disconnect", () => connection.disconnectAction({ connectionId: acmeId })],
];

/** Everything an action could change: rows, audit trail, calls to Remote. */
async function snapshot() {
  return {
    keys: await db.apiKey.findMany({ orderBy: { id: "asc" } }),
    links: await db.connectLink.findMany({ orderBy: { id: "asc" } }),
    connections: await db.connection.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count(),
    remoteCalls: (await control<unknown[]>("GET", "/requests")).length,
  };
}

describe("console actions check the caller inside themselves", () => {
  it("a viewer calling any admin action gets the plain 'not allowed' message, and nothing changes", async () => {
    session.current = { user: { id: viewerId } };
    const before = await snapshot();
    for (const [name, run] of adminActions()) {
      expect(await run(), name).toEqual({ ok: false, error: VIEWER_CANNOT_ACT });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("an ended session gets the sign-in message from every action, the read-only one included", async () => {
    const before = await snapshot();
    for (const [name, run] of [...adminActions(), ["loadLiveData", () => connection.loadLiveDataAction({ connectionId: acmeId })] as const]) {
      expect(await run(), name).toEqual({ ok: false, error: NOT_SIGNED_IN });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("the same actions work for an admin, with input checked by the shared id schema", async () => {
    session.current = { user: { id: adminId } };
    for (const [name, run] of adminActions()) expect((await run()).ok, name).toBe(true);
    for (const bad of [{}, { connectionId: "" }, { connectionId: "x".repeat(65) }, { connectionId: "a/b" }, "junk"]) {
      expect(await connection.disconnectAction(bad)).toEqual({ ok: false, error: "Unknown connection." });
    }
    expect(await apiKeys.revokeApiKeyAction({ keyId: "../x" })).toEqual({ ok: false, error: "Unknown key." });
    expect(await links.revokeLinkAction({ linkId: "' OR 1=1" })).toEqual({ ok: false, error: "Unknown link." });
    expect(await apiKeys.createApiKeyAction({ name: " " })).toEqual({ ok: false, error: "Give the key a name, e.g. the system that will use it." });
    // The token service's own message reaches staff as is.
    expect(await connection.refreshNowAction({ connectionId: acmeId })).toEqual({ ok: false, error: expect.stringMatching(/disconnected/i) });
  });

  it("a viewer may load live data on request: the cached token is used, nothing is written or refreshed", async () => {
    session.current = { user: { id: viewerId } };
    const row = await db.connection.findUniqueOrThrow({ where: { id: acmeId } });
    const audit = await db.auditEvent.count();
    const r = await connection.loadLiveDataAction({ connectionId: acmeId });
    expect(r).toMatchObject({ ok: true, data: { company: { id: ACME.id, name: ACME.name } } });
    expect(JSON.stringify(r)).not.toContain(row.accessTokenEnc);
    expect(await db.connection.findUniqueOrThrow({ where: { id: acmeId } })).toEqual(row);
    expect(await db.auditEvent.count()).toBe(audit);
    const paths = (await control<{ path: string }[]>("GET", "/requests")).map((x) => x.path);
    expect(paths).not.toContain("/auth/oauth2/token");
    expect(paths.length).toBeGreaterThan(0);
  });
});
