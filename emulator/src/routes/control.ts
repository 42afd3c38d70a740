import { Hono, type Context } from "hono";
import type { z } from "zod";
import { decide, resolveAccount, startAuthorization } from "../authorize-flow";
import type { AppEnv, Deps } from "../http/context";
import { toClient } from "../state";
import { rateLimitControlRoutes } from "./rate-limit-control";
import { webhookControlRoutes } from "./webhook-control";
import { authorizeSchema, clientSchema, clockSchema, configSchema, faultSchema, issues } from "./control-schemas";

type Parsed<T> = { ok: true; data: T } | { ok: false; res: Response };

async function parse<S extends z.ZodType>(c: Context, schema: S): Promise<Parsed<z.infer<S>>> {
  const raw = await c.req.text();
  let json: unknown = {};
  try {
    if (raw.trim()) json = JSON.parse(raw);
  } catch {
    return { ok: false, res: c.json({ error: "invalid_json" }, 400) };
  }
  const result = schema.safeParse(json);
  return result.success ? { ok: true, data: result.data } : { ok: false, res: c.json({ error: "invalid_body", issues: issues(result.error) }, 400) };
}

const publicClient = (c: ReturnType<typeof toClient>) => ({
  client_id: c.clientId, redirect_uris: c.redirectUris, name: c.name, display_name: c.displayName,
  contact_email: c.contactEmail, entitlements: c.entitlements, disallow_client_credentials: c.disallowClientCredentials,
});

/** Test hooks under /__emulator. Only mounted in dev/test mode; `health` is served separately. */
export function controlRoutes(deps: Deps) {
  const { state, faults, tokens, clock } = deps;
  const r = new Hono<AppEnv>();

  r.post("/reset", (c) => {
    faults.clear();
    state.reset();
    clock.reset();
    return c.json({ ok: true });
  });

  r.get("/state", (c) => c.json({
    companies: [...state.companies.values()],
    users: [...state.users.values()].map((u) => ({ id: u.id, company_id: u.companyId, name: u.name, email: u.email, status: u.status, role: u.role })),
    authorizations: [...state.grants.values()].map((g) => ({
      client_id: g.clientId, company_id: g.companyId, user_id: g.userId, origin: g.origin, scope: g.scope,
      granted_at: new Date(g.createdAt).toISOString(), revoked_at: g.revokedAt === null ? null : new Date(g.revokedAt).toISOString(),
    })),
    emails: state.emails,
    clients: [...state.clients.values()].map(publicClient),
    now: clock.iso(),
  }));

  r.post("/companies/:id/revoke", (c) => {
    const id = c.req.param("id");
    if (!state.companies.has(id)) return c.json({ error: "company_not_found" }, 404);
    return c.json({ revoked: tokens.revokeCompany(id, c.req.query("client_id")) });
  });

  r.get("/requests", (c) => {
    const prefix = c.req.query("path");
    return c.json(prefix ? state.requests.filter((e) => e.path.startsWith(prefix)) : state.requests);
  });
  r.delete("/requests", (c) => {
    state.requests = [];
    return c.json({ ok: true });
  });

  r.get("/tokens", (c) => c.json(state.issuedTokens));

  r.post("/faults", async (c) => {
    const p = await parse(c, faultSchema);
    return p.ok ? c.json({ id: faults.add(p.data, clock.iso()).id }, 201) : p.res;
  });
  r.get("/faults", (c) => c.json(faults.list()));
  r.delete("/faults", (c) => {
    faults.clear();
    return c.json({ ok: true });
  });
  r.delete("/faults/:id", (c) => (faults.remove(c.req.param("id")) ? c.json({ ok: true }) : c.json({ error: "fault_not_found" }, 404)));

  r.get("/config", (c) => c.json(state.config));
  r.post("/config", async (c) => {
    const p = await parse(c, configSchema);
    if (!p.ok) return p.res;
    Object.assign(state.config, Object.fromEntries(Object.entries(p.data).filter(([, v]) => v !== undefined)));
    return c.json(state.config);
  });

  r.get("/clients", (c) => c.json([...state.clients.values()].map(publicClient)));
  r.post("/clients/:clientId", async (c) => {
    const p = await parse(c, clientSchema);
    if (!p.ok) return p.res;
    const id = c.req.param("clientId");
    const existing = state.clients.get(id);
    const b = p.data;
    if (!existing && !b.client_secret) return c.json({ error: "invalid_body", issues: [{ path: "client_secret", message: "required for a new client" }] }, 400);
    const next = toClient({
      clientId: id,
      clientSecret: b.client_secret ?? existing!.clientSecret,
      redirectUris: b.redirect_uris ?? existing?.redirectUris ?? [],
      name: b.name ?? existing?.name,
      displayName: b.display_name ?? existing?.displayName,
      contactEmail: b.contact_email ?? existing?.contactEmail,
      entitlements: { ...existing?.entitlements, ...b.entitlements },
      disallowClientCredentials: b.disallow_client_credentials ?? existing?.disallowClientCredentials,
    });
    state.clients.set(id, next);
    return c.json(publicClient(next), existing ? 200 : 201);
  });

  // Same path as a person clicking on the consent page, for HTTP-level tests without a browser.
  r.post("/authorize", async (c) => {
    const p = await parse(c, authorizeSchema);
    if (!p.ok) return p.res;
    const b = p.data;
    const started = startAuthorization(deps, b);
    if (started.kind === "fatal") return c.json({ error: started.error, error_description: started.message }, 400);
    if (started.kind === "redirect") return c.json({ redirect_to: started.to });
    state.pendingAuthorizations.delete(started.pending.id);
    if (b.decision === "deny") return c.json({ redirect_to: decide(deps, started.pending, { allow: false }) });
    const account = resolveAccount(deps, b.company_id, b.user_id);
    if (!account) return c.json({ error: "invalid_account", error_description: "No active admin with that company_id/user_id" }, 422);
    return c.json({ redirect_to: decide(deps, started.pending, { allow: true, ...account }) });
  });

  r.post("/clock", async (c) => {
    const p = await parse(c, clockSchema);
    if (!p.ok) return p.res;
    clock.advance((p.data.advance_ms ?? 0) + Math.round((p.data.advance_seconds ?? 0) * 1000));
    return c.json({ now: clock.iso() });
  });

  r.route("/", webhookControlRoutes(deps));
  r.route("/", rateLimitControlRoutes(deps));
  r.all("*", (c) => c.json({ error: "not_found" }, 404));
  return r;
}
