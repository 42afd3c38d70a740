// The README's typed client: openapi-fetch with the types generated from docs/openapi.json, talking to the
// real route handlers in-process (a custom fetch stands in for the network).
import createClient from "openapi-fetch";
import { beforeEach, describe, expect, it } from "vitest";
import * as connectLinks from "@/app/api/v1/connect-links/route";
import * as accessToken from "@/app/api/v1/connections/[id]/access-token/route";
import * as connections from "@/app/api/v1/connections/route";
import { createApiKey } from "@/lib/api-keys/service";
import type { paths } from "../../docs/openapi";
import { freshDatabase } from "./support/db";
import { resetEmulator } from "./support/emulator";
import { ACME, connect } from "./support/consent";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES: [RegExp, Record<string, unknown>][] = [
  [/^\/api\/v1\/connections$/, connections],
  [/^\/api\/v1\/connections\/(?<id>[^/]+)\/access-token$/, accessToken],
  [/^\/api\/v1\/connect-links$/, connectLinks],
];

/** Dispatches to the route module Next would pick, with the path parameters it would pass. */
async function inProcessFetch(req: Request): Promise<Response> {
  const url = new URL(req.url);
  for (const [pattern, mod] of ROUTES) {
    const m = pattern.exec(url.pathname);
    const handler = m && (mod[req.method] as Handler | undefined);
    if (handler) return handler(req, { params: Promise.resolve(Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]))) });
  }
  return new Response(null, { status: 404 });
}

let apiKey: string;
let acmeId: string;

beforeEach(async () => {
  const db = await freshDatabase();
  await resetEmulator();
  apiKey = (await createApiKey({ name: "typed-client", actor: { type: "system" } })).key;
  acmeId = (await connect(ACME.id)).connectionId;
  await db.connection.update({ where: { id: acmeId }, data: { externalId: "acct_42" } });
});

describe("typed client generated from the OpenAPI document", () => {
  it("lists connections, gets an access token and creates a connect link, all typed", async () => {
    // The README example, with fetch pointed at the handlers.
    const api = createClient<paths>({ baseUrl: "https://connect.example.com", headers: { Authorization: `Bearer ${apiKey}` }, fetch: inProcessFetch });

    const { data: list, error: listError } = await api.GET("/api/v1/connections", { params: { query: { external_id: "acct_42" } } });
    expect(listError).toBeUndefined();
    expect(list!.data.map((c) => c.id)).toEqual([acmeId]);
    expect(list!.pagination.total_count).toBe(1);

    const { data: token } = await api.POST("/api/v1/connections/{id}/access-token", { params: { path: { id: acmeId } }, body: {} });
    expect(token!.token_type).toBe("Bearer");
    expect(token!.remote_company_id).toBe(ACME.id);
    expect(token!.expires_in).toBeGreaterThan(60);

    const { data: link, response } = await api.POST("/api/v1/connect-links", { body: { external_id: "acct_43" } });
    expect(response.status).toBe(201);
    expect(link!.external_id).toBe("acct_43");
    expect(link!.url).toMatch(/^http/);

    // Errors are typed too: the documented envelope.
    const { error } = await api.POST("/api/v1/connections/{id}/access-token", { params: { path: { id: "nope" } }, body: {} });
    expect(error?.error.code).toBe("not_found");
  });
});
