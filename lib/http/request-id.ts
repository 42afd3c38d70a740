import { randomBytes } from "node:crypto";
import { isSaneReference } from "./reference";

// Short enough to read out over the phone, long enough not to collide in a day's logs.
export function newRequestId(): string {
  return randomBytes(8).toString("hex");
}

/** The caller's X-Request-Id when it is a sane short token (to correlate with their logs), else a new one. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id")?.trim();
  return isSaneReference(incoming) ? incoming : newRequestId();
}
