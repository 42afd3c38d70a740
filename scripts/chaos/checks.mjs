// The anomaly checks, run once the load and the faults have stopped. Each kind lists what broke a
// promise the app makes; a request that failed cleanly during a fault is not an anomaly.
import { createHash } from "node:crypto";
import { HANG_LIMIT_MS } from "./journal.mjs";

export const KINDS = [
  "acknowledged writes missing",
  "duplicate companies at the emulator",
  "needs-reconnect without a revoke",
  "revoked, still handing out tokens",
  "tokens handed out after expiry",
  "tokens not issued for that company",
  "5xx without a JSON/HTML body",
  "requests hung past 30 s",
  "500s outside a database restart",
  "CLI runs failed outside a database restart",
];

// Clock granularity (JWT times are whole seconds) plus request latency.
const GRACE_MS = 3000;
const DB_RESTART_TAIL_MS = 5000;
const hash = (key) => createHash("sha256").update(key, "utf8").digest("base64url");
const jwt = (t) => {
  try {
    return JSON.parse(Buffer.from(t.split(".")[1], "base64url").toString("utf8"));
  } catch {
    return {};
  }
};

/**
 * `journal`: what the run saw; `db`: readDatabase()'s rows; `emu`: the emulator's state, issued
 * tokens and company POSTs; `keyWorks`: key → whether it authenticates now; `minTtlMs`: the app's
 * ACCESS_TOKEN_MIN_TTL_SECONDS. Returns Map(kind → [detail]).
 */
