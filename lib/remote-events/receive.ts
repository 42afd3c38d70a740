import "server-only";
import { readBodyCapped } from "../http/capped-body";
import { getDb } from "../db";
import { hotRead } from "../db/hot-read";
import { getEnv } from "../env";
import { emit } from "../events/emit";
import { reportFailure } from "../http/error-report";
import { requestIdFrom } from "../http/request-id";
import { logger } from "../logger";
import { bodyDigest, checkTimestamp, signatureMatches } from "./signature";
import { signingKeyFor } from "./signing-keys";

// POST /api/remote/webhooks/{callbackId}: one of Remote's deliveries. Everything is checked before
// anything is written; a valid one is stored and put into the outbox in one transaction, and
// answered at once (the partner's endpoints get it later, from the outbox).

export const MAX_BODY_BYTES = 256 * 1024;
const CALLBACK_ID = /^rcb_[A-Za-z0-9_-]{32}$/;
const EVENT_TYPE = /^[a-z][a-z0-9_.]{0,99}$/;
const NO_STORE = { "Cache-Control": "no-store" };

type Sub = { id: string; connectionId: string; state: string; signingKeyEnc: string | null };
const SUB_SQL = `SELECT "id", "connectionId", "state", "signingKeyEnc" FROM "RemoteSubscription" WHERE "id" = ?`;
const CONN_SQL = `SELECT "id", "status", "environment", "externalId", "remoteCompanyId", "companyName" FROM "Connection" WHERE "id" = ?`;
const SEEN_SQL = `SELECT "id" FROM "RemoteEvent" WHERE "subscriptionId" = ? AND "bodyDigest" = ?`;

type Refusal = "unknown_callback" | "inactive" | "disconnected" | "timestamp_missing" | "timestamp_stale" | "timestamp_future" | "bad_signature" | "foreign_company";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => Response.json(body, { status, headers: { ...NO_STORE, ...headers } });

/** One answer for every refusal: which check failed is logged, not told to the sender. */
function refuse(callbackId: string, reason: Refusal): Response {
  logger.info({ callback: callbackId.slice(0, 8), reason }, "Remote webhook refused");
  return json(401, { error: "unauthorized", message: "Unknown callback, or the delivery is not signed by Remote for it." });
}

const tooLarge = () => json(413, { error: "payload_too_large", message: `The body is larger than ${MAX_BODY_BYTES / 1024} KB.` });

function parseObject(raw: Uint8Array): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("utf8"));
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function receiveRemoteWebhook(callbackId: string, req: Request): Promise<Response> {
  try {
    return await receive(callbackId, req);
  } catch (e) {
    // Remote retries a non-2xx: a database hiccup loses nothing.
    const { databaseUnavailable } = reportFailure(e, requestIdFrom(req.headers), { method: "POST", path: "/api/remote/webhooks/…", api: "remote-webhooks" });
    return databaseUnavailable ? json(503, { error: "temporarily_unavailable" }, { "Retry-After": "2" }) : json(500, { error: "internal_error" });
  }
}

async function receive(callbackId: string, req: Request): Promise<Response> {
  if (!CALLBACK_ID.test(callbackId)) return refuse(callbackId, "unknown_callback");
  const raw = await readBodyCapped(req, MAX_BODY_BYTES);
  if (!raw) return tooLarge();
  const db = getDb();
  // Outside the ORM (lib/db/hot-read.ts): Remote waits on this answer, and a burst of deliveries is normal.
  const [sub] = await hotRead<Sub>(db, SUB_SQL, [callbackId]);
  if (!sub || !sub.signingKeyEnc) return refuse(callbackId, "unknown_callback");
  if (sub.state === "off" || sub.state === "deleted") return refuse(callbackId, "inactive");
  const [conn] = await hotRead<Conn & { status: string; environment: string }>(db, CONN_SQL, [sub.connectionId]);
  if (!conn || conn.status === "disconnected" || conn.environment !== getEnv().REMOTE_ENVIRONMENT) return refuse(callbackId, "disconnected");

  const ts = req.headers.get("x-remote-timestamp");
  const when = checkTimestamp(ts);
  if (when !== "ok") return refuse(callbackId, `timestamp_${when}`);
  if (!signatureMatches(signingKeyFor(sub.id, sub.signingKeyEnc), raw, ts!, req.headers.get("x-remote-signature"))) return refuse(callbackId, "bad_signature");

  const body = parseObject(raw);
  // Signed by Remote with this company's key, yet naming another company: never route it anywhere.
  if (!body || body.company_id !== conn.remoteCompanyId) return body ? refuse(callbackId, "foreign_company") : json(400, { error: "invalid_body", message: "The body is not a JSON object." });
  const eventType = body.event_type;
  if (typeof eventType !== "string" || !EVENT_TYPE.test(eventType)) return json(400, { error: "invalid_body", message: "The body has no valid event_type." });

  const digest = bodyDigest(raw);
  // Most repeats are answered by this read alone; the check inside the transaction decides races.
  if ((await hotRead(db, SEEN_SQL, [sub.id, digest])).length) return json(200, { received: true, duplicate: true });
  const now = new Date();
  const stored = await store(sub.id, conn, eventType, body, raw, digest, now);
  return json(200, { received: true, duplicate: !stored });
}

type Conn = { id: string; externalId: string | null; remoteCompanyId: string; companyName: string };

/** Stores and emits once per (callback, body) within the dedupe window; false for a repeat. */
async function store(subscriptionId: string, conn: Conn, eventType: string, body: Record<string, unknown>, raw: Uint8Array, digest: string, now: Date): Promise<boolean> {
  try {
    return await getDb().$transaction(async (tx) => {
      const seen = await tx.remoteEvent.findUnique({ where: { subscriptionId_bodyDigest: { subscriptionId, bodyDigest: digest } }, select: { id: true } });
      if (seen) return false;
      const event = await emit(
        tx,
        `remote.${eventType}`,
        { connection: { id: conn.id, external_id: conn.externalId, remote_company_id: conn.remoteCompanyId, company_name: conn.companyName }, remote_event: body, received_at: now.toISOString() },
        now,
      );
      await tx.remoteEvent.create({
        data: { subscriptionId, connectionId: conn.id, eventType, bodyDigest: digest, body: Buffer.from(raw).toString("utf8"), receivedAt: now, eventId: event.id },
        select: { id: true },
      });
      return true;
    });
  } catch (e) {
    // PostgreSQL: the same body arriving twice at the same instant; the loser's transaction (event
    // included) rolled back as a whole, and the first one holds it.
    if ((e as { code?: string }).code === "P2002") return false;
    throw e;
  }
}
