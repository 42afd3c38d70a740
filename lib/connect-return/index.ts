import "server-only";
import { createHmac } from "node:crypto";
import { getEnv } from "../env";
import { appendSignedOutcome, RETURN_PARAMS, type ReturnOutcome } from "./signature";

export { verifyOutcome, canonicalOutcome, RETURN_PARAMS, type ReturnOutcome, type ReturnStatus, type VerifiedOutcome } from "./signature";

export const MAX_RETURN_URL_LENGTH = 2000;

export type ReturnUrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * A partner's return_url is accepted only on an origin listed in CONNECT_RETURN_ORIGINS (exact
 * match), over https outside emulator mode, without credentials; otherwise we would be an open redirect.
 */
export function checkReturnUrl(raw: string): ReturnUrlCheck {
  const env = getEnv();
  if (typeof raw !== "string" || raw.length === 0) return { ok: false, message: "return_url is empty" };
  if (raw.length > MAX_RETURN_URL_LENGTH) return { ok: false, message: `return_url is longer than ${MAX_RETURN_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: "return_url is not an absolute URL" };
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && env.REMOTE_ENVIRONMENT === "emulator")) {
    return { ok: false, message: "return_url must use https" };
  }
  if (url.username || url.password) return { ok: false, message: "return_url must not contain credentials" };
  if (!env.CONNECT_RETURN_ORIGINS.includes(url.origin)) {
    return { ok: false, message: `return_url's origin ${url.origin} is not in CONNECT_RETURN_ORIGINS` };
  }
  if (RETURN_PARAMS.some((p) => url.searchParams.has(p))) {
    return { ok: false, message: `return_url must not carry the parameters we add (${RETURN_PARAMS.join(", ")})` };
  }
  return { ok: true, url: url.href };
}

/** The exact allowed origin of a stored return URL (the postMessage target in popup mode). */
export function returnOrigin(returnUrl: string): string | null {
  const check = checkReturnUrl(returnUrl);
  return check.ok ? new URL(check.url).origin : null;
}

/**
 * The per-deployment secret partners use to verify outcomes: derived from AUTH_SECRET with a fixed
 * label, so every process agrees and nothing new has to be configured. Rotating AUTH_SECRET rotates it.
 */
export function returnSignatureSecret(): string {
  return createHmac("sha256", getEnv().AUTH_SECRET).update("remote-connect/return-signature/v1", "utf8").digest("hex");
}

/** returnUrl (already checked when stored) with the signed outcome appended. Never pass a token or code in `o`. */
export function outcomeRedirectUrl(returnUrl: string, o: ReturnOutcome, nowMs = Date.now()): string {
  return appendSignedOutcome(returnUrl, o, returnSignatureSecret(), nowMs);
}
