import { createHmac } from "node:crypto";

/** Remote's scheme (remote-api.md §9): lowercase hex HMAC-SHA256(key, raw_body + ":" + timestamp_ms). */
export function signDelivery(signingKey: string, rawBody: string, timestampMs: string): string {
  return createHmac("sha256", signingKey).update(`${rawBody}:${timestampMs}`).digest("hex");
}
