// Shared pieces of the Remote relay tests: our receive route served over real HTTP (so the emulator's
// deliveries reach it), the subscription job run in this process, and Remote's side read through
// the emulator's control API.
import http from "node:http";
import { type AddressInfo } from "node:net";
import { POST } from "@/app/api/remote/webhooks/[callbackId]/route";
import { decryptSecret } from "@/lib/crypto/vault";
import { getDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { processDueSubscriptions } from "@/lib/remote-events/sync";
import { control } from "./emulator";

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
