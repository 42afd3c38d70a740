import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as healthRoute } from "@/app/api/health/route";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { POST as remoteWebhookRoute } from "@/app/api/remote/webhooks/[callbackId]/route";
import { POST as tokenRoute } from "@/app/api/v1/connections/[id]/access-token/route";
import { GET as proxyRoute } from "@/app/api/v1/connections/[id]/remote/[...path]/route";
import { createApiKey } from "@/lib/api-keys/service";
import { getPartnerAccessToken } from "@/lib/connections/partner-token";
import type { Db } from "@/lib/db";
import {
  BACKLOG_STAGES,
  BUDGET_SOURCES,
  CONNECTION_STATUSES,
  DELIVERY_STATUSES,
  HTTP_METHODS,
  REFRESH_RESULTS,
  REMOTE_ENVIRONMENTS,
  REMOTE_NO_REPLY,
  STATUS_CLASSES,
  SWEEP_RESULTS,
  TOKEN_KINDS,
  TOKEN_OUTCOMES,
} from "@/lib/metrics/labels";
import { resetDbGaugesForTests } from "@/lib/metrics/db-gauges";
import { REMOTE_ENDPOINTS } from "@/lib/metrics/remote-endpoint";
import { freshDatabase } from "./support/db";
import { control, resetEmulator } from "./support/emulator";
import { ACME, connect } from "./support/consent";
import { useSettingsForFile, withSettings } from "./support/partner-calls";

// /api/health runs outside Next here (as in health.test.ts): no request headers, nobody signed in.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

const TOKEN = "metrics-token-0123456789abcdefgh";
useSettingsForFile({ METRICS_TOKEN: TOKEN });

let db: Db;
let key: string;
let connectionId: string;

beforeEach(async () => {
  db = await freshDatabase();
  await resetEmulator();
  resetDbGaugesForTests();
  key = (await createApiKey({ name: "metrics", actor: { type: "system" } })).key;
  connectionId = (await connect(ACME.id)).connectionId;
});

const scrape = (authorization?: string) =>
  metricsRoute(new Request("http://localhost:3999/api/metrics", { headers: authorization ? { authorization } : {} }));

const requestToken = (id = connectionId) =>
  tokenRoute(new Request(`http://localhost:3999/api/v1/connections/${id}/access-token`, { method: "POST", headers: { authorization: `Bearer ${key}` } }), {
    params: Promise.resolve({ id }),
  });

/** A proxied GET of Remote's `path` for the connection, as Next would route it. */
const proxied = (path: string) =>
  proxyRoute(new Request(`http://localhost:3999/api/v1/connections/${connectionId}/remote/${path}`, { headers: { authorization: `Bearer ${key}` } }), {
    params: Promise.resolve({ id: connectionId, path: path.split("/") }) as Promise<never>,
  });

const expire = () => db.connection.update({ where: { id: connectionId }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000) } });

type Sample = { name: string; labels: Record<string, string>; value: number };

