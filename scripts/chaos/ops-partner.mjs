// Partner-API operations of the load: access tokens, connection listing, connect links, bogus deletes.
import { randomBytes } from "node:crypto";
import { http } from "./http.mjs";

const auth = (ctx) => ({ authorization: `Bearer ${ctx.rng.pick(ctx.keys)}`, "content-type": "application/json" });
const label = (r) => (r.status === 0 ? `net ${r.error}` : `${r.status}${r.json?.error?.code ? ` ${r.json.error.code}` : ""}`);

/** Keeps ctx.connections (id → remote company id) current; token requests pick from it. */
export async function listConnections(ctx) {
  const r = await http(ctx.journal, "list", `${ctx.appUrl}/api/v1/connections?page_size=200`, { headers: auth(ctx) });
  if (r.status === 200) for (const c of r.json.data) ctx.connections.set(c.id, c.remote_company_id);
  return label(r);
}

export async function accessToken(ctx) {
  if (ctx.connections.size === 0) return listConnections(ctx);
  const [id, companyId] = ctx.rng.pick([...ctx.connections]);
  const at = Date.now();
  const r = await http(ctx.journal, "token", `${ctx.appUrl}/api/v1/connections/${id}/access-token`, { method: "POST", headers: auth(ctx) });
  const end = Date.now();
  if (r.status === 200) {
    const t = r.json;
    ctx.journal.tokens.push({ connectionId: id, companyId, at, end, token: t.access_token, expiresAt: Date.parse(t.expires_at), reportedCompanyId: t.remote_company_id, backend: r.backend });
  } else if (r.json?.error?.code === "needs_reconnect") {
    ctx.journal.needsReconnect.push({ connectionId: id, companyId, at, end, backend: r.backend });
  }
  return label(r);
}

export async function createConnectLink(ctx) {
  const externalId = `chaos-ext-${randomBytes(5).toString("hex")}`;
  const at = Date.now();
  const r = await http(ctx.journal, "connect-link", `${ctx.appUrl}/api/v1/connect-links`, {
    method: "POST",
    headers: auth(ctx),
    body: JSON.stringify({ external_id: externalId, expires_in_seconds: 3600, note: "chaos" }),
  });
  if (r.status === 201) {
    const link = { id: r.json.id, url: r.json.url, externalId, at, ackAt: Date.now(), backend: r.backend };
    ctx.journal.acks.links.push(link);
    ctx.freshLinks.push(link);
  }
  return label(r);
}

/** DELETE of an id that never existed: a transaction that rolls back while others write. */
export async function bogusDelete(ctx) {
  const id = `cchaos${randomBytes(8).toString("hex")}`;
  const r = await http(ctx.journal, "bogus-delete", `${ctx.appUrl}/api/v1/connections/${id}`, { method: "DELETE", headers: auth(ctx) });
  return label(r);
}
