import "server-only";
import { hmac, randomToken, safeEqual } from "../crypto/hash";
import { getEnv } from "../env";

// The idempotency key of one rendered form: random, signed by this server (a public action
// accepts no key it did not hand out), bound to the connect link the form was opened with, and
// stamped with its issue time so old forms expire.
const PREFIX = "cc1";
export const FORM_TOKEN_TTL_MS = 24 * 3600_000;

function sign(nonce: string, issuedAt: number, linkToken: string | null): string {
  return hmac(getEnv().AUTH_SECRET, `create-company|${nonce}|${issuedAt}|${linkToken ?? ""}`);
}

export function issueFormToken(linkToken: string | null, now = Date.now()): string {
  const nonce = randomToken(18);
  return `${PREFIX}.${nonce}.${now.toString(36)}.${sign(nonce, now, linkToken)}`;
}

export type VerifiedFormToken = { ok: true; idempotencyKey: string; issuedAt: number } | { ok: false; reason: "invalid" | "expired" };

export function verifyFormToken(token: unknown, linkToken: string | null, now = Date.now()): VerifiedFormToken {
  if (typeof token !== "string" || token.length > 200) return { ok: false, reason: "invalid" };
  const [prefix, nonce, issued, sig] = token.split(".");
  if (prefix !== PREFIX || !nonce || !issued || !sig || !/^[A-Za-z0-9_-]{24}$/.test(nonce)) return { ok: false, reason: "invalid" };
  const issuedAt = parseInt(issued, 36);
  if (!Number.isSafeInteger(issuedAt) || !safeEqual(sig, sign(nonce, issuedAt, linkToken))) return { ok: false, reason: "invalid" };
  if (issuedAt > now + 60_000 || now - issuedAt > FORM_TOKEN_TTL_MS) return { ok: false, reason: "expired" };
  return { ok: true, idempotencyKey: `${PREFIX}.${nonce}`, issuedAt };
}
