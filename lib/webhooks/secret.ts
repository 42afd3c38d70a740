import "server-only";
import { randomBytes } from "node:crypto";

export const SECRET_PREFIX = "whsec_";

/** A Standard Webhooks signing secret: `whsec_` + base64 of 32 random bytes (the spec allows 24–64). */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64");
}

/** True for a secret this service could have issued; guards against signing with a mangled value. */
export function isWebhookSecret(value: string): boolean {
  if (!value.startsWith(SECRET_PREFIX)) return false;
  const b64 = value.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return false;
  const bytes = Buffer.from(b64, "base64").length;
  return bytes >= 24 && bytes <= 64;
}