/** The exposition's samples (comments skipped); label values unescaped. */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/.exec(line);
    if (!m) throw new Error(`not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2].replace(/\\(.)/g, (_, c) => (c === "n" ? "\n" : c));
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

const oneOf = (values: readonly string[]) => (v: string) => values.includes(v);

/** Every route file's template: `app/api/v1/connections/[id]/remote/[...path]/route.ts` → `/api/v1/connections/{id}/remote/{path}`. */
function routeTemplates(dir = path.resolve(__dirname, "../../app"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isFile()) return e.name === "route.ts" ? [prefix || "/"] : [];
    if (!e.isDirectory() || e.name.startsWith("(") || e.name.startsWith("_")) return [];
    const segment = e.name.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}");
    return routeTemplates(path.join(dir, e.name), `${prefix}/${segment}`);
  });
}

// The allowed values of each label of our own series: fixed sets, never ids, e-mails, tokens or raw paths.
const OWN: Record<string, (v: string) => boolean> = {
  kind: oneOf(TOKEN_KINDS),
  outcome: oneOf(TOKEN_OUTCOMES),
  result: oneOf([...REFRESH_RESULTS, ...SWEEP_RESULTS]),
  endpoint: oneOf([...REMOTE_ENDPOINTS, "other"]),
  method: oneOf(HTTP_METHODS),
  status: (v) => /^[1-5]\d\d$/.test(v) || oneOf([...REMOTE_NO_REPLY, ...CONNECTION_STATUSES, ...DELIVERY_STATUSES])(v),
  status_class: oneOf(STATUS_CLASSES),
  route: oneOf(routeTemplates()),
  environment: oneOf(REMOTE_ENVIRONMENTS),
  stage: oneOf(BACKLOG_STAGES),
  source: oneOf(BUDGET_SOURCES),
  le: (v) => v === "+Inf" || /^\d+(\.\d+)?$/.test(v),
};
// prom-client's default process series carry these.
const DEFAULT: Record<string, (v: string) => boolean> = {
  space: (v) => /^[a-z_]{1,40}$/.test(v),
  type: (v) => /^[A-Za-z]{1,40}$/.test(v),
  kind: oneOf(["major", "minor", "incremental", "weakcb"]),
  version: (v) => /^v\d+\.\d+\.\d+$/.test(v),
  major: (v) => /^\d+$/.test(v),
  minor: (v) => /^\d+$/.test(v),
  patch: (v) => /^\d+$/.test(v),
  le: OWN.le,
};

/** Every label value that is not in its allowed set (unknown label names included). */
function labelViolations(text: string): string[] {
  const bad: string[] = [];
  for (const s of parse(text)) {
    const rules = s.name.startsWith("remote_connect_") ? OWN : DEFAULT;
    for (const [label, value] of Object.entries(s.labels)) if (!rules[label]?.(value)) bad.push(`${s.name}{${label}="${value}"}`);
  }
  return bad;
}

const find = (samples: Sample[], name: string, labels: Record<string, string>) =>
  samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) => find(samples, name, labels).reduce((n, s) => n + s.value, 0);

async function scraped(): Promise<{ text: string; samples: Sample[] }> {
  resetDbGaugesForTests();
  const res = await scrape(`Bearer ${TOKEN}`);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, samples: parse(text) };
}

describe("GET /api/metrics", () => {
  it("is 404 while METRICS_TOKEN is unset, 401 for a wrong or missing token, and never cached", async () => {
    await withSettings({ METRICS_TOKEN: undefined }, async () => {
      const res = await scrape(`Bearer ${TOKEN}`);
      expect(res.status).toBe(404);
      expect(res.headers.get("cache-control")).toBe("no-store");
    });
    for (const auth of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN]) {
      const res = await scrape(auth);
      expect(res.status, String(auth)).toBe(401);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.text()).not.toContain("remote_connect_");
    }
    const ok = await scrape(`bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    const text = await ok.text();
    expect(text).toContain("# TYPE remote_connect_token_requests_total counter");
    expect(text).toContain("# TYPE process_cpu_seconds_total counter");
  });

  it("counts a cache hit, a refresh and a failure by outcome, with the Remote calls and HTTP requests behind them", async () => {
    const before = (await scraped()).samples;
    const count = (samples: Sample[], outcome: string) => value(samples, "remote_connect_token_requests_total", { kind: "company", outcome });

    expect((await requestToken()).status).toBe(200); // cache hit: consent stored a fresh token
    await expire();
    // Three callers at once: one refreshes, the other two get its token.
    expect((await Promise.all([requestToken(), requestToken(), requestToken()])).map((r) => r.status)).toEqual([200, 200, 200]);
    await getPartnerAccessToken(); // the partner token: first one fetched
    await getPartnerAccessToken(); // then from the store
    // The proxy forwards any path: one Remote knows (with an id in it) and one it does not.
    expect((await proxied(`v1/companies/${ACME.id}`)).status).toBe(200);
    await proxied(`v1/employments/${ACME.jane}/not-an-endpoint`);
    await control("POST", `/companies/${ACME.id}/revoke`);
    await expire();
    const failed = await requestToken(); // Remote refuses the refresh token: needs_reconnect
    expect(failed.status).toBeGreaterThanOrEqual(400);
    // Routes outside the partner API, by their fixed templates.
    expect((await healthRoute()).status).toBe(200);
    const unknownCallback = "cb_" + connectionId;
    const receiverReply = await remoteWebhookRoute(new Request(`http://localhost:3999/api/remote/webhooks/${unknownCallback}`, { method: "POST", body: "{}" }), {
      params: Promise.resolve({ callbackId: unknownCallback }),
    });

    const { text, samples } = await scraped();
    // One token request and the two proxied calls, each served from the store.
    expect(count(samples, "cache_hit") - count(before, "cache_hit")).toBe(3);
    expect(count(samples, "refreshed") - count(before, "refreshed")).toBe(1);
    expect(count(samples, "waited") - count(before, "waited")).toBe(2);
    expect(count(samples, "error:needs_reconnect") - count(before, "error:needs_reconnect")).toBe(1);
    expect(value(samples, "remote_connect_token_requests_total", { kind: "partner", outcome: "refreshed" })).toBeGreaterThanOrEqual(1);
    expect(value(samples, "remote_connect_token_requests_total", { kind: "partner", outcome: "cache_hit" })).toBeGreaterThanOrEqual(1);

    expect(value(samples, "remote_connect_token_refresh_duration_seconds_count", { kind: "company", result: "ok" })).toBeGreaterThanOrEqual(1);
    expect(value(samples, "remote_connect_token_refresh_duration_seconds_count", { kind: "company", result: "error" })).toBeGreaterThanOrEqual(1);
    expect(value(samples, "remote_connect_token_refresh_duration_seconds_count", { kind: "partner", result: "ok" })).toBeGreaterThanOrEqual(1);

    // The token calls by endpoint template and status: the refresh that worked and the one Remote refused.
    expect(value(samples, "remote_connect_remote_requests_total", { endpoint: "/auth/oauth2/token", method: "POST", status: "200" })).toBeGreaterThanOrEqual(2);
    expect(find(samples, "remote_connect_remote_requests_total", { endpoint: "/auth/oauth2/token", method: "POST" }).some((s) => /^4\d\d$/.test(s.labels.status))).toBe(true);
    expect(value(samples, "remote_connect_remote_request_duration_seconds_count", { endpoint: "/auth/oauth2/token" })).toBeGreaterThanOrEqual(3);
    const remoteCalls = (x: Sample[], endpoint: string) => value(x, "remote_connect_remote_requests_total", { endpoint, method: "GET" });
    expect(remoteCalls(samples, "/v1/companies/{id}") - remoteCalls(before, "/v1/companies/{id}")).toBe(1);
    expect(remoteCalls(samples, "other") - remoteCalls(before, "other")).toBe(1);

    const route = "/api/v1/connections/{id}/access-token";
    expect(value(samples, "remote_connect_http_request_duration_seconds_count", { route, method: "POST", status_class: "2xx" })).toBeGreaterThanOrEqual(2);
    expect(value(samples, "remote_connect_http_request_duration_seconds_count", { route, method: "POST", status_class: "4xx" })).toBeGreaterThanOrEqual(1);
    expect(value(samples, "remote_connect_http_request_duration_seconds_count", { route: "/api/health", method: "GET", status_class: "2xx" })).toBeGreaterThanOrEqual(1);
    const receiver = { route: "/api/remote/webhooks/{callbackId}", method: "POST", status_class: `${Math.floor(receiverReply.status / 100)}xx` };
    expect(value(samples, "remote_connect_http_request_duration_seconds_count", receiver)).toBeGreaterThanOrEqual(1);

    // Database-backed gauges: the connection Remote gave up on, the budget the calls spent.
    expect(value(samples, "remote_connect_connections", { status: "needs_reconnect", environment: "emulator" })).toBe(1);
    expect(value(samples, "remote_connect_connections", { status: "connected", environment: "emulator" })).toBe(0);
    expect(value(samples, "remote_connect_metrics_database_up")).toBe(1);
    const limit = value(samples, "remote_connect_rate_budget_limit");
    expect(limit).toBeGreaterThan(0);
    expect(value(samples, "remote_connect_rate_budget_remaining", { source: "window" })).toBeLessThan(limit);
    // needs_reconnect emitted an event into the outbox, which nothing has dispatched in this test.
    expect(value(samples, "remote_connect_outbox_undispatched_events")).toBeGreaterThanOrEqual(1);
    expect(find(samples, "remote_connect_outbox_oldest_pending_age_seconds", { stage: "dispatch" })).toHaveLength(1);
    for (const status of DELIVERY_STATUSES) expect(find(samples, "remote_connect_webhook_deliveries", { status })).toHaveLength(1);
    for (const result of SWEEP_RESULTS) expect(find(samples, "remote_connect_health_sweep_connections", { result })).toHaveLength(1);

    // Nothing identifying reaches a label, the id and the company's id least of all.
    expect(labelViolations(text)).toEqual([]);
    expect(text).not.toContain(connectionId);
    expect(text).not.toContain(ACME.id);
    expect(text).not.toContain(ACME.jane);
  });

  it("the label check catches an id-like value", async () => {
    const { text } = await scraped();
    expect(labelViolations(text)).toEqual([]);
    const injected = [
      `remote_connect_http_request_duration_seconds_count{route="/api/v1/connections/${connectionId}/access-token",method="POST",status_class="2xx"} 1`,
      `remote_connect_token_requests_total{kind="company",outcome="error:${connectionId}"} 1`,
      `remote_connect_remote_requests_total{endpoint="/v1/employments/${ACME.jane}",method="GET",status="200"} 1`,
      `remote_connect_connections{status="connected",environment="emulator",company="${ACME.id}"} 1`,
    ];
    for (const line of injected) expect(labelViolations(`${text}${line}\n`), line).toHaveLength(1);
  });

  it("records nothing while METRICS_TOKEN is unset", async () => {
    const hits = async () => value((await scraped()).samples, "remote_connect_token_requests_total", { kind: "company", outcome: "cache_hit" });
    const start = await hits();
    await withSettings({ METRICS_TOKEN: undefined }, async () => {
      for (let i = 0; i < 3; i++) expect((await requestToken()).status).toBe(200);
    });
    expect(await hits()).toBe(start);
    expect((await requestToken()).status).toBe(200);
    expect(await hits()).toBe(start + 1);
  });
});
