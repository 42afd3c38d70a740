// Pure signing of the outcome a partner's app receives on its return_url. No server-only import:
// tests and the docs' example verifier use it too. The secret never comes from here (see index.ts).
import { createHmac, timingSafeEqual } from "node:crypto";

export type ReturnStatus = "connected" | "denied" | "failed";
export type ReturnOutcome = { status: ReturnStatus; connectionId?: string; externalId?: string | null; reason?: string };

/** The query parameters we append (and strip from a return_url first, so a partner's own never mix in). */
export const RETURN_PARAMS = [
  "remote_connect_status",
  "connection_id",
  "external_id",
  "reason",
  "remote_connect_ts",
  "remote_connect_signature",
] as const;

/**
 * The exact string that is signed, one field per line (absent ones are empty):
 *   "remote-connect-return.v1\n" + status + "\n" + connection_id + "\n" + external_id + "\n" + reason + "\n" + ts
 * ts is Unix seconds; the signature is lowercase hex HMAC-SHA256(secret, that string).
 */
export function canonicalOutcome(p: { status: string; connectionId?: string | null; externalId?: string | null; reason?: string | null; ts: string }): string {
  return ["remote-connect-return.v1", p.status, p.connectionId ?? "", p.externalId ?? "", p.reason ?? "", p.ts].join("\n");
}

export function signOutcome(secret: string, canonical: string): string {
  return createHmac("sha256", secret).update(canonical, "utf8").digest("hex");
}

/** Appends the signed outcome to a (checked) return URL. */
export function appendSignedOutcome(returnUrl: string, o: ReturnOutcome, secret: string, nowMs = Date.now()): string {
  const url = new URL(returnUrl);
  for (const p of RETURN_PARAMS) url.searchParams.delete(p);
  const ts = String(Math.floor(nowMs / 1000));
  const fields = { status: o.status, connectionId: o.connectionId, externalId: o.externalId ?? undefined, reason: o.reason, ts };
  url.searchParams.set("remote_connect_status", o.status);
  if (o.connectionId) url.searchParams.set("connection_id", o.connectionId);
  if (o.externalId) url.searchParams.set("external_id", o.externalId);
  if (o.reason) url.searchParams.set("reason", o.reason);
  url.searchParams.set("remote_connect_ts", ts);
  url.searchParams.set("remote_connect_signature", signOutcome(secret, canonicalOutcome(fields)));
  return url.href;
}

export type VerifiedOutcome =
  | { ok: true; status: ReturnStatus; connectionId: string | null; externalId: string | null; reason: string | null; ts: number }
  | { ok: false; error: "missing" | "bad_signature" | "stale" };

/** What a partner's app does on its return_url: recompute the signature, compare in constant time, bound the age. */
export function verifyOutcome(params: URLSearchParams, secret: string, maxAgeMs: number, nowMs = Date.now()): VerifiedOutcome {
  const status = params.get("remote_connect_status");
  const ts = params.get("remote_connect_ts");
  const sig = params.get("remote_connect_signature");
  if (!status || !ts || !sig || !/^\d{1,12}$/.test(ts)) return { ok: false, error: "missing" };
  const fields = { status, connectionId: params.get("connection_id"), externalId: params.get("external_id"), reason: params.get("reason"), ts };
  const expected = Buffer.from(signOutcome(secret, canonicalOutcome(fields)));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, error: "bad_signature" };
  if (!["connected", "denied", "failed"].includes(status)) return { ok: false, error: "bad_signature" };
  if (Math.abs(nowMs - Number(ts) * 1000) > maxAgeMs) return { ok: false, error: "stale" };
  return { ok: true, status: status as ReturnStatus, connectionId: fields.connectionId, externalId: fields.externalId, reason: fields.reason, ts: Number(ts) };
}
