// Scoped API keys (issue #14): every partner API route × scopes, keys limited to an external-id prefix,
// and keys from before scopes. The per-key request limit: api-key-rate-limit.test.ts.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/v1/connections/route";
import { DELETE as deleteRoute, GET as getRoute } from "@/app/api/v1/connections/[id]/route";
import { POST as tokenRoute } from "@/app/api/v1/connections/[id]/access-token/route";
import { GET as connectionProxy } from "@/app/api/v1/connections/[id]/remote/[...path]/route";
import { GET as partnerProxy } from "@/app/api/v1/remote/[...path]/route";
import { POST as linkRoute } from "@/app/api/v1/connect-links/route";
import { POST as createCompanyLinkRoute } from "@/app/api/v1/create-company-links/route";
import { API_SCOPES, type ApiScope } from "@/lib/api-keys/scopes";
import { createApiKey } from "@/lib/api-keys/service";
import { listApiConnections } from "@/lib/connections/queries";
import { randomToken, sha256 } from "@/lib/crypto/hash";
import type { Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { call, errorOf, keyWith, type Handler } from "./support/api-key-calls";
import { freshDatabase } from "./support/db";
import { resetEmulator } from "./support/emulator";
import { ACME, GLOBEX, connect } from "./support/consent";

const root = path.resolve(__dirname, "../..");
const system = { type: "system" as const };
let db: Db;

afterAll(() => resetEnvForTests());

// ---------------------------------------------------------------------------------------------------
// The scope each route needs. Every method exported by a route module under app/api/v1 must be here:
// a new route without an entry fails the walk below. `null`: answered without an API key.
const MATRIX: Record<string, ApiScope | null> = {
  "GET /api/v1/connections": "connections:read",
  "GET /api/v1/connections/{id}": "connections:read",
  "DELETE /api/v1/connections/{id}": "connections:write",
  "POST /api/v1/connections/{id}/access-token": "tokens:issue",
  "POST /api/v1/connections/{id}/browser-sessions": "tokens:issue",
  "POST /api/v1/connections/{id}/magic-links": "tokens:issue",
  "GET /api/v1/connections/{id}/remote-events": "connections:read",
  "POST /api/v1/connections/{id}/remote-events/replay": "webhooks:manage",
  ...Object.fromEntries(["GET", "POST", "PUT", "PATCH", "DELETE"].flatMap((m) => [[`${m} /api/v1/connections/{id}/remote/{path}`, "proxy"], [`${m} /api/v1/remote/{path}`, "proxy"]])),
  "POST /api/v1/connect-links": "connections:write",
  "POST /api/v1/create-company-links": "connections:write",
  "GET /api/v1/webhook-endpoints": "webhooks:manage",
  "POST /api/v1/webhook-endpoints": "webhooks:manage",
  "GET /api/v1/webhook-endpoints/{id}": "webhooks:manage",
  "DELETE /api/v1/webhook-endpoints/{id}": "webhooks:manage",
  "POST /api/v1/webhook-endpoints/{id}/rotate-secret": "webhooks:manage",
  "POST /api/v1/webhook-endpoints/{id}/test": "webhooks:manage",
  "POST /api/v1/connections/import": "connections:write",
  "GET /api/v1/openapi.json": null,
};
// Entries for routes being written in parallel; present or not, the walk decides.
const OPTIONAL = new Set(["POST /api/v1/connections/import", "GET /api/v1/openapi.json"]);
// CORS preflight of the browser-session proxy: answered to browsers, never with an API key.
const NO_KEY_METHODS = new Set(["OPTIONS /api/v1/connections/{id}/remote/{path}"]);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"];

type Endpoint = { name: string; template: string; method: string; handler: Handler };

/** Every exported method of every route module under app/api/v1, named by its path template. */
async function walkRoutes(): Promise<Endpoint[]> {
  const dir = path.join(root, "app/api/v1");
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => path.basename(f) === "route.ts").sort();
  const out: Endpoint[] = [];
  for (const file of files) {
    const segments = path.dirname(file).split(path.sep).filter((s) => s !== ".");
    const template = "/api/v1/" + segments.map((s) => s.replace(/^\[\.\.\.(\w+)\]$/, "{$1}").replace(/^\[(\w+)\]$/, "{$1}")).join("/");
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const method of METHODS) if (typeof mod[method] === "function") out.push({ name: `${method} ${template.replace(/\/$/, "")}`, template, method, handler: mod[method] as Handler });
  }
  return out;
}

