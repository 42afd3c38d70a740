// The chaos checks must be able to fail: a clean run reports nothing, and each planted defect is
// reported under its own kind, and only there.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { KINDS, lostCompanies, runChecks } from "./checks.mjs";
import { Journal } from "./journal.mjs";

const T = 1_900_000_000_000;
const KEY = "rck_" + "a".repeat(43);
const jwt = (claims: object) => `h.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.s`;
const TOKEN = jwt({ iat: (T + 1500) / 1000, exp: (T + 31_500) / 1000, company_id: "C1" });

/** A small run in which everything went right. */
function cleanRun() {
  const journal = Object.assign(new Journal("test"), {
    t0: T,
    acks: {
      links: [{ id: "l1", externalId: "e1", ackAt: T + 500, backend: "app-1" }],
      keys: [{ key: KEY, name: "k1", ackAt: T + 100 }],
      consents: [{ companyId: "C1", startAt: T, ackAt: T + 1000, linkId: null, externalId: null, backend: "app-2" }],
      companies: [{ name: "Chaos 1 Inc", idempotencyKey: "cc1.x", kind: "connected", companyId: "C2", ackAt: T + 900 }],
    },
    established: [{ companyId: "C1", startAt: T, ackAt: T + 1000 }, { companyId: "C2", startAt: T + 200, ackAt: T + 900 }],
    revokes: [] as object[],
    submittedForms: ["Chaos 1 Inc"],
    needsReconnect: [] as object[],
    tokens: [{ connectionId: "n1", companyId: "C1", at: T + 2000, end: T + 2100, token: TOKEN, expiresAt: T + 31_800, reportedCompanyId: "C1", backend: "app-1" }],
    http: [
      { method: "POST", path: "/api/v1/connections/n1/access-token", status: 200, at: T + 2000, ms: 100, bodyKind: "json", backend: "app-1", proxy: false },
      { method: "POST", path: "/api/v1/connections/n1/access-token", status: 503, at: T + 3000, ms: 90, bodyKind: "json", backend: "app-2", proxy: false },
      { method: "GET", path: "/connect/done", status: 502, at: T + 3000, ms: 5, bodyKind: "json", backend: "app-1", proxy: true },
    ] as object[],
    cli: [{ script: "keys:rotate", at: T, end: T + 4000, code: 0 as number, output: "Done" }],
    faults: [] as object[],
  });
  const db = {
    links: [{ id: "l1", externalId: "e1", usedAt: null, connectionId: null }] as Record<string, unknown>[],
    keys: [{ keyHash: createHash("sha256").update(KEY).digest("base64url"), revokedAt: null }],
    connections: [
      { id: "n1", remoteCompanyId: "C1", status: "connected", externalId: null },
      { id: "n2", remoteCompanyId: "C2", status: "connected", externalId: null },
    ] as Record<string, unknown>[],
    creations: [{ idempotencyKey: "cc1.x", status: "succeeded", remoteCompanyId: "C2" }],
  };
  const emu = {
    state: { companies: [{ name: "Chaos 1 Inc", id: "C2" }] as { name: string; id?: string }[] },
    tokens: [{ kind: "company", access_token: TOKEN, company_id: "C1" }] as Record<string, unknown>[],
    companyPosts: [{ status: 201, body: { name: "Chaos 1 Inc" } }],
  };
  const api = [{ remote_company_id: "C1" }, { remote_company_id: "C2" }];
  return { journal, db, api, emu, keyWorks: new Map([[KEY, true]]), minTtlMs: 15_000 };
}

const counts = (run: ReturnType<typeof cleanRun>) => Object.fromEntries([...runChecks(run)].map(([k, v]) => [k, v.length]));
const only = (kind: string) => Object.fromEntries(KINDS.map((k) => [k, k === kind ? 1 : 0]));