export function runChecks({ journal: j, db, api, emu, keyWorks, minTtlMs }) {
  const found = new Map(KINDS.map((k) => [k, []]));
  const add = (kind, detail) => found.get(kind).push(detail);
  const connByCompany = new Map(db.connections.map((c) => [c.remoteCompanyId, c]));
  // The partner API must list what the database holds (null: the API did not answer at all).
  const listed = new Set((api ?? []).map((c) => c.remote_company_id));
  if (api === null) add(KINDS[0], "GET /api/v1/connections did not answer after the run, so no acknowledged connection could be confirmed through the API");
  const notListed = (companyId) => api !== null && !listed.has(companyId);

  // 1. Every write the app acknowledged is in the database (and an API key still authenticates).
  const links = new Map(db.links.map((l) => [l.id, l]));
  for (const a of j.acks.links) {
    const l = links.get(a.id);
    if (!l || l.externalId !== a.externalId) add(KINDS[0], `connect link ${a.id} (201 at ${j.rel(a.ackAt)} via ${a.backend}) is ${l ? `stored with external id ${l.externalId}` : "not in the database"}`);
  }
  const hashes = new Set(db.keys.filter((k) => !k.revokedAt).map((k) => k.keyHash));
  for (const a of j.acks.keys) {
    if (!hashes.has(hash(a.key))) add(KINDS[0], `API key ${a.name} (CLI exit 0 at ${j.rel(a.ackAt)}) is not in the database`);
    else if (!keyWorks.get(a.key)) add(KINDS[0], `API key ${a.name} (CLI exit 0 at ${j.rel(a.ackAt)}) is stored but the API refuses it`);
  }
  for (const a of j.acks.consents) {
    const c = connByCompany.get(a.companyId);
    const where = `consent for ${a.companyId} (done page at ${j.rel(a.ackAt)} via ${a.backend})`;
    if (!c || c.status === "disconnected") add(KINDS[0], `${where}: connection ${c ? "disconnected" : "missing"}`);
    else if (notListed(a.companyId)) add(KINDS[0], `${where}: in the database, not in GET /api/v1/connections`);
    else if (a.linkId && links.get(a.linkId)?.connectionId !== c.id) {
      add(KINDS[0], `${where} via link ${a.linkId}: the link is ${links.get(a.linkId)?.connectionId ? "attached to another connection" : "not marked used"}`);
    } else if (a.linkId && c.externalId !== a.externalId) {
      add(KINDS[0], `${where} via link ${a.linkId}: connection ${c.id} has external id ${c.externalId}, the link carried ${a.externalId}`);
    }
  }
  const creations = new Map(db.creations.map((c) => [c.idempotencyKey, c]));
  for (const a of j.acks.companies) {
    const row = creations.get(a.idempotencyKey);
    const want = a.kind === "connected" ? "succeeded" : "created_without_tokens";
    const where = `company ${a.name} (done page at ${j.rel(a.ackAt)}, ${a.kind})`;
    if (!row || row.status !== want) add(KINDS[0], `${where}: creation record ${row ? row.status : "missing"}`);
    else if (a.kind === "connected" && !connByCompany.has(a.companyId)) add(KINDS[0], `${where}: no connection for ${a.companyId}`);
    else if (a.kind === "connected" && notListed(a.companyId)) add(KINDS[0], `${where}: in the database, not in GET /api/v1/connections`);
  }

  // 2. One form (one idempotency key, one unique name) never makes two companies at Remote.
  const names = new Set(j.submittedForms);
  const companiesByName = new Map();
  for (const c of emu.state.companies) if (names.has(c.name)) companiesByName.set(c.name, (companiesByName.get(c.name) ?? 0) + 1);
  for (const [name, n] of companiesByName) if (n > 1) add(KINDS[1], `${name}: ${n} companies`);
  const posts = new Map();
  for (const p of emu.companyPosts) if (names.has(p.body?.name)) posts.set(p.body.name, [...(posts.get(p.body.name) ?? []), p]);
  for (const [name, list] of posts) {
    const first = list.findIndex((p) => p.status === 201);
    if (first >= 0 && first < list.length - 1) add(KINDS[1], `${name}: POST /v1/companies sent again after it succeeded (${list.map((p) => p.status).join(", ")})`);
  }

  // 3. needs_reconnect only after a revocation at Remote since the company last (re)connected:
  // a reconnect acknowledged before the request began, a revocation sent before its answer came.
  const revokedSinceLastConnect = (companyId, began, answered) => {
    const last = j.established.filter((e) => e.companyId === companyId && e.ackAt < began).sort((a, b) => b.ackAt - a.ackAt)[0];
    return j.revokes.some((r) => r.companyId === companyId && r.sentAt >= (last?.startAt ?? 0) && r.sentAt < answered);
  };
  for (const c of db.connections) {
    if (c.status === "needs_reconnect" && !revokedSinceLastConnect(c.remoteCompanyId, Infinity, Infinity)) add(KINDS[2], `connection ${c.id} (${c.remoteCompanyId}) ends as needs_reconnect`);
  }
  for (const o of j.needsReconnect) {
    if (!revokedSinceLastConnect(o.companyId, o.at, o.end)) add(KINDS[2], `409 needs_reconnect for ${o.connectionId} (${o.companyId}) at ${j.rel(o.at)}–${j.rel(o.end)} via ${o.backend}`);
  }

  // 4–6. Every token handed out: issued by Remote for that company, alive, and not revoked.
  const issued = new Map(emu.tokens.filter((t) => t.kind === "company").map((t) => [t.access_token, t]));
  for (const t of j.tokens) {
    const claims = jwt(t.token);
    const exp = (claims.exp ?? 0) * 1000;
    const issuedAt = (claims.iat ?? 0) * 1000;
    const where = `token for ${t.connectionId} at ${j.rel(t.at)} via ${t.backend}`;
    const dead = j.revokes.find((r) => r.companyId === t.companyId && issuedAt < r.sentAt && t.at > Math.max(r.ackAt, exp - minTtlMs) + GRACE_MS);
    if (dead) add(KINDS[3], `${where}: company revoked at ${j.rel(dead.sentAt)}, token issued ${j.rel(issuedAt)}, expires ${j.rel(exp)}`);
    if (t.end > exp || t.end > t.expiresAt) add(KINDS[4], `${where}: received ${j.rel(t.end)}, expires ${j.rel(Math.min(exp, t.expiresAt))}`);
    const known = issued.get(t.token);
    if (!known || known.company_id !== t.companyId || t.reportedCompanyId !== t.companyId) {
      add(KINDS[5], `${where}: ${known ? `issued for ${known.company_id}, expected ${t.companyId}` : "never issued by the emulator"}`);
    }
  }

  // 7–9. Every answer of the app: a body a client can show, in time, and no internal error.
  for (const r of j.http) {
    if (!r.backend || r.proxy) continue; // not the app (emulator, or our proxy reporting a killed process)
    const where = `${r.method} ${r.path} → ${r.status} at ${j.rel(r.at)} via ${r.backend}`;
    if (r.status >= 500 && !["json", "html", "html-fragment", "rsc"].includes(r.bodyKind)) add(KINDS[6], `${where}: body ${r.bodyKind}${r.excerpt ? ` "${r.excerpt.slice(0, 60)}"` : ""}`);
    if (r.status === 500 && !j.inFault(["pg-restart"], r.at, DB_RESTART_TAIL_MS)) add(KINDS[8], `${where}: ${r.excerpt?.slice(0, 100) ?? ""}`);
  }
  for (const r of j.http) {
    if (r.error === "hung" || r.ms > HANG_LIMIT_MS) add(KINDS[7], `${r.method} ${r.path} at ${j.rel(r.at)}: ${r.error ?? r.status} after ${(r.ms / 1000).toFixed(1)} s`);
  }

  // 10. The CLI next to the app processes.
  for (const c of j.cli) {
    const restart = j.faults.some((f) => f.kind === "pg-restart" && c.at <= f.end + DB_RESTART_TAIL_MS && c.end >= f.at);
    if (c.code !== 0 && !restart) add(KINDS[9], `${c.script} at ${j.rel(c.at)} exit ${c.code}: ${c.output.split("\n").slice(-2).join(" | ").slice(0, 200)}`);
  }
  return found;
}

/**
 * Not counted as an anomaly (the user was not told it worked), but printed: companies the form
 * created at Remote that the app does not know, because a crash or a database outage came between
 * Remote's answer and the local write. The same form then cannot finish, and a new one is refused
 * by Remote (the owner's e-mail is taken).
 */
export function lostCompanies({ journal, db, emu }) {
  const names = new Set(journal.submittedForms);
  const known = new Set(db.creations.map((c) => c.remoteCompanyId).filter(Boolean));
  return emu.state.companies.filter((c) => names.has(c.name) && !known.has(c.id)).map((c) => `${c.name} (${c.id})`);
}