describe("scope matrix", () => {
  it("has an entry for every route and method under app/api/v1, and no stale one", async () => {
    const names = (await walkRoutes()).map((e) => e.name).filter((n) => !NO_KEY_METHODS.has(n));
    expect(names.filter((n) => !(n in MATRIX)), "routes without a scope-matrix entry").toEqual([]);
    expect(Object.keys(MATRIX).filter((n) => !names.includes(n) && !OPTIONAL.has(n)), "matrix entries without a route").toEqual([]);
  });

  it("refuses each endpoint with 403 insufficient_scope naming its scope to a key with every other scope, and lets it through with the scope", async () => {
    db = await freshDatabase();
    await resetEmulator();
    const acmeId = (await connect(ACME.id)).connectionId;
    const full = await keyWith(API_SCOPES);
    const lacking = Object.fromEntries(await Promise.all(API_SCOPES.map(async (s) => [s, await keyWith(API_SCOPES.filter((x) => x !== s))] as const)));
    const checked: string[] = [];
    for (const e of await walkRoutes()) {
      const scope = MATRIX[e.name];
      if (scope === null || scope === undefined) continue;
      // DELETE on a missing connection: the point is the scope check, not disconnecting the one we use.
      const id = e.name === "DELETE /api/v1/connections/{id}" ? "missing-connection" : e.template.startsWith("/api/v1/webhook-endpoints/") ? "missing-endpoint" : acmeId;
      const url = e.template.replace("{id}", id).replace("{path}", e.template.startsWith("/api/v1/remote/") ? "v1/countries" : "v1/employments");
      const params = { id, path: ["v1", e.template.startsWith("/api/v1/remote/") ? "countries" : "employments"] };
      const body = e.method === "GET" || e.method === "DELETE" ? undefined : {};

      const refused = await call(e.handler, lacking[scope], url, { method: e.method, params, body });
      expect(refused.status, e.name).toBe(403);
      const err = await errorOf(refused);
      expect(err, e.name).toMatchObject({ code: "insufficient_scope", message: `This API key lacks the scope ${scope}.` });

      const allowed = await call(e.handler, full, url, { method: e.method, params, body });
      const allowedErr = await errorOf(allowed);
      expect([allowed.status, allowedErr.code], e.name).not.toEqual([403, "insufficient_scope"]);
      expect([401, 429], e.name).not.toContain(allowed.status);
      if (!e.template.includes("{path}") && e.name !== "POST /api/v1/connections/{id}/magic-links") expect(allowed.status, e.name).not.toBe(403);
      checked.push(e.name);
    }
    // The walk really reached the routes (and the matrix says what each one needs).
    expect(checked.length).toBeGreaterThanOrEqual(Object.keys(MATRIX).length - OPTIONAL.size);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------
describe("keys limited to an external-id prefix", () => {
  let acmeId: string;
  let globexId: string;
  let key: string;
  beforeEach(async () => {
    db = await freshDatabase();
    await resetEmulator();
    acmeId = (await connect(ACME.id)).connectionId;
    globexId = (await connect(GLOBEX.id)).connectionId;
    await db.connection.update({ where: { id: acmeId }, data: { externalId: "shop-acme" } });
    await db.connection.update({ where: { id: globexId }, data: { externalId: "SHOP-globex" } });
    key = await keyWith(API_SCOPES.filter((s) => s !== "webhooks:manage"), "shop-");
  });

  it("lists only its own connections and answers 404 for another's exactly as for an unknown id, changing nothing", async () => {
    const listed = await (await call(listRoute, key, "/api/v1/connections")).json();
    expect(listed.data.map((c: { id: string }) => c.id)).toEqual([acmeId]);
    expect(listed.pagination.total_count).toBe(1);
    // An exact external_id filter outside the prefix finds nothing either.
    expect((await (await call(listRoute, key, "/api/v1/connections?external_id=SHOP-globex")).json()).data).toEqual([]);

    expect((await call(getRoute, key, `/api/v1/connections/${acmeId}`, { params: { id: acmeId } })).status).toBe(200);
    expect((await call(tokenRoute, key, `/x`, { method: "POST", params: { id: acmeId } })).status).toBe(200);

    const answers = async (id: string) => {
      const out = [];
      out.push(await call(getRoute, key, `/api/v1/connections/${id}`, { params: { id } }));
      out.push(await call(tokenRoute, key, `/api/v1/connections/${id}/access-token`, { method: "POST", params: { id } }));
      out.push(await call(deleteRoute, key, `/api/v1/connections/${id}`, { method: "DELETE", params: { id } }));
      out.push(await call(connectionProxy, key, `/api/v1/connections/${id}/remote/v1/employments`, { params: { id, path: ["v1", "employments"] } }));
      return Promise.all(out.map(async (r) => {
        const { code, message } = await errorOf(r);
        return { status: r.status, own: r.headers.get("x-remote-connect-error"), code, message, cache: r.headers.get("cache-control") };
      }));
    };
    const foreign = await answers(globexId);
    const unknown = await answers("no-such-connection");
    for (const a of foreign) expect(a).toMatchObject({ status: 404, code: "not_found", message: "No connection with this id." });
    expect(foreign[3].own).toBe("not_found");
    expect(foreign).toEqual(unknown);
    // A connection without an external id is outside every prefix.
    await db.connection.update({ where: { id: globexId }, data: { externalId: null } });
    expect(await answers(globexId)).toEqual(unknown);
    // Nothing happened to the other partner product's connection.
    expect(await db.connection.findUniqueOrThrow({ where: { id: globexId } })).toMatchObject({ status: "connected" });
  });

  it("creates links only for external ids in its prefix, and makes no partner-level Remote call", async () => {
    for (const body of [{ external_id: "SHOP-2" }, { external_id: "other-2" }, {}]) {
      const res = await call(linkRoute, key, "/api/v1/connect-links", { method: "POST", body });
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect((await errorOf(res)).code).toBe("insufficient_scope");
    }
    const refusedCompanyLink = await call(createCompanyLinkRoute, key, "/api/v1/create-company-links", { method: "POST", body: { external_id: "other-3" } });
    expect((await errorOf(refusedCompanyLink)).message).toBe('This API key is limited to connections whose external_id starts with "shop-"; "other-3" does not.');
    expect(await db.connectLink.count()).toBe(0);
    expect(await db.createCompanyLink.count()).toBe(0);
    expect((await call(linkRoute, key, "/api/v1/connect-links", { method: "POST", body: { external_id: "shop-2" } })).status).toBe(201);
    expect((await call(createCompanyLinkRoute, key, "/api/v1/create-company-links", { method: "POST", body: { external_id: "shop-3" } })).status).toBe(201);

    const partner = await call(partnerProxy, key, "/api/v1/remote/v1/countries", { params: { path: ["v1", "countries"] } });
    expect(partner.status).toBe(403);
    expect((await errorOf(partner)).code).toBe("insufficient_scope");
    // The proxy marks its own answers with the body's code, not a guess from the status.
    expect(partner.headers.get("x-remote-connect-error")).toBe("insufficient_scope");
  });

  it("cannot be created with webhooks:manage, an unknown scope or none", async () => {
    await expect(createApiKey({ name: "x", scopes: ["proxy", "webhooks:manage"], connectionExternalIdPrefix: "shop-", actor: system })).rejects.toThrow(
      /cannot have the webhooks:manage scope: webhook endpoints receive events of every connection/,
    );
    await expect(createApiKey({ name: "x", scopes: ["proxy", "tokens:write"], actor: system })).rejects.toThrow(
      'Unknown scope "tokens:write"; the scopes are tokens:issue, connections:read, connections:write, proxy, webhooks:manage.',
    );
    await expect(createApiKey({ name: "x", scopes: [], actor: system })).rejects.toThrow(/at least one scope/);
    expect(await db.apiKey.count()).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "api_key.created" } });
    expect(JSON.parse(audit.metadata!)).toMatchObject({ scopes: "tokens:issue,connections:read,connections:write,proxy", connection_external_id_prefix: "shop-" });
  });
});

describe("the external-id prefix filter of the connection list", () => {
  it("is exact on both databases: same case, and _ or % are plain characters", async () => {
    db = await freshDatabase();
    let n = 0;
    for (const externalId of ["acme-1", "ACME-2", "acmeX3", "acme_4", "acme%5", "Äcme-6", "äcme-7", "acme-\u{10FFFF}", null]) {
      await db.connection.create({ data: { environment: "emulator", remoteCompanyId: `c${n++}`, companyName: "x", externalId } });
    }
    const ids = async (p: string) => (await listApiConnections({ externalIdPrefix: p }, 1, 50)).items.map((c) => c.externalId).sort();
    expect(await ids("acme-")).toEqual(["acme-1", "acme-\u{10FFFF}"]);
    expect(await ids("ACME")).toEqual(["ACME-2"]);
    expect(await ids("acme_")).toEqual(["acme_4"]);
    expect(await ids("acme%")).toEqual(["acme%5"]);
    expect(await ids("äcme")).toEqual(["äcme-7"]);
    expect(await ids("acme-\u{10FFFF}")).toEqual(["acme-\u{10FFFF}"]);
    expect((await listApiConnections({ externalIdPrefix: "acme" }, 1, 50)).total).toBe(5);
  });
});

describe("keys from before scopes", () => {
  it("have every scope", async () => {
    db = await freshDatabase();
    const key = `rck_${randomToken(32)}`;
    // Inserted the old way, without the new columns.
    await db.$executeRawUnsafe(`INSERT INTO "ApiKey" ("id", "name", "prefix", "keyHash") VALUES ('legacy', 'legacy', 'rck_legacy', '${sha256(key)}')`);
    const { GET: webhookList } = await import("@/app/api/v1/webhook-endpoints/route");
    expect((await call(webhookList as unknown as Handler, key, "/api/v1/webhook-endpoints")).status).toBe(200);
    expect((await call(linkRoute, key, "/api/v1/connect-links", { method: "POST", body: {} })).status).toBe(201);
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: "legacy" } })).toMatchObject({ scopes: API_SCOPES.join(","), connectionExternalIdPrefix: null });
  });
});
