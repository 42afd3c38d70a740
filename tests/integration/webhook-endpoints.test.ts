// Webhook endpoints through the partner API (issue #10): secrets shown once, URL and event rules,
// 404/401 JSON, the endpoint cap, and every change audited in the same transaction.
import { beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/webhook-endpoints/route";
import { DELETE as deleteRoute, GET as getRoute } from "@/app/api/v1/webhook-endpoints/[id]/route";
import { POST as rotateRoute } from "@/app/api/v1/webhook-endpoints/[id]/rotate-secret/route";
import { POST as testRoute } from "@/app/api/v1/webhook-endpoints/[id]/test/route";
import { createApiKey } from "@/lib/api-keys/service";
import type { Db } from "@/lib/db";
import { CONNECTION_EVENT_TYPES } from "@/lib/events/catalogue";
import { signingSecrets } from "@/lib/webhooks/endpoint-secrets";
import { MAX_WEBHOOK_ENDPOINTS } from "@/lib/webhooks/endpoint-rules";
import { freshDatabase } from "./support/db";
import { failInserts } from "./support/db-faults";
import { partnerCall, REAL_REMOTE, withSettings } from "./support/partner-calls";

let db: Db;
let call: ReturnType<typeof partnerCall>;
// A public address written as a literal: creation checks it without DNS, and nothing is ever sent to it.
const PUBLIC = "https://93.184.216.34/hooks/remote";

beforeEach(async () => {
  db = await freshDatabase();
  call = partnerCall((await createApiKey({ name: "ci", actor: { type: "system" } })).key);
});

const create = (body: unknown) => call(createRoute, { method: "POST", body });
const errorOf = async (res: Response) => ({ status: res.status, ...(await res.json()).error });
const audits = async (type: string) => db.auditEvent.findMany({ where: { type } });

describe("webhook endpoints API", () => {
  it("shows the signing secret in the create reply only: never in GET, the list, the audit log or the database", async () => {
    const res = await create({ url: PUBLIC, description: "CRM sync" });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ url: PUBLIC, description: "CRM sync", events: null, disabled_at: null, failing_since: null });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(new Date(created.created_at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const secretPart = created.secret.slice("whsec_".length);

    const one = await (await call(getRoute, { params: { id: created.id } })).json();
    const list = await (await call(listRoute)).json();
    expect(one.data).toEqual({ ...created, secret: undefined, previous_secret_expires_at: null, last_success_at: null, disabled_reason: null });
    expect(list.data).toEqual([one.data]);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    const everything = JSON.stringify([one, list, row, await db.auditEvent.findMany()]);
    expect(everything).not.toContain(secretPart);
    expect(everything).not.toContain("whsec_");
    // Sealed, not lost: the delivery side gets it back.
    expect(signingSecrets(row)).toEqual([created.secret]);
    expect(await audits("webhook_endpoint.created")).toHaveLength(1);
  });

  it("refuses http outside emulator mode, private and metadata hosts unless WEBHOOK_ALLOW_PRIVATE_URLS=true", async () => {
    const httpUrl = "http://93.184.216.34/hook";
    const refusedHttp = await withSettings(REAL_REMOTE, async () => errorOf(await create({ url: httpUrl })));
    expect(refusedHttp).toMatchObject({ status: 400, code: "invalid_url", message: "The URL must use https." });
    expect((await create({ url: httpUrl })).status).toBe(201); // the emulator's demo setup may use http

    for (const url of ["https://127.0.0.1/hook", "https://169.254.169.254/latest", "https://10.1.2.3/x", "https://[::1]/x", "https://localhost/x"]) {
      const e = await errorOf(await create({ url }));
      expect(e, url).toMatchObject({ status: 400, code: "invalid_url" });
      expect(e.message).toMatch(/^The URL resolves to a (loopback|link-local|private) address .*refused unless WEBHOOK_ALLOW_PRIVATE_URLS=true\.$/);
    }
    for (const url of ["ftp://93.184.216.34/x", "not a url", "https://user:pw@93.184.216.34/x", `${PUBLIC}/${"a".repeat(2100)}`, ""]) {
      expect(await errorOf(await create({ url })), url).toMatchObject({ status: 400, code: "invalid_url" });
    }
    expect(await db.webhookEndpoint.count()).toBe(1);

    const allowed = await withSettings({ WEBHOOK_ALLOW_PRIVATE_URLS: "true" }, async () => create({ url: "https://10.1.2.3/x" }));
    expect(allowed.status).toBe(201);
  });

  it("validates event types: unknown ones refused with the valid list, empty refused, duplicates dropped", async () => {
    const unknown = await errorOf(await create({ url: PUBLIC, events: ["connection.created", "connection.exploded"] }));
    expect(unknown).toMatchObject({ status: 400, code: "invalid_events" });
    expect(unknown.message).toContain('"connection.exploded"');
    for (const t of CONNECTION_EVENT_TYPES) expect(unknown.message).toContain(t);
    expect(await errorOf(await create({ url: PUBLIC, events: ["ping"] }))).toMatchObject({ code: "invalid_events" });
    expect(await errorOf(await create({ url: PUBLIC, events: [] }))).toMatchObject({ status: 400, code: "invalid_events" });
    expect(await errorOf(await create({ url: PUBLIC, events: "connection.created" }))).toMatchObject({ status: 400, code: "invalid_request" });
    expect(await errorOf(await create({ url: PUBLIC, secret: "whsec_mine" }))).toMatchObject({ status: 400, code: "invalid_request" });
    expect(await db.webhookEndpoint.count()).toBe(0);

    const ok = await (await create({ url: PUBLIC, events: ["connection.disconnected", "connection.created", "connection.disconnected"] })).json();
    expect(ok.events).toEqual(["connection.created", "connection.disconnected"]);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: ok.id } })).events).toBe('["connection.created","connection.disconnected"]');
  });

  it("answers unknown ids with 404 JSON and deletes with 204, audited", async () => {
    for (const [route, method] of [[getRoute, "GET"], [deleteRoute, "DELETE"], [rotateRoute, "POST"], [testRoute, "POST"]] as const) {
      expect(await errorOf(await call(route, { method, params: { id: "missing" } })), method).toMatchObject({ status: 404, code: "not_found" });
    }
    const { id } = await (await create({ url: PUBLIC })).json();
    const del = await call(deleteRoute, { method: "DELETE", params: { id } });
    expect(del.status).toBe(204);
    expect(await del.text()).toBe("");
    expect((await call(getRoute, { params: { id } })).status).toBe(404);
    expect((await call(deleteRoute, { method: "DELETE", params: { id } })).status).toBe(404);
    expect((await audits("webhook_endpoint.deleted")).map((a) => JSON.parse(a.metadata!))).toEqual([{ webhook_endpoint_id: id, url: PUBLIC }]);
  });

  it("refuses every route without a valid API key with 401 JSON", async () => {
    const { id } = await (await create({ url: PUBLIC })).json();
    const routes = [[listRoute, "GET"], [createRoute, "POST"], [getRoute, "GET"], [deleteRoute, "DELETE"], [rotateRoute, "POST"], [testRoute, "POST"]] as const;
    for (const auth of [null, "Bearer rck_unknownunknownunknownunknown"]) {
      for (const [route, method] of routes) {
        const e = await errorOf(await call(route, { method, auth, params: { id }, body: method === "POST" ? { url: PUBLIC } : undefined }));
        expect(e, method).toMatchObject({ status: 401, code: "unauthorized" });
      }
    }
    expect(await db.webhookEndpoint.count()).toBe(1);
    expect(await db.event.count()).toBe(0);
  });

  it(`stops at ${MAX_WEBHOOK_ENDPOINTS} endpoints with a clear message`, async () => {
    for (let i = 0; i < MAX_WEBHOOK_ENDPOINTS; i++) expect((await create({ url: `${PUBLIC}/${i}` })).status).toBe(201);
    const e = await errorOf(await create({ url: PUBLIC }));
    expect(e).toMatchObject({ status: 409, code: "limit_reached", message: `There are already ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints; delete one before adding another.` });
    expect(await db.webhookEndpoint.count()).toBe(MAX_WEBHOOK_ENDPOINTS);
  });

  it(`holds the cap of ${MAX_WEBHOOK_ENDPOINTS} under concurrent creation`, async () => {
    const replies = await Promise.all(Array.from({ length: MAX_WEBHOOK_ENDPOINTS + 6 }, (_, i) => create({ url: `${PUBLIC}/${i}` })));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(MAX_WEBHOOK_ENDPOINTS).fill(201), ...Array(6).fill(409)]);
    expect(await db.webhookEndpoint.count()).toBe(MAX_WEBHOOK_ENDPOINTS);
  });

  it("creates nothing when its audit event cannot be written", async () => {
    const restore = await failInserts(db, "AuditEvent", "webhook_endpoint.created");
    try {
      expect((await create({ url: PUBLIC })).status).toBe(500);
    } finally {
      await restore();
    }
    expect(await db.webhookEndpoint.count()).toBe(0);
  });
});
