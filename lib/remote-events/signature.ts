import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

// Remote's delivery signature (remote-api.md §9): lowercase hex HMAC-SHA256 keyed with the callback's
// signing_key over the raw body bytes, a literal ":", and X-Remote-Timestamp (Unix milliseconds).

/** Remote's own guidance: refuse deliveries older than 5 minutes. */
export const MAX_AGE_MS = 5 * 60_000;
/** A sender's clock a little ahead of ours is normal; further ahead is a forged or replayed timestamp. */
export const MAX_FUTURE_MS = 60_000;

export function remoteSignature(signingKey: string, rawBody: Uint8Array, timestamp: string): string {
  return createHmac("sha256", signingKey).update(rawBody).update(`:${timestamp}`).digest("hex");
}

/** Constant-time over the bytes; a header of the wrong length or not hex is simply wrong. */
export function signatureMatches(signingKey: string, rawBody: Uint8Array, timestamp: string, header: string | null): boolean {
  if (!header) return false;
  const given = header.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  const expected = Buffer.from(remoteSignature(signingKey, rawBody, timestamp), "hex");
  return timingSafeEqual(expected, Buffer.from(given, "hex"));
}

export type TimestampVerdict = "ok" | "missing" | "stale" | "future";

export function checkTimestamp(header: string | null, now = Date.now()): TimestampVerdict {
  if (!header || !/^\d{1,16}$/.test(header.trim())) return "missing";
  const ts = Number(header.trim());
  if (now - ts > MAX_AGE_MS) return "stale";
  if (ts - now > MAX_FUTURE_MS) return "future";
  return "ok";
}

/** The dedupe key: Remote's body carries no event id, so a repeat is the same bytes. */
export function bodyDigest(rawBody: Uint8Array): string {
  return createHash("sha256").update(rawBody).digest("hex");
}
