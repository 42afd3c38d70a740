// Shared pieces of the Remote relay tests: our receive route served over real HTTP (so the emulator's
// deliveries reach it), the subscription job run in this process, and Remote's side read through
// the emulator's control API.
import { createHmac } from "node:crypto";
import http from "node:http";
import { type AddressInfo } from "node:net";
import { POST } from "@/app/api/remote/webhooks/[callbackId]/route";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { decryptSecret } from "@/lib/crypto/vault";
import { getDb, type Db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { setRelayedEvents } from "@/lib/remote-events/contract";
import { processDueSubscriptions } from "@/lib/remote-events/sync";
import { ACME, connect } from "./consent";
import { freshDatabase } from "./db";
import { control, resetEmulator } from "./emulator";

export type Served = { status: number; callbackId: string };

/** The app's receive route behind a plain Node server on a free port; every answer is logged. */
export async function startRelayServer() {
  const served: Served[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://relay");
      const callbackId = url.pathname.split("/").pop() ?? "";
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const request = new Request(url, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
      const answer = await POST(request, { params: Promise.resolve({ callbackId }) });
      served.push({ status: answer.status, callbackId });
      res.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, served, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/**
 * Runs the subscription job's work once in this process. The callback URL is built from APP_URL,
 * which the consent flow needs as the emulator's registered redirect host: it points at the relay
 * server only while the job runs.
 */
export async function syncSubscriptions(appUrl: string, opts: { now?: Date } = {}) {
  const saved = process.env.APP_URL;
  process.env.APP_URL = appUrl;
  resetEnvForTests();
  try {
    return await processDueSubscriptions({ owner: "relay-test", now: opts.now, limit: 50 });
  } finally {
    process.env.APP_URL = saved;
    resetEnvForTests();
  }
}

export type EmulatorCallback = { id: string; company_id: string; url: string; subscribed_events: string[]; subscribe_to_all_events: boolean };

export const remoteCallbacks = (companyId?: string) =>
  control<EmulatorCallback[]>("GET", "/webhook-callbacks").then((all) => all.filter((c) => !companyId || c.company_id === companyId));

export type EmulatorDelivery = { event_id: string; callback_id: string; attempt: number; kind: string; status: number | null; error: string | null };

export const remoteDeliveries = () => control<EmulatorDelivery[]>("GET", "/webhook-deliveries");

/** Makes the emulator emit a company event and waits until each callback had its first attempt. */
export async function emitAtRemote(companyId: string, eventType: string, ids: Record<string, string> = {}) {
  return control<{ event: { id: string; body: string }; callbacks: number }>("POST", `/companies/${companyId}/events?wait=1`, { event_type: eventType, ...ids });
}

export async function subscriptionOf(connectionId: string) {
  return getDb().remoteSubscription.findUniqueOrThrow({ where: { connectionId } });
}

/** The signing key as we hold it (tests sign their own deliveries with it). */
export async function signingKeyOf(connectionId: string): Promise<string> {
  const s = await subscriptionOf(connectionId);
  return decryptSecret({ table: "RemoteSubscription", id: s.id, field: "signingKey" }, s.signingKeyEnc!);
}

export async function until<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const RELAY_STAFF = { type: "staff", id: "s1", label: "ops@partner.example" } as const;
export const RELAY_EVENTS = ["employment.onboarding.completed", "payslip.released"];

/**
 * The relay test files' shared setup: the relay server for the file, and before each test an empty
 * database, a reset emulator (one attempt per delivery unless a test asks for Remote's retries) and
 * relaying on for RELAY_EVENTS.
 */
export function relaySuite() {
  let db: Db;
  let relay: Awaited<ReturnType<typeof startRelayServer>>;
  beforeAll(async () => {
    relay = await startRelayServer();
  });
  afterAll(() => relay.close());
  beforeEach(async () => {
    db = await freshDatabase();
    await resetEmulator();
    await control("POST", "/config", { webhook_retry_schedule_ms: [] });
    relay.served.length = 0;
    await setRelayedEvents(RELAY_EVENTS, RELAY_STAFF);
  });
  const sync = (now?: Date) => syncSubscriptions(relay.base, { now });
  return {
    get db() {
      return db;
    },
    get relay() {
      return relay;
    },
    sync,
    audits: (type: string) => db.auditEvent.findMany({ where: { type } }),
    remoteEventRows: () => db.remoteEvent.findMany({ orderBy: { receivedAt: "asc" } }),
    forwarded: () => db.event.findMany({ where: { type: { startsWith: "remote." } }, orderBy: { id: "asc" } }),
    webhookCalls: () => control<{ path: string; method: string }[]>("GET", "/requests?path=/v1/webhook-callbacks"),
    /** A connected company whose subscription the job has made. */
    async subscribed(companyId = ACME.id) {
      const { connectionId } = await connect(companyId);
      await sync();
      expect((await subscriptionOf(connectionId)).state).toBe("active");
      return connectionId;
    },
    /** A delivery signed like Remote signs them, sent to our route over HTTP. */
    async postSigned(connectionId: string, body: string, opts: { ts?: number; key?: string } = {}) {
      const sub = await subscriptionOf(connectionId);
      const ts = String(opts.ts ?? Date.now());
      const key = opts.key ?? (await signingKeyOf(connectionId));
      const signature = createHmac("sha256", key).update(`${body}:${ts}`).digest("hex");
      return fetch(`${relay.base}/api/remote/webhooks/${sub.id}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-remote-signature": signature, "x-remote-timestamp": ts },
        body,
      });
    },
  };
}
