import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * Whether `authorization` is `Bearer <expected>`. Hashing first makes the comparison constant-time
 * whatever the presented length; no expected secret (a setting left unset) never matches.
 */
export function bearerMatches(authorization: string | null | undefined, expected: string | undefined): boolean {
  if (!authorization || !expected) return false;
  const m = /^Bearer (.+)$/i.exec(authorization.trim());
  return !!m && timingSafeEqual(digest(m[1]), digest(expected));
}