describe("chaos checks", () => {
  it("report nothing for a clean run, including clean failures and the proxy's own 502", () => {
    expect(counts(cleanRun())).toEqual(only("none"));
  });

  const defects: [string, (r: ReturnType<typeof cleanRun>) => void][] = [
    ["acknowledged writes missing", (r) => (r.db.links = [])],
    ["acknowledged writes missing", (r) => r.api.pop()],
    [
      "acknowledged writes missing",
      (r) => {
        Object.assign(r.journal.acks.consents[0], { linkId: "l1", externalId: "e1" });
        Object.assign(r.db.links[0], { connectionId: "n1", usedAt: "x" }); // used, but the external id did not stick
      },
    ],
    ["duplicate companies at the emulator", (r) => r.emu.state.companies.push({ name: "Chaos 1 Inc" })],
    ["needs-reconnect without a revoke", (r) => (r.db.connections[0].status = "needs_reconnect")],
    [
      "revoked, still handing out tokens",
      (r) => {
        r.journal.revokes.push({ companyId: "C1", sentAt: T + 1800, ackAt: T + 1850 });
        Object.assign(r.journal.tokens[0], { at: T + 20_000, end: T + 20_100 });
      },
    ],
    ["tokens handed out after expiry", (r) => Object.assign(r.journal.tokens[0], { end: T + 32_000 })],
    ["tokens not issued for that company", (r) => (r.emu.tokens[0].company_id = "C9")],
    ["5xx without a JSON/HTML body", (r) => r.journal.http.push({ method: "GET", path: "/x", status: 502, at: T, ms: 3, bodyKind: "empty", backend: "app-2", proxy: false })],
    ["requests hung past 30 s", (r) => r.journal.http.push({ method: "POST", path: "/create-company", status: 0, at: T, ms: 35_000, error: "hung", backend: null })],
    ["500s outside a database restart", (r) => r.journal.http.push({ method: "GET", path: "/x", status: 500, at: T, ms: 3, bodyKind: "json", backend: "app-1", proxy: false })],
    ["CLI runs failed outside a database restart", (r) => r.journal.cli.push({ script: "api-keys:create", at: T, end: T + 1, code: 1, output: "SQLITE_BUSY" })],
  ];
  it.each(defects)("report %s", (kind, plant) => {
    const run = cleanRun();
    plant(run);
    expect(counts(run)).toEqual(only(kind));
  });

  it("excuse what a fault explains: needs_reconnect after a revoke, a 500 or a failed CLI during a database restart", () => {
    const run = cleanRun();
    run.db.connections[0].status = "needs_reconnect";
    run.journal.revokes.push({ companyId: "C1", sentAt: T + 1500, ackAt: T + 1550 });
    run.journal.faults.push({ kind: "pg-restart", at: T + 5000, end: T + 6000 });
    run.journal.http.push({ method: "GET", path: "/x", status: 500, at: T + 7000, ms: 3, bodyKind: "html", backend: "app-1", proxy: false });
    run.journal.cli.push({ script: "keys:rotate", at: T + 4000, end: T + 5500, code: 1, output: "connection terminated" });
    expect(counts(run)).toEqual(only("none"));
  });

  it("excuse a 409 needs_reconnect for a revocation sent while the request was running, not one sent after it", () => {
    const run = cleanRun();
    run.journal.revokes.push({ companyId: "C1", sentAt: T + 5000, ackAt: T + 5020 });
    run.journal.needsReconnect.push({ connectionId: "n1", companyId: "C1", at: T + 4000, end: T + 6000 });
    expect(counts(run)).toEqual(only("none"));
    run.journal.needsReconnect.push({ connectionId: "n1", companyId: "C1", at: T + 3000, end: T + 4500 });
    expect(counts(run)).toEqual(only("needs-reconnect without a revoke"));
  });

  it("still report a needs_reconnect when the company reconnected after the revoke", () => {
    const run = cleanRun();
    run.journal.revokes.push({ companyId: "C1", sentAt: T - 5000, ackAt: T - 4900 });
    run.db.connections[0].status = "needs_reconnect";
    expect(counts(run)).toEqual(only("needs-reconnect without a revoke"));
  });

  it("list a company created at Remote that the app never recorded, without counting it", () => {
    const run = cleanRun();
    expect(lostCompanies(run)).toEqual([]);
    run.journal.submittedForms.push("Chaos 2 Inc");
    run.emu.state.companies.push({ name: "Chaos 2 Inc", id: "C3" });
    expect(lostCompanies(run)).toEqual(["Chaos 2 Inc (C3)"]);
    expect(counts(run)).toEqual(only("none"));
  });
});
