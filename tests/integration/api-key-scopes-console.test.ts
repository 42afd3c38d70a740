// The console's "create an API key" action with scopes and an external-id prefix (issue #14).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { freshDatabase } from "./support/db";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { VIEWER_CANNOT_ACT } = await import("@/lib/auth/guards");
const { createApiKeyAction } = await import("@/app/console/api-keys/actions");
const { authenticateApiKey } = await import("@/lib/api-keys/service");
const { listApiKeys } = await import("@/lib/console/api-keys");

let db: Db;
let adminId: string;

beforeEach(async () => {
  db = await freshDatabase();
  adminId = (await db.staffUser.create({ data: { email: "admin@partner.example", role: "admin" } })).id;
  session.current = { user: { id: adminId } };
});

describe("creating a scoped key in the console", () => {
  it("stores the chosen scopes and prefix, audits who did it, and the list shows them", async () => {
    const r = await createApiKeyAction({ name: "shop reader", scopes: ["connections:read", "tokens:issue"], connectionExternalIdPrefix: "  shop-  " });
    expect(r).toMatchObject({ ok: true, data: { key: expect.stringMatching(/^rck_/) } });
    const principal = await authenticateApiKey(`Bearer ${(r as { data: { key: string } }).data.key}`);
    // Stored in the catalogue's order, the prefix without the outer spaces.
    expect(principal).toMatchObject({ scopes: ["tokens:issue", "connections:read"], connectionExternalIdPrefix: "shop-" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "api_key.created" } });
    expect(audit).toMatchObject({ actorType: "staff", actorId: adminId });
    expect(JSON.parse(audit.metadata!)).toMatchObject({ scopes: "tokens:issue,connections:read", connection_external_id_prefix: "shop-" });
    expect(await listApiKeys()).toMatchObject([{ name: "shop reader", scopes: "tokens:issue,connections:read", connectionExternalIdPrefix: "shop-" }]);

    expect(await createApiKeyAction({ name: "all", scopes: ["proxy"], connectionExternalIdPrefix: "" })).toMatchObject({ ok: true });
    expect((await db.apiKey.findFirstOrThrow({ where: { name: "all" } })).connectionExternalIdPrefix).toBeNull();
  });

  it("answers mistakes with a plain message and stores nothing; a viewer may not create keys", async () => {
    expect(await createApiKeyAction({ name: "x", scopes: [] })).toEqual({ ok: false, error: "Choose at least one scope." });
    expect(await createApiKeyAction({ name: "x", scopes: ["tokens:write"] })).toEqual({ ok: false, error: "Choose scopes from the list." });
    expect(await createApiKeyAction({ name: "x", scopes: ["proxy", "webhooks:manage"], connectionExternalIdPrefix: "shop-" })).toEqual({
      ok: false,
      error: "A key limited to an external-id prefix cannot have the webhooks:manage scope: webhook endpoints receive events of every connection. Create a separate key without a prefix for them.",
    });
    const viewerId = (await db.staffUser.create({ data: { email: "viewer@partner.example", role: "viewer" } })).id;
    session.current = { user: { id: viewerId } };
    expect(await createApiKeyAction({ name: "x", scopes: ["proxy"] })).toEqual({ ok: false, error: VIEWER_CANNOT_ACT });
    expect(await db.apiKey.count()).toBe(0);
  });
});
