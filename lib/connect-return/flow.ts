import "server-only";
import type { ConsentFailure } from "../consent/failures";
import { getEnv } from "../env";
import { checkReturnUrl, outcomeRedirectUrl, returnSignatureSecret } from "./index";
import { RETURN_PARAMS, verifyOutcome, type ReturnOutcome } from "./signature";

export type StartOptions = { ok: true; returnUrl: string | null; popup: boolean } | { ok: false; reason: ConsentFailure; message?: string };

/**
 * return_url and mode=popup of a start request, decided before anything is written. A connect link
 * honours only its own stored return_url (checked again: the allowed origins may have changed). Popup mode needs a return_url: its origin is the only
 * target we may post the result to (postMessage to "*" would leak it to whoever opened the popup).
 */
export function startOptions(query: URLSearchParams, link?: { returnUrl: string | null }): StartOptions {
  const popup = query.get("mode") === "popup";
  const raw = link ? link.returnUrl : query.get("return_url");
  let returnUrl: string | null = null;
  if (raw !== null && raw !== undefined) {
    const check = checkReturnUrl(raw);
    if (!check.ok) return { ok: false, reason: "return_url_refused", message: check.message };
    returnUrl = check.url;
  }
  if (popup && !returnUrl) return { ok: false, reason: "popup_needs_return_url" };
  return { ok: true, returnUrl, popup };
}

/** The outcome we report for a callback result: the consent failure code travels as `reason`. */
export function callbackOutcome(r: { ok: true; connectionId: string } | { ok: false; reason: ConsentFailure }, externalId: string | null): ReturnOutcome {
  if (r.ok) return { status: "connected", connectionId: r.connectionId, externalId };
  return { status: r.reason === "denied" ? "denied" : "failed", reason: r.reason, externalId };
}

/** Where the browser goes at the end: the signed return URL, or (popup) our page that posts it to the opener. */
export function endOfFlowUrl(target: { returnUrl: string; popup: boolean }, o: ReturnOutcome): string {
  const signed = outcomeRedirectUrl(target.returnUrl, o);
  return target.popup ? `${getEnv().APP_URL}/connect/popup?to=${encodeURIComponent(signed)}` : signed;
}

export type PopupResult = {
  origin: string;
  fallbackUrl: string;
  message: { type: "remote-connect:result"; status: string; connection_id?: string; external_id?: string; reason?: string };
};

/** The popup page trusts only a return URL we signed recently, on an origin that is still allowed. */
export function popupResult(to: string | undefined, nowMs = Date.now()): PopupResult | null {
  if (!to) return null;
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    return null;
  }
  const verified = verifyOutcome(url.searchParams, returnSignatureSecret(), 10 * 60_000, nowMs);
  if (!verified.ok) return null;
  const bare = new URL(url.href);
  for (const p of RETURN_PARAMS) bare.searchParams.delete(p);
  const check = checkReturnUrl(bare.href);
  if (!check.ok) return null;
  const message: PopupResult["message"] = { type: "remote-connect:result", status: verified.status };
  if (verified.connectionId) message.connection_id = verified.connectionId;
  if (verified.externalId) message.external_id = verified.externalId;
  if (verified.reason) message.reason = verified.reason;
  return { origin: url.origin, fallbackUrl: url.href, message };
}
