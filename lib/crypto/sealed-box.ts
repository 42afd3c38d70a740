// AES-256-GCM envelopes for secrets at rest: "v1.<kid>.<iv>.<ciphertext>.<tag>" (base64url parts).
// The associated data names the row and field, so a value copied elsewhere fails to decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { KeyRing } from "./key-ring";

const VERSION = "v1";
const TAG_BYTES = 16;

export class DecryptError extends Error {
  constructor(reason: string) {
    super(`Stored secret cannot be decrypted: ${reason}`);
    this.name = "DecryptError";
  }
}

export function seal(ring: KeyRing, plaintext: string, aad: string): string {
  const key = ring.keys.get(ring.primary)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, ring.primary, iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

export function open(ring: KeyRing, sealed: string, aad: string): string {
  const parts = sealed.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) throw new DecryptError("unknown format");
  const [, kid, iv, body, tag] = parts;
  const key = ring.keys.get(kid);
  if (!key) throw new DecryptError(`key ${kid} is not in TOKEN_ENCRYPTION_KEYS`);
  try {
    // Without authTagLength, Node accepts a tag cut down to as little as 4 bytes, and a prefix of the
    // real tag verifies: an attacker's forgery budget would shrink accordingly.
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new DecryptError("authentication failed");
  }
}

/** The key id a sealed value was written with (for rotation), or null when unreadable. */
export function keyIdOf(sealed: string): string | null {
  const parts = sealed.split(".");
  return parts.length === 5 && parts[0] === VERSION ? parts[1] : null;
}
