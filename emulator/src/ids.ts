import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";

export const uuid = (): string => randomUUID();

/** URL-safe opaque secret (codes, request ids). */
export const opaqueToken = (bytes = 32): string => randomBytes(bytes).toString("base64url");

/**
 * Deterministic UUID (v5-style layout over SHA-1) so seeded ids are identical on every start and
 * the app's fixtures can hard-code them.
 */
export function stableUuid(name: string): string {
  const h = createHash("sha1").update(`remote-emulator:${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function sha256Base64Url(input: string): string {
  return createHash("sha256").update(input).digest("base64url");
}
